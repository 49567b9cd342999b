/**
 * The control-total tally of a read: every non-blank row is added as accepted or rejected, with its
 * amount and open amount, so accepted + rejected = read holds by construction, in rows and in cents.
 */
import { addCents, ZERO, type Cents } from "../core/money";
import type { ControlTotals } from "./types";

/** Accumulates {@link ControlTotals}. */
export class ControlTally {
  private accepted = 0;
  private rejected = 0;
  private blankRows = 0;
  private amountAccepted: Cents = ZERO;
  private amountRejected: Cents = ZERO;
  private openAccepted: Cents = ZERO;
  private openRejected: Cents = ZERO;

  /** Counts an accepted row. */
  accept(amount: Cents, open: Cents): void {
    this.accepted++;
    this.amountAccepted = addCents(this.amountAccepted, amount);
    this.openAccepted = addCents(this.openAccepted, open);
  }

  /** Counts a rejected row; an amount that could not be read is passed as 0. */
  reject(amount: Cents, open: Cents): void {
    this.rejected++;
    this.amountRejected = addCents(this.amountRejected, amount);
    this.openRejected = addCents(this.openRejected, open);
  }

  /** Counts a blank row (not part of rowsRead). */
  blank(): void {
    this.blankRows++;
  }

  /** The totals so far. */
  totals(): ControlTotals {
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
    };
  }
}
