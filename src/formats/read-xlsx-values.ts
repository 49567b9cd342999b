/**
 * An .xlsx workbook's bytes to the values of one sheet (exceljs, in Node and in the browser).
 *
 * Row and column positions are kept exactly, so issue row numbers match what the user sees:
 * values[0] is sheet row 1, values[r][c] is row r + 1, column c + 1, blank rows are empty arrays.
 * Only the top-left cell of a merged range carries the value, as in Excel's own range values.
 */
import type ExcelJS from "exceljs";
import { loadExcelJs } from "./load-exceljs";
import type { DateSystem } from "../core";
import { LedgerFileError } from "./ledger-file-error";
import { plainCellValue, type PlainCellValue } from "./plain-cell-value";
import { checkXlsxSize } from "./xlsx-size-guard";

/** One sheet's values and how the workbook counts dates. */
export interface XlsxValues {
  values: PlainCellValue[][];
  /** Name of the sheet that was read. */
  sheet: string;
  /** All sheet names, in tab order. */
  sheets: string[];
  /** The workbook's date system (Mac Excel 2008 and older files may use 1904). */
  dateSystem: DateSystem;
}

/**
 * Reads sheet `sheetName` (exact name, else case-insensitive), or the first visible sheet.
 * Throws {@link LedgerFileError} when the bytes are no workbook, the sheet does not exist, or the
 * workbook is too large to read (see {@link checkXlsxSize}: refused before exceljs unpacks it).
 */
export async function readXlsxValues(
  bytes: Uint8Array,
  fileName: string,
  sheetName?: string
): Promise<XlsxValues> {
  await checkXlsxSize(bytes, fileName);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs types say Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerFileError(
      `${fileName} could not be opened as an Excel workbook (.xlsx): ${reason}. Open it in Excel, save it again as an Excel workbook (.xlsx) or as CSV, and try again.`,
      `${fileName} kon niet als Excel-werkmap (.xlsx) worden geopend: ${reason}. Open het in Excel, sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV en probeer het nog eens.`
    );
  }
  const worksheets = workbook.worksheets;
  const sheets = worksheets.map((sheet) => sheet.name);
  if (worksheets.length === 0)
    throw new LedgerFileError(
      `${fileName} contains no worksheets. Put the open items on a sheet and try again.`,
      `${fileName} bevat geen werkbladen. Zet de openstaande posten op een blad en probeer het opnieuw.`
    );
  const worksheet = chooseSheet(worksheets, fileName, sheetName);
  const values: PlainCellValue[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.findRow(r);
    const cells: PlainCellValue[] = [];
    row?.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainCellValue(cell.value);
      if (value === null) return;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    values.push(cells);
  }
  while (values.length > 0 && (values[values.length - 1] as PlainCellValue[]).length === 0)
    values.pop();
  return {
    values,
    sheet: worksheet.name,
    sheets,
    dateSystem: workbook.properties?.date1904 ? 1904 : 1900,
  };
}

function chooseSheet(
  worksheets: ExcelJS.Worksheet[],
  fileName: string,
  sheetName?: string
): ExcelJS.Worksheet {
  if (sheetName === undefined)
    return (
      worksheets.find((sheet) => sheet.state === "visible") ?? (worksheets[0] as ExcelJS.Worksheet)
    );
  const wanted = sheetName.trim().toLowerCase();
  const found =
    worksheets.find((sheet) => sheet.name === sheetName) ??
    worksheets.find((sheet) => sheet.name.trim().toLowerCase() === wanted);
  if (!found) {
    const names = worksheets.map((sheet) => JSON.stringify(sheet.name)).join(", ");
    throw new LedgerFileError(
      `${fileName} has no sheet named ${JSON.stringify(sheetName)}. Its sheets are: ${names}.`,
      `${fileName} heeft geen blad met de naam ${JSON.stringify(sheetName)}. De bladen zijn: ${names}.`
    );
  }
  return found;
}
