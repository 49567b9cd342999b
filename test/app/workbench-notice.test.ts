/**
 * The workbench's one analysis call (analyseForWorkbench) also makes the morning notice and today's
 * call list, so the pane receives them ready (from the worker, where it has one) instead of running
 * the reminder run over the whole ledger on the page. Checked against the use-cases that made them
 * on the page before (morningNotice, todaysCalls) on the demo ledger with a conversation — promises
 * due today and missed, an arrangement, a dispute, a contact — and through the worker's two ends
 * with structuredClone between them, as postMessage does. And the call card made from one
 * customer's rows (customerCallCard: what the page makes again after each call recorded) equals the
 * card over the whole ledger, for every customer.
 */
import {
  analyseForWorkbench,
  callCard,
  callOptionsOf,
  customerCallCard,
  DEFAULT_SETTINGS,
  morningNotice,
  NO_RECORDS,
  todaysCalls,
  type LastRun,
  type Settings,
  type WorkbenchInput,
} from "../../src/app";
import { addDays, cents } from "../../src/core";
import type { Contact, ConversationEntry } from "../../src/dunning";
import { demoLedger } from "../../src/demo";
import { analyseHeld, rebuiltAnalysis, transferables } from "../../src/hosts/browser";
import { readLedger, type Ledger } from "../../src/ledger";
import { conversationEntry } from "../dunning/conversation-fixture";

const demo = demoLedger();
const { ledger } = readLedger([demo.headers, ...demo.rows], { asOf: demo.asOf });
const asOf = demo.asOf;

/** The open invoices of the demo, by customer (first one each), oldest due first. */
function openByCustomer(l: Ledger): { customerId: string; invoiceId: string; open: number }[] {
  const c = l.columns;
  const seen = new Map<string, { customerId: string; invoiceId: string; open: number }>();
  for (let i = 0; i < l.length; i++) {
    const id = c.customerId[i] as string;
    if ((c.openAmount[i] as number) > 0 && c.dueDate[i] && c.dueDate[i]! < asOf && !seen.has(id))
      seen.set(id, { customerId: id, invoiceId: c.invoiceId[i] as string, open: c.openAmount[i]! });
  }
  return [...seen.values()];
}

const entry = (e: Partial<ConversationEntry> & Pick<ConversationEntry, "customerId" | "kind">) =>
  conversationEntry(addDays(asOf, -10), e);

const open = openByCustomer(ledger);
type Open = (typeof open)[number];
const [a, b, c, dd, e] = open.slice(0, 5) as [Open, Open, Open, Open, Open];
const entries: ConversationEntry[] = [
  // A promise due today, and one whose grace ran out yesterday.
  entry({
    customerId: a.customerId,
    kind: "promise",
    invoiceIds: [a.invoiceId],
    amount: cents(a.open),
    due: asOf,
    openAtStart: cents(a.open),
  }),
  entry({
    customerId: b.customerId,
    kind: "promise",
    invoiceIds: [b.invoiceId],
    amount: cents(b.open),
    due: addDays(asOf, -4),
    openAtStart: cents(b.open),
  }),
  // An arrangement with an instalment due today.
  entry({
    customerId: c.customerId,
    kind: "instalment",
    invoiceIds: [c.invoiceId],
    amount: cents(Math.min(c.open, 10_000)),
    due: asOf,
    arrangementId: "R-1",
    openAtStart: cents(c.open),
  }),
  // A dispute to follow up today.
  entry({
    customerId: dd.customerId,
    kind: "dispute",
    invoiceIds: [dd.invoiceId],
    due: asOf,
    reason: "Levering onvolledig",
    status: "open",
    owner: "MV",
  }),
  // A call yesterday.
  entry({ customerId: e.customerId, kind: "call", date: addDays(asOf, -1), note: "Belt terug" }),
];
const contacts: Contact[] = [
  {
    customerId: e.customerId,
    person: "J. de Vries",
    phone: "020 123 4567",
    email: "",
    paymentDay: null,
    note: "",
  },
];
const lastRun: LastRun = { day: addDays(asOf, -3), before: addDays(asOf, -7) };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  calls: { ...DEFAULT_SETTINGS.calls, deliversGoods: true },
};
const input: WorkbenchInput = {
  ledger,
  asOf,
  dayBasis: "source",
  today: asOf,
  records: { ...NO_RECORDS, conversation: entries, contacts },
  administration: { kind: "workbook" },
  lastRun,
};
const conversation = { entries, contacts };
const options = callOptionsOf(settings, null);

describe("the workbench analysis makes the morning notice and the call list", () => {
  const direct = analyseForWorkbench(input, settings);

  it("gives the notice and the list the page made before, on the ledger with the records applied", () => {
    expect(direct.notice).toStrictEqual(
      morningNotice(direct.ledger, conversation, lastRun, asOf, options)
    );
    expect(direct.calls).toStrictEqual(
      todaysCalls(direct.ledger, conversation, asOf, options).calls
    );
    // The notice counts the list it came with; it counts from the last run.
    expect(direct.notice.calls.count).toBe(direct.calls.length);
    expect(direct.notice.since).toBe(lastRun.day);
    expect(direct.notice.agreements.map((x) => [x.kind, x.state, x.customerId])).toEqual(
      expect.arrayContaining([
        ["promise", "due", a.customerId],
        ["promise", "missed", b.customerId],
        ["instalment", "due", c.customerId],
      ])
    );
    expect(direct.notice.disputes.map((x) => [x.customerId, x.open])).toEqual([
      [dd.customerId, dd.open],
    ]);
    expect(direct.calls.length).toBeGreaterThan(3);
  });

  it("comes back from the worker the same", () => {
    const { ledger: held, ...request } = input;
    const posted = analyseHeld(structuredClone(held), structuredClone(request), settings);
    const got = rebuiltAnalysis(structuredClone(posted, { transfer: transferables(posted) }), held);
    expect(got.notice).toStrictEqual(direct.notice);
    expect(got.calls).toStrictEqual(direct.calls);
  });

  it("without a last run or records: counts from yesterday, calls from the ledger alone", () => {
    const bare = analyseForWorkbench({ ...input, records: NO_RECORDS, lastRun: null }, settings);
    expect(bare.notice.since).toBeNull();
    expect(bare.notice.agreements).toEqual([]);
    expect(bare.calls).toStrictEqual(
      todaysCalls(bare.ledger, { entries: [], contacts: [] }, asOf, options).calls
    );
  });
});

describe("the call card from one customer's rows", () => {
  it("equals the card over the whole ledger, for every customer", () => {
    const { facts, ledger: applied } = analyseForWorkbench(input, settings);
    expect(facts.size).toBeGreaterThan(20);
    for (const [id, { rows }] of facts)
      expect(customerCallCard(applied, rows, conversation, id, asOf, options)).toStrictEqual(
        callCard(applied, conversation, id, asOf, options)
      );
  });
});
