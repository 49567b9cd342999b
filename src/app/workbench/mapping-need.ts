/**
 * Use-case: the column mapping — when the pane's column mapping dialog opens by itself, and with
 * what: the sheet's header cells to choose from and the mapping to start with. It opens when reading failed for want of columns (the reader's
 * LedgerError carries the candidate header row and some data rows below it) or when the read
 * succeeded but header detection was unsure: a required field (invoice number, customer, amount, due
 * date) matched by a weak name whose values do not confirm it (isSureMatch), or no due-date column at
 * all (then nothing can be aged). A customer name beside a sure customer number is no doubt: it only
 * labels the customer. Proposals come from the reader's own detection, values included, so a column
 * whose values do not fit a field (a day count for the due date) is never proposed for it.
 */
import {
  assignColumns,
  columnIndexOfLetter,
  columnLetter,
  LedgerError,
  REQUIRED_FIELDS,
  fitsValues,
  isSureMatch,
  type ColumnMatch,
  type LedgerField,
  type LedgerReadResult,
} from "../../ledger";
import { isHostError } from "../host/host-error";
import type { ColumnMapping } from "../settings/mapping-profiles";

/** One column the user can pick: `value` is what the mapping stores. */
export interface HeaderOption {
  /** The header text, or the column letter when the header is blank or not unique. */
  value: string;
  /** The header as written; "" for a blank header cell. */
  header: string;
  /** Excel column letter, when known. */
  letter: string | null;
}

/** A field detection matched with less than full confidence. */
export interface Doubt {
  field: LedgerField;
  header: string;
  confidence: number;
}

/** Why and with what the mapping dialog opens. */
export interface MappingNeed {
  reason: "failed" | "unsure";
  /** The sheet's header row (cell texts in column order): the mapping is remembered under it. */
  headers: string[];
  options: HeaderOption[];
  /** The mapping the dialog starts with: the stored mapping over what detection found. */
  proposal: ColumnMapping;
  /** What header detection found by itself (not from the stored mapping), with its confidence. */
  auto: Partial<Record<LedgerField, { value: string; confidence: number }>>;
  doubts: Doubt[];
  missingDueDate: boolean;
}

/** The fields whose detection must be sure; customerId and customerName are alternatives. */
export const SURE_FIELDS: readonly LedgerField[] = [
  "invoiceId",
  "customerId",
  "customerName",
  "amount",
  "dueDate",
];

/** The header cells of a row as options: blank or repeated headers are picked by column letter. */
function optionsOfRow(headers: readonly string[]): HeaderOption[] {
  const seen = new Map<string, number>();
  for (const header of headers) {
    const key = header.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return headers.map((header, index) => {
    const letter = columnLetter(index);
    const unique = header !== "" && seen.get(header.toLowerCase()) === 1;
    return { value: unique ? header : letter, header, letter };
  });
}

/** The option a stored mapping target names (header text case-insensitively, else a letter). */
function optionFor(target: string, options: readonly HeaderOption[]): HeaderOption | undefined {
  const wanted = target.trim().toLowerCase();
  const byText = options.find((o) => o.header.toLowerCase() === wanted && o.header !== "");
  if (byText) return byText;
  const index = columnIndexOfLetter(target);
  return index === null ? undefined : options.find((o) => o.letter === columnLetter(index));
}

function proposalOf(
  auto: MappingNeed["auto"],
  stored: ColumnMapping,
  options: readonly HeaderOption[]
): ColumnMapping {
  const proposal: ColumnMapping = {};
  for (const [field, found] of Object.entries(auto)) proposal[field as LedgerField] = found.value;
  for (const [field, target] of Object.entries(stored)) {
    const option = target === undefined ? undefined : optionFor(target, options);
    if (option) proposal[field as LedgerField] = option.value;
  }
  return proposal;
}

/**
 * The mapping need after a failed read: a HostError "ledger" (or a LedgerError) whose reader error
 * carries the candidate header row. Null for any other error, or when no header texts are known.
 */
export function mappingNeedOfError(error: unknown, stored: ColumnMapping): MappingNeed | null {
  const cause = isHostError(error, "ledger") ? error.cause : error;
  if (!(cause instanceof LedgerError) || !cause.headers.some((h) => h !== "")) return null;
  const options = optionsOfRow(cause.headers);
  const auto: MappingNeed["auto"] = {};
  for (const match of assignColumns(cause.headers, {}, false, cause.sample).columns) {
    const option = options[match.index];
    if (!fitsValues(match)) continue;
    if (option) auto[match.field] = { value: option.value, confidence: match.confidence };
  }
  return {
    reason: "failed",
    headers: [...cause.headers],
    options,
    proposal: proposalOf(auto, stored, options),
    auto,
    doubts: [],
    missingDueDate: false,
  };
}

/**
 * The mapping need after a successful read, or null when detection was sure of every required
 * field and found a due-date column. A field the stored mapping names counts as sure.
 */
export function mappingNeedOfRead(
  result: Pick<LedgerReadResult, "columns" | "ignoredHeaders"> & { headers?: string[] },
  stored: ColumnMapping
): MappingNeed | null {
  const automatic = (m: ColumnMatch) => stored[m.field] === undefined;
  const sureNumber = result.columns.some((m) => m.field === "customerId" && isSureMatch(m));
  const doubts = result.columns
    .filter(
      (m) =>
        automatic(m) &&
        SURE_FIELDS.includes(m.field) &&
        !isSureMatch(m) &&
        !(m.field === "customerName" && sureNumber)
    )
    .map((m) => ({ field: m.field, header: m.header, confidence: m.confidence }));
  const missingDueDate = !result.columns.some((m) => m.field === "dueDate");
  if (doubts.length === 0 && !missingDueDate) return null;

  // The mapped columns in sheet order, then the ignored headers (the reader keeps no letters).
  const mapped = [...result.columns].sort((a, b) => a.index - b.index);
  const texts = [...mapped.map((m) => m.header), ...result.ignoredHeaders];
  const count = (text: string) => texts.filter((t) => t.toLowerCase() === text.toLowerCase());
  const options: HeaderOption[] = [
    ...mapped.map((m) => ({
      // A blank header is reported as its letter; a repeated one is picked by letter.
      value: count(m.header).length === 1 ? m.header : m.letter,
      header: m.header === m.letter ? "" : m.header,
      letter: m.letter,
    })),
    ...result.ignoredHeaders.map((header) => ({ value: header, header, letter: null })),
  ];
  const auto: MappingNeed["auto"] = {};
  for (const [i, m] of mapped.entries()) {
    const option = options[i];
    if (automatic(m) && option && fitsValues(m))
      auto[m.field] = { value: option.value, confidence: m.confidence };
  }
  return {
    reason: "unsure",
    headers: result.headers ?? [],
    options,
    proposal: proposalOf(auto, stored, options),
    auto,
    doubts,
    missingDueDate,
  };
}

/** What is wrong with a chosen mapping: required fields left open, columns chosen twice. */
export interface MappingProblems {
  /** Required alternatives with no column, e.g. [["customerId", "customerName"]]. */
  missing: (readonly LedgerField[])[];
  /** Columns (option values) chosen for more than one field. */
  twice: { value: string; fields: LedgerField[] }[];
}

/** Checks `choice` before it is applied; no problems means it can be read. */
export function mappingProblems(choice: ColumnMapping): MappingProblems {
  const chosen = (field: LedgerField) => (choice[field] ?? "") !== "";
  const missing = REQUIRED_FIELDS.filter((alternatives) => !alternatives.some(chosen));
  const byValue = new Map<string, LedgerField[]>();
  for (const [field, value] of Object.entries(choice)) {
    if (!value) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), field as LedgerField]);
  }
  const twice = [...byValue.entries()]
    .filter(([, fields]) => fields.length > 1)
    .map(([value, fields]) => ({ value, fields }));
  return { missing, twice };
}

/**
 * The mapping to store: every stored field still chosen, plus each choice that detection would not
 * make by itself with full confidence. Sure automatic matches stay automatic, so a mapping made for
 * one odd file does not pin columns that any sheet names plainly.
 */
export function mappingToSave(
  choice: ColumnMapping,
  need: MappingNeed,
  stored: ColumnMapping
): ColumnMapping {
  const save: ColumnMapping = {};
  for (const [key, value] of Object.entries(choice)) {
    const field = key as LedgerField;
    if (!value) continue;
    const auto = need.auto[field];
    const sure = auto !== undefined && auto.value === value && auto.confidence >= 1;
    if (stored[field] !== undefined || !sure) save[field] = value;
  }
  return save;
}
