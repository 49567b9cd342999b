/**
 * Imported first by the page (src/main-pane.tsx), before any module that builds a zod schema:
 * zod compiles fast object parsers with Function() after probing whether eval is allowed, and the
 * probe alone is a violation of the page's Content-Security-Policy (no 'unsafe-eval'). jitless: no
 * probe, no Function().
 */
import { z } from "zod";

z.config({ jitless: true });
