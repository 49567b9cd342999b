/**
 * The words of the `openstaand check` report in English and in Dutch (`--lang`): the English as it
 * always was, the Dutch as a Dutch controller or accountant would read it (the task pane's terms:
 * Controletotalen, Geaccepteerd, Afgekeurd, Meldingen).
 */
import { FIELD_LABELS_NL } from "../app";
import type { LedgerField, LedgerIssue } from "../ledger";

/** One language of the check report. */
export interface CheckTexts {
  /** Width the labels of the first block (File, Kind, ...) are padded to. */
  labelWidth: number;
  file: string;
  kind: string;
  csv: (delimiter: string, encoding: string) => string;
  xlsx: (sheet: string) => string;
  tab: string;
  headerRowLabel: string;
  headerRow: (row: number) => string;
  dayOrderLabel: string;
  dayOrders: Readonly<Record<string, string>>;
  notationLabel: string;
  notations: Readonly<Record<string, string>>;
  undecided: string;
  columns: (recognised: number) => string;
  /** The name a mapped field is listed under. */
  field: (field: LedgerField) => string;
  notUsed: string;
  controlTotals: string;
  /** Heads of the control-totals table: rows, amount, open. */
  tableHeads: readonly [string, string, string];
  read: string;
  accepted: string;
  rejected: string;
  blankRows: string;
  /** Rows the ledger marks as do-not-remind (status or yes/no column). */
  blocked: (rows: number) => string;
  /** Row of the control-totals table for the export's own totals rows (shown when there are any). */
  excluded: string;
  noIssues: string;
  issues: (total: number, errors: number, warnings: number, infos?: number) => string;
  /** The severity words, padded to one width. */
  error: string;
  warning: string;
  info: string;
  row: string;
  /** The issue's message in this language. */
  message: (issue: LedgerIssue) => string;
  more: (rest: number) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** English: the report as it always was. */
export const CHECK_TEXTS_EN: CheckTexts = {
  labelWidth: 13,
  file: "File",
  kind: "Kind",
  csv: (delimiter, encoding) => `CSV, delimiter ${delimiter}, encoding ${encoding}`,
  xlsx: (sheet) => `XLSX, sheet ${sheet}`,
  tab: "tab",
  headerRowLabel: "Header row",
  headerRow: (row) => String(row),
  dayOrderLabel: "Day order",
  dayOrders: { dmy: "day-month-year (dmy)", mdy: "month-day-year (mdy)" },
  notationLabel: "Notation",
  notations: { nl: "decimal comma (nl)", en: "decimal point (en)" },
  undecided: "not needed or not decidable",
  columns: (n) => `Columns (${n} recognised)`,
  field: (field) => field,
  notUsed: "not used",
  controlTotals: "Control totals",
  tableHeads: ["rows", "amount", "open"],
  read: "read",
  accepted: "accepted",
  rejected: "rejected",
  blankRows: "blank rows skipped",
  blocked: (rows) =>
    `Do not remind: ${rows} ${rows === 1 ? "row is" : "rows are"} blocked (status or column), left out of reminders`,
  excluded: "totals rows",
  noIssues: "Issues: none",
  issues: (total, errors, warnings, infos = 0) =>
    `Issues (${total}: ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}${infos > 0 ? `, ${infos} for information` : ""})`,
  error: "error  ",
  warning: "warning",
  info: "info   ",
  row: "row",
  message: (issue) => issue.message,
  more: (rest) => `... and ${rest} more`,
};

/** Dutch, for `--lang nl`. */
export const CHECK_TEXTS_NL: CheckTexts = {
  labelWidth: 15,
  file: "Bestand",
  kind: "Soort",
  csv: (delimiter, encoding) => `CSV, scheidingsteken ${delimiter}, tekenset ${encoding}`,
  xlsx: (sheet) => `XLSX, werkblad ${sheet}`,
  tab: "tab",
  headerRowLabel: "Kopregel",
  headerRow: (row) => `rij ${row}`,
  dayOrderLabel: "Datumvolgorde",
  dayOrders: { dmy: "dag-maand-jaar (dmy)", mdy: "maand-dag-jaar (mdy)" },
  notationLabel: "Notatie",
  notations: { nl: "decimale komma (nl)", en: "decimale punt (en)" },
  undecided: "niet nodig of niet te bepalen",
  columns: (n) => `Kolommen (${n} herkend)`,
  field: (field) => FIELD_LABELS_NL[field],
  notUsed: "niet gebruikt",
  controlTotals: "Controletotalen",
  tableHeads: ["rijen", "factuurbedrag", "openstaand"],
  read: "gelezen",
  accepted: "geaccepteerd",
  rejected: "afgekeurd",
  blankRows: "lege rijen overgeslagen",
  blocked: (rows) =>
    `Niet aanmanen: ${rows} ${rows === 1 ? "rij is" : "rijen zijn"} geblokkeerd (status of kolom), deze krijgen geen herinnering`,
  excluded: "totaalregels",
  noIssues: "Meldingen: geen",
  issues: (total, errors, warnings, infos = 0) =>
    `Meldingen (${total}: ${plural(errors, "fout", "fouten")}, ${plural(warnings, "waarschuwing", "waarschuwingen")}${infos > 0 ? `, ${infos} ter informatie` : ""})`,
  error: "fout        ",
  info: "ter info    ",
  warning: "waarschuwing",
  row: "rij",
  message: (issue) => issue.messageNl,
  more: (rest) => `… en nog ${rest}`,
};
