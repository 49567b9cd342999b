import fc from "fast-check";
import { customerReference, type Cents } from "../../src/core";
import { readBankStatement } from "../../src/formats";
import { applyPayments, matchPayments, nameKey, type BankStatement } from "../../src/payments";
import { CREDITS, HEADER, ROWS, fixtureLedger } from "./payments-fixture";
import { writeCamt053, writeMt940, type WrittenEntry } from "./statement-writers";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const camt = (entries: WrittenEntry[], opening = 0): BankStatement[] =>
  readBankStatement(
    bytes(writeCamt053("NL69INGB0123456789", "2026-11-30", opening, entries)),
    "test.xml"
  );

describe("matching a statement to open invoices: the worked example", () => {
  const ledger = fixtureLedger();
  const match = matchPayments(camt(CREDITS), ledger);
  const shape = match.proposals.map((p) => [
    p.status,
    p.basis,
    p.allocations.map((a) => `${a.invoiceId}:${a.amount}`).join(" "),
    p.unallocated,
  ]);

  it("RF of the customer, invoice number, two invoices, betalingskenmerk, unknown, IBAN + amount", () => {
    expect(shape).toEqual([
      ["matched", "rf", "2026-0101:121000", 0], // the customer's RF: oldest invoice first, paid in full
      ["matched", "invoice-number", "2026-0117:45017", 0],
      ["overpaid", "invoice-number", "2026-0201:100000 2026-0202:40000", 10000], // oldest due first; € 100 over
      ["partial", "betalingskenmerk", "2026-0300:50000", 0], // € 300 stays open
      ["unmatched", null, "", 97735],
      ["matched", "iban", "2026-0102:30000", 0], // the IBAN's customer, the invoice of exactly this amount
    ]);
    expect(match.proposals[0]?.reference).toBe(customerReference("C1"));
    expect(match.proposals[3]?.reason.nl).toBe(
      "Gevonden op betalingskenmerk; een deelbetaling, € 300,00 blijft openstaan."
    );
    expect(match.proposals[2]?.reason.en).toBe(
      "Found by invoice number in the description; €100.00 more than was open."
    );
  });

  it("every cent: matched + unmatched + not applicable = the credit total; debits apart", () => {
    expect(match.totals).toEqual({
      credits: { count: 6, total: 121000 + 45017 + 150000 + 50000 + 97735 + 30000 },
      matched: 121000 + 45017 + 140000 + 50000 + 30000,
      unmatched: 10000 + 97735,
      notApplicable: 0,
      debits: { count: 1, total: 8500 },
    });
    expect(match.debits[0]?.entry.name).toBe("KPN B.V.");
  });

  it("hostile remittance text stays the text it is", () => {
    expect(match.proposals[4]?.entry.text).toBe("gift <b>dank</b> =1+1");
  });

  it("the same statement as MT940 gives the same proposals", () => {
    const mt = readBankStatement(
      bytes(writeMt940("NL69INGB0123456789", "2026-11-30", 0, CREDITS)),
      "t.sta"
    );
    const again = matchPayments(mt, ledger);
    expect(
      again.proposals.map((p) => [
        p.status,
        p.basis,
        p.allocations.map((a) => `${a.invoiceId}:${a.amount}`).join(" "),
        p.unallocated,
      ])
    ).toEqual(shape);
  });

  it("a credit in another currency and a reversal are not applicable, and still accounted for", () => {
    const [statement] = camt([
      {
        amount: 5000,
        direction: "credit",
        name: "Global Trading",
        iban: "DE89370400440532013000",
        text: "2026-0301",
        currency: "USD",
      },
    ]);
    const withReversal: BankStatement = {
      ...(statement as BankStatement),
      closing: { amount: 10000 as Cents, day: null },
      entries: [
        ...(statement?.entries ?? []),
        {
          ...(statement?.entries[0] as BankStatement["entries"][number]),
          key: "R",
          currency: "EUR",
          reversal: true,
        },
      ],
    };
    const result = matchPayments([withReversal], ledger);
    expect(result.notApplicable.map((n) => n.reason.nl)).toEqual([
      "Geboekt in USD: alleen betalingen in euro worden gekoppeld.",
      "Een storno van een eerdere boeking.",
    ]);
    expect(result.totals).toMatchObject({
      matched: 0,
      unmatched: 0,
      notApplicable: 10000,
      credits: { count: 2, total: 10000 },
    });
  });

  it("a second credit for an invoice the first one paid finds nothing open: unmatched, with why", () => {
    const twice = matchPayments(
      camt([CREDITS[1] as WrittenEntry, CREDITS[1] as WrittenEntry]),
      ledger
    );
    expect(twice.proposals.map((p) => p.status)).toEqual(["matched", "unmatched"]);
    expect(twice.proposals[1]?.reason.en).toBe(
      "Found by invoice number in the description, but nothing of those invoices is open any more."
    );
  });

  it("names compare without legal form and punctuation", () => {
    expect(nameKey("J. de Vries & Zn. B.V.")).toBe(nameKey("j de vries zn"));
    expect(nameKey("Café Hoek BV")).toBe("cafe hoek");
  });
});

describe("confirmed payments applied to the ledger", () => {
  const ledger = fixtureLedger();
  const match = matchPayments(camt(CREDITS), ledger);
  const records = match.proposals.flatMap((p) =>
    p.allocations.map((a) => ({
      ...a,
      statementKey: p.statementKey,
      entryKey: p.entryKey,
      day: p.entry.bookingDay,
    }))
  );

  it("open amounts fall, paid-off invoices get the payment's day, the ledger given is unchanged", () => {
    const { ledger: applied, effects, notFound } = applyPayments(ledger, records);
    expect(notFound).toEqual([]);
    const open = (l: typeof ledger) =>
      Object.fromEntries(l.columns.invoiceId.map((id, i) => [id, l.columns.openAmount[i]]));
    expect(open(applied)).toEqual({
      "2026-0101": 0,
      "2026-0102": 0,
      "2026-0117": 0,
      "2026-0202": 0,
      "2026-0201": 0,
      "2026-0300": 30000,
      "2026-0301": 5000,
    });
    expect(applied.columns.settledDate[0]).toBe("2026-11-30");
    expect(applied.columns.settledDate[5]).toBeNull(); // part paid: not settled
    expect(open(ledger)["2026-0101"]).toBe(121000);
    expect(effects.every((e) => !e.inLedger)).toBe(true);
  });

  it("reading the statement again shows the confirmed credits as recorded, nothing matched twice", () => {
    const { ledger: applied } = applyPayments(ledger, records);
    const again = matchPayments(camt(CREDITS), applied, records);
    expect(again.proposals.map((p) => p.status)).toEqual([
      "recorded",
      "recorded",
      "recorded",
      "recorded",
      "unmatched",
      "recorded",
    ]);
    expect(again.totals.matched).toBe(match.totals.matched);
    expect(again.totals.unmatched).toBe(match.totals.unmatched);
  });

  it("not counted twice when the bookkeeping export later shows the payment", () => {
    // Next week's export: 2026-0101 paid in the books, 2026-0300 part-paid € 500 in the books.
    const later = ROWS.map((r) =>
      r[0] === "2026-0101"
        ? [...r.slice(0, 6), 0, ...r.slice(7)]
        : r[0] === "2026-0300"
          ? [...r.slice(0, 6), 300, ...r.slice(7)]
          : r
    );
    const { ledger: applied, effects } = applyPayments(fixtureLedger(later), records);
    const row = (id: string) => applied.columns.invoiceId.indexOf(id);
    expect(applied.columns.openAmount[row("2026-0101")]).toBe(0);
    expect(applied.columns.openAmount[row("2026-0300")]).toBe(30000); // not 300 − 500
    expect(effects.find((e) => e.invoiceId === "2026-0300")?.inLedger).toBe(true);
  });

  it("a record of an invoice not in this ledger is reported, not applied", () => {
    const { notFound } = applyPayments(ledger, [
      { invoiceId: "X-1", customerId: "C9", amount: 100 as Cents, day: null },
    ]);
    expect(notFound).toHaveLength(1);
  });
});

describe("properties", () => {
  const ledger = fixtureLedger();
  const ids = [
    "2026-0101",
    "2026-0102",
    "2026-0117",
    "2026-0201",
    "2026-0202",
    "2026-0300",
    "2026-0999",
    "onbekend",
  ];
  const credit: fc.Arbitrary<WrittenEntry> = fc.record({
    amount: fc.integer({ min: 1, max: 300000 }),
    direction: fc.constantFrom("credit" as const, "credit" as const, "debit" as const),
    name: fc.constantFrom("Bakkerij De Korenschoof", "J. de Vries", "Iemand Anders"),
    iban: fc.constantFrom("NL91ABNA0417164300", "NL44RABO0123456789", "DE89370400440532013000"),
    text: fc.subarray(ids).map((xs) => xs.join(" ")),
    currency: fc.constantFrom("EUR", "EUR", "EUR", "USD"),
  });

  it("every cent accounted for; no invoice gets more than was open; allocations positive", () => {
    fc.assert(
      fc.property(fc.array(credit, { maxLength: 15 }), (entries) => {
        const result = matchPayments(camt(entries), ledger);
        const { totals } = result;
        expect(totals.matched + totals.unmatched + totals.notApplicable).toBe(totals.credits.total);
        expect(totals.credits.total).toBe(
          entries.filter((e) => e.direction === "credit").reduce((s, e) => s + e.amount, 0)
        );
        const per = new Map<number, number>();
        for (const p of result.proposals)
          for (const a of p.allocations) {
            expect(a.amount).toBeGreaterThan(0);
            per.set(a.row, (per.get(a.row) ?? 0) + a.amount);
          }
        for (const [row, paid] of per)
          expect(paid).toBeLessThanOrEqual(ledger.columns.openAmount[row] ?? 0);
        // Applying what was matched leaves no invoice below zero and lowers the open total by exactly matched.
        const records = result.proposals.flatMap((p) =>
          p.allocations.map((a) => ({ ...a, day: p.entry.bookingDay }))
        );
        const applied = applyPayments(ledger, records).ledger;
        const total = (l: typeof ledger) => l.columns.openAmount.reduce((s, v) => s + v, 0);
        expect(total(ledger) - total(applied)).toBe(totals.matched);
      }),
      { numRuns: 80 }
    );
  });
});

test("the header of the fixture maps kenmerk and IBAN", () => {
  expect(HEADER).toContain("Kenmerk");
  expect(fixtureLedger().columns.reference[5]).toBe("5000056789012345");
  expect(fixtureLedger().columns.iban[0]).toBe("NL91ABNA0417164300");
});
