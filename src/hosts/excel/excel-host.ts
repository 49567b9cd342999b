/**
 * The Excel host: the use-cases' {@link Host} over Office.js. Every call runs through
 * {@link runExcel} (swappable in tests) and every failure leaves as an ExcelHostError.
 */
import {
  type DataSourceList,
  type ExportFile,
  type Host,
  type ReadRequest,
  type RecordKind,
  type RecordTable,
  type SavedExport,
  type SelectRowsRequest,
  type SelectedRows,
  type SheetRowPick,
  type SheetValues,
  localDay,
} from "../../app";
import type { ReportSheetSpec, WrittenReport } from "../../documents";
import type { IsoDay } from "../../core";
import type { ChunkBudget } from "./chunk-budget";
import { listDataSources, resolveSource } from "./data-sources";
import { probeDateSystem } from "./date-system-probe";
import { EXCEL_API_FEATURES, requireExcelApi } from "./excel-api-features";
import { toExcelHostError } from "./excel-host-error";
import { isExcelApiSupported, runExcel } from "./excel-run";
import { readRangeInChunks } from "./read-range-chunks";
import { readRecordSheet, writeRecordSheet } from "./record-sheets";
import { setOpenWithWorkbook, showTaskPane } from "./startup-behaviour";
import {
  LAST_RUN_KEY,
  SETTINGS_KEY,
  readWorkbookSetting,
  writeWorkbookSetting,
} from "./workbook-settings";
import { writeReportSheet } from "./write-report-sheet";
import { saveFileInExcel } from "./save-file";
import {
  EXCEL_SELECTION_FEATURES,
  selectSheetRows,
  watchSheetSelection as watchSelection,
} from "./sheet-selection";

export { ExcelHostError } from "./excel-host-error";

/** Options of {@link createExcelHost}. */
export interface ExcelHostOptions {
  /** Chunk sizing (tests shrink it); the default keeps every sync under Excel on the web's 5 MB. */
  budget?: ChunkBudget;
  /** The clock, for "today" (tests pin it). */
  now?: () => Date;
}

/** An Excel host; {@link excelHost} is the one the task pane uses. */
export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const now = options.now ?? (() => new Date());
  return {
    kind: "excel",
    today(): IsoDay {
      // The user's local day: "today" is the day on their calendar.
      return localDay(now());
    },

    async listSources(): Promise<DataSourceList> {
      requireExcelApi({ en: "list the sheets and tables", nl: "de bladen en tabellen te tonen" });
      return runExcel(async (context) => {
        try {
          return await listDataSources(context);
        } catch (error) {
          throw toExcelHostError(error, {
            en: "Excel could not list the sheets and tables",
            nl: "Excel kon de bladen en tabellen niet opsommen",
          });
        }
      });
    },

    async readOpenItems(request: ReadRequest = {}): Promise<SheetValues> {
      requireExcelApi({ en: "read the open items", nl: "de openstaande posten te lezen" });
      return runExcel(async (context) => {
        try {
          const { block, source, id } = await resolveSource(context, request.sourceId);
          const dateSystem = await probeDateSystem(context);
          const values = await readRangeInChunks(context, block, {
            ...(options.budget ? { budget: options.budget } : {}),
            ...(request.onProgress ? { onProgress: request.onProgress } : {}),
            ...(request.signal ? { signal: request.signal } : {}),
            // Each chunk straight to the reader (a worker) as it is read, not collected here.
            ...(request.onChunk ? { onChunk: request.onChunk } : {}),
          });
          return { source, values, firstRow: block.rowIndex + 1, dateSystem, sourceId: id };
        } catch (error) {
          throw toExcelHostError(error, {
            en: "Excel could not read the open items",
            nl: "Excel kon de openstaande posten niet lezen",
          });
        }
      });
    },

    async readSettingsText(): Promise<string | null> {
      requireExcelApi({ en: "read the settings", nl: "de instellingen te lezen" });
      return runExcel(async (context) => {
        try {
          return await readWorkbookSetting(context, SETTINGS_KEY);
        } catch (error) {
          throw toExcelHostError(error, {
            en: "Excel could not read the settings stored in this workbook",
            nl: "Excel kon de instellingen in deze werkmap niet lezen",
          });
        }
      });
    },

    async readLastRunText(): Promise<string | null> {
      if (!isExcelApiSupported(EXCEL_API_FEATURES["Workbook.settings"])) return null;
      return runExcel((context) => readWorkbookSetting(context, LAST_RUN_KEY));
    },

    async writeLastRunText(_scope: string, text: string): Promise<void> {
      if (!isExcelApiSupported(EXCEL_API_FEATURES["Workbook.settings"])) return;
      await runExcel((context) => writeWorkbookSetting(context, LAST_RUN_KEY, text));
    },

    setOpenWithWorkbook,
    showPane: showTaskPane,

    async writeSettingsText(text: string | null): Promise<void> {
      requireExcelApi({ en: "save the settings", nl: "de instellingen op te slaan" });
      return runExcel(async (context) => {
        try {
          await writeWorkbookSetting(context, SETTINGS_KEY, text);
        } catch (error) {
          throw toExcelHostError(error, {
            en: "Excel could not save the settings in this workbook",
            nl: "Excel kon de instellingen niet in deze werkmap opslaan",
          });
        }
      });
    },

    async writeReport(spec: ReportSheetSpec): Promise<WrittenReport> {
      requireExcelApi({ en: "write the report sheet", nl: "het rapportblad te schrijven" });
      return runExcel((context) => writeReportSheet(context, spec, options.budget));
    },

    async saveFile(file: ExportFile): Promise<SavedExport> {
      requireExcelApi({ en: "save the export", nl: "de export op te slaan" });
      return saveFileInExcel(file, options.budget);
    },

    // "Toon in blad": a selection only, never a write (see ./sheet-selection).
    async selectSheetRows(request: SelectRowsRequest): Promise<SelectedRows> {
      requireExcelApi({ en: "show the rows in the sheet", nl: "de rijen in het blad te tonen" });
      return runExcel(async (context) => {
        try {
          return await selectSheetRows(context, request);
        } catch (error) {
          throw toExcelHostError(error, {
            en: "Excel could not select the rows in the sheet",
            nl: "Excel kon de rijen in het blad niet selecteren",
          });
        }
      });
    },

    async watchSheetSelection(
      request: { sourceId: string; keyColumn: number },
      listener: (pick: SheetRowPick) => void
    ): Promise<() => Promise<void>> {
      requireExcelApi(
        { en: "follow the selection in the sheet", nl: "de selectie in het blad te volgen" },
        EXCEL_SELECTION_FEATURES["Worksheet.onSelectionChanged"]
      );
      return watchSelection(request, listener);
    },

    // One set of records per workbook, on owned sheets: the scope (the source) is not needed.
    async readRecords(kind: RecordKind): Promise<RecordTable | null> {
      requireExcelApi({ en: "read Openstaand's records", nl: "de vastleggingen te lezen" });
      return runExcel((context) => readRecordSheet(context, kind, options.budget));
    },

    async writeRecords(kind: RecordKind, _scope: string, table: RecordTable): Promise<void> {
      requireExcelApi({ en: "save Openstaand's records", nl: "de vastleggingen op te slaan" });
      return runExcel((context) => writeRecordSheet(context, kind, table, options.budget));
    },
  };
}

/** The Excel host of the task pane. */
export const excelHost: Host = createExcelHost();

export { officeHost } from "./office-host";

export { officeDisplayLanguage } from "./display-language";
