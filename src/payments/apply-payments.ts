/**
 * Confirmed payments (the "Betalingen" record) applied to a ledger before any analysis, so the
 * ladder, interest, arrangements and reports all see them — without ever touching the user's sheet.
 *
 * Not counted twice: the bookkeeping export may later show the same payment. Per invoice, Openstaand
 * takes the larger of the two paid amounts — what the ledger shows as paid (amount − open) and what
 * the record holds — instead of their sum: open = max(0, min(ledger's open, amount − recorded)).
 * So a payment booked in both places counts once; a payment only in the record lowers the open
 * amount; one only in the ledger is the ledger's. (A payment booked in the ledger and a different
 * one only in the record then count as the larger of the two, never as more than was paid.)
 * The settled day of an invoice the record pays off is the day of the last recorded payment.
 */
import { compareDays, type Cents, type IsoDay } from "../core";
import type { Ledger } from "../ledger";

/** A recorded payment on one invoice: what {@link applyPayments} needs of a record row. */
export interface AppliedRecord {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly amount: Cents;
  readonly day: IsoDay | null;
}

/** What applying the record did, per invoice (for the pane's and the CLI's note). */
export interface PaymentEffect {
  readonly row: number;
  readonly invoiceId: string;
  readonly customerId: string;
  readonly recorded: Cents;
  readonly openBefore: Cents;
  readonly openAfter: Cents;
  /** True when the ledger already shows at least as much paid as the record (nothing changed). */
  readonly inLedger: boolean;
}

/** Records whose invoice is not in the ledger (another administration, or a renumbered invoice). */
export interface ApplyPaymentsResult {
  readonly ledger: Ledger;
  readonly effects: readonly PaymentEffect[];
  readonly notFound: readonly AppliedRecord[];
}

/** A new ledger with the recorded payments applied (the given one is not changed). */
export function applyPayments(
  ledger: Ledger,
  records: readonly AppliedRecord[]
): ApplyPaymentsResult {
  if (records.length === 0) return { ledger, effects: [], notFound: [] };
  const c = ledger.columns;
  const rowOf = new Map<string, number>();
  for (let row = 0; row < ledger.length; row++) {
    const key = `${c.customerId[row]}\u0000${c.invoiceId[row]}`;
    // An invoice number twice for one customer: the record goes to the first open one.
    if (
      !rowOf.has(key) ||
      ((c.openAmount[rowOf.get(key) ?? 0] ?? 0) <= 0 && (c.openAmount[row] ?? 0) > 0)
    )
      rowOf.set(key, row);
  }
  const perRow = new Map<number, { paid: number; day: IsoDay | null }>();
  const notFound: AppliedRecord[] = [];
  for (const record of records) {
    const row = rowOf.get(`${record.customerId}\u0000${record.invoiceId}`);
    if (row === undefined) {
      notFound.push(record);
      continue;
    }
    const sofar = perRow.get(row) ?? { paid: 0, day: null };
    const day =
      sofar.day === null || (record.day !== null && compareDays(record.day, sofar.day) > 0)
        ? record.day
        : sofar.day;
    perRow.set(row, { paid: sofar.paid + record.amount, day });
  }
  const openAmount = [...c.openAmount];
  const settledDate = [...c.settledDate];
  const effects: PaymentEffect[] = [];
  for (const [row, { paid, day }] of perRow) {
    const amount = c.amount[row] ?? 0;
    const before = openAmount[row] ?? 0;
    const after = Math.max(0, Math.min(before, amount - paid));
    openAmount[row] = after as Cents;
    if (after === 0 && before > 0 && settledDate[row] == null) settledDate[row] = day;
    effects.push({
      row,
      invoiceId: c.invoiceId[row] ?? "",
      customerId: c.customerId[row] ?? "",
      recorded: paid as Cents,
      openBefore: before as Cents,
      openAfter: after as Cents,
      inLedger: after === before,
    });
  }
  return {
    ledger: { length: ledger.length, columns: { ...c, openAmount, settledDate } },
    effects,
    notFound,
  };
}
