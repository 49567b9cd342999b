// Issue 15, "goods delivered, not paid": a Leverdatum column in the ledger moves the recht van
// reclame (art. 7:44 BW) — read by the same use-case as `openstaand check` and the pane's file open.
import {
  analyse,
  callCard,
  callOptionsOf,
  loadLedgerFile,
  todaysCalls,
  validateSettings,
} from "../../src/app";
import { isoDay } from "../../src/core";
import { detectHeader } from "../../src/ledger";

const csv = [
  "Factuurnummer;Debiteurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Leverdatum",
  "O1;K1;02-01-2025;01-02-2025;100,00;0,00;",
  "O2;K2;02-01-2025;01-02-2025;100,00;0,00;",
  // Delivered 10 Dec, three weeks after the invoice: 10 Dec + 60 = 8 Feb, not 20 Nov + 60 = 19 Jan.
  "G1;K1;20-11-2026;04-12-2026;800,00;800,00;10-12-2026",
  // No delivery date: the invoice date counts, as before.
  "G2;K2;20-11-2026;04-12-2026;400,00;400,00;",
  // Not a day: a warning naming row, column and value; the invoice date counts.
  "G3;K2;21-11-2026;05-12-2026;300,00;300,00;morgen",
].join("\n");
const asOf = isoDay("2027-01-10");

async function load(text: string) {
  return loadLedgerFile(new TextEncoder().encode(text), "debiteuren.csv", { asOf });
}

describe("the delivery date (Leverdatum) of the ledger", () => {
  it("is read per row; a bad value is an issue naming row, column and value", async () => {
    const { ledger, issues } = await load(csv);
    expect(ledger.columns.deliveryDate).toEqual([null, null, "2026-12-10", null, null]);
    const bad = issues.filter((i) => i.column === "Leverdatum");
    expect(bad).toEqual([
      expect.objectContaining({
        row: 6,
        column: "Leverdatum",
        value: "morgen",
        severity: "warning",
      }),
    ]);
    expect(ledger.columns.invoiceId).toContain("G3");
  });

  it("moves the last day of the recht van reclame on the call card, the call list and the advice", async () => {
    const { ledger } = await load(csv);
    const settings = validateSettings({ calls: { deliversGoods: true, reclaimWarningDays: 10 } });
    const options = callOptionsOf(settings, null);
    const k1 = callCard(ledger, { entries: [], contacts: [] }, "K1", asOf, options);
    expect(k1.reclaim.map((w) => [w.invoiceId, w.lastDay, w.deliveredFrom])).toEqual([
      ["G1", "2027-02-08", "delivery-date"],
    ]);
    const k2 = callCard(ledger, { entries: [], contacts: [] }, "K2", asOf, options);
    expect(k2.reclaim.map((w) => [w.invoiceId, w.lastDay, w.deliveredFrom])).toEqual([
      ["G2", "2027-01-19", "invoice-date"],
      ["G3", "2027-01-20", "invoice-date"],
    ]);
    // G1 is no longer closing (29 days left); K2's windows are (9 and 10 days).
    const { calls } = todaysCalls(ledger, { entries: [], contacts: [] }, asOf, options);
    expect(calls.map((c) => c.customerId)).toEqual(["K2"]);
    expect(calls[0]!.reasons[0]!.text.nl).toContain(
      "levering 20-11-2026, aangenomen op de factuurdatum"
    );
    expect(analyse(ledger, asOf, settings).deliveryStops?.map((s) => s.customerId)).toEqual(["K2"]);
  });

  it("a delivery date up to the warning days says the delivery day, not the invoice date", async () => {
    const { ledger } = await load(csv.replace("10-12-2026", "25-11-2026"));
    const options = callOptionsOf(
      validateSettings({ calls: { deliversGoods: true, reclaimWarningDays: 20 } }),
      null
    );
    const card = callCard(ledger, { entries: [], contacts: [] }, "K1", asOf, options);
    expect(card.reclaim.map((w) => [w.lastDay, w.deliveredFrom])).toEqual([
      ["2027-01-24", "delivery-date"],
    ]);
    expect(card.deliveryStop[0]!.text.nl).toContain("levering 25-11-2026).");
  });

  it("a ledger without the column keeps its shape", async () => {
    const plain = csv
      .split("\n")
      .map((line) => line.split(";").slice(0, 6).join(";"))
      .join("\n");
    const { ledger } = await load(plain);
    expect(Object.hasOwn(ledger.columns, "deliveryDate")).toBe(false);
    expect(ledger.length).toBe(5);
  });
});

describe("delivery-date headers", () => {
  it.each([
    "Leverdatum",
    "Afleverdatum",
    "Leveringsdatum",
    "Datum levering",
    "Delivery date",
    "Delivered",
    "Ship date",
    "Shipping date",
  ])("%s is the delivery date", (header) => {
    const { columns } = detectHeader(
      [["Factuurnummer", "Klant", "Factuurdatum", "Bedrag", header]],
      { firstRow: 1 }
    );
    expect(columns.find((c) => c.header === header)?.field).toBe("deliveryDate");
  });
});
