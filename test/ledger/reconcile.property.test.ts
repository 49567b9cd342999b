/**
 * Property: whatever junk is mixed into a ledger (blank rows, subtotals, Excel errors, garbage,
 * rows without invoice number), the read reconciles exactly, every valid row is accepted with its
 * amount, and every junk row is either skipped as blank, left out as a totals row of the export
 * (counted apart with its amount, reported as information or, when it does not add up, a warning),
 * or rejected with an issue, whose Dutch twin names the same facts.
 */
import fc from "fast-check";
import { formatCents, type Cents } from "../../src/core";
import { readLedger } from "../../src/ledger";
import { expectDutchIssues } from "./dutch-twin";
import { expectReconciled } from "./reconcile";

const HEADERS = [
  ["Factuurnummer", "Debiteur", "Factuurdatum", "Vervaldatum", "Bedrag", "Openstaand"],
  ["Invoice No.", "Customer", "Invoice date", "Due date", "Amount", "Outstanding"],
  ["InvoiceNumber", "AccountCode", "InvoiceDate", "DueDate", "Amount", "Open amount"],
];

type Row = unknown[];
/**
 * A junk row and the error its issue must carry (null for a blank row, which is skipped; "total"
 * for a totals row, left out apart with `amount`).
 */
interface Junk {
  row: Row;
  expect: RegExp | null | "total";
  amount?: number;
}
interface Generated {
  values: Row[];
  validAmounts: number[];
  validOpen: number[];
  /** 1-based sheet row -> the error message expected there. */
  junkErrors: Map<number, RegExp>;
  junkBlank: number;
  /** 1-based sheet rows of the totals rows, and their amounts summed. */
  totalRows: number[];
  totalAmount: number;
}

const centsArb = fc.integer({ min: -5_000_000, max: 50_000_000 });
const serialArb = fc.integer({ min: 40_000, max: 50_000 });

/** A valid invoice row rendered in one of several ways a sheet writes money and days. */
const validRow = fc.record({
  amount: centsArb,
  paidShare: fc.integer({ min: 0, max: 100 }),
  serial: serialArb,
  style: fc.integer({ min: 0, max: 2 }),
});

const junkRow: fc.Arbitrary<Junk> = fc.oneof(
  fc.constant<Junk>({ row: [], expect: null }),
  fc.constant<Junk>({ row: [null, "  ", "", undefined], expect: null }),
  centsArb.map((c) => ({
    row: [null, "Subtotaal", null, null, c / 100, c / 100],
    expect: "total" as const,
    amount: c,
  })),
  centsArb.map((c) => ({
    row: ["Totaal", "D9", null, null, c / 100, null],
    expect: "total" as const,
    amount: c,
  })),
  fc
    .constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!")
    .map((code) => ({ row: ["X1", "D9", null, null, code, null], expect: /Excel error/ })),
  fc.string({ minLength: 1, maxLength: 8 }).map((text) => ({
    row: ["X2", "D9", null, null, `abc${text}`, null],
    expect: /is not an amount/,
  })),
  centsArb.map((c) => ({
    row: [null, "D9", null, null, c / 100, c / 100],
    expect: /^Invoice number is empty/,
  })),
  centsArb.map((c) => ({
    row: ["X3", "D9", null, "#N/A", c / 100, null],
    expect: /^Due date is the Excel error/,
  }))
);

const ledgerArb = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    titleRows: fc.array(
      fc.constantFrom<Row>(["Openstaande posten"], [], ["Administratie:", "001"]),
      { maxLength: 3 }
    ),
    valid: fc.array(validRow, { maxLength: 25 }),
    junk: fc.array(junkRow, { maxLength: 10 }),
    positions: fc.array(fc.nat(), { maxLength: 10 }),
  })
  .map(({ header, titleRows, valid, junk, positions }): Generated => {
    const rows: { row: Row; expect: RegExp | null | "valid" | "total"; amount?: number }[] =
      valid.map((v, i) => {
        const open = Math.trunc((v.amount * v.paidShare) / 100);
        const money = (c: number): unknown =>
          v.style === 0 ? c / 100 : formatCents(c as Cents, v.style === 1 ? "nl" : "en");
        return {
          row: [`F${i}`, `D${i % 7}`, v.serial, v.serial + 30, money(v.amount), money(open)],
          expect: "valid",
        };
      });
    junk.forEach((j, k) => {
      const at = (positions[k] ?? 0) % (rows.length + 1);
      rows.splice(at, 0, j);
    });
    const firstDataRow = titleRows.length + 2;
    const junkErrors = new Map<number, RegExp>();
    const totalRows: number[] = [];
    let totalAmount = 0;
    rows.forEach((r, i) => {
      if (r.expect instanceof RegExp) junkErrors.set(firstDataRow + i, r.expect);
      if (r.expect === "total") {
        totalRows.push(firstDataRow + i);
        totalAmount += r.amount ?? 0;
      }
    });
    return {
      values: [...titleRows, header, ...rows.map((r) => r.row)],
      validAmounts: valid.map((v) => v.amount),
      validOpen: valid.map((v) => Math.trunc((v.amount * v.paidShare) / 100)),
      junkErrors,
      junkBlank: rows.filter((r) => r.expect === null).length,
      totalRows,
      totalAmount,
    };
  });

describe("readLedger property", () => {
  it("reconciles every random ledger with random junk rows", () => {
    fc.assert(
      fc.property(ledgerArb, (generated) => {
        const result = readLedger(generated.values);
        const dataRows = generated.values.length - result.headerRow;
        expectReconciled(result, dataRows);
        expectDutchIssues(result.issues);
        expect(result.control.accepted).toBe(generated.validAmounts.length);
        expect(result.control.rejected).toBe(generated.junkErrors.size);
        for (const [row, pattern] of generated.junkErrors) {
          const errors = result.issues.filter(
            (issue) => issue.row === row && issue.severity === "error"
          );
          expect(errors.length).toBeGreaterThan(0);
          expect(errors[0]?.message).toMatch(pattern);
        }
        expect(result.control.blankRows).toBe(generated.junkBlank);
        expect(result.control.excluded.rows).toBe(generated.totalRows.length);
        expect(result.control.excluded.amount).toBe(generated.totalAmount);
        for (const row of generated.totalRows) {
          const at = result.issues.filter((issue) => issue.row === row);
          expect(at).toHaveLength(1);
          expect(at[0]?.message).toMatch(/^Totals row "(Subtotaal|Totaal)" is not an invoice/);
          expect(at[0]?.severity).not.toBe("error");
        }
        expect(result.control.amount.accepted).toBe(
          generated.validAmounts.reduce((a, b) => a + b, 0)
        );
        expect(result.control.open.accepted).toBe(generated.validOpen.reduce((a, b) => a + b, 0));
        expect(result.ledger.columns.amount).toEqual(generated.validAmounts);
      }),
      { numRuns: 300 }
    );
  });
});
