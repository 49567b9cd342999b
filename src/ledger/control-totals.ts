/**
 * The control-total tally of a read: every non-blank row is added as accepted or rejected, with its
 * amount and open amount, so accepted + rejected = read holds by construction, in rows and in cents —
 * in total and per currency. Amounts in different currencies are never added into one money figure:
 * the per-currency totals are the figures to show; the overall sums are the column sums as written
 * (a checksum against the file), equal to the one currency's totals when there is only one.
 */
import { addCents, ZERO, type Cents } from "../core";
import type { ControlTotals, CurrencyControl } from "./types";

/** Accumulates {@link ControlTotals}. */
export class ControlTally {
  private accepted = 0;
  private rejected = 0;
  private blankRows = 0;
  private amountAccepted: Cents = ZERO;
  private amountRejected: Cents = ZERO;
  private openAccepted: Cents = ZERO;
  private openRejected: Cents = ZERO;
  private readonly byCurrency = new Map<string, CurrencyControl>();
  private excludedRows = 0;
  private amountExcluded: Cents = ZERO;
  private openExcluded: Cents = ZERO;

  /** `defaultCurrency` is the currency of a row counted without one (default "EUR"). */
  constructor(private readonly defaultCurrency = "EUR") {}

  private currency(code: string | undefined): CurrencyControl {
    const key = code ?? this.defaultCurrency;
    let totals = this.byCurrency.get(key);
    if (totals === undefined) {
      totals = {
        currency: key,
        rowsRead: 0,
        accepted: 0,
        rejected: 0,
        amount: { read: ZERO, accepted: ZERO, rejected: ZERO },
        open: { read: ZERO, accepted: ZERO, rejected: ZERO },
      };
      this.byCurrency.set(key, totals);
    }
    return totals;
  }

  private add(c: CurrencyControl, side: "accepted" | "rejected", amount: Cents, open: Cents): void {
    c.rowsRead++;
    c[side]++;
    c.amount[side] = addCents(c.amount[side], amount);
    c.amount.read = addCents(c.amount.read, amount);
    c.open[side] = addCents(c.open[side], open);
    c.open.read = addCents(c.open.read, open);
  }

  /** Counts an accepted row in `currency` (default: the default currency). */
  accept(amount: Cents, open: Cents, currency?: string): void {
    this.accepted++;
    this.amountAccepted = addCents(this.amountAccepted, amount);
    this.openAccepted = addCents(this.openAccepted, open);
    this.add(this.currency(currency), "accepted", amount, open);
  }

  /** Counts a rejected row; an amount that could not be read is passed as 0. */
  reject(amount: Cents, open: Cents, currency?: string): void {
    this.rejected++;
    this.amountRejected = addCents(this.amountRejected, amount);
    this.openRejected = addCents(this.openRejected, open);
    this.add(this.currency(currency), "rejected", amount, open);
  }

  /** Counts a totals row of the export (not part of rowsRead), with its amounts as printed. */
  exclude(amount: Cents, open: Cents): void {
    this.excludedRows++;
    this.amountExcluded = addCents(this.amountExcluded, amount);
    this.openExcluded = addCents(this.openExcluded, open);
  }

  /** Counts a blank row (not part of rowsRead). */
  blank(): void {
    this.blankRows++;
  }

  /** The totals so far. */
  totals(): ControlTotals {
    const first = this.defaultCurrency;
    const currencies = [...this.byCurrency.values()]
      .map((c) => ({ ...c, amount: { ...c.amount }, open: { ...c.open } }))
      .sort((a, b) =>
        a.currency === first ? -1 : b.currency === first ? 1 : a.currency < b.currency ? -1 : 1
      );
    return {
      rowsRead: this.accepted + this.rejected,
      accepted: this.accepted,
      rejected: this.rejected,
      blankRows: this.blankRows,
      amount: {
        read: addCents(this.amountAccepted, this.amountRejected),
        accepted: this.amountAccepted,
        rejected: this.amountRejected,
      },
      open: {
        read: addCents(this.openAccepted, this.openRejected),
        accepted: this.openAccepted,
        rejected: this.openRejected,
      },
      currencies,
      excluded: { rows: this.excludedRows, amount: this.amountExcluded, open: this.openExcluded },
    };
  }
}
