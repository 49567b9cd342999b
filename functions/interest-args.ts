// Argument converters for the interest functions (functions/interest.functions.ts). Numbers take a
// fast path that builds no strings: =DEB.INTEREST may be recalculated for a whole column at once.
import {
  describeValue,
  CoreError,
  parseAmount,
  type IsoDay,
  centsFromEuros,
  type Cents,
  type InterestPayment,
  type InterestKind,
} from "../src/core";
import { ArgumentError, dayArg, isBlankArg } from "./args";

export { epochDayArg } from "./args";

/** A date argument as an ISO day (for the slower paths that call the ISO-day API). */
export function isoDayArg(argument: string, value: unknown): IsoDay {
  return dayArg(argument, value);
}

/**
 * An amount in euros (a number, or text such as "1.234,56") as cents, zero or more. Numbers that are
 * clearly not halfway between two cents take a fast path with the same result as `centsFromEuros`.
 */
export function amountArg(argument: string, value: unknown): Cents {
  if (typeof value === "number" && value >= 0 && value < 1e9) {
    const scaled = value * 100;
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (fraction < 0.499 || fraction > 0.501) return (fraction > 0.5 ? whole + 1 : whole) as Cents;
    return centsFromEuros(value);
  }
  if (isBlankArg(value)) throw new ArgumentError(argument, "the amount is empty");
  const parsed = parseAmount(value);
  if (!parsed.ok) throw new ArgumentError(argument, parsed.reason.en);
  if (parsed.cents < 0) {
    throw new ArgumentError(
      argument,
      `${String(value)} is negative; the amount must be zero or more`
    );
  }
  return parsed.cents;
}

const KINDS = new Map<string, InterestKind>(
  Object.entries({
    commercial: "commercial",
    handels: "commercial",
    handelsrente: "commercial",
    handelstransactie: "commercial",
    b2b: "commercial",
    consumer: "consumer",
    wettelijk: "consumer",
    wettelijke: "consumer",
    "wettelijke rente": "consumer",
    b2c: "consumer",
    particulier: "consumer",
    consument: "consumer",
  } as const)
);

/** The interest kind: commercial (handelsrente, the default) or consumer (wettelijke rente). */
export function kindArg(argument: string, value: unknown): InterestKind {
  // The two spellings a column of calls nearly always has, compared before any lookup.
  if (value === "handels") return "commercial";
  if (value === "wettelijk") return "consumer";
  if (isBlankArg(value)) return "commercial";
  // The exact spelling first: no new string per call in a recalculated column.
  const kind =
    typeof value === "string"
      ? (KINDS.get(value) ?? KINDS.get(value.trim().toLowerCase()))
      : undefined;
  if (kind === undefined) {
    throw new ArgumentError(
      argument,
      `${describeValue(value)} is not a kind of interest; use "handels" (commercial, b2b) or "wettelijk" (consumer, b2c, particulier)`
    );
  }
  return kind;
}

/**
 * Payments from a two-column range (date, amount in euros). Rows with both cells blank are skipped;
 * a row with one of them blank is an error naming the row.
 */
export function paymentsArg(argument: string, value: unknown): InterestPayment[] {
  if (isBlankArg(value)) return [];
  if (!Array.isArray(value)) {
    throw new ArgumentError(argument, "select a range of two columns: payment date and amount");
  }
  const payments: InterestPayment[] = [];
  value.forEach((row: unknown, i) => {
    const cells = Array.isArray(row) ? row : [row];
    if (cells.every(isBlankArg)) return;
    const where = `${argument} row ${i + 1}`;
    if (cells.length !== 2) {
      throw new ArgumentError(
        argument,
        `row ${i + 1} has ${cells.length} column(s); use two: date and amount`
      );
    }
    if (isBlankArg(cells[0]) || isBlankArg(cells[1])) {
      throw new ArgumentError(argument, `row ${i + 1} needs both a date and an amount`);
    }
    payments.push({ day: isoDayArg(where, cells[0]), amount: amountArg(where, cells[1]) });
  });
  return payments;
}

/** A yes/no argument: TRUE/FALSE, 1/0, or text such as "ja"/"nee", "waar"/"onwaar"; blank = no. */
export function flagArg(argument: string, value: unknown): boolean {
  if (isBlankArg(value)) return false;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (["true", "waar", "ja", "yes", "j", "y", "1"].includes(text)) return true;
    if (["false", "onwaar", "nee", "no", "n", "0"].includes(text)) return false;
  }
  throw new ArgumentError(argument, `${describeValue(value)} is not yes or no (TRUE/FALSE)`);
}

/**
 * Runs a core call and reports its CoreError as a problem with `argument`; interest that outgrows
 * exact cents (centuries of compounding) as a problem with as_of, the end of the span.
 */
export function withArgument<T>(argument: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw argumentErrorOf(argument, error);
  }
}

/**
 * What {@link withArgument} throws for `error`: a core error as an ArgumentError naming `argument`
 * (hot wrappers call it from their own try/catch instead of allocating a closure per call).
 */
export function argumentErrorOf(argument: string, error: unknown): unknown {
  if (error instanceof CoreError && error.code === "interest.too-large") {
    return new ArgumentError("as_of", `${error.message} Choose an as_of nearer to the due date.`);
  }
  if (error instanceof CoreError) return new ArgumentError(argument, error.message);
  return error;
}
