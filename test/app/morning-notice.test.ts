import {
  lastRunAfter,
  lastRunText,
  morningNotice,
  morningNoticeOn,
  noticeSince,
  parseLastRun,
  todaysCalls,
  type LastRun,
} from "../../src/app";
import { addDays, cents, isoDay, type IsoDay } from "../../src/core";
import type { ConversationEntry } from "../../src/dunning";
import { demoHost, memorySettingsStore } from "../../src/hosts/browser";
import fc from "fast-check";
import { ledgerOf } from "../dunning/ledger-fixture";
import { conversationEntry } from "../dunning/conversation-fixture";

const d = isoDay;
// Monday 7 December 2026; the controller last looked on Thursday 3 December.
const asOf = d("2026-12-07");
const kept: LastRun = { day: d("2026-12-03"), before: d("2026-11-30") };

const ledger = ledgerOf([
  // Fell due on Thursday (3-12, the last run's day: not yet overdue then) and Sunday 6-12.
  { invoiceId: "F-101", customerId: "K1", dueDate: "2026-12-03", openAmount: 121_000 },
  { invoiceId: "F-102", customerId: "K2", dueDate: "2026-12-06", openAmount: 48_400 },
  // Already overdue on the last run: not new.
  { invoiceId: "F-090", customerId: "K1", dueDate: "2026-12-02", openAmount: 30_000 },
  // Due today: not overdue yet.
  { invoiceId: "F-110", customerId: "K3", dueDate: "2026-12-07", openAmount: 20_000 },
  // Fell due since, but paid, written off or handed over: not in the notice.
  { invoiceId: "F-103", customerId: "K3", dueDate: "2026-12-04", openAmount: 0 },
  {
    invoiceId: "F-104",
    customerId: "K3",
    dueDate: "2026-12-04",
    openAmount: 5_000,
    writtenOff: true,
  },
  {
    invoiceId: "F-105",
    customerId: "K3",
    dueDate: "2026-12-05",
    openAmount: 7_000,
    handedOver: true,
  },
  // K4: a promise due today; K5: a promise whose grace ran out on Saturday.
  { invoiceId: "F-070", customerId: "K4", dueDate: "2026-11-10", openAmount: 60_500 },
  { invoiceId: "F-060", customerId: "K5", dueDate: "2026-11-01", openAmount: 90_000 },
  // K6: an arrangement with an instalment due today; K7: one broken since the last run.
  { invoiceId: "F-050", customerId: "K6", dueDate: "2026-10-01", openAmount: 300_000 },
  { invoiceId: "F-040", customerId: "K7", dueDate: "2026-09-01", openAmount: 150_000 },
  // K8: a dispute to follow up on Saturday.
  { invoiceId: "F-030", customerId: "K8", dueDate: "2026-11-15", openAmount: 72_600 },
  { invoiceId: "F-031", customerId: "K8", dueDate: "2026-11-20", openAmount: 10_000 },
]);

const entry = (e: Partial<ConversationEntry> & Pick<ConversationEntry, "customerId" | "kind">) =>
  conversationEntry(d("2026-11-25"), e);

const entries: ConversationEntry[] = [
  entry({
    customerId: "K4",
    kind: "promise",
    invoiceIds: ["F-070"],
    amount: cents(60_500),
    due: d("2026-12-07"),
    openAtStart: cents(60_500),
  }),
  // Promised by Wednesday 2-12; grace 3 days: held through Saturday 5-12, missed from Sunday.
  entry({
    customerId: "K5",
    kind: "promise",
    invoiceIds: ["F-060"],
    amount: cents(90_000),
    due: d("2026-12-02"),
    openAtStart: cents(90_000),
  }),
  // A promise missed long ago (grace ran out before the last run): the call list has it, not the news.
  entry({
    customerId: "K2",
    kind: "promise",
    invoiceIds: [],
    amount: cents(1_000),
    due: d("2026-11-26"),
    openAtStart: null,
  }),
  // K6: € 1.000 monthly, 7-11 paid (open went from 3.000 to ... see openAtStart), 7-12 due today.
  entry({
    customerId: "K6",
    kind: "instalment",
    invoiceIds: ["F-050"],
    amount: cents(100_000),
    due: d("2026-11-07"),
    arrangementId: "R-K6",
    openAtStart: cents(400_000),
    date: d("2026-11-01"),
  }),
  entry({
    customerId: "K6",
    kind: "instalment",
    invoiceIds: ["F-050"],
    amount: cents(100_000),
    due: d("2026-12-07"),
    arrangementId: "R-K6",
    date: d("2026-11-01"),
  }),
  entry({
    customerId: "K6",
    kind: "instalment",
    invoiceIds: ["F-050"],
    amount: cents(200_000),
    due: d("2027-01-07"),
    arrangementId: "R-K6",
    date: d("2026-11-01"),
  }),
  // K7: instalment of Tuesday 1-12 unpaid; grace through Friday 4-12, broken from Saturday.
  entry({
    customerId: "K7",
    kind: "instalment",
    invoiceIds: ["F-040"],
    amount: cents(50_000),
    due: d("2026-12-01"),
    arrangementId: "R-K7",
    openAtStart: cents(150_000),
    date: d("2026-11-15"),
  }),
  entry({
    customerId: "K7",
    kind: "instalment",
    invoiceIds: ["F-040"],
    amount: cents(100_000),
    due: d("2027-01-04"),
    arrangementId: "R-K7",
    date: d("2026-11-15"),
  }),
  entry({
    customerId: "K8",
    kind: "dispute",
    invoiceIds: ["F-030"],
    due: d("2026-12-05"),
    reason: "Levering incompleet",
    status: "open",
    owner: "MV",
  }),
];
const conversation = { entries, contacts: [] };

describe("the morning notice: a worked Monday", () => {
  const notice = morningNotice(ledger, conversation, kept, asOf);

  it("counts from the last run before today", () => {
    expect(notice.since).toBe("2026-12-03");
  });

  it("names the invoices that fell due since the last run, with customer, invoice and amount", () => {
    expect(
      notice.newlyOverdue.map((x) => [x.customerId, x.invoiceId, x.open, x.daysOverdue])
    ).toEqual([
      ["K1", "F-101", 121_000, 4],
      ["K2", "F-102", 48_400, 1],
    ]);
    expect(notice.newlyOverdueTotal).toBe(169_400);
    expect(notice.lines[0]).toEqual({
      nl: "Klant K1 (K1): factuur F-101, € 1.210,00, vervallen op 03-12-2026.",
      en: "Klant K1 (K1): invoice F-101, €1,210.00, fell due on 2026-12-03.",
    });
  });

  it("lists the promise and instalment due today and those missed since the last run", () => {
    expect(
      notice.agreements.map((a) => [a.kind, a.state, a.customerId, a.amount, a.short, a.due])
    ).toEqual([
      ["promise", "missed", "K5", 90_000, 90_000, "2026-12-02"],
      ["instalment", "missed", "K7", 50_000, 50_000, "2026-12-01"],
      ["instalment", "due", "K6", 100_000, 100_000, "2026-12-07"],
      ["promise", "due", "K4", 60_500, 60_500, "2026-12-07"],
    ]);
    const texts = notice.lines.map((l) => l.nl);
    expect(texts).toContain(
      "Klant K4 (K4): betaalbelofte van € 605,00 voor factuur F-070 vervalt vandaag."
    );
    expect(texts).toContain(
      "Klant K7 (K7): betalingsregeling R-K7 niet nagekomen — termijn van 01-12-2026 niet betaald, € 500,00 achter. De hele vordering is opeisbaar."
    );
  });

  it("lists the dispute whose follow-up day came, with what is open on it", () => {
    expect(notice.disputes).toEqual([
      {
        customerId: "K8",
        name: "Klant K8",
        invoiceIds: ["F-030"],
        open: 72_600,
        followUp: "2026-12-05",
        reason: "Levering incompleet",
        owner: "MV",
      },
    ]);
    expect(notice.lines.map((l) => l.nl)).toContain(
      "Klant K8 (K8): geschil over factuur F-030 (€ 726,00) vandaag opvolgen — Levering incompleet (behandelaar: MV); opvolgdatum 05-12-2026."
    );
  });

  it("counts the calls of today's list and names the first three", () => {
    const list = todaysCalls(ledger, conversation, asOf).calls;
    expect(notice.calls.count).toBe(list.length);
    expect(notice.calls.count).toBeGreaterThan(3);
    expect(notice.calls.first.map((c) => c.customerId)).toEqual(
      list.slice(0, 3).map((c) => c.customerId)
    );
    const last = notice.lines.at(-1)!;
    const first = list[0]!;
    expect(
      last.nl.startsWith(
        `Vandaag bellen: ${list.length} debiteuren, eerst Klant ${first.customerId} – ${first.reasons[0]!.text.nl.replace(/\.$/, "")}; Klant ${list[1]!.customerId} – `
      )
    ).toBe(true);
    expect(last.nl).toContain(`; en nog ${list.length - 3}.`);
  });

  it("says it all in one headline", () => {
    expect(notice.quiet).toBe(false);
    expect(notice.headline.nl).toBe(
      `7 december 2026: 2 facturen vervallen sinds 3 december 2026, 2 betaalafspraken vandaag te ontvangen, 2 afspraken niet nagekomen, 1 geschil op te volgen en ${notice.calls.count} debiteuren te bellen.`
    );
    expect(notice.headline.en).toBe(
      `7 December 2026: 2 invoices fell due since 3 December 2026, 2 payments promised for today, 2 agreements missed, 1 dispute to follow up and ${notice.calls.count} customers to call.`
    );
  });

  it("a second look the same morning shows the same notice", () => {
    const after = lastRunAfter(kept, asOf);
    expect(after).toEqual({ day: asOf, before: d("2026-12-03") });
    expect(morningNotice(ledger, conversation, after, asOf)).toEqual(notice);
  });

  it("a paid promise is no news: K4 paid today", () => {
    const paid = ledgerOf([
      { invoiceId: "F-070", customerId: "K4", dueDate: "2026-11-10", openAmount: 0 },
    ]);
    const n = morningNotice(paid, { entries: [entries[0]!], contacts: [] }, kept, asOf);
    expect(n.agreements).toEqual([]);
    expect(n.quiet).toBe(true);
    expect(n.headline.nl).toBe("7 december 2026: niets dat vandaag aandacht vraagt.");
    expect(n.lines).toEqual([]);
  });
});

describe("the last run", () => {
  it("without a last run the notice counts from yesterday", () => {
    const n = morningNotice(ledger, conversation, null, asOf);
    expect(n.since).toBeNull();
    expect(n.newlyOverdue.map((x) => x.invoiceId)).toEqual(["F-102"]);
    expect(n.headline.nl).toContain("1 factuur vervallen sinds gisteren");
    // K5's promise ran out on Saturday, not yesterday; K8's follow-up day was Saturday.
    expect(n.agreements.map((a) => a.customerId)).toEqual(["K6", "K4"]);
    expect(n.disputes).toEqual([]);
  });

  it("is stored as text and read back; damaged text starts afresh", () => {
    expect(parseLastRun(lastRunText(kept))).toEqual(kept);
    expect(parseLastRun(null)).toBeNull();
    expect(parseLastRun("{nope")).toBeNull();
    expect(parseLastRun('{"day":"2026-02-30"}')).toBeNull();
    expect(parseLastRun('{"day":"2026-12-01","before":7}')).toEqual({
      day: "2026-12-01",
      before: null,
    });
  });

  it("property: newly overdue is exactly 'overdue today and not on the last run'", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (offsets, gap) => {
          const last = addDays(asOf, -gap);
          const l = ledgerOf(
            offsets.map((o, i) => ({
              invoiceId: `I${i}`,
              customerId: "K",
              dueDate: addDays(asOf, o),
              openAmount: 1_000 + i,
            }))
          );
          const n = morningNotice(
            l,
            { entries: [], contacts: [] },
            { day: last, before: null },
            asOf
          );
          const expected = offsets
            .map((o, i) => ({ o, id: `I${i}`, due: addDays(asOf, o) as IsoDay }))
            .filter(({ due }) => due < asOf && !(due < last))
            .map((x) => x.id)
            .sort();
          expect(n.newlyOverdue.map((x) => x.invoiceId).sort()).toEqual(expected);
          expect(n.newlyOverdueTotal).toBe(n.newlyOverdue.reduce((s, x) => s + x.open, 0));
        }
      )
    );
  });

  it("advances only to a later day, and the notice's day counts from the run before it", () => {
    const monday = lastRunAfter(null, asOf);
    expect(monday).toEqual({ day: asOf, before: null });
    expect(noticeSince(monday, asOf)).toBeNull();
    const tuesday = d("2026-12-08");
    expect(noticeSince(monday, tuesday)).toBe(asOf);
    expect(lastRunAfter(lastRunAfter(monday, tuesday), asOf)).toEqual({
      day: tuesday,
      before: asOf,
    });
    expect(noticeSince({ day: tuesday, before: asOf }, tuesday)).toBe(asOf);
  });

  it("the workbench keeps it per administration in browser storage (the real demo host)", async () => {
    const store = memorySettingsStore();
    let now = new Date("2026-12-03T08:00:00Z");
    const host = demoHost(undefined, store, () => now);
    const first = await morningNoticeOn(host, "adm-1", ledger, conversation, d("2026-12-03"));
    expect(first.since).toBeNull();
    // A look at another day than today (a chosen peildatum) is no morning run: nothing recorded.
    await morningNoticeOn(host, "adm-1", ledger, conversation, d("2026-12-05"));
    expect(parseLastRun(await host.readLastRunText!("adm-1"))).toEqual({
      day: "2026-12-03",
      before: null,
    });
    now = new Date("2026-12-07T07:30:00Z");
    const second = await morningNoticeOn(host, "adm-1", ledger, conversation, asOf);
    expect(second.since).toBe("2026-12-03");
    expect(second).toEqual(morningNotice(ledger, conversation, kept, asOf));
    // Another administration has its own last run.
    expect((await morningNoticeOn(host, "adm-2", ledger, conversation, asOf)).since).toBeNull();
    expect(parseLastRun(await host.readLastRunText!("adm-1"))).toEqual({
      day: asOf,
      before: "2026-12-03",
    });
  });
});
