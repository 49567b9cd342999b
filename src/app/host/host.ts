import type { DateSystem, IsoDay } from "../../core";
import type { ReportSheetSpec, WrittenReport } from "../../documents";
import type { FileReadProgress, LedgerFileResult, ReadLedgerFileOptions } from "../../formats";
import type { LedgerReadResult, ReadLedgerOptions } from "../../ledger";
import type { WorkbenchAnalysis, WorkbenchInput } from "../workbench/workbench-analysis";
import type { Settings } from "../settings/settings";

/** The values of a sheet or file as read by a host, with where they came from. */
export interface SheetValues {
  /** What the user would call the source: "Debiteuren (Blad1)", "demo-ledger.xlsx". */
  source: string;
  /** Rows of cell values as Excel gives them; values[0] is sheet row `firstRow`. */
  values: unknown[][];
  /** Sheet row number of values[0] (1-based). */
  firstRow: number;
  /** The workbook's date system; serials in `values` are in this system. */
  dateSystem: DateSystem;
  /**
   * The source's own reporting day, for a source that tells a story on a fixed day (the demo
   * ledger); absent for a real source (a file, a sheet), which is analysed as of today.
   */
  asOf?: IsoDay;
  /**
   * The {@link DataSource.id} the values were read from ("table:Debiteuren", "sheet:Blad1"), where
   * the host can point at it again ({@link Host.selectSheetRows}); absent for a file or the demo.
   */
  sourceId?: string;
}

/** The ledger rows to select in the sheet, and how to recognise them there. */
export interface SelectRowsRequest {
  /** The source the rows were read from ({@link SheetValues.sourceId}). */
  sourceId: string;
  /** 0-based column, within the values read, of the invoice numbers. */
  keyColumn: number;
  /** Each row's 1-based sheet row and the invoice number it held when read. */
  rows: { sheetRow: number; invoiceId: string }[];
}

/** What {@link Host.selectSheetRows} selected. */
export interface SelectedRows {
  /** The sheet it selected on. */
  sheet: string;
  /** The selection: one area per run of adjacent rows ("A3:G3,A7:G8"). */
  address: string;
  rows: number;
  areas: number;
}

/** A row the user selected in the source: its sheet row and the invoice number there now. */
export interface SheetRowPick {
  sheetRow: number;
  /** The invoice-number cell as text ("" when blank or outside the source's columns). */
  invoiceId: string;
}

/** Something the open items can be read from: an Excel table, a sheet's used range, a file. */
export interface DataSource {
  /** Stable key to pass back in {@link ReadRequest.sourceId}: "table:Debiteuren", "sheet:Blad1". */
  id: string;
  kind: "table" | "sheet" | "file" | "demo";
  /** What the user sees in the picker: "Debiteuren (Blad1)". */
  label: string;
  sheet: string | null;
  table: string | null;
  /** Rows including the header, when known without reading the values. */
  rows: number | null;
  columns: number | null;
}

/** The sources a host offers and the one it would read when the user picks none. */
export interface DataSourceList {
  sources: DataSource[];
  /** Id of the preferred source (selected table, else table on the active sheet, else the sheet). */
  preferredId: string | null;
}

/** Rows read so far of a long read. */
export interface ReadProgress {
  rowsDone: number;
  rowsTotal: number;
}

/** How to read: which source, progress reports and cancellation. */
export interface ReadRequest {
  /** A {@link DataSource.id}; the preferred source when absent. */
  sourceId?: string;
  onProgress?: (progress: ReadProgress) => void;
  /** Aborting stops the read between chunks with a HostError "cancelled". */
  signal?: AbortSignal;
  /**
   * Takes each chunk of rows as it is read (Excel's used range, chunk by chunk), in order; the
   * host then returns no values of its own. A host that reads in one go ignores it.
   */
  onChunk?: (values: unknown[][]) => void;
}

/**
 * A ledger read from a sheet's values fed chunk by chunk (see Host.ledgerFromChunks): the reader
 * runs where the host puts it (a Web Worker), and the ledger stays there for its analysis.
 */
export interface ChunkedLedgerRead {
  /** The next rows of the sheet, in order. */
  push(values: unknown[][]): void;
  /** Reads the ledger of every row pushed; rejects as readLedger throws. */
  finish(options: ReadLedgerOptions): Promise<LedgerReadResult>;
  /** Gives up the read (nothing of it is kept). */
  cancel(): void;
}

/**
 * What the use-cases need from where they run: Excel (src/excel) or the standalone workbench over a
 * file or the demo ledger (src/files). The task pane calls use-cases, never a host directly.
 * Hosts throw {@link HostError}s only.
 */
export interface Host {
  readonly kind: "excel" | "standalone";
  /**
   * Today's calendar day on the user's clock: the default reporting day of a real source and the day
   * records (Verzendlog, hand-overs) are made on. Hosts read the clock, core never does.
   */
  today(): IsoDay;
  /** The sources the user can pick from. */
  listSources(): Promise<DataSourceList>;
  /** The open-items values of the picked (or preferred) source. */
  readOpenItems(request?: ReadRequest): Promise<SheetValues>;
  /** The stored settings JSON text, or null when none is stored. */
  readSettingsText(): Promise<string | null>;
  /** Stores the settings JSON text; null removes it (back to defaults). */
  writeSettingsText(text: string | null): Promise<void>;
  /** Writes a report into a sheet the host owns; absent where reports are downloads instead. */
  writeReport?(spec: ReportSheetSpec): Promise<WrittenReport>;
  /**
   * Openstaand's own records of `kind` for the ledger read from `scope` (the source or file name),
   * as the table last written, or null when none are kept. Excel keeps one set per workbook in an
   * owned sheet (the scope is then ignored); the workbench keeps them in the browser per scope.
   * Absent on a host that keeps nothing (the records then live as long as the page).
   */
  readRecords?(kind: RecordKind, scope: string): Promise<RecordTable | null>;
  /** Replaces the stored records of `kind` (for `scope`) with `table`. */
  writeRecords?(kind: RecordKind, scope: string, table: RecordTable): Promise<void>;
  /**
   * The administrations this host keeps records for, as the JSON text last written (null when none
   * is kept). Only where records are kept per administration (the workbench, whose files carry no
   * place of their own); absent where they are kept per workbook (Excel). See ./administration.
   */
  readAdministrationsText?(): Promise<string | null>;
  /** Stores the administrations' JSON text. */
  writeAdministrationsText?(text: string): Promise<void>;
  /**
   * When Openstaand last ran for the ledger of `scope` (the morning notice counts from it), as the
   * text last written; null when none. Excel keeps it in the workbook's settings (one per
   * workbook, the scope ignored); the workbench in the browser per administration. Absent where
   * nothing is kept (the notice then counts from yesterday).
   */
  readLastRunText?(scope: string): Promise<string | null>;
  /** Stores the last-run text of `scope`. */
  writeLastRunText?(scope: string, text: string): Promise<void>;
  /**
   * Excel: makes Openstaand load with this workbook (`open`) or not — only ever set on the user's
   * consent (settings.morningNotice, see saveSettings). Resolves false where this Excel cannot.
   */
  setOpenWithWorkbook?(open: boolean): Promise<boolean>;
  /** Excel: shows the task pane (with the workbook the add-in loads without it). */
  showPane?(): Promise<void>;
  /**
   * The workbench: the files kept in the browser (one per administration) to open again after a
   * reload — only ever written with the user's consent (see ../workbench/last-file).
   */
  listKeptFiles?(): Promise<KeptFile[]>;
  /** Keeps `file`, replacing the one kept for its scope. */
  keepFile?(file: KeptFile): Promise<void>;
  /** Removes the kept file of `scope`; null removes every kept file. */
  forgetKeptFiles?(scope: string | null): Promise<void>;
  /**
   * Hands an export to the user in the way that works where the pane runs (see ./save-export):
   * the workbench downloads it; Excel opens a workbook as a new workbook, writes a table into an
   * owned sheet, shows a text document in a dialog, and downloads the rest where Excel allows
   * downloads. Throws a HostError "unsupported" saying what to do where it cannot.
   */
  saveFile?(file: ExportFile): Promise<SavedExport>;
  /**
   * Reads a ledger file the user opened, off the page's main thread (a Web Worker running the same
   * reader as readLedgerFile), with progress and a cancel that stops it at once. Absent where the
   * file is read in place (tests in Node); the use-case then reads it itself.
   */
  readLedgerFile?(
    file: Blob,
    name: string,
    options: ReadLedgerFileOptions,
    read: FileReadRequest
  ): Promise<LedgerFileResult>;
  /**
   * Analyses a ledger read for the workbench as analyseForWorkbench does, off the page's main thread
   * (in the Web Worker that read the file, or one fed the ledger). Absent where the analysis runs in
   * place (Node); the use-case (analyseLedger) then runs it itself.
   */
  analyseLedger?(input: WorkbenchInput, settings: Settings): Promise<WorkbenchAnalysis>;
  /**
   * Starts reading a ledger from a sheet's values fed chunk by chunk as they are read (readOpenItems
   * with onChunk), off the page's main thread (a Web Worker, which then holds the ledger for
   * analyseLedger). Absent where the ledger is read in place; loadLedger then reads it itself.
   */
  ledgerFromChunks?(): ChunkedLedgerRead;
  /**
   * Excel: selects `request.rows` in the source they were read from ("Toon in blad") — a
   * selection only, never a write. First checks that each row still holds its invoice number;
   * when one does not (the sheet was sorted or edited after reading) it selects nothing and throws
   * a HostError "moved" naming the row. Absent where there is no sheet (the workbench).
   */
  selectSheetRows?(request: SelectRowsRequest): Promise<SelectedRows>;
  /**
   * Excel: calls `listener` with the first row of each selection the user makes within the rows
   * of source `sourceId` (with the invoice number there now); resolves with a function that stops
   * listening. Absent where there is no sheet.
   */
  watchSheetSelection?(
    request: { sourceId: string; keyColumn: number },
    listener: (pick: SheetRowPick) => void
  ): Promise<() => Promise<void>>;
}

/** Progress and cancellation of {@link Host.readLedgerFile}. */
export interface FileReadRequest {
  onProgress?: (progress: FileReadProgress) => void;
  /** Aborting stops the read at once with a HostError "cancelled"; nothing of it is kept. */
  signal?: AbortSignal;
}

/** A file an export made: bytes or text, with its media type and, for a table, the table. */
export interface ExportFile {
  /** The file name a download gets: "herinneringen-2026-11-20-log.csv". */
  name: string;
  data: Uint8Array | string;
  /** Media type: "text/csv;charset=utf-8", "application/zip", ... */
  type: string;
  /**
   * The file as a sheet, for a host that writes a table into an owned sheet rather than save a
   * file (Excel). Filled in by saveExport for CSV files that bring none.
   */
  sheet?: ReportSheetSpec;
  /**
   * The name of that sheet after "Openstaand – " (at most 18 characters): "Vorderingen". Without
   * it the file name without date and extension is used, cut to fit.
   */
  sheetName?: string;
}

/** How a host handed an export to the user. */
export type SavedExport =
  | { route: "download"; name: string }
  | { route: "workbook"; name: string }
  | { route: "sheet"; name: string; sheet: string; replaced: boolean }
  | { route: "dialog"; name: string };

/**
 * The records Openstaand keeps beside the ledger so the next run knows what happened: the reminder
 * log (every letter or e-mail generated and recorded as sent) and the hand-over state (claims
 * exported to an incassobureau or assigned to a factor), the conversation log and contacts (calls,
 * promises, arrangements, disputes), and the payments record ("Betalingen": bank-statement credits
 * confirmed against invoices).
 */
export type RecordKind = "reminderLog" | "handovers" | "conversations" | "contacts" | "payments";

/** Records as a plain table: a header row and rows of text, numbers or empty cells. */
export interface RecordTable {
  headers: string[];
  rows: (string | number | null)[][];
}

/** A file the workbench keeps in the browser to open again after a reload. */
export interface KeptFile {
  /** The administration's record scope (or the source's name for the demo): one file per scope. */
  scope: string;
  /** What the user calls the administration. */
  administration: string;
  /** The file's name, size in bytes and last-modified time (ms since 1970). */
  name: string;
  size: number;
  lastModified: number;
  /** When it was kept (ms since 1970): the newest is offered. */
  keptAt: number;
  /** The file's bytes; null for a source the host reads itself (the demo). */
  bytes: ArrayBuffer | null;
}
