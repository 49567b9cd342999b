/* global Excel, Office */
import type { DateSystem } from "../core/excel-serial";
import { makeDay, type IsoDay } from "../core/day";
import type { Host, SheetValues } from "../app/host";

/** A failure in the workbook, in words the task pane can show as is. */
export class ExcelHostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExcelHostError";
  }
}

/**
 * The workbook's date system. `workbook.use1904DateSystem` is preview-only, so ask Excel itself:
 * DATE(1904;1;1) is serial 1462 in the 1900 system and 0 in the 1904 system.
 */
async function probeDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  await context.sync();
  return probe.value === 0 ? 1904 : 1900;
}

/** The Excel host: reads the used range of the active sheet (chunked reading comes with the task pane). */
export const excelHost: Host = {
  kind: "excel",
  today(): IsoDay {
    const now = new Date();
    return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
  },
  async readOpenItems(): Promise<SheetValues> {
    try {
      return await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        const range = sheet.getUsedRangeOrNullObject(true);
        sheet.load("name");
        range.load(["values", "rowIndex"]);
        await context.sync();
        if (range.isNullObject) {
          throw new ExcelHostError(
            `The sheet '${sheet.name}' is empty: open the sheet with the open items.`
          );
        }
        const dateSystem = await probeDateSystem(context);
        return {
          source: sheet.name,
          values: range.values,
          firstRow: range.rowIndex + 1,
          dateSystem,
        };
      });
    } catch (error) {
      if (error instanceof ExcelHostError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ExcelHostError(`Excel could not read the active sheet: ${message}`);
    }
  },
};

/** Resolves with the Office host: "excel" inside Excel, null in a plain browser (standalone mode). */
export async function officeHost(): Promise<"excel" | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? "excel" : null;
}

/** The Office display language ("nl-NL"), or null outside Office. */
export function officeDisplayLanguage(): string | null {
  if (typeof Office === "undefined" || !Office.context) return null;
  return Office.context.displayLanguage ?? null;
}
