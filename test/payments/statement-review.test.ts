/**
 * The pane's statement use-cases (src/app/payments/statement-review): corrections by the user
 * matched again through the one matcher, every cent still accounted for; the groups the pane shows;
 * the confirmed statements with undo per statement.
 */
import fc from "fast-check";
import {
  paymentsCsvBytes,
  confirmedStatements,
  groupProposals,
  pickableInvoices,
  proposePayments,
  recordProposals,
  rematchPayments,
  undoPaymentStatement,
  type PaymentChoices,
} from "../../src/app";
import { paymentsFromCsv } from "../../src/formats";
import { applyPayments } from "../../src/payments";
import { CREDITS, fixtureLedger, ROWS } from "./payments-fixture";
import { writeCamt053 } from "./statement-writers";

const ledger = fixtureLedger();
const bytes = new TextEncoder().encode(
  writeCamt053("NL44RABO0123456789", "2026-12-01", 100000, CREDITS)
);
const key = (ref: string) => `NL44RABO0123456789 STMT-2026-12-01 ${ref}`;
const first = proposePayments(ledger, bytes, "afschrift.xml");
const byKey = (p: typeof first, ref: string) => {
  const found = p.match.proposals.find((x) => x.entryKey === key(ref));
  if (!found) throw new Error(`no proposal ${ref}`);
  return found;
};
const balanced = (p: typeof first) =>
  p.match.totals.matched + p.match.totals.unmatched + p.match.totals.notApplicable ===
  p.match.totals.credits.total;

describe("statement review", () => {
  test("the groups: matched, partial, overpaid, several invoices, unmatched", () => {
    const groups = groupProposals(first.match.proposals);
    const refs = (list: typeof groups.matched) => list.map((p) => p.entryKey.split(" ").pop());
    expect(refs(groups.matched)).toEqual(["REF1", "REF2", "REF7"]);
    expect(refs(groups.partial)).toEqual(["REF4"]);
    // REF3 pays 2026-0201 and 2026-0202 and € 100,00 more: listed once, under several invoices.
    expect(refs(groups.several)).toEqual(["REF3"]);
    expect(refs(groups.overpaid)).toEqual([]);
    expect(refs(groups.unmatched)).toEqual(["REF5"]);
  });

  test("an unmatched credit assigned by the user: allocated oldest due first, the rest overpaid", () => {
    // € 977,35 unknown → 2026-0102 (€ 300, due 1 Nov) and 2026-0300 (€ 800 of which REF4 paid
    // € 500: € 300 left, due 14 Nov); the Korenschoof's € 300 (REF7) then finds 2026-0102 paid.
    const choices: PaymentChoices = new Map([
      [
        key("REF5"),
        [
          { customerId: "C4", invoiceId: "2026-0300" },
          { customerId: "C1", invoiceId: "2026-0102" },
        ],
      ],
    ]);
    const next = rematchPayments(first, [], choices);
    const p = byKey(next, "REF5");
    expect(p.status).toBe("overpaid");
    expect(p.basis).toBe("chosen");
    expect(p.allocations.map((a) => [a.invoiceId, a.amount])).toEqual([
      ["2026-0102", 30000],
      ["2026-0300", 30000],
    ]);
    expect(p.unallocated).toBe(97735 - 60000);
    expect(p.reason.nl).toBe("Door u toegewezen; € 377,35 meer dan openstond.");
    expect(byKey(next, "REF7").status).toBe("unmatched");
    expect(next.match.totals.matched).toBe(first.match.totals.matched + 60000 - 30000);
    expect(next.match.totals.unmatched).toBe(first.match.totals.unmatched - 60000 + 30000);
    expect(balanced(next)).toBe(true);
    // The other proposals are as before.
    expect(byKey(next, "REF1")).toEqual(byKey(first, "REF1"));
  });

  test("a proposal moved off its invoice: left unassigned, that invoice stays open", () => {
    const next = rematchPayments(first, [], new Map([[key("REF7"), []]]));
    const p = byKey(next, "REF7");
    expect(p.status).toBe("unmatched");
    expect(p.reason.en).toBe("Left unassigned by you.");
    expect(p.unallocated).toBe(30000);
    const record = recordProposals([], next.match);
    expect(record.some((r) => r.invoiceId === "2026-0102")).toBe(false);
    expect(balanced(next)).toBe(true);
  });

  test("the picker offers the open invoices by customer name, oldest due first", () => {
    const offered = pickableInvoices(first);
    expect(offered.map((i) => i.invoiceId)).toEqual([
      "2026-0101",
      "2026-0102",
      ...offered.slice(2).map((i) => i.invoiceId),
    ]);
    expect(new Set(offered.map((i) => i.invoiceId)).size).toBe(6);
    // Only euro invoices: the USD invoice 2026-0301 is not offered.
    expect(offered.some((i) => i.invoiceId === "2026-0301")).toBe(false);
    const names = offered.map((i) => (i.customerName ?? "").toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b, "nl"))).toEqual(names);
  });

  test("confirmed statements and undo per statement", () => {
    const record = recordProposals([], first.match);
    const other = recordProposals(
      record,
      proposePayments(
        applyPayments(ledger, record).ledger,
        new TextEncoder().encode(
          writeCamt053("NL44RABO0123456789", "2026-12-02", 0, [
            {
              amount: 5000,
              direction: "credit",
              name: "X",
              iban: "NL91ABNA0417164300",
              text: "2026-0300",
            },
          ])
        ),
        "b.xml"
      ).match
    );
    const listed = confirmedStatements(other);
    expect(listed.map((s) => [s.statementKey, s.credits, s.invoices, s.total])).toEqual([
      // REF1, 2, 3 (two invoices), 4 and 7: five credits, six invoices.
      [key("").trim(), 5, 6, 121000 + 45017 + 140000 + 50000 + 30000],
      ["NL44RABO0123456789 STMT-2026-12-02", 1, 1, 5000],
    ]);
    expect(listed[0]?.from).toBe("2026-12-01");
    const undone = undoPaymentStatement(other, key("").trim());
    expect(confirmedStatements(undone).map((s) => s.statementKey)).toEqual([
      "NL44RABO0123456789 STMT-2026-12-02",
    ]);
    // Read again after undo: the statement's credits are proposed afresh, not "recorded".
    const again = proposePayments(ledger, bytes, "afschrift.xml", undone);
    expect(again.match.proposals.some((p) => p.status === "recorded")).toBe(false);
  });

  test("property: whatever the user picks, every cent is accounted for", () => {
    const entryKeys = first.match.proposals.map((p) => p.entryKey);
    const invoices = pickableInvoices(first).map((i) => ({
      customerId: i.customerId,
      invoiceId: i.invoiceId,
    }));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...entryKeys),
            fc.subarray(invoices, { minLength: 0, maxLength: 3 })
          ),
          { maxLength: 6 }
        ),
        (picks) => {
          const next = rematchPayments(first, [], new Map(picks));
          expect(balanced(next)).toBe(true);
          // No invoice is paid more than was open.
          const paid = new Map<string, number>();
          for (const p of next.match.proposals)
            for (const a of p.allocations)
              paid.set(a.invoiceId, (paid.get(a.invoiceId) ?? 0) + a.amount);
          for (const i of pickableInvoices(first))
            expect(paid.get(i.invoiceId) ?? 0).toBeLessThanOrEqual(i.open);
        }
      ),
      { numRuns: 60 }
    );
  });

  describe("a payment on an invoice the ledger shows part paid counts in full, and once", () => {
    // 2026-0300: € 1.000,00 invoiced, € 200,00 already paid in the ledger, € 800,00 open.
    const rows = ROWS.map((r) =>
      r[0] === "2026-0300" ? [...r.slice(0, 5), 1000, 800, ...r.slice(7)] : r
    );
    const partPaid = fixtureLedger(rows);
    const row = partPaid.columns.invoiceId.indexOf("2026-0300");
    const pay = (amount: number, day: string, ref: string) =>
      new TextEncoder().encode(
        writeCamt053("NL44RABO0123456789", day, 0, [
          {
            amount,
            direction: "credit",
            name: "Het Anker",
            iban: "NL66ASNB0707070707",
            text: `factuur 2026-0300 ${ref}`,
          },
        ])
      );

    test("€ 800,00 received: the invoice is paid off, not left at € 200,00", () => {
      const proposals = proposePayments(partPaid, pay(80000, "2026-12-01", "a"), "a.xml");
      expect(proposals.match.proposals[0]?.status).toBe("matched");
      const record = recordProposals([], proposals);
      expect(record.map((r) => [r.invoiceId, r.amount, r.ledgerOpen])).toEqual([
        ["2026-0300", 80000, 80000],
      ]);
      expect(applyPayments(partPaid, record).ledger.columns.openAmount[row]).toBe(0);
      // Through the CSV and back: the base survives.
      const { records, issues } = paymentsFromCsv(paymentsCsvBytes(record));
      expect(issues).toEqual([]);
      expect(records).toEqual(record);
      // The bookkeeping books it later (open 0 in its export): still 0, counted once.
      const booked = fixtureLedger(
        rows.map((r) => (r[0] === "2026-0300" ? [...r.slice(0, 6), 0, ...r.slice(7)] : r))
      );
      expect(applyPayments(booked, record).ledger.columns.openAmount[row]).toBe(0);
    });

    test("two statements: € 300,00 then € 500,00; undo of the first leaves € 300,00 open", () => {
      const first = proposePayments(partPaid, pay(30000, "2026-12-01", "a"), "a.xml");
      const once = recordProposals([], first);
      expect(applyPayments(partPaid, once).ledger.columns.openAmount[row]).toBe(50000);
      const second = proposePayments(partPaid, pay(50000, "2026-12-02", "b"), "b.xml", once);
      expect(second.match.proposals[0]?.allocations.map((a) => a.openBefore)).toEqual([50000]);
      const twice = recordProposals(once, second);
      expect(applyPayments(partPaid, twice).ledger.columns.openAmount[row]).toBe(0);
      const undone = undoPaymentStatement(twice, "NL44RABO0123456789 STMT-2026-12-01");
      expect(applyPayments(partPaid, undone).ledger.columns.openAmount[row]).toBe(30000);
      // A record without a base (from before the column, or typed by hand): the invoice amount.
      const legacy = once.map((r) => ({ ...r, ledgerOpen: null }));
      expect(applyPayments(partPaid, legacy).ledger.columns.openAmount[row]).toBe(70000);
    });
  });
});
