/**
 * Amounts whose sum passes the exact range of cents (Number.MAX_SAFE_INTEGER, € 90.071.992.547.409,91):
 * the row that would pass it is left out with an issue naming row, column and value in English and
 * Dutch; the rest is read and the control totals reconcile.
 */
import fc from "fast-check";
import { readLedgerFile } from "../../src/formats";
import { ledgerRows, readLedger, type LedgerIssue } from "../../src/ledger";

const errors = (result: { issues: LedgerIssue[] }): LedgerIssue[] =>
  result.issues.filter((issue) => issue.severity === "error");
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("hostile amounts: sums too large for exact cents", () => {
  it("two rows of € 50.000.000.000.000: the second is an issue naming its row, column and value", async () => {
    const csv =
      "Factuurnummer;Klant;Bedrag;Vervaldatum\n" +
      "F1;Klant A;50.000.000.000.000,00;30-11-2026\n" +
      "F2;Klant B;50.000.000.000.000,00;30-11-2026\n" +
      "F3;Klant C;100,00;30-11-2026\n";
    const result = await readLedgerFile(utf8(csv), "groot.csv");
    expect(ledgerRows(result.ledger).map((row) => row.invoiceId)).toEqual(["F1", "F3"]);
    expect(result.issues).toEqual([
      {
        row: 3,
        column: "Bedrag",
        value: "50.000.000.000.000,00",
        message:
          "Amount 50.000.000.000.000,00 is left out: together with the rows above it, the amounts of the ledger would add up to more than €90,071,992,547,409.91, beyond which they cannot be added up exactly to the cent. Check the largest amounts (a misplaced decimal separator?) or split the ledger.",
        messageNl:
          "Bedrag 50.000.000.000.000,00 is niet meegenomen: samen met de rijen erboven komen de bedragen van de lijst boven € 90.071.992.547.409,91, en daarboven zijn ze niet meer tot op de cent exact op te tellen. Controleer de grootste bedragen (een verkeerd decimaalteken?) of splits de lijst.",
        severity: "error",
      },
    ]);
    expect(result.control).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1 });
    expect(result.control.amount).toEqual({
      read: 5_000_000_000_010_000,
      accepted: 5_000_000_000_010_000,
      rejected: 0,
    });
  });

  it("an open amount that passes the range names the open-amount column", () => {
    const result = readLedger([
      ["Factuur", "Klant", "Bedrag", "Openstaand"],
      ["F1", "K", 10, 60_000_000_000_000],
      ["F2", "K", 10, 60_000_000_000_000],
    ]);
    expect(errors(result).map((i) => [i.row, i.column, i.value, i.messageNl.slice(0, 50)])).toEqual(
      [[3, "Openstaand", "60000000000000", "Openstaand bedrag 60000000000000 is niet meegenome"]]
    );
  });

  it("negative amounts count too: credit notes of -€ 50 trillion cannot hide a positive one", () => {
    const result = readLedger([
      ["Factuur", "Klant", "Bedrag"],
      ["F1", "K", 50_000_000_000_000],
      ["C1", "K", -50_000_000_000_000],
    ]);
    expect(errors(result).map((i) => [i.row, i.column])).toEqual([[3, "Bedrag"]]);
  });

  it("property: any amounts read without a raw error, and accepted + rejected = read", () => {
    const huge = fc.oneof(
      fc.integer({ min: -9e13, max: 9e13 }),
      fc.double({ noNaN: true }),
      fc.constantFrom(45_035_996_273_704.96, -45_035_996_273_704.96, 1e15, 9e15, "1e400")
    );
    let acceptedRows = 0;
    let leftOut = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(huge, huge), { maxLength: 12 }), (amounts) => {
        const rows: unknown[][] = [["Factuur", "Klant", "Bedrag", "Openstaand"]];
        amounts.forEach(([amount, open], i) => rows.push([`F${i}`, "K", amount, open]));
        const { control, ledger, issues } = readLedger(rows);
        const accepted = ledgerRows(ledger);
        acceptedRows += accepted.length;
        leftOut += issues.filter((issue) => issue.message.includes("is left out")).length;
        let sum = 0;
        let abs = 0;
        for (const row of accepted) {
          sum += row.amount;
          abs += Math.abs(row.amount);
        }
        expect(Number.isSafeInteger(abs)).toBe(true);
        expect(control.amount.accepted).toBe(sum);
        expect(control.amount.read).toBe(control.amount.accepted + control.amount.rejected);
        expect(control.rowsRead).toBe(control.accepted + control.rejected);
        for (const issue of issues) expect(issue.messageNl).not.toBe("");
      }),
      { numRuns: 300 }
    );
    // Not vacuous: rows were accepted, and some were left out for the sum.
    expect(acceptedRows).toBeGreaterThan(100);
    expect(leftOut).toBeGreaterThan(0);
  });
});
