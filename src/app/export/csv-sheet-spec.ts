/** A CSV export as a sheet: what Excel writes into an owned sheet for a CSV file (see ./save-export). */
import { readCsvValues } from "../../formats";
import { type ReportSheetSpec, csvCellOriginal, neutraliseFormula } from "../../documents";
import type { ExportFile } from "../host/host";
import { exportSheetName } from "./save-export";

/**
 * The table of a CSV export as a sheet spec: the header row and every row as text cells. The CSV's
 * own forms are undone (`="00049"` is the text 00049 in a text cell) and formula-looking text
 * keeps its apostrophe, which Excel takes as a quote prefix: the sheet shows what the file means.
 */
export function csvSheetSpec(file: ExportFile): ReportSheetSpec {
  const bytes = typeof file.data === "string" ? new TextEncoder().encode(file.data) : file.data;
  const [headers = [], ...rows] = readCsvValues(bytes).values;
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  const padded = (row: readonly string[]): string[] =>
    Array.from({ length: width }, (_, c) => neutraliseFormula(csvCellOriginal(row[c] ?? "")));
  return {
    name: exportSheetName(file),
    tables: [
      {
        title: "",
        headers: padded(headers),
        rows: rows.map(padded),
        formats: Array.from({ length: width }, () => "text" as const),
      },
    ],
  };
}
