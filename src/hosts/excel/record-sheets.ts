/* global Excel */
/**
 * Openstaand's records in the workbook: the reminder log on the owned sheet "Openstaand –
 * Verzendlog" and the hand-over state on "Openstaand – Overdracht" (the same names in Dutch and
 * English Excel). Each is one Excel table the controller can read, sort, filter and edit: ids, names
 * and dates as text (number format "@", so "00123" and "2026-11-20" come back as written), amounts
 * as euros with a euro format, the stage as a whole number, header bold, columns autofit. Writing
 * replaces the owned sheet (never a user's sheet of that name); reading takes the sheet from A1 to
 * its last used cell, so row numbers in issues are the sheet's own.
 */
import { type RecordKind, type RecordTable, OWNED_SHEET_PREFIX } from "../../app";
import { isIsoDay, serialToDay } from "../../core";
import {
  CONTACT_COLUMNS,
  CONVERSATION_COLUMNS,
  HANDOVER_COLUMNS,
  headerKey,
  PAYMENT_COLUMNS,
  type RecordColumnType,
  REMINDER_LOG_COLUMNS,
} from "../../records";
import { a1Range } from "./a1-range";
import { DEFAULT_CHUNK_BUDGET, type ChunkBudget } from "./chunk-budget";
import { probeDateSystem } from "./date-system-probe";
import { ExcelHostError, toExcelHostError } from "./excel-host-error";
import { findOwnedSheet, replaceOwnedSheet } from "./owned-sheets";
import { readRangeInChunks } from "./read-range-chunks";
import { NUMBER_FORMATS } from "../../documents";

/** The owned sheet of each kind of record. */
export const RECORD_SHEETS: { readonly [K in RecordKind]: string } = {
  reminderLog: `${OWNED_SHEET_PREFIX}Verzendlog`,
  handovers: `${OWNED_SHEET_PREFIX}Overdracht`,
  conversations: `${OWNED_SHEET_PREFIX}Gesprekken`,
  contacts: `${OWNED_SHEET_PREFIX}Contactpersonen`,
  payments: `${OWNED_SHEET_PREFIX}Betalingen`,
};

const COLUMNS: {
  readonly [K in RecordKind]: Record<string, { header: string; type: RecordColumnType }>;
} = {
  reminderLog: REMINDER_LOG_COLUMNS,
  handovers: HANDOVER_COLUMNS,
  conversations: CONVERSATION_COLUMNS,
  contacts: CONTACT_COLUMNS,
  payments: PAYMENT_COLUMNS,
};

/** Header key -> column type of a kind of record; unknown headers are text. */
function typesOf(kind: RecordKind): Map<string, RecordColumnType> {
  return new Map(Object.values(COLUMNS[kind]).map((c) => [headerKey(c.header), c.type]));
}

/** Number format per column type: text and dates as text, the stage as a whole number. */
const FORMATS: { readonly [T in RecordColumnType]: string } = {
  text: NUMBER_FORMATS.text,
  date: NUMBER_FORMATS.text,
  integer: "0",
  amount: NUMBER_FORMATS.cents,
};

/**
 * The value to write: text columns get text (so "@" keeps it), others numbers where they are.
 * Excel takes a leading apostrophe as a quote prefix and drops it, so text that starts with one
 * ("'s-Hertogenbosch", "'t Hoekje") gets a second.
 */
function cellValue(value: string | number | null, type: RecordColumnType): string | number {
  if (value === null) return "";
  if (typeof value === "string" && value.startsWith("'")) return `'${value}`;
  if (type === "text" || type === "date") return typeof value === "number" ? String(value) : value;
  // A value kept as the user left it (a bad amount) is text; Excel must not run it as a formula.
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

const bytesOf = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

const labels = (name: string) => ({
  label: { en: `the sheet '${name}'`, nl: `het blad '${name}'` },
  place: { sheet: name },
});

/**
 * Replaces the owned sheet of `kind` with `table` as an Excel table. Throws ExcelHostError
 * "not-owned" (before changing anything) when a sheet of that name is the user's own, and maps every
 * Excel failure to an ExcelHostError naming the sheet. Values go in chunks within `budget`.
 */
export async function writeRecordSheet(
  context: Excel.RequestContext,
  kind: RecordKind,
  table: RecordTable,
  budget: ChunkBudget = DEFAULT_CHUNK_BUDGET
): Promise<void> {
  const name = RECORD_SHEETS[kind];
  try {
    const { sheet } = await replaceOwnedSheet(context, name);
    const known = typesOf(kind);
    const types = table.headers.map((h) => known.get(headerKey(h)) ?? "text");
    const formats = types.map((t) => FORMATS[t]);
    const width = Math.max(1, table.headers.length);
    const header = sheet.getRange(a1Range(0, 0, 1, width));
    header.numberFormat = [types.map(() => NUMBER_FORMATS.text)];
    header.values = [table.headers];
    header.format.font.bold = true;

    // Values and formats in chunks: a sync whenever the next rows would pass the budget.
    const rowFormatBytes = bytesOf(formats) + 1;
    // The header goes with the first chunk.
    let carried = bytesOf([table.headers]) + bytesOf([types.map(() => NUMBER_FORMATS.text)]);
    let done = 0;
    while (done < table.rows.length) {
      let bytes = 4 + carried;
      let count = 0;
      while (done + count < table.rows.length) {
        const next = bytesOf(table.rows[done + count]) + 1 + rowFormatBytes;
        if (
          count > 0 &&
          (bytes + next > budget.payloadBytes || (count + 1) * width > budget.maxCells)
        )
          break;
        bytes += next;
        count += 1;
      }
      const block = table.rows
        .slice(done, done + count)
        .map((row) => types.map((type, c) => cellValue(row[c] ?? null, type)));
      const body = sheet.getRange(a1Range(1 + done, 0, count, width));
      body.numberFormat = block.map(() => formats);
      body.values = block;
      // One sync per chunk keeps each request under Excel on the web's payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      carried = 0;
      done += count;
    }
    if (table.rows.length === 0) {
      // The Excel table needs a body row; an empty one, formatted, ready for typing.
      sheet.getRange(a1Range(1, 0, 1, width)).numberFormat = [formats];
    }
    const range = a1Range(0, 0, 1 + Math.max(table.rows.length, 1), width);
    sheet.tables.add(range, true);
    sheet.getRange(range).format.autofitColumns();
    await context.sync();
  } catch (error) {
    throw toExcelHostError(error, {
      en: `Excel could not write the sheet '${name}'`,
      nl: `Excel kon het blad '${name}' niet schrijven`,
      place: { sheet: name },
    });
  }
}

/** A cell as a record table takes it: text, a number or null. */
function plain(value: unknown): string | number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * The owned sheet of `kind` as a record table (row 1 is the header row as written), or null when
 * the workbook has no such sheet or it is empty. Throws ExcelHostError "not-owned" when a sheet of
 * that name is the user's own: reading it as Openstaand's records could propose letters again or
 * hide claims, and saving would be refused anyway, so the user is told now, with the sheet named.
 * Dates the user typed as dates (serials) in a date column become ISO text in the workbook's own
 * date system.
 */
export async function readRecordSheet(
  context: Excel.RequestContext,
  kind: RecordKind,
  budget: ChunkBudget = DEFAULT_CHUNK_BUDGET
): Promise<RecordTable | null> {
  const name = RECORD_SHEETS[kind];
  try {
    const found = await findOwnedSheet(context, name);
    if (!found) return null;
    if (!found.owned)
      throw new ExcelHostError(
        "not-owned",
        `The sheet '${name}' was not made by Openstaand, so its rows are not used as Openstaand's records. Rename or delete it; Openstaand then makes its own.`,
        `Het blad '${name}' is niet door Openstaand gemaakt, dus de regels worden niet als vastlegging van Openstaand gebruikt. Geef het een andere naam of verwijder het; Openstaand maakt dan een eigen blad.`,
        { sheet: name }
      );
    const used = found.sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    const values = await readRangeInChunks(
      context,
      {
        sheet: found.sheet,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: used.rowIndex + used.rowCount,
        columnCount: used.columnIndex + used.columnCount,
        ...labels(name),
      },
      { budget }
    );
    const rows = values.map((row) => row.map(plain));
    await datesAsText(context, kind, rows);
    const [headers = [], ...body] = rows;
    return { headers: headers.map((h) => (h === null ? "" : String(h))), rows: body };
  } catch (error) {
    throw toExcelHostError(error, {
      en: `Excel could not read the sheet '${name}'`,
      nl: `Excel kon het blad '${name}' niet lezen`,
      place: { sheet: name },
    });
  }
}

/** Serials below the header of a date column become ISO day text (probing the date system once). */
async function datesAsText(
  context: Excel.RequestContext,
  kind: RecordKind,
  rows: (string | number | null)[][]
): Promise<void> {
  const types = typesOf(kind);
  const headerAt = rows.findIndex((row) => row.some((cell) => types.has(headerKey(cell))));
  if (headerAt < 0) return;
  const dateColumns = (rows[headerAt] as (string | number | null)[]).flatMap((cell, c) =>
    types.get(headerKey(cell)) === "date" ? [c] : []
  );
  const serials = rows
    .slice(headerAt + 1)
    .some((row) => dateColumns.some((c) => typeof row[c] === "number"));
  if (!serials) return;
  const system = await probeDateSystem(context);
  for (const row of rows.slice(headerAt + 1))
    for (const c of dateColumns) {
      const cell = row[c];
      if (typeof cell !== "number") continue;
      try {
        const day = serialToDay(cell, system);
        if (isIsoDay(day)) row[c] = day;
      } catch {
        // Not a serial (negative, too large): left as it is, the reader names it.
      }
    }
}
