/**
 * The value parsers of the fast CSV path, on UTF-8 bytes: ISO days (YYYY-MM-DD, a real calendar day)
 * to epoch days and plain amounts (digits, at most two decimals after a point) to integer cents. The
 * fast variants return NaN for anything else, so the scanner can fall back to the checking variants,
 * which throw {@link FastPathUnsupported} naming the row and the value.
 */
import { epochDayOfCivil } from "../../core";
import { FastPathUnsupported } from "./fast-path-unsupported";

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const decoder = new TextDecoder("utf-8", { fatal: false });

function text(bytes: Uint8Array, start: number, end: number): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** Where {@link fastCents} stopped. */
export const scanEnd = new Int32Array(1);

/** A plain amount at `p` in cents (end in scanEnd), or NaN: the strict subset of parseCents. */
export function fastCents(bytes: Uint8Array, p: number, to: number): number {
  let negative = false;
  if (p < to && bytes[p] === 45) {
    negative = true;
    p++;
  }
  const first = p;
  let whole = 0;
  while (p < to) {
    const c = (bytes[p] as number) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    p++;
  }
  if (p === first || p - first > 13) return NaN;
  let fraction = 0;
  if (p < to && bytes[p] === 46) {
    // A point needs a digit after it ("5." is no amount to the ledger reader either).
    p++;
    const a = p < to ? (bytes[p] as number) - 48 : -1;
    if (a < 0 || a > 9) return NaN;
    fraction = a * 10;
    p++;
    const b = p < to ? (bytes[p] as number) - 48 : -1;
    if (b >= 0 && b <= 9) {
      fraction += b;
      p++;
    }
  }
  scanEnd[0] = p;
  const value = whole * 100 + fraction;
  return negative ? 0 - value : value; // "-0" is 0, not -0 (as the ledger reader has it)
}

/** YYYY-MM-DD at `start` as an epoch day, or NaN (the caller checks what follows). */
export function fastDay(bytes: Uint8Array, start: number): number {
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return NaN;
  const y0 = digit(bytes, start);
  const y1 = digit(bytes, start + 1);
  const y2 = digit(bytes, start + 2);
  const y3 = digit(bytes, start + 3);
  const m0 = digit(bytes, start + 5);
  const m1 = digit(bytes, start + 6);
  const d0 = digit(bytes, start + 8);
  const d1 = digit(bytes, start + 9);
  // Every position a digit (the old text scanner let "2a25-1a-05" through as 1925-09-05).
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return y >= 1000 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= (m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m] as number))
    ? epochDayOfCivil(y, m, d)
    : NaN;
}

function digit(bytes: Uint8Array, p: number): number {
  const c = (bytes[p] as number) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** YYYY-MM-DD (a real calendar day, year ≥ 1000) → epoch day. */
export function parseDay(bytes: Uint8Array, start: number, end: number, row: number): number {
  const day = end - start === 10 ? fastDay(bytes, start) : NaN;
  if (day === day) return day;
  throw new FastPathUnsupported(`Row ${row}: "${text(bytes, start, end)}" is not an ISO day.`);
}

/** "-1234.5" -> -123450; digits and 1 or 2 decimals after a point (or none), nothing else. */
export function parseCents(bytes: Uint8Array, start: number, end: number, row: number): number {
  let p = start;
  let negative = false;
  if (bytes[p] === 45) {
    negative = true;
    p++;
  }
  let whole = 0;
  let digits = 0;
  for (; p < end; p++) {
    const c = digit(bytes, p);
    if (c < 0) break;
    whole = whole * 10 + c;
    digits++;
  }
  let fraction = 0;
  if (p < end && bytes[p] === 46) {
    p++;
    const a = p < end ? digit(bytes, p++) : -1; // "5." has no digit after the point
    const b = p < end ? digit(bytes, p++) : 0;
    fraction = a * 10 + b;
    if (a < 0 || b < 0) p = -1;
  }
  if (digits === 0 || p !== end || digits > 13)
    throw new FastPathUnsupported(
      `Row ${row}: "${text(bytes, start, end)}" is not a plain amount.`
    );
  const value = whole * 100 + fraction;
  return negative ? 0 - value : value; // "-0" is 0, not -0 (as the ledger reader has it)
}
