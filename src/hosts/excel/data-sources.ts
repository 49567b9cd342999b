/* global Excel */
/**
 * Where the open items are: the tables and filled sheets of the workbook, and the one to read when
 * the user picks none (the selected table, else a table on the active sheet, else the active sheet).
 */
import { type DataSource, type DataSourceList, hasOwnedPrefix } from "../../app";
import { ExcelHostError } from "./excel-host-error";
import type { RangeBlock } from "./read-range-chunks";

/** Source ids: "table:<table name>" and "sheet:<sheet name>". */
const TABLE = "table:";
const SHEET = "sheet:";

/**
 * Lists the tables and the visible, non-empty sheets (Openstaand's own sheets left out), tables
 * first, with the preferred source. Three syncs at most; no values are read.
 */
export async function listDataSources(context: Excel.RequestContext): Promise<DataSourceList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const sheets = worksheets.items
    .filter((s) => s.visibility === "Visible" && !hasOwnedPrefix(s.name))
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowCount,columnCount");
      return { sheet, used };
    });
  const tableInfo = tables.items.map((table) => {
    const sheet = table.worksheet;
    sheet.load("name");
    const range = table.getRange();
    range.load("rowCount,columnCount");
    return { table, sheet, range };
  });
  await context.sync();

  const userTables = tableInfo.filter((t) => !hasOwnedPrefix(t.sheet.name));
  const onActive = userTables.filter((t) => t.sheet.name === active.name);
  const selected = onActive.length > 1 ? await selectedTable(context, onActive) : null;

  const sources: DataSource[] = [
    ...userTables.map(({ table, sheet, range }) => ({
      id: TABLE + table.name,
      kind: "table" as const,
      label: `${table.name} (${sheet.name})`,
      sheet: sheet.name,
      table: table.name,
      rows: range.rowCount,
      columns: range.columnCount,
    })),
    ...sheets
      .filter(({ used }) => !used.isNullObject)
      .map(({ sheet, used }) => ({
        id: SHEET + sheet.name,
        kind: "sheet" as const,
        label: sheet.name,
        sheet: sheet.name,
        table: null,
        rows: used.rowCount,
        columns: used.columnCount,
      })),
  ];
  const preferred = selected ?? onActive[0]?.table.name ?? null;
  const preferredId =
    preferred !== null
      ? TABLE + preferred
      : sources.some((s) => s.id === SHEET + active.name)
        ? SHEET + active.name
        : (sources[0]?.id ?? null);
  return { sources, preferredId };
}

/**
 * The table on the active sheet that the selection touches, or null. A selection that is not a
 * range (a chart, a shape) makes getSelectedRange fail; that only means "no table selected".
 */
async function selectedTable(
  context: Excel.RequestContext,
  candidates: { table: Excel.Table; range: Excel.Range }[]
): Promise<string | null> {
  try {
    const selection = context.workbook.getSelectedRange();
    const hits = candidates.map(({ table, range }) => {
      const hit = range.getIntersectionOrNullObject(selection);
      hit.load("address");
      return { name: table.name, hit };
    });
    await context.sync();
    return hits.find((h) => !h.hit.isNullObject)?.name ?? null;
  } catch {
    return null; // no cell selection: fall back to the first table on the sheet
  }
}

/** The block of a source and how to call it in messages. */
export interface ResolvedSource {
  /** The source's id ("table:Debiteuren", "sheet:Blad1"): the one asked for, or the preferred one. */
  id: string;
  block: RangeBlock;
  /** "Debiteuren (Blad1)" or "Blad1". */
  source: string;
}

/**
 * Finds the range of `sourceId` (the preferred source when absent). Throws ExcelHostError
 * "not-found" when the table or sheet is gone and "empty" when there is nothing to read.
 */
export async function resolveSource(
  context: Excel.RequestContext,
  sourceId?: string
): Promise<ResolvedSource> {
  let id = sourceId;
  if (id === undefined) {
    id = (await listDataSources(context)).preferredId ?? undefined;
    if (id === undefined) {
      throw new ExcelHostError(
        "empty",
        "This workbook has no table or filled sheet to read: open or paste the list of open items first.",
        "Deze werkmap heeft geen tabel of gevuld blad om te lezen: open of plak eerst de lijst met openstaande posten."
      );
    }
  }
  if (id.startsWith(TABLE)) return { id, ...(await resolveTable(context, id.slice(TABLE.length))) };
  if (id.startsWith(SHEET)) return { id, ...(await resolveSheet(context, id.slice(SHEET.length))) };
  throw new ExcelHostError(
    "not-found",
    `'${id}' is not a table or sheet of this workbook; pick the source again.`,
    `'${id}' is geen tabel of blad van deze werkmap; kies de bron opnieuw.`
  );
}

async function resolveTable(
  context: Excel.RequestContext,
  name: string
): Promise<Omit<ResolvedSource, "id">> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name");
  await context.sync();
  if (table.isNullObject) {
    throw new ExcelHostError(
      "not-found",
      `The table '${name}' no longer exists in this workbook; pick the source again.`,
      `De tabel '${name}' bestaat niet meer in deze werkmap; kies de bron opnieuw.`,
      { table: name }
    );
  }
  const sheet = table.worksheet;
  sheet.load("name");
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  return {
    source: `${name} (${sheet.name})`,
    block: {
      sheet,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
      label: {
        en: `the table '${name}' on sheet '${sheet.name}'`,
        nl: `de tabel '${name}' op blad '${sheet.name}'`,
      },
      place: { sheet: sheet.name, table: name },
    },
  };
}

async function resolveSheet(
  context: Excel.RequestContext,
  name: string
): Promise<Omit<ResolvedSource, "id">> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) {
    throw new ExcelHostError(
      "not-found",
      `The sheet '${name}' no longer exists in this workbook; pick the source again.`,
      `Het blad '${name}' bestaat niet meer in deze werkmap; kies de bron opnieuw.`,
      { sheet: name }
    );
  }
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) {
    throw new ExcelHostError(
      "empty",
      `The sheet '${name}' is empty: open the sheet with the open items.`,
      `Het blad '${name}' is leeg: open het blad met de openstaande posten.`,
      { sheet: name }
    );
  }
  return {
    source: name,
    block: {
      sheet,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      label: { en: `the sheet '${name}'`, nl: `het blad '${name}'` },
      place: { sheet: name },
    },
  };
}
