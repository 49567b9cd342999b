/**
 * The hand-over state as a plain table and back: the "Overdracht" sheet in Excel, the workbench's
 * saved state and the `overdracht-<date>.csv` the CLI writes are the same columns (Debiteurnummer,
 * Factuurnummer, Datum overdracht, Batch, Soort). Deleting a row undoes that hand-over.
 */
import type { SheetColumnType, SheetTable } from "../documents";
import {
  HANDOVER_KIND_TEXTS,
  handoverKind,
  type HandoverKind,
  type HandoverRecord,
  type HandoverState,
} from "./handover-state";
import {
  locateColumns,
  readDay,
  readRecordRows,
  readText,
  type RecordCodecIssue,
  type RecordColumn,
  type RecordDecodeOptions,
  type RecordRows,
  type RecordTableData,
} from "./record-table";

/** The columns, in the order they are written. */
export const HANDOVER_COLUMNS = {
  customerId: { header: "Debiteurnummer", type: "text", required: true },
  invoiceId: { header: "Factuurnummer", type: "text", required: true },
  date: { header: "Datum overdracht", type: "date", required: true },
  batch: { header: "Batch", type: "text", required: false },
  kind: { header: "Soort", type: "text", required: false },
} as const satisfies Record<string, RecordColumn>;

type Key = keyof typeof HANDOVER_COLUMNS;
const KEYS = Object.keys(HANDOVER_COLUMNS) as Key[];

/**
 * Kinds as written (Dutch): "incasso", and a factoring batch as "overgedragen aan de factor".
 * Reading accepts these, the codes, the earlier "factoring" and a few synonyms.
 */
export const HANDOVER_KIND_LABELS: { readonly [K in HandoverKind]: string } = {
  collection: "incasso",
  factoring: HANDOVER_KIND_TEXTS.factoring.nl,
};

const KINDS = new Map<string, HandoverKind>([
  ["incasso", "collection"],
  ["collection", "collection"],
  ["incassobureau", "collection"],
  ["deurwaarder", "collection"],
  [HANDOVER_KIND_TEXTS.collection.nl, "collection"],
  ["factoring", "factoring"],
  ["factor", "factoring"],
  [HANDOVER_KIND_TEXTS.factoring.nl, "factoring"],
]);

/** The state as a record table (dates as ISO text), one row per record. */
export function encodeHandovers(state: HandoverState): RecordTableData {
  return {
    headers: KEYS.map((k) => HANDOVER_COLUMNS[k].header),
    rows: state.records.map((r) => [
      r.customerId,
      r.invoiceId,
      r.date,
      r.batch === "" ? null : r.batch,
      HANDOVER_KIND_LABELS[handoverKind(r)],
    ]),
  };
}

/** The column types for a file writer. */
export const HANDOVER_TYPES: readonly SheetColumnType[] = KEYS.map((k) => HANDOVER_COLUMNS[k].type);

/** The state as a table for a file, with a control line ("Controletotaal: 3 posten") last. */
export function handoverTable(state: HandoverState): SheetTable {
  const n = state.records.length;
  const table = encodeHandovers(state);
  return {
    ...table,
    rows: [
      ...table.rows,
      [null, `Controletotaal: ${n} ${n === 1 ? "post" : "posten"}`, null, null, null],
    ],
    types: HANDOVER_TYPES,
  };
}

/** What {@link decodeHandovers} read. */
export interface DecodedHandovers {
  state: HandoverState;
  issues: RecordCodecIssue[];
  /** 1-based row of the header in the table as stored; 0 when no header row was found. */
  headerRow: number;
}

const WHAT = { en: "hand-over list", nl: "De overdrachtslijst" };

/**
 * Reads a hand-over table back: columns by header, blank rows and control lines skipped; a blank
 * Batch reads as "" and a blank Soort as incasso. A row with a bad or missing value becomes an issue
 * per bad cell and is left out; the other rows are read. Every record read has its kind set.
 */
export function decodeHandovers(
  table: RecordRows,
  options: RecordDecodeOptions = {}
): DecodedHandovers {
  const located = locateColumns(table, HANDOVER_COLUMNS, WHAT);
  const issues = [...located.issues];
  const records: HandoverRecord[] = [];
  const headerRow = located.headerIndex + 1;
  if (located.issues.length > 0) return { state: { records }, issues, headerRow };
  const read = readRecordRows(table, located, HANDOVER_COLUMNS, "customerId", (row) => {
    const customerId = row.need("customerId", readText(row.cell("customerId"), options));
    const invoiceId = row.need("invoiceId", readText(row.cell("invoiceId"), options));
    const date = row.need("date", readDay(row.cell("date"), options));
    const batch = row.take("batch", readText(row.cell("batch"), options), null) ?? "";
    const kindText = row.take("kind", readText(row.cell("kind"), options), null);
    const kind = kindText === null ? "collection" : KINDS.get(kindText.toLowerCase());
    if (kind === undefined)
      row.take(
        "kind",
        {
          ok: false,
          en: `${JSON.stringify(kindText)} is not one of incasso, factoring, ${HANDOVER_KIND_LABELS.factoring}`,
          nl: `${JSON.stringify(kindText)} is niet een van incasso, factoring, ${HANDOVER_KIND_LABELS.factoring}`,
        },
        null
      );
    if (customerId === null || invoiceId === null || date === null || !kind) return null;
    return { customerId, invoiceId, date, batch, kind };
  });
  records.push(...read.values);
  issues.push(...read.issues);
  return { state: { records }, issues, headerRow };
}
