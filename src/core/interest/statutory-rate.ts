import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { fromEpochDay, isIsoDay, toEpochDay, type IsoDay } from "../calendar/day";
import { STATUTORY_RATES, type InterestKind, type RateTable } from "./statutory-rates";

/**
 * A rate list compiled for arithmetic: `starts[i]` is the epoch day from which `bp[i]` applies, the
 * rate in hundredths of a percent (10.15 % = 1015), so interest is integer arithmetic throughout.
 */
export interface CompiledRates {
  readonly starts: Int32Array;
  readonly bp: Int32Array;
  /** Epoch day of the table's `completeThrough`, or +Infinity when the table does not say. */
  readonly completeThrough: number;
  /**
   * Running sum of the daily rate: `rateDays[i]` is Σ bp over the days `origin + 1 … origin + i`
   * (`origin` is the day before the first row), up to the first day of the last row. With it the
   * sum of rate × days over any stretch is two array reads (see {@link rateDaysThrough}).
   */
  readonly rateDays: Float64Array;
  readonly origin: number;
}

const compiled = new WeakMap<RateTable, { commercial: CompiledRates; consumer: CompiledRates }>();

/**
 * The compiled rates of `kind` in `table`, validated and cached per table object (the statutory
 * table is compiled once per process; pass the same object again to reuse a custom table).
 */
export function compiledRates(
  kind: InterestKind,
  table: RateTable = STATUTORY_RATES
): CompiledRates {
  let entry = compiled.get(table);
  if (entry === undefined) {
    const through = table.completeThrough;
    assert(
      through === undefined || isIsoDay(through),
      "rates.bad-day",
      `${describeValue(through)} is not a valid completeThrough day.`
    );
    const end = through === undefined ? Number.POSITIVE_INFINITY : toEpochDay(through);
    entry = {
      commercial: compile(table.commercial, "commercial", end),
      consumer: compile(table.consumer, "consumer", end),
    };
    compiled.set(table, entry);
  }
  return kind === "commercial" ? entry.commercial : entry.consumer;
}

function compile(
  rows: RateTable["commercial"],
  kind: InterestKind,
  completeThrough: number
): CompiledRates {
  assert(
    Array.isArray(rows) && rows.length > 0,
    "rates.empty",
    `The ${kind} rate table has no rows.`
  );
  const starts = new Int32Array(rows.length);
  const bp = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    assert(
      isIsoDay(row.from),
      "rates.bad-day",
      `Row ${i + 1} of the ${kind} rates: ${describeValue(row.from)} is not a valid day.`
    );
    const hundredths = Math.round(row.pct * 100);
    assert(
      Number.isFinite(row.pct) &&
        row.pct >= 0 &&
        row.pct <= 100 &&
        Math.abs(row.pct * 100 - hundredths) < 1e-6,
      "rates.bad-pct",
      `Row ${i + 1} of the ${kind} rates: ${describeValue(row.pct)} is not a percentage between 0 and 100 with at most two decimals.`
    );
    starts[i] = toEpochDay(row.from);
    bp[i] = hundredths;
    assert(
      i === 0 || starts[i]! > starts[i - 1]!,
      "rates.unordered",
      `Row ${i + 1} of the ${kind} rates (${row.from}) does not come after the row before it.`
    );
  });
  const origin = starts[0]! - 1;
  const length = starts[rows.length - 1]! - origin;
  const rateDays = new Float64Array(length + 1);
  for (let i = 1, row = 0; i <= length; i++) {
    if (row + 1 < rows.length && origin + i >= starts[row + 1]!) row += 1;
    rateDays[i] = rateDays[i - 1]! + bp[row]!;
  }
  return { starts, bp, completeThrough, rateDays, origin };
}

/**
 * Σ (rate in hundredths of a percent) over the days `rates.origin + 1 … epochDay`; for a day past
 * the last row, extended at the last row's rate. The caller ensures `epochDay >= rates.origin`.
 * The rate-days of the interest days `a + 1 … b` are `rateDaysThrough(b) − rateDaysThrough(a)`.
 */
export function rateDaysThrough(rates: CompiledRates, epochDay: number): number {
  const offset = epochDay - rates.origin;
  const sums = rates.rateDays;
  const end = sums.length - 1;
  return offset <= end
    ? sums[offset]!
    : sums[end]! + rates.bp[rates.bp.length - 1]! * (offset - end);
}

/**
 * Index of the row that applies on `epochDay` (the last row starting on or before it), or -1 when
 * the day is before the first row.
 */
export function rateIndexAt(rates: CompiledRates, epochDay: number): number {
  const starts = rates.starts;
  let lo = 0;
  let hi = starts.length - 1;
  if (epochDay < starts[0]!) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= epochDay) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Throws the error for an interest day before the first row of the table. */
export function failBeforeTable(rates: CompiledRates, kind: InterestKind, epochDay: number): never {
  const first = fromEpochDay(rates.starts[0]!);
  assert(
    false,
    "rates.before-table",
    `No ${kind === "commercial" ? "handelsrente" : "wettelijke rente"} rate is known for ${fromEpochDay(epochDay)}: the table starts on ${first}.`
  );
}

/**
 * The statutory interest rate on `day`, in percent a year (e.g. 10.15). Past the last row the last
 * row's rate is returned (see `completeThrough` on the table). Throws a CoreError before the first
 * row (handelsrente exists from 2002-08-08; the consumer table starts in 2001).
 */
export function statutoryRate(
  day: IsoDay,
  kind: InterestKind,
  rates: RateTable = STATUTORY_RATES
): number {
  assert(
    kind === "commercial" || kind === "consumer",
    "rates.bad-kind",
    `${describeValue(kind)} is not an interest kind ("commercial" or "consumer").`
  );
  const table = compiledRates(kind, rates);
  const epochDay = toEpochDay(day);
  const index = rateIndexAt(table, epochDay);
  if (index < 0) failBeforeTable(table, kind, epochDay);
  return table.bp[index]! / 100;
}
