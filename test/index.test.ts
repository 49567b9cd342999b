// The public API named by the issues is reachable from src/index.ts (integrators and front doors
// import from there), and works through it.
import * as api from "../src/index";

describe("src/index.ts", () => {
  it.each([
    // issue 2: money, days, ledger
    "parseAmount",
    "serialToDay",
    "dayToSerial",
    "parseDayText",
    "ageBucket",
    "readLedger",
    // issue 3: statutory interest and collection costs
    "statutoryInterest",
    "statutoryRate",
    "collectionCosts",
    "allocatePayment",
    "claimStatement",
    // issue 4: reminder ladder
    "nextReminder",
    "reminderRun",
    "addBusinessDays",
    "nextBusinessDay",
    "isBusinessDay",
    "holidays",
    "arrangementStatus",
    "checkIban",
    "checkVatId",
    "checkKvk",
    "vatReliefDate",
    "vatReliefAmount",
  ])("exports %s", (name) => {
    expect(typeof (api as Record<string, unknown>)[name]).toBe("function");
  });

  it("computes compounded statutory interest through the public API", () => {
    // 5,000 at a flat 6% over exactly two years: 300.00 + 318.00 (the first year's interest capitalised).
    const flat = [{ from: api.isoDay("2000-01-01"), pct: 6, source: "test" }];
    const result = api.statutoryInterest({
      principal: api.cents(500_000),
      from: api.isoDay("2020-03-01"),
      to: api.isoDay("2022-03-01"),
      kind: "consumer",
      rates: { consumer: flat, commercial: flat, completeThrough: api.isoDay("2030-12-31") },
    });
    expect(result.interest).toBe(61_800);
  });

  it("reads a ledger and proposes reminders through the public API alone", () => {
    const read = api.readLedger([
      ["Factuurnummer", "Debiteur", "Vervaldatum", "Bedrag"],
      ["F1", "D1", "2026-10-01", "1.250,00"],
    ]);
    expect(read.control.accepted).toBe(1);
    const proposals = api.reminderRun(read.ledger, api.isoDay("2026-11-20"), {});
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.stage).toBe(1);
  });
});
