import fc from "fast-check";
import {
  reviewReminders,
  describeExclusion,
  stopHolds,
  type DoNotRemindEntry,
} from "../../src/dunning";
import { addDays, isoDay } from "../../src/core";
import { readLedger, statusStopsReminders } from "../../src/ledger";
import { ledgerOf } from "./ledger-fixture";

const asOf = isoDay("2026-11-20");
/** Every row is two weeks overdue: its first reminder is due. */
const DUE = "2026-11-06";

describe("do not remind, marked in the ledger", () => {
  it("recognises the status values of Dutch and English packages, and not their negations", () => {
    const stops = [
      "Niet aanmanen",
      "niet-aanmanen",
      "Geblokkeerd",
      "GEBLOKKEERD",
      "Blokkade",
      "Aanmaningsstop",
      "Blocked",
      "On hold",
      "on-hold",
      "Dunning block",
      "No follow-up",
      "Do not remind",
    ];
    const others = ["Open", "Betaald", "Gedeblokkeerd", "Niet geblokkeerd", "Unblocked", "Betwist"];
    expect(stops.filter(statusStopsReminders)).toEqual(stops);
    expect(others.filter(statusStopsReminders)).toEqual([]);
  });

  it("a status or a yes/no column (Blokkeren, Aanmaningsstop) keeps the invoice out of the run, with the reason", () => {
    const { ledger, issues } = readLedger([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", "Status", "Aanmaningsstop"],
      ["F1", "D1", DUE, "100,00", "Niet aanmanen", ""],
      ["F2", "D1", DUE, "200,00", "Open", "Ja"],
      ["F3", "D2", DUE, "300,00", "On hold", "nee"],
      ["F4", "D2", DUE, "400,00", "Open", "Nee"],
    ]);
    expect(issues).toEqual([]);
    expect(ledger.columns.doNotRemind).toEqual([true, true, true, false]);
    const review = reviewReminders(ledger, asOf);
    expect(review.proposals.map((p) => [p.customerId, p.invoices.map((i) => i.invoiceId)])).toEqual(
      [["D2", ["F4"]]]
    );
    expect(review.excluded.map((e) => [e.invoiceId, e.reason, e.stop?.source])).toEqual([
      ["F1", "do-not-remind", "ledger"],
      ["F2", "do-not-remind", "ledger"],
      ["F3", "do-not-remind", "ledger"],
    ]);
    expect(review.excluded.map((e) => describeExclusion(e, "nl"))).toEqual([
      'Niet aanmanen volgens de debiteurenlijst (status "Niet aanmanen").',
      "Niet aanmanen volgens de debiteurenlijst (aanmaningsstop aangevinkt).",
      'Niet aanmanen volgens de debiteurenlijst (status "On hold").',
    ]);
    expect(describeExclusion(review.excluded[2]!, "en")).toBe(
      'Do not remind according to the ledger (status "On hold").'
    );
  });

  it("finds the yes/no column under the names exports use", () => {
    for (const header of [
      "Blokkeren",
      "Geblokkeerd",
      "Aanmaningsstop",
      "Niet aanmanen",
      "Blocked",
    ]) {
      const { ledger, columns } = readLedger([
        ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag", header],
        ["F1", "D1", DUE, "100,00", "J"],
        ["F2", "D1", DUE, "100,00", ""],
      ]);
      expect([header, columns.find((c) => c.header === header)?.field]).toEqual([
        header,
        "doNotRemind",
      ]);
      expect(ledger.columns.doNotRemind).toEqual([true, false]);
    }
  });
});

describe("do not remind, marked by the user (per customer or invoice, reason, until-date)", () => {
  const ledger = ledgerOf([
    { invoiceId: "F1", customerId: "D1", dueDate: DUE, openAmount: 10_000 },
    { invoiceId: "F2", customerId: "D1", dueDate: DUE, openAmount: 20_000 },
    { invoiceId: "F3", customerId: "D2", dueDate: DUE, openAmount: 30_000 },
    // the same invoice number at another customer: an invoice mark for D2's F3 must not stop it
    { invoiceId: "F3", customerId: "D3", dueDate: DUE, openAmount: 40_000 },
  ]);
  const entries: DoNotRemindEntry[] = [
    {
      customerId: "D1",
      invoiceId: null,
      reason: "Curator aangesteld, vordering ingediend.",
      until: null,
    },
    {
      customerId: "D2",
      invoiceId: "F3",
      reason: "betaling toegezegd",
      until: isoDay("2026-11-30"),
    },
  ];

  it("stops a whole customer or one invoice, and says so with the user's reason and end day", () => {
    const review = reviewReminders(ledger, asOf, { doNotRemind: entries });
    expect(review.proposals.map((p) => p.customerId)).toEqual(["D3"]);
    expect(
      review.excluded.map((e) => [e.customerId, e.invoiceId, e.reason, describeExclusion(e, "nl")])
    ).toEqual([
      [
        "D1",
        "F1",
        "do-not-remind",
        "Niet aanmanen (klant): Curator aangesteld, vordering ingediend.",
      ],
      [
        "D1",
        "F2",
        "do-not-remind",
        "Niet aanmanen (klant): Curator aangesteld, vordering ingediend.",
      ],
      ["D2", "F3", "do-not-remind", "Niet aanmanen (factuur) t/m 30-11-2026: betaling toegezegd."],
    ]);
    expect(describeExclusion(review.excluded[2]!, "en")).toBe(
      "Do not remind (invoice) until 2026-11-30: betaling toegezegd."
    );
  });

  it("holds through its until-date and lapses the day after", () => {
    const onLastDay = reviewReminders(ledger, isoDay("2026-11-30"), { doNotRemind: entries });
    expect(onLastDay.excluded.some((e) => e.customerId === "D2")).toBe(true);
    const dayAfter = reviewReminders(ledger, isoDay("2026-12-01"), { doNotRemind: entries });
    expect(dayAfter.excluded.some((e) => e.customerId === "D2")).toBe(false);
    expect(dayAfter.proposals.map((p) => p.customerId).sort()).toEqual(["D2", "D3"]);
    // an until-date before the run day has no effect at all
    const lapsed = reviewReminders(ledger, asOf, {
      doNotRemind: [
        { customerId: "D3", invoiceId: null, reason: "x", until: isoDay("2026-11-19") },
      ],
    });
    expect(lapsed.proposals.map((p) => p.customerId).sort()).toEqual(["D1", "D2", "D3"]);
  });

  it("property: a stop holding on the run day keeps every invoice it covers out of every proposal", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customer: fc.integer({ min: 1, max: 3 }),
            invoice: fc.option(fc.integer({ min: 1, max: 4 })),
            untilOffset: fc.option(fc.integer({ min: -10, max: 10 })),
          }),
          { maxLength: 5 }
        ),
        (marks) => {
          const sample = ledgerOf(
            [1, 2, 3].flatMap((c) =>
              [1, 2, 3, 4].map((n) => ({
                invoiceId: `F${n}`,
                customerId: `D${c}`,
                dueDate: DUE,
                openAmount: 1_000 * n,
              }))
            )
          );
          const stops: DoNotRemindEntry[] = marks.map((m) => ({
            customerId: `D${m.customer}`,
            invoiceId: m.invoice === null ? null : `F${m.invoice}`,
            reason: "r",
            until: m.untilOffset === null ? null : addDays(asOf, m.untilOffset),
          }));
          const review = reviewReminders(sample, asOf, { doNotRemind: stops });
          const stopped = (customerId: string, invoiceId: string): boolean =>
            stops.some(
              (s) =>
                s.customerId === customerId &&
                (s.invoiceId === null || s.invoiceId === invoiceId) &&
                stopHolds(s, asOf)
            );
          for (const p of review.proposals)
            for (const i of p.invoices) expect(stopped(p.customerId, i.invoiceId)).toBe(false);
          for (const e of review.excluded) {
            expect(e.reason).toBe("do-not-remind");
            expect(stopped(e.customerId, e.invoiceId)).toBe(true);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
