// The use-cases of the "Bellen" view beside the call list: resolving a dispute puts the invoice
// back in the ladder (or leaves it out by credit note / write-off as the ledger then says), and the
// run's options come from the settings the reminder run of the same ledger uses.
import {
  DEFAULT_SETTINGS,
  callOptionsOf,
  conversationReview,
  markDoNotRemind,
  outcomeEntries,
  resolveDispute,
  todaysCalls,
} from "../../src/app";
import { isoDay } from "../../src/core";
import { ledgerOf } from "../dunning/ledger-fixture";

const d = isoDay;
const asOf = d("2026-11-20");
const ledger = ledgerOf([
  {
    invoiceId: "A1",
    customerId: "K1",
    invoiceDate: d("2026-08-01"),
    dueDate: "2026-08-31",
    openAmount: 121_000,
  },
  {
    invoiceId: "A2",
    customerId: "K1",
    invoiceDate: d("2026-09-01"),
    dueDate: "2026-10-01",
    openAmount: 24_200,
  },
  {
    invoiceId: "A3",
    customerId: "K1",
    invoiceDate: d("2026-09-15"),
    dueDate: "2026-10-15",
    openAmount: 36_300,
  },
]);

const proposed = (log: Parameters<typeof conversationReview>[1]["entries"]) =>
  conversationReview(ledger, { entries: log }, asOf)
    .review.proposals.flatMap((p) => p.invoices.map((i) => i.invoiceId))
    .sort();

describe("resolveDispute", () => {
  const dispute = outcomeEntries(
    ledger,
    "K1",
    {
      kind: "dispute",
      invoiceIds: ["A2"],
      reason: "Levering incompleet",
      followUp: d("2026-11-27"),
    },
    asOf
  );
  const call = outcomeEntries(ledger, "K1", { kind: "not-reached" }, asOf);
  const log = [...call, ...dispute];

  it("a dispute on one invoice of three holds that one; resolved as 'resumed' it is reminded again", () => {
    expect(proposed([])).toEqual(["A1", "A2", "A3"]);
    expect(proposed(log)).toEqual(["A1", "A3"]);
    const resolved = resolveDispute(
      log,
      dispute[0]!,
      "resumed",
      d("2026-11-24"),
      "Klacht ongegrond"
    );
    expect(resolved).toHaveLength(2);
    expect(resolved[0]).toBe(log[0]);
    expect(resolved[1]).toMatchObject({
      kind: "dispute",
      status: "resumed",
      reason: "Levering incompleet",
      note: "2026-11-24: Klacht ongegrond",
    });
    expect(proposed(resolved)).toEqual(["A1", "A2", "A3"]);
  });

  it("finds the dispute by its content (a copy read back from the records), and only an open one", () => {
    const copy = { ...dispute[0]!, invoiceIds: [...dispute[0]!.invoiceIds] };
    const once = resolveDispute(log, copy, "credit-note", asOf);
    expect(once[1]!.status).toBe("credit-note");
    expect(once[1]!.note).toBe("2026-11-20");
    expect(() => resolveDispute(once, copy, "written-off", asOf)).toThrow(
      "There is no open dispute of 2026-11-20 about invoice A2 of customer K1."
    );
    try {
      resolveDispute(once, copy, "written-off", asOf);
    } catch (error) {
      expect((error as { messageNl: string }).messageNl).toBe(
        "Er is geen open geschil van 2026-11-20 over factuur A2 van debiteur K1."
      );
    }
    expect(() => resolveDispute(log, copy, "open" as never, asOf)).toThrow(
      "Choose how the dispute was resolved."
    );
  });
});

describe("callOptionsOf", () => {
  it("carries the tolerance, the do-not-remind marks of this ledger's scope and the cost basis", () => {
    const marked = markDoNotRemind(
      { ...DEFAULT_SETTINGS, letters: { ...DEFAULT_SETTINGS.letters, costsIncludeVat: true } },
      { customerId: "K1", invoiceId: null, reason: "Curator", until: null, scope: "demo" }
    );
    const here = callOptionsOf(marked, "demo");
    expect(here.costsIncludeVat).toBe(true);
    expect(here.tolerance).toBe(DEFAULT_SETTINGS.toleranceCents);
    expect(here.doNotRemind?.map((m) => m.customerId)).toEqual(["K1"]);
    expect(callOptionsOf(marked, "other").doNotRemind).toEqual([]);
    // the marked customer is off the call list in its own books, on it elsewhere
    expect(todaysCalls(ledger, { entries: [], contacts: [] }, asOf, here).calls).toEqual([]);
    expect(
      todaysCalls(
        ledger,
        { entries: [], contacts: [] },
        asOf,
        callOptionsOf(marked, "other")
      ).calls.map((c) => c.customerId)
    ).toEqual(["K1"]);
  });

  it("counts a customer as new by the analysis's threshold (Instellingen, newCustomerDays)", () => {
    // K1's first invoice (2026-08-01) is 111 days old on 2026-11-20 and already overdue
    const reasons = (newCustomerDays: number) =>
      todaysCalls(
        ledger,
        { entries: [], contacts: [] },
        asOf,
        callOptionsOf(
          {
            ...DEFAULT_SETTINGS,
            thresholds: { ...DEFAULT_SETTINGS.thresholds, newCustomerDays },
          },
          null
        )
      ).calls.flatMap((c) => c.reasons.map((r) => r.code));
    expect(DEFAULT_SETTINGS.thresholds.newCustomerDays).toBe(90);
    expect(reasons(90)).not.toContain("new-customer");
    expect(reasons(111)).not.toContain("new-customer");
    expect(reasons(112)).toContain("new-customer");
  });
});
