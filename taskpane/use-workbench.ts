/**
 * The task pane's state and actions: read the open items (host or uploaded file) with progress and
 * cancellation, analyse them lazily, and load/save the settings through the host's use-cases.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Analysis } from "../src/app/analyse";
import type { DataSourceList, Host, ReadProgress } from "../src/app/host";
import { HostError, isHostError } from "../src/app/host-error";
import { loadLedger } from "../src/app/load-ledger";
import { loadSettings, resetSettings, saveSettings } from "../src/app/manage-settings";
import { DEFAULT_SETTINGS, type Settings } from "../src/app/settings";
import type { IsoDay } from "../src/core/day";
import type { Records } from "../src/app/records";
import type { HandoverState } from "../src/documents/handover-state";
import type { ReminderLogEntry } from "../src/documents/reminder-log";
import type { Ledger, LedgerReadResult } from "../src/ledger/types";
import { fileError } from "./file-read-error";
import { loadKeptRecords, storeRecords, type RecordsChange } from "./workbench-records";

/** A ledger as read, with where it came from. */
export interface LoadedData extends LedgerReadResult {
  source: string;
  /** The day the host says it is (the demo's own day, or the calendar day). */
  today: IsoDay;
}

/** What the user last read, so a new column mapping can read it again. */
type LastRead = { kind: "host"; sourceId: string | undefined } | { kind: "file"; file: File };

/** What the pane is busy with. */
export interface Busy {
  kind: "read" | "analyse";
  progress: ReadProgress | null;
}

/** The workbench state and its actions. */
export interface Workbench {
  host: Host;
  settings: Settings;
  sources: DataSourceList | null;
  data: LoadedData | null;
  analysis: Analysis | null;
  /**
   * The ledger the analysis was made from: the one read, with the kept records applied (stages of
   * the letters recorded as sent, claims handed over). Null until both are there.
   */
  ledger: Ledger | null;
  /** The reminder log and hand-over state kept for the ledger read; null while loading. */
  records: Records | null;
  busy: Busy | null;
  error: unknown;
  readHost(sourceId?: string): void;
  readFile(file: File): void;
  cancel(): void;
  dismissError(): void;
  /** Shows a failure of an action outside the read (writing the report) in the error bar. */
  showError(error: unknown): void;
  saveSettings(next: Settings): Promise<void>;
  /** Stores `mapping` as the column mapping and reads the last source or file again. */
  applyMapping(mapping: Settings["columnMapping"]): Promise<void>;
  resetSettings(): Promise<void>;
  /** Stores `log` as the reminder log (the whole log) and analyses again. */
  saveLog(log: readonly ReminderLogEntry[]): Promise<void>;
  /** Stores `state` as the hand-over state and analyses again. */
  saveHandovers(state: HandoverState): Promise<void>;
}

/** Lets React paint (the spinner) before a long synchronous computation. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 16));

/** The workbench over `host`. */
export function useWorkbench(host: Host): Workbench {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sources, setSources] = useState<DataSourceList | null>(null);
  const [data, setData] = useState<LoadedData | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [records, setRecords] = useState<Records | null>(null);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const recordsRef = useRef<Records | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const last = useRef<LastRead>({ kind: "host", sourceId: undefined });
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const dataRef = useRef(data);
  dataRef.current = data;

  const run = useCallback(
    async (what: LastRead) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      last.current = what;
      setError(null);
      setBusy({ kind: "read", progress: null });
      const mapping = settingsRef.current.columnMapping;
      try {
        let loaded: LoadedData;
        if (what.kind === "host") {
          const result = await loadLedger(host, {
            ...(what.sourceId !== undefined ? { sourceId: what.sourceId } : {}),
            ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
            onProgress: (progress) => setBusy({ kind: "read", progress }),
            signal: controller.signal,
          });
          loaded = { ...result, today: result.asOf as IsoDay };
        } else {
          const bytes = new Uint8Array(await what.file.arrayBuffer());
          // exceljs and papaparse load only when a file is opened.
          const { readLedgerFile } = await import("../src/files/read-ledger-file");
          try {
            const result = await readLedgerFile(bytes, what.file.name, {
              ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
            });
            loaded = { ...result, source: what.file.name, today: host.today() };
          } catch (e) {
            throw fileError(e, what.file.name);
          }
        }
        if (controller.signal.aborted) throw new HostError("cancelled", "Cancelled", "Afgebroken");
        // What Openstaand recorded for this ledger (letters sent, claims handed over).
        const kept = await loadKeptRecords(host, loaded.source, setError);
        if (controller.signal.aborted) throw new HostError("cancelled", "Cancelled", "Afgebroken");
        recordsRef.current = kept;
        setRecords(kept);
        setData(loaded);
        setAnalysis(null);
        setLedger(null);
      } catch (e) {
        if (controller.signal.aborted || isHostError(e, "cancelled")) {
          setError(new HostError("cancelled", "Cancelled", "Afgebroken"));
        } else {
          console.error(e);
          setError(e);
        }
      } finally {
        if (abort.current === controller) {
          abort.current = null;
          setBusy(null);
        }
      }
    },
    [host]
  );

  // Settings first, then the sources and the preferred (or demo) ledger.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const stored = await loadSettings(host);
        if (live) setSettings(stored);
        settingsRef.current = stored;
      } catch (e) {
        if (live) setError(e);
      }
      try {
        const list = await host.listSources();
        if (live) setSources(list);
      } catch (e) {
        if (live) setError(e);
        return;
      }
      if (live) await run({ kind: "host", sourceId: undefined });
    })();
    return () => {
      live = false;
    };
  }, [host, run]);

  // Analyse whenever the data or the settings that shape the analysis change (not the language).
  const analysisKey = JSON.stringify([
    settings.ageingEdges,
    settings.thresholds,
    settings.toleranceCents,
    settings.doNotRemind,
  ]);
  useEffect(() => {
    if (!data || !records) return;
    let live = true;
    setBusy({ kind: "analyse", progress: null });
    void (async () => {
      try {
        const [{ analyse, analysisDay }, { applyRecords }] = await Promise.all([
          import("../src/app/analyse"),
          import("../src/app/records"),
        ]);
        await nextFrame();
        if (!live) return;
        const current = settingsRef.current;
        const applied = applyRecords(data.ledger, records);
        const result = analyse(applied, analysisDay(data.ledger, data.today), current);
        if (live) {
          setLedger(applied);
          setAnalysis(result);
        }
      } catch (e) {
        console.error(e);
        if (live) setError(e);
      } finally {
        if (live) setBusy(null);
      }
    })();
    return () => {
      live = false;
    };
  }, [data, records, analysisKey]);

  const saveRecords = useCallback(
    async (change: RecordsChange) => {
      const current = recordsRef.current;
      const scope = dataRef.current?.source;
      if (!current || scope === undefined) return;
      await storeRecords(host, scope, change);
      const next: Records = { ...current, ...change };
      recordsRef.current = next;
      setRecords(next);
    },
    [host]
  );

  const save = useCallback(
    async (next: Settings) => {
      const before = settingsRef.current;
      const stored = await saveSettings(host, next);
      setSettings(stored);
      settingsRef.current = stored;
      if (JSON.stringify(before.columnMapping) !== JSON.stringify(stored.columnMapping))
        void run(last.current);
    },
    [host, run]
  );

  const applyMapping = useCallback(
    async (mapping: Settings["columnMapping"]) => {
      const stored = await saveSettings(host, { ...settingsRef.current, columnMapping: mapping });
      setSettings(stored);
      settingsRef.current = stored;
      void run(last.current);
    },
    [host, run]
  );

  const reset = useCallback(async () => {
    const before = settingsRef.current;
    const stored = await resetSettings(host);
    setSettings(stored);
    settingsRef.current = stored;
    setError(null);
    if (Object.keys(before.columnMapping).length > 0) void run(last.current);
  }, [host, run]);

  return {
    host,
    settings,
    sources,
    data,
    analysis,
    ledger,
    records,
    busy,
    error,
    readHost: (sourceId) => void run({ kind: "host", sourceId }),
    readFile: (file) => void run({ kind: "file", file }),
    cancel: () => abort.current?.abort(),
    dismissError: () => setError(null),
    showError: (e) => {
      console.error(e);
      setError(e);
    },
    saveSettings: save,
    applyMapping,
    resetSettings: reset,
    saveLog: (log) => saveRecords({ log: [...log] }),
    saveHandovers: (handovers) => saveRecords({ handovers }),
  };
}
