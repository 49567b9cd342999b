/**
 * Use-case: what a customer owes on the dossier's day — the overdue euro invoices (the claim file's
 * rule), statutory interest on each, collection costs and the total — through the one claim-owed
 * computation of src/dunning. Pure.
 */
import type { Cents, IsoDay } from "../../core";
import {
  claimsOwed,
  defaultPolicy,
  fourteenDayLetterState,
  isOverdueClaim,
  type SentStage,
} from "../../dunning";
import { type DebtorKind, type Ledger, ledgerCustomers } from "../../ledger";

/** The dossier's claim of one customer. */
export interface DossierClaim {
  kind: DebtorKind;
  /** Interest per ledger row of an overdue claim; a row missing here is no claim ("–"). */
  interestByRow: Map<number, Cents>;
  principal: Cents;
  interest: Cents;
  /** Collection costs that may be charged on the day (a consumer: only after the 14-dagenbrief's term). */
  costs: Cents;
  total: Cents;
  /** Set when the rate table is not known as far as the day: the last known rate was used. */
  rateTableEndsAt: IsoDay | null;
}

/**
 * The claim of `customerId` in `ledger` on `asOf`. Costs: for a business debtor the staffel on the
 * overdue principal (art. 6:96 lid 4 BW); for a consumer only once a 14-dagenbrief went out and its
 * term has run out, by the ledger's reminder stages (art. 6:96 lid 6 BW), else zero.
 */
export function dossierClaim(
  ledger: Ledger,
  customerId: string,
  asOf: IsoDay,
  options: { costsIncludeVat?: boolean } = {}
): DossierClaim {
  const c = ledger.columns;
  const customer = ledgerCustomers(ledger).get(customerId);
  const kind = customer?.kind ?? "business";
  const rows = (customer?.rows ?? []).filter((i) => isOverdueClaim(c, i, asOf));
  let mayCharge = kind === "business";
  if (!mayCharge) {
    // The ledger keeps each invoice's last stage and its date; the stages before it were sent.
    const policy = defaultPolicy(kind);
    mayCharge = rows.some((i) => {
      const last = c.reminderStage[i] ?? 0;
      const sent: SentStage[] = Array.from({ length: last }, (_, k) => ({
        stage: k + 1,
        date: k + 1 === last ? (c.reminderDate[i] ?? null) : null,
      }));
      return fourteenDayLetterState(policy, sent, asOf)?.termOver === true;
    });
  }
  const owed = claimsOwed(
    customerId,
    kind,
    rows.map((i) => ({
      invoiceId: c.invoiceId[i] as string,
      principal: c.openAmount[i] as Cents,
      dueDate: c.dueDate[i] as IsoDay,
    })),
    asOf,
    {
      chargeCosts: mayCharge,
      costsIncludeVat: options.costsIncludeVat === true,
      skipUnknownRates: true,
    }
  );
  const interestByRow = new Map<number, Cents>();
  owed.invoices.forEach((line, k) => {
    if (!line.rateUnknown) interestByRow.set(rows[k] as number, line.interest);
  });
  return {
    kind,
    interestByRow,
    principal: owed.principal,
    interest: owed.interest,
    costs: owed.costs,
    total: owed.total,
    rateTableEndsAt: owed.rateTableEndsAt,
  };
}
