/**
 * The task pane's state and actions: read the open items (host or uploaded file) with progress and
 * cancellation, analyse them lazily, and load/save the settings through the host's use-cases.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  type Analysis,
  type DataSourceList,
  type Host,
  type ReadProgress,
  HostError,
  isHostError,
  openLedger,
  rememberMapping,
  loadSettings,
  resetSettings,
  saveSettings,
  analyseLedger,
  loadRecordKeeping,
  INITIAL_SETTINGS,
  type Settings,
  type Records,
  type RecordsChange,
  type ActiveAdministration,
  type AdministrationChoice,
  type WorkbenchLedger,
  type WorkbenchSource,
  type CustomerFacts,
  type MorningNotice,
} from "../../src/app";
import type { IsoDay } from "../../src/core";
import type { HandoverState, ReminderLogEntry } from "../../src/records";
import type { Ledger } from "../../src/ledger";
import type { PaymentRecord } from "../../src/payments";
import type { CallItem, Contact, ConversationEntry } from "../../src/dunning";

/** A ledger as read, with where it came from (see openLedger in src/app). */
export type LoadedData = WorkbenchLedger;

/** What the user last read, so a new column mapping or another day can read it again. */
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
  /** Per customer: the ledger rows and the customer table's facts (with the analysis). */
  customerFacts: Map<string, CustomerFacts> | null;
  /** The morning notice on the analysis' day (made with the analysis, in the worker). */
  notice: MorningNotice | null;
  /** Today's call list on the analysis' day (made with the analysis, in the worker). */
  calls: CallItem[] | null;
  /** The reminder log and hand-over state kept for the ledger read; null while loading. */
  records: Records | null;
  /**
   * What the analysis says about kept records it did not apply (invoices not in this list, or of
   * another customer here); null when all applied.
   */
  recordsNotApplied: { en: string; nl: string } | null;
  /** Where the records of the ledger read belong (the workbook, the demo, an administration). */
  administration: ActiveAdministration | null;
  /** The reporting day the user chose in the header; null for the default (today, or the demo's). */
  chosenDay: IsoDay | null;
  /** Analyses (reads again) as of `day`; null goes back to the default day. */
  chooseDay(day: IsoDay | null): void;
  /** Ties the file read to an administration (a new one by name, or a known one by key). */
  confirmAdministration(choice: AdministrationChoice): Promise<void>;
  busy: Busy | null;
  error: unknown;
  readHost(sourceId?: string): void;
  readFile(file: File): void;
  cancel(): void;
  dismissError(): void;
  /** Shows a failure of an action outside the read (writing the report) in the error bar. */
  showError(error: unknown): void;
  saveSettings(next: Settings): Promise<void>;
  /**
   * Stores `mapping` and reads the last source or file again: remembered for the export whose
   * header row is `headers` (its header signature), else as the global column mapping.
   */
  applyMapping(mapping: Settings["columnMapping"], headers?: readonly string[]): Promise<void>;
  resetSettings(): Promise<void>;
  /** Stores `log` as the reminder log (the whole log) and analyses again. */
  saveLog(log: readonly ReminderLogEntry[]): Promise<void>;
  /** Stores `state` as the hand-over state and analyses again. */
  saveHandovers(state: HandoverState): Promise<void>;
  /** Stores `payments` as the Betalingen record (the whole record) and analyses again. */
  savePayments(payments: readonly PaymentRecord[]): Promise<void>;
  /** Stores `entries` as the conversation log (the whole log) and analyses again. */
  saveConversation(entries: readonly ConversationEntry[]): Promise<void>;
  /** Stores `contacts` as the kept contacts (all of them). */
  saveContacts(contacts: readonly Contact[]): Promise<void>;
}

/** Lets React paint (the spinner) before a long synchronous computation. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 16));

/** The workbench over `host`. */
export function useWorkbench(host: Host): Workbench {
  const [settings, setSettings] = useState<Settings>(INITIAL_SETTINGS);
  const [sources, setSources] = useState<DataSourceList | null>(null);
  const [data, setData] = useState<LoadedData | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [records, setRecords] = useState<Records | null>(null);
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [customerFacts, setCustomerFacts] = useState<Map<string, CustomerFacts> | null>(null);
  const [notice, setNotice] = useState<MorningNotice | null>(null);
  const [calls, setCalls] = useState<CallItem[] | null>(null);
  const recordsRef = useRef<Records | null>(null);
  const [recordsNotApplied, setRecordsNotApplied] = useState<{ en: string; nl: string } | null>(
    null
  );
  const [administration, setAdministration] = useState<ActiveAdministration | null>(null);
  const administrationRef = useRef<ActiveAdministration | null>(null);
  const [chosenDay, setChosenDay] = useState<IsoDay | null>(null);
  const chosenDayRef = useRef<IsoDay | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const last = useRef<LastRead>({ kind: "host", sourceId: undefined });
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const dataRef = useRef(data);
  dataRef.current = data;
  /** Shows a failure the use-cases report without failing the read (records, administrations). */
  const report = useCallback((e: unknown) => {
    console.error(e);
    setError(e);
  }, []);

  const run = useCallback(
    async (what: LastRead) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      last.current = what;
      setError(null);
      setBusy({ kind: "read", progress: null });
      const chosen = chosenDayRef.current;
      const mappingSettings = settingsRef.current;
      try {
        const source: WorkbenchSource =
          what.kind === "host"
            ? { kind: "host", sourceId: what.sourceId }
            : // The File itself: a host with a worker reads it off the main thread.
              { kind: "file", name: what.file.name, bytes: what.file };
        const loaded = await openLedger(host, source, {
          settings: mappingSettings,
          chosenDay: chosen,
          // Rows read of rows known; a spinner until the rows are counted.
          onProgress: (progress) =>
            setBusy({ kind: "read", progress: progress.rowsTotal > 0 ? progress : null }),
          signal: controller.signal,
        });
        if (controller.signal.aborted) throw new HostError("cancelled", "Cancelled", "Afgebroken");
        // Whose books these are: the workbook (Excel), the demo, or an administration (a file);
        // and what Openstaand recorded for them (letters sent, claims handed over) — nothing while
        // the file is not tied to an administration.
        const keeping = await loadRecordKeeping();
        const active = await keeping.activeAdministration(
          host,
          { kind: what.kind, source: loaded.source, ledger: loaded.ledger },
          report
        );
        const kept = await keeping.keptRecordsOf(host, active, loaded.source, report);
        if (controller.signal.aborted) throw new HostError("cancelled", "Cancelled", "Afgebroken");
        recordsRef.current = kept;
        administrationRef.current = active;
        setAdministration(active);
        setRecords(kept);
        setData(loaded);
        setAnalysis(null);
        setLedger(null);
        setCustomerFacts(null);
        setNotice(null);
        setCalls(null);
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
    [host, report]
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
    settings.creditYield,
  ]);
  useEffect(() => {
    if (!data || !records) return;
    let live = true;
    setBusy({ kind: "analyse", progress: null });
    void (async () => {
      try {
        // In the host's worker where it has one (the page stays responsive), else here.
        await nextFrame();
        if (!live) return;
        // The morning notice counts from the last run kept for these books; the run is recorded
        // once the notice is made (see recordRunOf).
        const active = administrationRef.current;
        const { lastRunOf, recordRunOf } = await loadRecordKeeping();
        // A last run that cannot be read is reported; the notice then counts from yesterday.
        const lastRun = active
          ? await lastRunOf(host, active, data.source).catch((e: unknown) => {
              report(e);
              return null;
            })
          : null;
        if (!live) return;
        const result = await analyseLedger(
          host,
          { ...data, records, administration: active, lastRun },
          settingsRef.current
        );
        if (live) {
          setLedger(result.ledger);
          setCustomerFacts(result.facts);
          setAnalysis(result.analysis);
          setRecordsNotApplied(result.recordsNotApplied);
          setNotice(active ? result.notice : null);
          setCalls(result.calls);
          if (active)
            void recordRunOf(host, active, data.source, lastRun, result.analysis.asOf).catch(
              report
            );
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
  }, [host, data, records, analysisKey, report]);

  const saveRecords = useCallback(
    async (change: RecordsChange) => {
      const current = recordsRef.current;
      const data = dataRef.current;
      const active = administrationRef.current;
      if (!current || !data || !active) return;
      const { storeRecordsOf } = await loadRecordKeeping();
      await storeRecordsOf(host, active, data.source, change);
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
    async (mapping: Settings["columnMapping"], headers?: readonly string[]) => {
      // A mapping confirmed for a sheet's header row is remembered for that export; without the
      // header row it becomes the global column mapping.
      const stored =
        headers !== undefined && headers.some((h) => h.trim() !== "")
          ? await rememberMapping(host, settingsRef.current, headers, mapping)
          : await saveSettings(host, { ...settingsRef.current, columnMapping: mapping });
      setSettings(stored);
      settingsRef.current = stored;
      void run(last.current);
    },
    [host, run]
  );

  const confirm = useCallback(
    async (choice: AdministrationChoice) => {
      const data = dataRef.current;
      const active = administrationRef.current;
      if (!data || active?.kind !== "pending") return;
      const { confirmFileAdministration } = await loadRecordKeeping();
      const { active: next, records: kept } = await confirmFileAdministration(
        host,
        choice,
        { source: active.fileName, ledger: data.ledger },
        report
      );
      administrationRef.current = next;
      recordsRef.current = kept;
      setAdministration(next);
      setRecords(kept);
    },
    [host, report]
  );

  const chooseDay = useCallback(
    (day: IsoDay | null) => {
      chosenDayRef.current = day;
      setChosenDay(day);
      void run(last.current);
    },
    [run]
  );

  /** A new source is read as of its own default day (today, or the demo's). */
  const readNew = (what: LastRead) => {
    chosenDayRef.current = null;
    setChosenDay(null);
    void run(what);
  };

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
    customerFacts,
    notice,
    calls,
    records,
    recordsNotApplied,
    administration,
    chosenDay,
    chooseDay,
    confirmAdministration: confirm,
    busy,
    error,
    readHost: (sourceId) => readNew({ kind: "host", sourceId }),
    readFile: (file) => readNew({ kind: "file", file }),
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
    savePayments: (payments) => saveRecords({ payments: [...payments] }),
    saveConversation: (entries) => saveRecords({ conversation: [...entries] }),
    saveContacts: (contacts) => saveRecords({ contacts: [...contacts] }),
  };
}
