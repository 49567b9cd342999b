import {
  type DataSourceList,
  type Host,
  type RecordKind,
  type RecordTable,
  type SheetValues,
  HostError,
  localDay,
} from "../../app";
import { demoLedger } from "../../demo";
import { downloadFile } from "./download-file";
import type { KeptFileStore } from "./kept-files";
import type { IsoDay } from "../../core";

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
/** Where the workbench keeps its list of administrations (see src/app/books/administration). */
export const ADMINISTRATIONS_KEY = "openstaand.administrations";

/** Where the workbench keeps records of `kind` for the ledger from `scope` (a file or source name). */
export function recordsKey(kind: RecordKind, scope: string): string {
  return `openstaand.records.${kind}:${scope}`;
}

/** Where the workbench keeps when Openstaand last ran for the administration `scope` (morning notice). */
export function lastRunKey(scope: string): string {
  return `openstaand.lastRun:${scope}`;
}

function storedTable(text: string | null, key: string): RecordTable | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const table = value as RecordTable | null;
  if (
    table !== null &&
    typeof table === "object" &&
    Array.isArray(table.headers) &&
    table.headers.every((h) => typeof h === "string") &&
    Array.isArray(table.rows) &&
    table.rows.every(
      (row) =>
        Array.isArray(row) &&
        row.every((c) => c === null || typeof c === "string" || typeof c === "number")
    )
  )
    return table;
  throw new HostError(
    "host",
    `The records saved in this browser under '${key}' are damaged and cannot be read.`,
    `De vastleggingen die deze browser onder '${key}' bewaart, zijn beschadigd en niet te lezen.`,
    { key }
  );
}

/**
 * The standalone workbench's host on the built-in demo ledger. The demo is read as of its own
 * story day (the source's `asOf`) so that every run, screenshot and test shows the same figures;
 * `today()` is the calendar day of `clock` (the machine's), the reporting day of a file the user
 * opens and the day records are made on. Settings go to `store`
 * (in memory when none is given). It writes no sheets: the workbench's reports are downloads.
 * Records (reminder log, hand-overs) are kept in `store` as JSON, one key per kind and scope — the
 * administration's key (see {@link recordsKey}, src/app/books/administration) — and so is the list of
 * administrations ({@link ADMINISTRATIONS_KEY}); without a store (a private window) the host keeps none, so the task pane can
 * say that they last only as long as the page.
 */
export function demoHost(
  seed?: number,
  givenStore?: SettingsStore,
  clock: () => Date = () => new Date(),
  files?: KeptFileStore
): Host {
  const demo = demoLedger(seed === undefined ? {} : { seed });
  const store = givenStore ?? memorySettingsStore();
  const records = givenStore
    ? {
        readRecords: async (kind: RecordKind, scope: string): Promise<RecordTable | null> =>
          storedTable(store.getItem(recordsKey(kind, scope)), recordsKey(kind, scope)),
        writeRecords: async (kind: RecordKind, scope: string, table: RecordTable) => {
          const key = recordsKey(kind, scope);
          try {
            store.setItem(key, JSON.stringify({ headers: table.headers, rows: table.rows }));
          } catch (error) {
            // localStorage refuses when full (QuotaExceededError).
            throw new HostError(
              "host",
              `This browser refused to save the records (${error instanceof Error ? error.message : String(error)}); its storage may be full.`,
              `Deze browser weigerde de vastleggingen op te slaan (${error instanceof Error ? error.message : String(error)}); de opslag is mogelijk vol.`,
              { key },
              error
            );
          }
        },
        readAdministrationsText: async () => store.getItem(ADMINISTRATIONS_KEY),
        writeAdministrationsText: async (text: string) => {
          try {
            store.setItem(ADMINISTRATIONS_KEY, text);
          } catch (error) {
            throw new HostError(
              "host",
              `This browser refused to save the administrations (${error instanceof Error ? error.message : String(error)}); its storage may be full.`,
              `Deze browser weigerde de administraties op te slaan (${error instanceof Error ? error.message : String(error)}); de opslag is mogelijk vol.`,
              { key: ADMINISTRATIONS_KEY },
              error
            );
          }
        },
      }
    : {};
  return {
    kind: "standalone",
    // Today is the user's calendar day (for opened files and records); the demo's own day travels
    // with its values.
    today: (): IsoDay => localDay(clock()),
    listSources: async (): Promise<DataSourceList> => ({
      sources: [DEMO_SOURCE],
      preferredId: DEMO_SOURCE.id,
    }),
    readOpenItems: async (): Promise<SheetValues> => ({
      source: DEMO_SOURCE.label,
      values: demo.values(),
      firstRow: 1,
      dateSystem: 1900,
      asOf: demo.asOf,
    }),
    readSettingsText: async () => store.getItem(SETTINGS_KEY),
    readLastRunText: async (scope) => store.getItem(lastRunKey(scope)),
    writeLastRunText: async (scope, text) => {
      try {
        store.setItem(lastRunKey(scope), text);
      } catch {
        // A full storage only costs the notice its "since": it then counts from yesterday.
      }
    },
    writeSettingsText: async (text) => {
      if (text === null) store.removeItem(SETTINGS_KEY);
      else store.setItem(SETTINGS_KEY, text);
    },
    // Every export is a download in the browser.
    saveFile: async (file) => {
      downloadFile(file);
      return { route: "download", name: file.name };
    },
    ...records,
    // The last file per administration, kept only with consent (see src/app/workbench/last-file).
    ...(files
      ? { listKeptFiles: files.list, keepFile: files.keep, forgetKeptFiles: files.forget }
      : {}),
  };
}
