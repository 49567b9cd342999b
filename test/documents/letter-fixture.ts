/** Test helper (not a test file): fixed debtors and proposals at every stage of both ladders. */
import { isoDay, type IsoDay } from "../../src/core";
import { reminderRun, type ReminderProposal } from "../../src/dunning";
import { debtorDetails, type DebtorDetails } from "../../src/documents";
import type { Ledger } from "../../src/ledger";
import { ledgerOf, type InvoiceSketch } from "../dunning/ledger-fixture";

/** Run day of the fixtures: Friday 20 November 2026 (the demo's as-of day). */
export const AS_OF: IsoDay = isoDay("2026-11-20");

const BUSINESS = {
  customerName: "Amstel Horeca Groep B.V.",
  contactPerson: "Sanne de Vries",
  address: "Prinsengracht 263",
  postcode: "1016 GV",
  city: "Amsterdam",
  email: "administratie@amstelhoreca.nl",
  kvk: "34512345",
  vatId: "NL812345678B01",
  debtorType: "business" as const,
};

const CONSUMER = {
  customerName: "Bram Timmermans",
  contactPerson: "Bram Timmermans",
  address: "Kastanjelaan 92",
  postcode: "6221 MF",
  city: "Maastricht",
  email: "bram.timmermans@xs4all.nl",
  debtorType: "consumer" as const,
};

/**
 * A ledger with one customer per (debtor type, language, stage): customer "B3-en" is the business
 * debtor in English at stage 3. Each has two overdue invoices (€ 1.250,00 and € 480,50) due
 * 1 August and 1 September 2026 and, for the business ones, a credit note of € 121,00.
 * `single`: only the first invoice (and the credit note), for letters about one invoice.
 */
export function stageLedger(options: { single?: boolean } = {}): Ledger {
  const sketches: InvoiceSketch[] = [];
  for (const [kind, base, stages] of [
    ["B", BUSINESS, 5],
    ["C", CONSUMER, 4],
  ] as const) {
    for (const language of ["nl", "en"] as const) {
      for (let stage = 1; stage <= stages; stage++) {
        const customerId = `${kind}${stage}-${language}`;
        const previous =
          stage === 1 ? {} : { reminderStage: stage - 1, reminderDate: "2026-10-01" };
        const common = { ...base, customerId, language, ...previous };
        sketches.push(
          {
            ...common,
            invoiceId: `${customerId}-F1`,
            invoiceDate: isoDay("2026-07-18"),
            dueDate: "2026-08-01",
            openAmount: 125_000,
          },
          ...(options.single
            ? []
            : [
                {
                  ...common,
                  invoiceId: `${customerId}-F2`,
                  invoiceDate: isoDay("2026-08-18"),
                  dueDate: "2026-09-01",
                  openAmount: 48_050,
                },
              ])
        );
        if (kind === "B")
          sketches.push({
            ...common,
            invoiceId: `${customerId}-CN`,
            invoiceDate: isoDay("2026-09-10"),
            dueDate: "2026-09-24",
            openAmount: -12_100,
          });
      }
    }
  }
  return ledgerOf(sketches);
}

/** The proposals of {@link stageLedger} by customer id, and the debtor details. */
export function stageProposals(options: { single?: boolean } = {}): {
  proposals: Map<string, ReminderProposal>;
  details: Map<string, DebtorDetails>;
  ledger: Ledger;
} {
  const ledger = stageLedger(options);
  const proposals = new Map(reminderRun(ledger, AS_OF).map((p) => [p.customerId, p]));
  return { proposals, details: debtorDetails(ledger), ledger };
}
