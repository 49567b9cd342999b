/**
 * Use-case: the customer index of the pane's customer table and dossier — per customer, the ledger
 * rows and what the table shows beyond the report's row (days late, reminder stage, overdue).
 */
import { diffDays, type IsoDay } from "../../core";
import { type Ledger, ledgerCustomers } from "../../ledger";

/** What the ledger tells about one customer's open items. */
export interface CustomerFacts {
  /** Every ledger row of the customer (open or not). */
  rows: number[];
  /** Most days overdue among the open invoices (0 when none is overdue). */
  maxDaysLate: number;
  /** Highest reminder stage sent on an open invoice (0: none). */
  stage: number;
  /** Open amount past due (euro cents; other currencies are not added in). */
  overdue: number;
}

/** Indexes `ledger` by customer id on `asOf` (the ledger's one grouping of rows per customer). */
export function customerIndex(ledger: Ledger, asOf: IsoDay): Map<string, CustomerFacts> {
  const c = ledger.columns;
  const index = new Map<string, CustomerFacts>();
  for (const customer of ledgerCustomers(ledger).values()) {
    const facts: CustomerFacts = { rows: customer.rows, maxDaysLate: 0, stage: 0, overdue: 0 };
    index.set(customer.customerId, facts);
    for (const i of customer.rows) {
      const open = c.openAmount[i] as number;
      // Other currencies are listed apart and never added to the euro amounts (report otherCurrencies).
      if (open <= 0 || c.writtenOff[i] || (c.currency[i] ?? "EUR") !== "EUR") continue;
      const due = c.dueDate[i];
      if (due && due < asOf) {
        facts.maxDaysLate = Math.max(facts.maxDaysLate, diffDays(asOf, due));
        facts.overdue += open;
      }
      facts.stage = Math.max(facts.stage, c.reminderStage[i] ?? 0);
    }
  }
  return index;
}
