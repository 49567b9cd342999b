/**
 * Per-column decisions that single cells cannot make: the notation of text amounts ("1.234" is
 * 1234 in a Dutch column, 1.234 in an English one) and the day order of numeric text dates
 * ("05/06/2026"). A column decides from its own text values; a column without evidence borrows the
 * decision of the sheet's other money (or date) columns, since one export writes them all alike; an
 * explicit option overrides both.
 */
import { detectNotation, type Notation, detectDayOrder, type DayOrder } from "../../core";

/** What a column will use; `conflicting` marks a column whose values disagree (majority taken). */
export interface ColumnDecision<T> {
  value: T | null;
  conflicting: boolean;
}

function decide<T extends string>(
  columns: readonly (readonly unknown[])[],
  detect: (values: readonly unknown[]) => { value: T | null; conflicting: boolean },
  option: T | undefined
): { perColumn: ColumnDecision<T>[]; sheet: ColumnDecision<T> } {
  if (option !== undefined) {
    const fixed = { value: option, conflicting: false };
    return { perColumn: columns.map(() => fixed), sheet: fixed };
  }
  const sheet = detect(columns.flat());
  const perColumn = columns.map((values) => {
    const own = detect(values);
    return own.value !== null ? own : sheet;
  });
  return { perColumn, sheet };
}

/** Notation per money column (in the order given) and for the sheet as a whole. */
export function decideNotations(
  columns: readonly (readonly unknown[])[],
  option: Notation | undefined
): { perColumn: ColumnDecision<Notation>[]; sheet: ColumnDecision<Notation> } {
  return decide(
    columns,
    (values) => {
      const found = detectNotation(values);
      return { value: found.notation, conflicting: found.conflicting };
    },
    option
  );
}

/** Day order per date column (in the order given) and for the sheet as a whole. */
export function decideDayOrders(
  columns: readonly (readonly unknown[])[],
  option: DayOrder | undefined
): { perColumn: ColumnDecision<DayOrder>[]; sheet: ColumnDecision<DayOrder> } {
  return decide(
    columns,
    (values) => {
      const found = detectDayOrder(values);
      return { value: found.order, conflicting: found.conflicting };
    },
    option
  );
}
