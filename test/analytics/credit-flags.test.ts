// The "deteriorating" credit flag: when it fires (days beyond terms grew by the threshold and the
// customer now pays late; paying early counts as on time) and how its reason reads in Dutch and
// English for early, on-time and late averages — never "-4,0 dagen te laat".
import {
  creditFlags,
  isDeteriorating,
  type CreditFlag,
  daysLateText,
  type CustomerBehaviour,
  type CustomerInfo,
  buildReport,
} from "../../src/analytics";
import { addDays, toEpochDay, type IsoDay } from "../../src/core";
import { testLedger, type TestInvoice } from "./ledger-fixture";

const D = toEpochDay("2026-11-20" as IsoDay);
const INFO: CustomerInfo = {
  id: "D1",
  name: "Bakkerij De Korenaar",
  creditLimit: null,
  kvk: null,
  vatId: null,
  iban: null,
  debtorType: null,
  paymentTermDays: null,
};
const HAS = { kvk: false, vatId: false, iban: false, creditLimit: false, settledDate: true };

/** The deteriorating flag of a customer paying `recent` / `earlier` days late on average. */
function deteriorating(recent: number, earlier: number, days?: number): CreditFlag | undefined {
  const behaviour: CustomerBehaviour = {
    settled: 12,
    avgDaysLate: (recent + earlier) / 2,
    medianDaysLate: null,
    paidLatePct: null,
    trend: recent - earlier,
    recentAvgDaysLate: recent,
    earlierAvgDaysLate: earlier,
    disputes: 0,
    disputedAmount: 0,
    firstInvoiceDay: D - 400,
    firstInvoiceAmount: 10_000,
  };
  const input = {
    info: INFO,
    exposure: 0,
    over60: 0,
    behaviour,
    brokenArrangements: 0,
    writtenOff: 0,
  };
  const options = days === undefined ? {} : { deterioratingDays: days };
  return creditFlags(input, D, HAS, options).find((f) => f.code === "deteriorating");
}

describe("daysLateText", () => {
  it("says late, early or on time, to a tenth of a day", () => {
    expect(daysLateText(12.46, "nl")).toBe("12,5 dagen te laat");
    expect(daysLateText(12.46, "en")).toBe("12.5 days late");
    expect(daysLateText(-4, "nl")).toBe("4,0 dagen vóór de vervaldatum");
    expect(daysLateText(-4, "en")).toBe("4.0 days early");
    expect(daysLateText(0, "nl")).toBe("op tijd");
    expect(daysLateText(0, "en")).toBe("on time");
    expect(daysLateText(-0.04, "nl")).toBe("op tijd"); // not "-0,0 dagen"
    expect(daysLateText(0.04, "en")).toBe("on time");
    expect(daysLateText(1, "nl")).toBe("1,0 dag te laat");
    expect(daysLateText(-1.04, "en")).toBe("1.0 day early");
    expect(daysLateText(1.5, "en")).toBe("1.5 days late");
  });
});

describe("deteriorating payment behaviour", () => {
  it("late to later: the reason gives both averages as days late", () => {
    expect(deteriorating(12, 5)?.reason).toEqual({
      nl: "Betaalt slechter: de laatste 3 maanden gemiddeld 12,0 dagen te laat, de 9 maanden daarvoor 5,0 dagen te laat.",
      en: "Paying later: on average 12.0 days late in the last 3 months; 5.0 days late in the 9 months before.",
    });
    expect(deteriorating(11.9, 5)).toBeUndefined(); // 6.9 < 7
  });

  it("early to late: the early period reads as before the due date, and only lateness counts", () => {
    expect(deteriorating(9, -4)?.reason).toEqual({
      nl: "Betaalt slechter: de laatste 3 maanden gemiddeld 9,0 dagen te laat, de 9 maanden daarvoor 4,0 dagen vóór de vervaldatum.",
      en: "Paying later: on average 9.0 days late in the last 3 months; 4.0 days early in the 9 months before.",
    });
    // 10 days early to 2 days late is 2 days beyond terms more, not 12.
    expect(deteriorating(2, -10)).toBeUndefined();
    expect(deteriorating(7, -10)).toBeDefined();
  });

  it("on time to late reads 'op tijd' / 'on time'", () => {
    expect(deteriorating(8, 0)?.reason).toEqual({
      nl: "Betaalt slechter: de laatste 3 maanden gemiddeld 8,0 dagen te laat, de 9 maanden daarvoor op tijd.",
      en: "Paying later: on average 8.0 days late in the last 3 months; on time in the 9 months before.",
    });
  });

  it("does not fire while the customer still pays early or on time, whatever the shift", () => {
    expect(deteriorating(-2, -10)).toBeUndefined(); // 10 days early -> 2 days early
    expect(deteriorating(0, -30)).toBeUndefined(); // 30 days early -> on time
    expect(deteriorating(-0.04, -30)).toBeUndefined();
    // Even with a threshold of 0, an early or on-time payer is not flagged.
    expect(deteriorating(-2, -10, 0)).toBeUndefined();
    expect(deteriorating(0.04, -10, 0)).toBeUndefined(); // shown as "op tijd"
    expect(deteriorating(0.05, -10, 0)?.reason.nl).toContain("gemiddeld 0,1 dagen te laat");
  });

  it("does not fire when payment improves", () => {
    expect(deteriorating(3, 20)).toBeUndefined();
    expect(deteriorating(-5, 4)).toBeUndefined();
  });

  it("isDeteriorating counts days beyond terms against the threshold", () => {
    expect(isDeteriorating(12, 5, 7)).toBe(true);
    expect(isDeteriorating(7, -3, 7)).toBe(true);
    expect(isDeteriorating(6.99, -3, 7)).toBe(false);
    expect(isDeteriorating(-1, -20, 7)).toBe(false);
    expect(isDeteriorating(15, 10, 3)).toBe(true);
    expect(isDeteriorating(15, 10, 6)).toBe(false);
  });
});

describe("deteriorating on a ledger", () => {
  const AS_OF = "2026-11-20" as IsoDay;
  /** Invoices due on `due`, each paid `late` days after it (negative = early). */
  const paid = (customerId: string, due: string, late: number): TestInvoice => ({
    customerId,
    amount: 100_000,
    invoiceDate: addDays(due as IsoDay, -30),
    dueDate: due,
    settledDate: addDays(due as IsoDay, late),
  });
  const history = (customerId: string, earlier: number, recent: number): TestInvoice[] => [
    paid(customerId, "2026-01-15", earlier),
    paid(customerId, "2026-03-15", earlier),
    paid(customerId, "2026-06-15", earlier),
    paid(customerId, "2026-09-15", recent),
    paid(customerId, "2026-10-15", recent),
    // Something open, so the customer is in the table with or without a flag.
    { customerId, amount: 50_000, invoiceDate: "2026-11-10", dueDate: "2026-12-10" },
  ];
  const model = buildReport(
    testLedger([
      ...history("EARLY", -10, -2),
      ...history("LATE", -4, 9),
      ...history("WORSE", 3, 14),
    ]),
    { asOf: AS_OF }
  );
  const flag = (id: string) =>
    model.customers.find((c) => c.id === id)?.flags.find((f) => f.code === "deteriorating");

  it("flags a customer now paying late, not one still paying early", () => {
    expect(model.customers.find((c) => c.id === "EARLY")?.trend).toBe(8);
    expect(flag("EARLY")).toBeUndefined();
    expect(flag("LATE")?.reason.nl).toBe(
      "Betaalt slechter: de laatste 3 maanden gemiddeld 9,0 dagen te laat, de 9 maanden daarvoor 4,0 dagen vóór de vervaldatum."
    );
    expect(flag("WORSE")?.reason.en).toBe(
      "Paying later: on average 14.0 days late in the last 3 months; 3.0 days late in the 9 months before."
    );
  });
});
