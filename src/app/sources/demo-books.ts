/**
 * Use-case: the demo ledger — a made-up administration with every case the product handles — for
 * `openstaand demo` and the workbench's demo; the hosts write it out as files.
 */
export { demoLedger } from "../../demo";
export type { DemoLedger } from "../../demo";
