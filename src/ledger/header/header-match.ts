/**
 * Scores one header text against the vocabulary: which fields it may mean and how sure we are.
 * Exact (normalised) names score their weight (1 for most); a header that merely contains a
 * non-generic name scores between 0.5 and 0.9, more when the name covers more of the header.
 */
import { EXACT_ONLY, KNOWN_IGNORED, SYNONYMS } from "./field-synonyms";
import { normalizeHeader } from "./header-text";
import type { LedgerField } from "../types";

/** One field a header may mean. */
export interface HeaderCandidate {
  field: LedgerField;
  confidence: number;
}

/** Shortest name that may match inside a longer header; shorter ones ("tel", "zip") match only exactly. */
const MIN_PARTIAL_LENGTH = 5;

/** Currency words a header may carry: "Bedrag (EUR)", "Saldo in euro", "Open €". */
const CURRENCY_SUFFIX = /(?:in)?(?:eur|euro|euros|usd|gbp)$/;

/** Rounds to 2 decimals so confidences print cleanly. */
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The candidate fields of a header, best first, one per field. Empty for a blank header, a known
 * ignored export column (PaperlessDate) or a header that names nothing we know.
 */
export function matchHeader(text: string): HeaderCandidate[] {
  const name = normalizeHeader(text);
  if (name === "" || KNOWN_IGNORED.has(name)) return [];
  const stripped = name.replace(CURRENCY_SUFFIX, "");
  const best = new Map<LedgerField, number>();
  const offer = (field: LedgerField, confidence: number): void => {
    if (confidence > (best.get(field) ?? 0)) best.set(field, round2(confidence));
  };
  for (const synonym of SYNONYMS) {
    if (synonym.name === name) offer(synonym.field, synonym.weight);
    else if (stripped !== name && synonym.name === stripped)
      offer(synonym.field, synonym.weight * 0.95);
    else if (
      synonym.name.length >= MIN_PARTIAL_LENGTH &&
      !EXACT_ONLY.has(synonym.name) &&
      synonym.weight === 1 &&
      name.includes(synonym.name)
    ) {
      offer(synonym.field, Math.min(0.9, 0.5 + (0.4 * synonym.name.length) / name.length));
    }
  }
  return [...best.entries()]
    .map(([field, confidence]) => ({ field, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}
