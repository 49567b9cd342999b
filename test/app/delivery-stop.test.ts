// Settings → the call list, the call card and the leveringsstop advice: a company that delivers
// goods (Instellingen) sees a closing reclaim window as a reason to call and to stop delivering.
import {
  analyse,
  DEFAULT_SETTINGS,
  callCard,
  callOptionsOf,
  deliveryStops,
  todaysCalls,
  validateSettings,
} from "../../src/app";
import { cents, isoDay } from "../../src/core";
import { ledgerOf } from "../dunning/ledger-fixture";

const d = isoDay;
// Old customers (an invoice paid in 2025), so "new customer" is no reason here.
const ledger = ledgerOf([
  {
    invoiceId: "O1",
    customerId: "K1",
    invoiceDate: d("2025-01-02"),
    dueDate: "2025-02-01",
    openAmount: 0,
  },
  {
    invoiceId: "O2",
    customerId: "K2",
    invoiceDate: d("2025-01-02"),
    dueDate: "2025-02-01",
    openAmount: 0,
  },
  {
    invoiceId: "G1",
    customerId: "K1",
    invoiceDate: d("2026-11-20"),
    dueDate: "2026-12-04",
    openAmount: 80_000,
    amount: cents(80_000),
  },
  {
    invoiceId: "H1",
    customerId: "K2",
    invoiceDate: d("2026-12-01"),
    dueDate: "2026-12-31",
    openAmount: 40_000,
    amount: cents(40_000),
  },
]);
const asOf = d("2027-01-10");

describe("goods delivered, not paid: settings.calls", () => {
  it("without 'levert goederen' nothing is said about reclaiming", () => {
    const options = callOptionsOf(DEFAULT_SETTINGS, null);
    expect(todaysCalls(ledger, { entries: [], contacts: [] }, asOf, options).calls).toEqual([]);
    expect(callCard(ledger, { entries: [], contacts: [] }, "K1", asOf, options).reclaim).toEqual(
      []
    );
  });

  it("with it, a window closing within the warning days is on the call list, the card and the advice", () => {
    const settings = validateSettings({
      calls: { deliversGoods: true, retentionOfTitle: false, reclaimWarningDays: 10 },
    });
    const options = callOptionsOf(settings, null);
    const { calls } = todaysCalls(ledger, { entries: [], contacts: [] }, asOf, options);
    // G1: due 4 Dec + 42 = 15 Jan, delivered 20 Nov + 60 = 19 Jan → 9 days left. H1: 11 Feb.
    expect(calls.map((c) => [c.customerId, c.reasons.map((r) => r.code)])).toEqual([
      ["K1", ["reclaim-closing"]],
    ]);
    expect(calls[0]!.reasons[0]!.text.nl).toBe(
      "Recht van reclame op factuur G1 (€ 800,00 open) kan nog tot en met 19-01-2027 worden ingeroepen (art. 7:44 BW; levering 20-11-2026, aangenomen op de factuurdatum)."
    );
    const card = callCard(ledger, { entries: [], contacts: [] }, "K1", asOf, options);
    expect(card.reclaim.map((w) => [w.invoiceId, w.lastDay, w.daysLeft])).toEqual([
      ["G1", "2027-01-19", 9],
    ]);
    expect(card.deliveryStop.map((r) => r.code)).toEqual(["reclaim-closing"]);
    expect(deliveryStops(ledger, { entries: [] }, asOf, options).map((s) => s.customerId)).toEqual([
      "K1",
    ]);
  });

  it("the analysis carries the advice for Kredietcheck and the dossier", () => {
    const settings = validateSettings({ calls: { deliversGoods: true, reclaimWarningDays: 10 } });
    expect(analyse(ledger, asOf, settings).deliveryStops).toEqual([
      { customerId: "K1", reasons: [expect.objectContaining({ code: "reclaim-closing" })] },
    ]);
    expect(analyse(ledger, asOf, DEFAULT_SETTINGS).deliveryStops).toEqual([]);
  });

  it("the thresholds are validated with the key named", () => {
    expect(() => validateSettings({ calls: { firstInstalmentWithinDays: 0 } })).toThrow(
      /calls\.firstInstalmentWithinDays/
    );
    expect(DEFAULT_SETTINGS.calls).toEqual({
      promiseGraceDays: 3,
      firstInstalmentWithinDays: 14,
      largeOverdueCents: 500_000,
      longOverdueDays: 60,
      deliversGoods: false,
      retentionOfTitle: false,
      reclaimWarningDays: 14,
    });
  });
});
