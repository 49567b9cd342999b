/**
 * Confirmed payments (the "Betalingen" record) applied to a ledger before any analysis, so the
 * ladder, interest, arrangements and reports all see them — without ever touching the user's sheet.
 *
 * Not counted twice: the bookkeeping export may later show the same payment. Each record keeps the
 * base it was matched against — what the user's ledger itself showed open on the invoice when the
 * payment was confirmed (`ledgerOpen`; the invoice amount for a record without it) — and per invoice
 * open = max(0, min(ledger's open now, base − recorded)). So a payment only in the record comes off
 * what the ledger showed open then (a part payment the ledger already had stays counted); once the
 * bookkeeping books it too, the ledger's open is the smaller and the payment counts once; a later
 * payment only in the ledger is the ledger's. With several records on one invoice the base is the
 * largest (the earliest state), so undoing an earlier statement leaves the later ones right.
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
  /** The ledger's own open amount when the payment was confirmed (null/absent: the invoice amount). */
  readonly ledgerOpen?: Cents | null;
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
  const perRow = new Map<number, { paid: number; day: IsoDay | null; base: number }>();
  const notFound: AppliedRecord[] = [];
  for (const record of records) {
    const row = rowOf.get(`${record.customerId}\u0000${record.invoiceId}`);
    if (row === undefined) {
      notFound.push(record);
      continue;
    }
    const invoiceAmount = c.amount[row] ?? 0;
    const sofar = perRow.get(row) ?? { paid: 0, day: null, base: 0 };
    const day =
      sofar.day === null || (record.day !== null && compareDays(record.day, sofar.day) > 0)
        ? record.day
        : sofar.day;
    // The base is the earliest state the record knew: the largest ledger open of its rows.
    const base = Math.max(sofar.base, Math.min(invoiceAmount, record.ledgerOpen ?? invoiceAmount));
    perRow.set(row, { paid: sofar.paid + record.amount, day, base });
  }
  const openAmount = [...c.openAmount];
  const settledDate = [...c.settledDate];
  const effects: PaymentEffect[] = [];
  for (const [row, { paid, day, base }] of perRow) {
    const before = openAmount[row] ?? 0;
    const after = Math.max(0, Math.min(before, base - paid));
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
