/**
 * Imported first by the ledger-file worker, before any module that builds a zod schema: the same
 * guard as the page's (taskpane/shell/no-eval.ts). zod probes eval and compiles parsers with
 * Function(); a worker served under a policy without 'unsafe-eval' must do neither.
 */
import { z } from "zod";

z.config({ jitless: true });
