// Recht van reclame (art. 7:44 BW): the right lapses once BOTH six weeks since the claim fell due
// AND sixty days since delivery have passed. Worked examples in both orders of the two periods and
// across a leap day; the windows of a ledger, the call-list reason and the leveringsstop advice.
import { cents, isoDay } from "../../src/core";
import {
  agreementsOn,
  deliveryStopAdvice,
  reclaimPeriods,
  reclaimWindows,
} from "../../src/dunning";
import { ledgerOf } from "./ledger-fixture";

const d = isoDay;

describe("reclaimPeriods (art. 7:44 BW)", () => {
  it("a 90-day payment term: six weeks after the due day is the later period", () => {
    // Delivered and invoiced 1 October 2026, due 31 December 2026.
    expect(reclaimPeriods(d("2026-12-31"), d("2026-10-01"))).toEqual({
      sixWeeksEnd: "2027-02-11",
      sixtyDaysEnd: "2026-11-30",
      lastDay: "2027-02-11",
    });
  });

  it("payable at once (cash on delivery): sixty days after delivery is the later period", () => {
    expect(reclaimPeriods(d("2026-11-20"), d("2026-11-20"))).toEqual({
      sixWeeksEnd: "2027-01-01",
      sixtyDaysEnd: "2027-01-19",
      lastDay: "2027-01-19",
    });
  });

  it("a leap year: sixty days from 1 January 2028 end on 1 March (29 February counts), in 2027 on 2 March", () => {
    expect(reclaimPeriods(d("2028-01-15"), d("2028-01-01")).lastDay).toBe("2028-03-01");
    expect(reclaimPeriods(d("2027-01-15"), d("2027-01-01")).lastDay).toBe("2027-03-02");
  });
});

describe("the reclaim windows of a ledger", () => {
  const ledger = ledgerOf([
    // Closes on 19 January 2027 (sixty days after delivery on the invoice date).
    {
      invoiceId: "G1",
      customerId: "K1",
      invoiceDate: d("2026-11-20"),
      dueDate: "2026-11-20",
      openAmount: 80_000,
      amount: cents(80_000),
    },
    // Closes on 11 February 2027: not yet closing on 10 January.
    {
      invoiceId: "G2",
      customerId: "K2",
      invoiceDate: d("2026-10-01"),
      dueDate: "2026-12-31",
      openAmount: 50_000,
      amount: cents(50_000),
    },
    // Lapsed on 30 November 2026 + … : due 2026-10-15 → 26 November; delivered 2026-09-15 → 14 November.
    {
      invoiceId: "G3",
      customerId: "K3",
      invoiceDate: d("2026-09-15"),
      dueDate: "2026-10-15",
      openAmount: 10_000,
      amount: cents(10_000),
    },
    // Paid: no window.
    {
      invoiceId: "G4",
      customerId: "K1",
      invoiceDate: d("2026-12-01"),
      dueDate: "2026-12-31",
      openAmount: 0,
      amount: cents(5_000),
    },
  ]);
  const asOf = d("2027-01-10");

  it("lists the open ones, the days left and which are closing, delivery taken as the invoice date", () => {
    const windows = reclaimWindows(ledger, asOf, { warningDays: 14 });
    expect(
      windows.map((w) => [w.invoiceId, w.lastDay, w.daysLeft, w.closing, w.deliveredFrom])
    ).toEqual([
      ["G1", "2027-01-19", 9, true, "invoice-date"],
      ["G2", "2027-02-11", 32, false, "invoice-date"],
    ]);
  });

  it("a delivery date from the ledger moves the sixty days", () => {
    const windows = reclaimWindows(ledger, asOf, {
      deliveryDates: [d("2026-12-15"), null, null, null],
    });
    expect(windows[0]).toMatchObject({
      invoiceId: "G1",
      delivered: "2026-12-15",
      deliveredFrom: "delivery-date",
      lastDay: "2027-02-13",
    });
  });

  it("feeds the leveringsstop advice, naming the last day, the law and the retention of title", () => {
    const advice = deliveryStopAdvice(ledger, agreementsOn(ledger, [], asOf), {
      reclaim: reclaimWindows(ledger, asOf),
      retentionOfTitle: true,
    });
    expect(advice).toEqual([
      {
        customerId: "K1",
        reasons: [
          {
            code: "reclaim-closing",
            text: {
              nl: "Recht van reclame op factuur G1 (€ 800,00 open) kan nog tot en met 19-01-2027 worden ingeroepen (art. 7:44 BW; levering 20-11-2026, aangenomen op de factuurdatum). De leveringsvoorwaarden bevatten een eigendomsvoorbehoud.",
              en: "The right to reclaim the goods of invoice G1 (€800.00 open) can be used up to and including 2027-01-19 (art. 7:44 Dutch Civil Code; delivered 2026-11-20, taken as the invoice date). The terms of delivery carry a retention of title.",
            },
          },
        ],
      },
    ]);
  });
});

describe("deliveryStopAdvice", () => {
  const asOf = d("2026-12-01");
  const ledger = ledgerOf([
    // Every B2B letter before the hand-over sent (stage 4 of 5).
    {
      invoiceId: "A1",
      customerId: "K1",
      dueDate: "2026-08-01",
      openAmount: 30_000,
      reminderStage: 4,
      reminderDate: "2026-11-01",
    },
    // Over the credit limit of € 1.000,00.
    {
      invoiceId: "B1",
      customerId: "K2",
      dueDate: "2026-11-20",
      openAmount: 90_000,
      creditLimit: cents(100_000),
    },
    {
      invoiceId: "B2",
      customerId: "K2",
      dueDate: "2026-12-20",
      openAmount: 20_000,
      creditLimit: cents(100_000),
    },
    // Handed over already.
    {
      invoiceId: "C1",
      customerId: "K3",
      dueDate: "2026-06-01",
      openAmount: 40_000,
      handedOver: true,
    },
    // Only a reminder sent: no advice.
    {
      invoiceId: "D1",
      customerId: "K4",
      dueDate: "2026-11-01",
      openAmount: 40_000,
      reminderStage: 1,
      reminderDate: "2026-11-08",
    },
    // An arrangement whose first instalment (1 November) was never paid.
    { invoiceId: "E1", customerId: "K5", dueDate: "2026-09-01", openAmount: 60_000 },
  ]);
  const log = [1, 2].map((n) => ({
    date: d("2026-10-01"),
    customerId: "K5",
    kind: "instalment" as const,
    invoiceIds: ["E1"],
    amount: cents(30_000),
    due: d(`2026-${String(10 + n).padStart(2, "0")}-01`),
    openAtStart: n === 1 ? cents(60_000) : null,
    arrangementId: "R-K5-20261001",
    reason: "",
    status: null,
    owner: "",
    note: "",
  }));

  it("gives each customer its reasons: ladder done, over the limit, handed over, arrangement broken", () => {
    const advice = deliveryStopAdvice(ledger, agreementsOn(ledger, log, asOf));
    expect(advice.map((a) => [a.customerId, a.reasons.map((r) => r.code)])).toEqual([
      ["K1", ["ladder-done"]],
      ["K2", ["over-limit"]],
      ["K3", ["ladder-done"]],
      ["K5", ["arrangement-broken"]],
    ]);
    const text = (id: string) => advice.find((a) => a.customerId === id)!.reasons[0]!.text;
    expect(text("K1").nl).toBe(
      "Alle aanmaningen verstuurd voor A1; de volgende stap is overdracht aan een incassobureau."
    );
    expect(text("K2")).toEqual({
      nl: "Openstaand € 1.100,00 is boven de kredietlimiet van € 1.000,00.",
      en: "Open €1,100.00 is above the credit limit of €1,000.00.",
    });
    expect(text("K3").en).toBe("Handed over for collection: C1.");
    expect(text("K5").nl).toBe(
      "Betalingsregeling R-K5-20261001 niet nagekomen (termijn van 01-11-2026)."
    );
  });
});
