import type { DataSourceList, Host, SheetValues } from "../app/host";
import { demoLedger } from "../demo/demo-ledger";
import type { IsoDay } from "../core/day";

const DEMO_SOURCE = {
  id: "demo",
  kind: "demo" as const,
  label: "Demo ledger (Openstaand demo B.V.)",
  sheet: null,
  table: null,
  rows: null,
  columns: null,
};

/** Where the workbench keeps the settings text (the page passes localStorage; tests a Map). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A settings store that lives as long as the page. */
export function memorySettingsStore(): SettingsStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const SETTINGS_KEY = "openstaand.settings";

/**
 * The standalone workbench's host on the built-in demo ledger. The demo is dated as of its own
 * fixed day so that every run, screenshot and test shows the same figures. Settings go to `store`
 * (in memory by default). It writes no sheets: the workbench's reports are downloads.
 */
export function demoHost(seed?: number, store: SettingsStore = memorySettingsStore()): Host {
  const demo = demoLedger(seed === undefined ? {} : { seed });
  return {
    kind: "standalone",
    today: (): IsoDay => demo.asOf,
    listSources: async (): Promise<DataSourceList> => ({
      sources: [DEMO_SOURCE],
      preferredId: DEMO_SOURCE.id,
    }),
    readOpenItems: async (): Promise<SheetValues> => ({
      source: DEMO_SOURCE.label,
      values: demo.values(),
      firstRow: 1,
      dateSystem: 1900,
    }),
    readSettingsText: async () => store.getItem(SETTINGS_KEY),
    writeSettingsText: async (text) => {
      if (text === null) store.removeItem(SETTINGS_KEY);
      else store.setItem(SETTINGS_KEY, text);
    },
  };
}
