/**
 * Imported first by the page (src/main-pane.tsx), before any module that builds a zod schema:
 * zod compiles fast object parsers with Function() after probing whether eval is allowed, and the
 * probe alone is a violation of the page's Content-Security-Policy (no 'unsafe-eval'). jitless: no
 * probe, no Function().
 */
// zod's core config only (not the whole zod namespace: the page's initial JS holds no schema).
import { config } from "zod/v4/core";

config({ jitless: true });
