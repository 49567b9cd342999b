/**
 * Test helper (not a test file): asserts that an issue's Dutch message (`messageNl`) is a real
 * translation of its English one: not empty, not the English text, free of English sentence words,
 * and naming the same facts: every quoted value, every day (as written or written out in Dutch),
 * every Excel error code and currency code, and every number (rows, amounts, serials).
 */
import { longDay } from "../../src/core";
import type { LedgerIssue } from "../../src/ledger";

/** A fact of the English message and the forms the Dutch message may give it in. */
interface Fact {
  english: string;
  dutch: readonly string[];
}

const QUOTED = /"(?:[^"\\]|\\.)*"/g;
/** An ISO day, with the time of an ISO instant when a Date was described ("…T00:00:00.000Z"). */
const ISO_DAY = /\b(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)?/g;
const EXCEL_ERROR = /#[A-Z0-9/]+[!?]?/g;
/** Upper-case codes (currencies, TRUE/FALSE); VAT only occurs in the English field label. */
const CODE = /\b[A-Z]{3,5}\b/g;
const CODE_IN_DUTCH: Readonly<Record<string, readonly string[]>> = {
  TRUE: ["WAAR"],
  FALSE: ["ONWAAR"],
  VAT: ["Btw"],
};
/** Words that give away an English sentence. */
const ENGLISH_WORDS = /\b(the|is not|cannot|empty|was read|amount|invoice|row|both|kept)\b/i;

/** The facts an English message states, each with its acceptable Dutch forms. */
export function factsOf(message: string): Fact[] {
  const facts: Fact[] = [];
  // Each kind is taken out before the next is looked for, so a day inside a quote is one fact.
  message
    .replace(QUOTED, (quoted) => {
      facts.push({ english: quoted, dutch: [quoted] });
      return " ";
    })
    .replace(ISO_DAY, (_, day: string) => {
      facts.push({ english: day, dutch: [day, longDay(day, "nl")] });
      return " ";
    })
    .replace(EXCEL_ERROR, (code) => {
      facts.push({ english: code, dutch: [code] });
      return " ";
    })
    .replace(CODE, (code) => {
      facts.push({ english: code, dutch: CODE_IN_DUTCH[code] ?? [code] });
      return " ";
    });
  return facts;
}

/** The numbers of a text outside quotes, without leading zeros, sorted ("€1,234.50" -> 1, 234, 50). */
function numbersOf(text: string): string[] {
  const outside = text.replace(QUOTED, " ").replace(ISO_DAY, " ");
  return [...outside.matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, "")).sort();
}

/** True when every element of `part` occurs in `whole` at least as often. */
function isSubMultiset(part: readonly string[], whole: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const x of whole) left.set(x, (left.get(x) ?? 0) + 1);
  for (const x of part) {
    const n = left.get(x) ?? 0;
    if (n === 0) return false;
    left.set(x, n - 1);
  }
  return true;
}

/** Asserts that `issue.messageNl` is the Dutch twin of `issue.message`; see the file comment. */
export function expectDutchTwin(issue: LedgerIssue): void {
  const { message, messageNl } = issue;
  const where = `row ${issue.row}: ${message} / ${messageNl}`;
  expect([where, typeof messageNl]).toEqual([where, "string"]);
  expect([where, messageNl.trim().length > 0]).toEqual([where, true]);
  expect([where, messageNl !== message]).toEqual([where, true]);
  // English words outside quoted values and outside the CSV parser's own words in brackets.
  const own = messageNl.replace(QUOTED, " ").replace(/\([^()]*\)\.?$/, " ");
  expect([where, ENGLISH_WORDS.exec(own)?.[0] ?? null]).toEqual([where, null]);
  for (const fact of factsOf(message)) {
    const found = fact.dutch.some((form) => messageNl.includes(form));
    expect([where, fact.english, found]).toEqual([where, fact.english, true]);
  }
  // Numbers outside quoted values: in a day written out only the day and year remain as digits.
  const englishNumbers = numbersOf(message.replace(ISO_DAY, " "));
  const dutchNumbers = numbersOf(messageNl);
  expect([where, englishNumbers, isSubMultiset(englishNumbers, dutchNumbers)]).toEqual([
    where,
    englishNumbers,
    true,
  ]);
  // The cell value, where the English message names it unquoted; Dutch may write 0.5 as 0,5.
  if (issue.value !== "" && message.includes(issue.value)) {
    const forms = [issue.value, issue.value.replace(".", ",")];
    expect([where, forms.some((form) => messageNl.includes(form))]).toEqual([where, true]);
  }
}

/** How many issues {@link expectDutchIssues} has checked in this test file. */
export const dutchChecks = { issues: 0, messages: new Set<string>() };

/** Asserts {@link expectDutchTwin} for every issue of a read, and counts them. */
export function expectDutchIssues(issues: readonly LedgerIssue[]): void {
  for (const issue of issues) {
    expectDutchTwin(issue);
    dutchChecks.issues++;
    dutchChecks.messages.add(issue.messageNl);
  }
}
