/**
 * The version of Openstaand (`openstaand --version` prints it): package.json's, built into the bundle, so the
 * installed CLI says what it is wherever it runs.
 */
import packageJson from "../../package.json" with { type: "json" };

/** package.json's version, e.g. "0.1.0". */
export const VERSION: string = packageJson.version;
