import {
  callCard,
  conversationReview,
  loadConversation,
  outcomeEntries,
  saveContacts,
  saveConversation,
  todaysCalls,
  type RecordTable,
} from "../../src/app";
import { cents, isoDay } from "../../src/core";
import { handoffClaims } from "../../src/documents";
import type { Contact } from "../../src/dunning";
import { demoHost, memorySettingsStore, recordsKey } from "../../src/hosts/browser";
import { ledgerOf } from "../dunning/ledger-fixture";

const d = isoDay;
const asOf = d("2026-11-20"); // a Friday

// K1: stage 1 sent on 23-10, so the second reminder (e-mail + phone task) is due.
// K2: € 6.000 overdue 10 days, nothing sent yet. K3: a new customer (first invoice 01-10) overdue.
// K4: € 80 a week overdue, nothing special: not on the list. K5: paid invoices only.
const ledger = ledgerOf([
  {
    invoiceId: "A1",
    customerId: "K1",
    invoiceDate: d("2026-08-01"),
    dueDate: "2026-08-31",
    openAmount: 121_000,
    reminderStage: 1,
    reminderDate: "2026-10-23",
  },
  {
    invoiceId: "A2",
    customerId: "K1",
    invoiceDate: d("2026-10-01"),
    dueDate: "2026-10-31",
    openAmount: 24_200,
  },
  {
    invoiceId: "B1",
    customerId: "K2",
    invoiceDate: d("2025-10-11"),
    dueDate: "2026-11-10",
    openAmount: 600_000,
  },
  {
    invoiceId: "C1",
    customerId: "K3",
    invoiceDate: d("2026-10-01"),
    dueDate: "2026-10-31",
    openAmount: 90_000,
  },
  {
    invoiceId: "D1",
    customerId: "K4",
    invoiceDate: d("2025-10-13"),
    dueDate: "2026-11-13",
    openAmount: 8_000,
  },
  {
    invoiceId: "E1",
    customerId: "K5",
    invoiceDate: d("2025-09-01"),
    dueDate: "2025-10-01",
    openAmount: 0,
  },
]);
const contacts: Contact[] = [
  {
    customerId: "K1",
    person: "Dhr. P. Jansen",
    phone: "020 555 0101",
    email: "p.jansen@k1.nl",
    paymentDay: 2,
    note: "",
  },
];

describe("Vandaag bellen", () => {
  it("lists who to call and why, most urgent first, with the contact", () => {
    const { calls } = todaysCalls(ledger, { entries: [], contacts }, asOf);
    expect(calls.map((c) => [c.priority, c.customerId, c.reasons.map((r) => r.code)])).toEqual([
      [1, "K1", ["phone-step", "long-overdue"]],
      [2, "K3", ["new-customer"]],
      [3, "K2", ["large-overdue"]],
    ]);
    expect(calls[0]!.contact).toEqual(contacts[0]);
    expect(calls[0]!.reasons[1]!.text.nl).toBe("Oudste factuur 81 dagen over de vervaldatum.");
    expect(calls[2]!.reasons[0]!.text).toEqual({
      nl: "€ 6.000,00 vervallen.",
      en: "€6,000.00 overdue.",
    });
  });

  it("the call card: open invoices with days overdue, interest and costs as the claim engine has them", () => {
    const card = callCard(ledger, { entries: [], contacts }, "K1", asOf);
    expect(card.invoices.map((i) => [i.invoiceId, i.daysOverdue, i.open])).toEqual([
      ["A1", 81, 121_000],
      ["A2", 20, 24_200],
    ]);
    const claims = handoffClaims(ledger, ["K1"], asOf).claims;
    expect(card.invoices.map((i) => [i.interest, i.costs])).toEqual(
      claims.map((c) => [c.interest, c.costs])
    );
    expect(card.totals.costs).toBe(21_780); // 15 % of € 1.452,00 (art. 2 Besluit vergoeding)
    expect(card.totals.total).toBe(card.totals.open + card.totals.interest + card.totals.costs);
    expect(card.contact?.person).toBe("Dhr. P. Jansen");
    expect(card.reasons.map((r) => r.code)).toEqual(["phone-step", "long-overdue"]);
  });

  it("log a promise → K1 leaves today's list and the next run holds its invoices until the promised day + 3", () => {
    const entries = outcomeEntries(
      ledger,
      "K1",
      {
        kind: "promise",
        amount: cents(145_200),
        due: d("2026-11-27"),
        note: "Betaalt na de betaalrun van dinsdag",
      },
      asOf
    );
    expect(entries).toEqual([
      expect.objectContaining({
        kind: "promise",
        invoiceIds: ["A1", "A2"],
        openAtStart: 145_200,
        due: "2026-11-27",
      }),
    ]);
    expect(todaysCalls(ledger, { entries, contacts }, asOf).calls.map((c) => c.customerId)).toEqual(
      ["K3", "K2"]
    );
    const monday = conversationReview(ledger, { entries }, d("2026-11-23"));
    expect(monday.review.proposals.map((p) => p.customerId)).not.toContain("K1");
    expect(
      monday.review.excluded.filter((e) => e.customerId === "K1").map((e) => [e.reason, e.date])
    ).toEqual([
      ["promise", "2026-11-30"],
      ["promise", "2026-11-30"],
    ]);
    // Unpaid on 1 December: missed, back on the list first, and the aanmaning is proposed.
    const later = todaysCalls(ledger, { entries, contacts }, d("2026-12-01"));
    expect(later.calls[0]).toMatchObject({ customerId: "K1", priority: 1 });
    expect(later.calls[0]!.reasons[0]!.code).toBe("promise-missed");
    expect(
      conversationReview(ledger, { entries }, d("2026-12-01")).review.proposals.map(
        (p) => p.customerId
      )
    ).toContain("K1");
  });

  it("an arrangement from the call: 3 monthly instalments adding up to the open amount, the ladder held", () => {
    const entries = outcomeEntries(
      ledger,
      "K2",
      { kind: "arrangement", count: 3, first: d("2026-12-26"), every: "month" },
      asOf
    );
    expect(entries.map((e) => [e.arrangementId, e.due, e.amount])).toEqual([
      ["R-K2-20261120", "2026-12-28", 200_000],
      ["R-K2-20261120", "2027-01-26", 200_000],
      ["R-K2-20261120", "2027-02-26", 200_000],
    ]);
    const card = callCard(ledger, { entries, contacts }, "K2", d("2026-11-23"));
    expect(card.arrangements[0]).toMatchObject({ state: "kept", total: 600_000, paid: 0 });
    expect(card.invoices[0]!.heldBy).toBe("arrangement");
  });

  it("refuses a promise for a day already past and an invoice of another customer", () => {
    expect(() =>
      outcomeEntries(
        ledger,
        "K1",
        { kind: "promise", amount: cents(100), due: d("2026-11-19") },
        asOf
      )
    ).toThrow("The promised day 2026-11-19 is before today (2026-11-20).");
    expect(() =>
      outcomeEntries(
        ledger,
        "K1",
        { kind: "dispute", invoiceIds: ["B1"], reason: "x", followUp: null },
        asOf
      )
    ).toThrow("Invoice B1 is not open for customer K1.");
  });
});

describe("the workbench keeps the conversation per administration", () => {
  it("saves and loads the log and the contacts; a hand-broken row is an issue and survives the next save", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    const entries = [
      ...outcomeEntries(
        ledger,
        "K3",
        {
          kind: "dispute",
          invoiceIds: ["C1"],
          reason: "Verkeerde maat geleverd",
          followUp: d("2026-11-27"),
          owner: "AB",
        },
        asOf
      ),
      ...outcomeEntries(ledger, "K2", { kind: "not-reached" }, asOf),
    ];
    await saveConversation(host, "boeken", entries);
    await saveContacts(host, "boeken", contacts);
    expect(await loadConversation(demoHost(undefined, store), "boeken")).toEqual({
      entries,
      contacts,
      issues: [],
    });
    const key = recordsKey("conversations", "boeken");
    const table = JSON.parse(store.getItem(key)!) as RecordTable;
    table.rows[1]![2] = "gebeld?";
    store.setItem(key, JSON.stringify(table));
    const read = await loadConversation(host, "boeken");
    expect(read.entries).toEqual([entries[0]]);
    expect(read.issues.map((i) => [i.kind, i.row, i.column, i.value])).toEqual([
      ["conversations", 3, "Soort", "gebeld?"],
    ]);
    await saveConversation(host, "boeken", read.entries);
    const kept = JSON.parse(store.getItem(key)!) as RecordTable;
    expect(kept.rows.map((r) => r[2])).toEqual(["geschil", "gebeld?"]);
  });
});
