import {
  type ActiveAdministration,
  analyse,
  blockedRows,
  doNotRemindMarks,
  markDoNotRemind,
  markScope,
  marksInScope,
  unmarkDoNotRemind,
  DEFAULT_SETTINGS,
  parseSettings,
  serializeSettings,
  validateSettings,
} from "../../src/app";
import { isoDay } from "../../src/core";
import { describeExclusion } from "../../src/dunning";
import { ledgerOf } from "../dunning/ledger-fixture";

const asOf = isoDay("2026-11-20");
const ledger = ledgerOf([
  { invoiceId: "F1", customerId: "D1", dueDate: "2026-11-06", openAmount: 10_000 },
  { invoiceId: "F2", customerId: "D1", dueDate: "2026-11-06", openAmount: 20_000 },
  {
    invoiceId: "F3",
    customerId: "D2",
    dueDate: "2026-11-06",
    openAmount: 30_000,
    doNotRemind: true,
  },
]);

describe("do-not-remind marks kept with the settings", () => {
  it("marks, replaces and removes a customer or invoice mark; the settings survive storage", () => {
    let settings = markDoNotRemind(DEFAULT_SETTINGS, {
      customerId: " D1 ",
      invoiceId: "F2",
      reason: "Creditnota in aanvraag",
      until: isoDay("2026-11-30"),
    });
    settings = markDoNotRemind(settings, {
      customerId: "D1",
      invoiceId: "F2",
      reason: "Creditnota toegezegd",
      until: null,
    });
    settings = markDoNotRemind(settings, {
      customerId: "D1",
      invoiceId: "",
      reason: "Faillissement aangevraagd",
      until: isoDay("2026-11-01"),
    });
    expect(settings.doNotRemind).toEqual([
      {
        customerId: "D1",
        invoiceId: "F2",
        reason: "Creditnota toegezegd",
        until: null,
        scope: null,
      },
      {
        customerId: "D1",
        invoiceId: null,
        reason: "Faillissement aangevraagd",
        until: "2026-11-01",
        scope: null,
      },
    ]);
    expect(parseSettings(serializeSettings(settings))).toEqual(settings);
    // the customer mark lapsed on 1 November: listed, after the holding one, as not active
    expect(doNotRemindMarks(settings, asOf).map((m) => [m.invoiceId, m.active])).toEqual([
      ["F2", true],
      [null, false],
    ]);
    expect(doNotRemindMarks(settings, asOf, "D2")).toEqual([]);
    const removed = unmarkDoNotRemind(settings, "D1", null);
    expect(removed.doNotRemind.map((e) => e.invoiceId)).toEqual(["F2"]);
  });

  it("refuses a mark without a reason or with a bad day, naming the key", () => {
    expect(() =>
      markDoNotRemind(DEFAULT_SETTINGS, {
        customerId: "D1",
        invoiceId: null,
        reason: " ",
        until: null,
      })
    ).toThrow(/'doNotRemind\.0\.reason' needs a reason/);
    expect(() =>
      validateSettings({
        doNotRemind: [{ customerId: "D1", reason: "x", until: "31-12-2026" }],
      })
    ).toThrow(/'doNotRemind\.0\.until' must be a day \(YYYY-MM-DD\)/);
  });

  it("the analysis leaves marked invoices out with the user's reason, beside the ledger's own marks", () => {
    const settings = markDoNotRemind(DEFAULT_SETTINGS, {
      customerId: "D1",
      invoiceId: "F1",
      reason: "Betaling onderweg volgens klant",
      until: null,
    });
    const { reminders } = analyse(ledger, asOf, settings);
    expect(
      reminders.proposals.map((p) => [p.customerId, p.invoices.map((i) => i.invoiceId)])
    ).toEqual([["D1", ["F2"]]]);
    expect(reminders.excluded.map((e) => [e.invoiceId, describeExclusion(e, "nl")])).toEqual([
      ["F1", "Niet aanmanen (factuur): Betaling onderweg volgens klant."],
      ["F3", "Niet aanmanen volgens de debiteurenlijst (aanmaningsstop aangevinkt)."],
    ]);
    expect(blockedRows(ledger)).toBe(1);
  });

  it("keeps a workbench mark to its administration: another client's customer 10001 is not stopped", () => {
    const clientA = { kind: "source", name: "A", key: "adm-a" } as const;
    const pending: ActiveAdministration = {
      kind: "pending",
      fileName: "debiteuren.csv",
      proposedName: "debiteuren",
      sameName: null,
      known: [],
    };
    expect([markScope(null), markScope({ kind: "workbook" }), markScope(clientA)]).toEqual([
      null,
      null,
      "adm-a",
    ]);
    expect(markScope(pending)).toBeUndefined();
    const settings = markDoNotRemind(DEFAULT_SETTINGS, {
      customerId: "D1",
      invoiceId: null,
      reason: "Afspraak met klant A",
      until: null,
      scope: "adm-a",
    });
    expect(marksInScope(settings, "adm-a")).toHaveLength(1);
    expect(marksInScope(settings, "adm-b")).toEqual([]);
    expect(marksInScope(settings, undefined)).toEqual([]);
    expect(doNotRemindMarks(settings, asOf, undefined, "adm-b")).toEqual([]);
    const inB = analyse(ledger, asOf, {
      ...settings,
      doNotRemind: marksInScope(settings, "adm-b"),
    }).reminders;
    expect(inB.proposals.map((p) => p.customerId)).toEqual(["D1"]);
    // the same target in another scope is another mark; unmarking takes the scope
    const twice = markDoNotRemind(settings, {
      customerId: "D1",
      invoiceId: null,
      reason: "Afspraak met klant B",
      until: null,
      scope: "adm-b",
    });
    expect(twice.doNotRemind.map((e) => e.scope)).toEqual(["adm-a", "adm-b"]);
    expect(unmarkDoNotRemind(twice, "D1", null, "adm-b").doNotRemind.map((e) => e.scope)).toEqual([
      "adm-a",
    ]);
  });
});
