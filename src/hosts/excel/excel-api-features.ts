/**
 * Which ExcelApi requirement set each Excel API member the adapter uses needs. The manifest only
 * requires SharedRuntime 1.1, so the adapter checks {@link MIN_EXCEL_API} at run time and tells the
 * user plainly when their Excel is too old. The adapter tests record every member the code touches
 * and check it is listed here. Sources: the "Excel JavaScript API requirement sets" pages.
 */
import { isExcelApiSupported } from "./excel-run";
import { ExcelHostError } from "./excel-host-error";

/** API member -> ExcelApi version that introduced it. */
export const EXCEL_API_FEATURES = {
  "RequestContext.sync": "1.1",
  "Workbook.worksheets": "1.1",
  "Workbook.tables": "1.1",
  "Workbook.getSelectedRange": "1.1",
  "Workbook.functions": "1.2",
  "Workbook.settings": "1.4",
  "WorksheetCollection.getActiveWorksheet": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.load": "1.1",
  "Worksheet.load": "1.1",
  "Worksheet.position": "1.1",
  "Worksheet.delete": "1.1",
  "Worksheet.getRange": "1.1",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.tables": "1.1",
  "Worksheet.charts": "1.1",
  "TableCollection.load": "1.1",
  "TableCollection.getItemOrNullObject": "1.4",
  "TableCollection.add": "1.1",
  "Table.load": "1.1",
  "Table.worksheet": "1.2",
  "Table.getRange": "1.1",
  "Range.load": "1.1",
  "Range.values": "1.1",
  "Range.numberFormat": "1.1",
  "Range.format.font.bold": "1.1",
  "Range.format.autofitColumns": "1.2",
  "Range.getIntersectionOrNullObject": "1.4",
  "ChartCollection.add": "1.1",
  "Chart.title.text": "1.1",
  "Chart.setPosition": "1.1",
  "Functions.date": "1.2",
  "FunctionResult.load": "1.2",
  "SettingCollection.getItemOrNullObject": "1.4",
  "SettingCollection.add": "1.4",
  "Setting.load": "1.4",
  "Setting.delete": "1.4",
} as const;

/**
 * Members only the exports use, each checked where it is used (an Excel without it gets another
 * route, see save-file.ts), so they do not raise {@link MIN_EXCEL_API}.
 */
export const EXCEL_EXPORT_FEATURES = {
  "Excel.createWorkbook": "1.8",
} as const;

/** An API member the adapter uses. */
export type ExcelApiFeature = keyof typeof EXCEL_API_FEATURES;

/** The highest version in {@link EXCEL_API_FEATURES}: what the adapter needs as a whole. */
export const MIN_EXCEL_API: string = Object.values(EXCEL_API_FEATURES).reduce((max, v) =>
  Number(v.split(".")[1]) > Number(max.split(".")[1]) ? v : max
);

/**
 * Throws an ExcelHostError "unsupported" when this Excel lacks ExcelApi `version` (default
 * {@link MIN_EXCEL_API}), naming what the user tried to do.
 */
export function requireExcelApi(what: { en: string; nl: string }, version = MIN_EXCEL_API): void {
  if (isExcelApiSupported(version)) return;
  throw new ExcelHostError(
    "unsupported",
    `To ${what.en}, Openstaand needs Excel API ${version} (Excel 2019, Microsoft 365 or Excel on the web); this Excel is older. Update Excel or use the standalone workbench.`,
    `Om ${what.nl} heeft Openstaand Excel API ${version} nodig (Excel 2019, Microsoft 365 of Excel op het web); deze Excel is ouder. Werk Excel bij of gebruik de losse werkbank.`
  );
}
