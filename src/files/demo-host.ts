import type { Host, SheetValues } from "../app/host";
import { demoLedger } from "../demo/demo-ledger";
import type { IsoDay } from "../core/day";

/**
 * The standalone workbench's host on the built-in demo ledger. The demo is dated as of its own
 * fixed day so that every run, screenshot and test shows the same figures.
 */
export function demoHost(seed?: number): Host {
  const demo = demoLedger(seed === undefined ? {} : { seed });
  return {
    kind: "standalone",
    today: (): IsoDay => demo.asOf,
    readOpenItems: async (): Promise<SheetValues> => ({
      source: "Demo ledger (Openstaand demo B.V.)",
      values: demo.values(),
      firstRow: 1,
      dateSystem: 1900,
    }),
  };
}
