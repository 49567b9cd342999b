import { customerIndex } from "../../src/app";
import type { IsoDay } from "../../src/core";
import { testLedger } from "../analytics/ledger-fixture";

const ASOF = "2026-03-31" as IsoDay;

describe("customerIndex (the pane's customer table and dossier)", () => {
  const ledger = testLedger([
    // Bakkerij: 31 and 10 days late, stage 2 on the older one; one settled invoice.
    {
      customerId: "100",
      amount: 12_100,
      invoiceDate: "2026-01-29",
      dueDate: "2026-02-28",
      reminderStage: 2,
    },
    { customerId: "100", amount: 5_050, invoiceDate: "2026-02-19", dueDate: "2026-03-21" },
    {
      customerId: "100",
      amount: 9_999,
      invoiceDate: "2026-01-02",
      dueDate: "2026-02-01",
      settledDate: "2026-02-10",
      reminderStage: 3,
    },
    // Garage: not yet due, a partly paid overdue one, a dollar invoice and one written off.
    { customerId: "200", amount: 40_000, invoiceDate: "2026-03-20", dueDate: "2026-04-19" },
    {
      customerId: "200",
      amount: 30_000,
      openAmount: 7_525,
      invoiceDate: "2026-02-01",
      dueDate: "2026-03-03",
      reminderStage: 1,
    },
    {
      customerId: "200",
      amount: 80_000,
      invoiceDate: "2026-01-01",
      dueDate: "2026-01-31",
      currency: "USD",
    },
    {
      customerId: "200",
      amount: 60_000,
      invoiceDate: "2025-10-01",
      dueDate: "2025-10-31",
      writtenOff: true,
      reminderStage: 4,
    },
    // A credit note only.
    { customerId: "300", amount: -2_500, invoiceDate: "2026-03-01", dueDate: "2026-03-01" },
  ]);
  const index = customerIndex(ledger, ASOF);

  it("lists every row of a customer, open or not, in ledger order", () => {
    expect(index.get("100")?.rows).toEqual([0, 1, 2]);
    expect(index.get("200")?.rows).toEqual([3, 4, 5, 6]);
    expect(index.get("300")?.rows).toEqual([7]);
    expect([...index.keys()]).toEqual(["100", "200", "300"]);
  });

  it("sums the euro amount past due and the worst lateness of the open invoices", () => {
    expect(index.get("100")).toMatchObject({ maxDaysLate: 31, overdue: 17_150, stage: 2 });
    // The dollar invoice and the written-off one count for neither the days nor the amount.
    expect(index.get("200")).toMatchObject({ maxDaysLate: 28, overdue: 7_525, stage: 1 });
    expect(index.get("300")).toMatchObject({ maxDaysLate: 0, overdue: 0, stage: 0 });
  });

  it("adds up to the euro amount past due of the whole ledger, to the cent", () => {
    const total = [...index.values()].reduce((sum, facts) => sum + facts.overdue, 0);
    expect(total).toBe(12_100 + 5_050 + 7_525);
  });
});
