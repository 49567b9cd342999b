/**
 * The Dutch texts of the ledger reader: exact `messageNl` for the issues a controller meets most
 * (empty or bad amount, bad date, Excel error, duplicate invoice, subtotal row), the Dutch message of
 * a LedgerError, and the checker that the messy-input suite runs on every issue (dutch-twin.ts).
 */
import { LedgerError, readLedger, type LedgerIssue } from "../../src/ledger";
import { expectDutchTwin, factsOf } from "./dutch-twin";

const HEADER = ["Factuurnummer", "Debiteur", "Naam", "Vervaldatum", "Bedrag", "Openstaand"];
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** The issues of a sheet with the Dutch header and `rows`. */
function issuesOf(...rows: unknown[][]): LedgerIssue[] {
  return readLedger([HEADER, ...rows]).issues;
}

/** The [message, messageNl] pairs of the issues of `rows`. */
function textsOf(...rows: unknown[][]): [string, string][] {
  return issuesOf(...rows).map((issue) => [issue.message, issue.messageNl]);
}

/** The LedgerError `fn` throws. */
function ledgerErrorOf(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error("expected a LedgerError");
}

describe("LedgerIssue.messageNl: the common cases word for word", () => {
  it("an empty amount", () => {
    expect(textsOf(["F1", "D1", "Jansen", utc(2025, 1, 31), null, 10])).toEqual([
      ["Amount is empty.", "Factuurbedrag is leeg."],
    ]);
  });

  it("an amount that is no number", () => {
    expect(textsOf(["F1", "D1", "Jansen", utc(2025, 1, 31), "12,3,4", 10])).toEqual([
      [
        'Amount: "12,3,4" is not an amount: its separators fit neither 1.234,56 nor 1,234.56.',
        'Factuurbedrag: "12,3,4" is geen bedrag: de scheidingstekens passen niet bij 1.234,56 en niet bij 1,234.56.',
      ],
    ]);
  });

  it("an Excel error in the amount", () => {
    expect(textsOf(["F1", "D1", "Jansen", utc(2025, 1, 31), "#N/A", 10])).toEqual([
      [
        "Amount is the Excel error #N/A, not an amount.",
        "Factuurbedrag bevat de Excel-foutwaarde #N/A, geen bedrag.",
      ],
    ]);
  });

  it("a due date that is no date, and one whose day order is undecidable", () => {
    expect(textsOf(["F1", "D1", "Jansen", "binnenkort", 10, 10])[0]).toEqual([
      'Due date: "binnenkort" is not a date this reader knows (e.g. 2026-11-22, 22-11-2026, 22 nov 2026).',
      'Vervaldatum: "binnenkort" is geen datum in een vorm die deze lezer kent (bijv. 2026-11-22, 22-11-2026, 22 nov 2026).',
    ]);
    expect(textsOf(["F1", "D1", "Jansen", "01/02/2025", 10, 10])[0]?.[1]).toBe(
      'Vervaldatum: "01/02/2025" is dubbelzinnig: 1 februari of 2 januari? Geen andere datum in de ' +
        "kolom laat zien of de dag of de maand voorop staat. Geef de volgorde van dag en maand op " +
        "(dmy of mdy) om de datum te lezen."
    );
  });

  it("Excel's fictitious 1900-02-29 and an empty due date", () => {
    expect(textsOf(["F1", "D1", "Jansen", 60, 10, 10])[0]?.[1]).toBe(
      "Vervaldatum: Datumgetal 60 staat in Excel voor 29 februari 1900, een dag die nooit heeft bestaan."
    );
    expect(textsOf(["F1", "D1", "Jansen", null, 10, 10])).toEqual([
      [
        "Due date is empty, so the invoice cannot be aged.",
        "Vervaldatum is leeg, dus de factuur telt niet mee in de ouderdomsanalyse.",
      ],
    ]);
  });

  it("a duplicate invoice number", () => {
    const issues = issuesOf(
      ["F1", "D1", "Jansen", utc(2025, 1, 31), 10, 10],
      ["F1", "D2", "Smit", utc(2025, 1, 31), 20, 20]
    );
    expect(issues).toEqual([
      {
        row: 3,
        column: "Factuurnummer",
        value: "F1",
        message: 'Invoice number "F1" also appears on row 2; both rows are kept.',
        messageNl: 'Factuurnummer "F1" komt ook voor op rij 2; beide rijen zijn meegenomen.',
        severity: "warning",
      },
    ]);
  });

  it("a totals row, with its amount in Dutch notation, that adds up and one that does not", () => {
    expect(
      textsOf(
        ["F1", "D1", "Jansen", utc(2025, 1, 31), 1234.56, 1234.56],
        [null, "Totaal", null, null, 1234.56, 1234.56]
      )
    ).toEqual([
      [
        'Totals row "Totaal" is not an invoice; it is left out of every figure. Its amount €1,234.56 equals the sum of the row above it.',
        'Totaalregel "Totaal" is geen factuur en telt nergens mee. Het bedrag van € 1.234,56 is gelijk aan de som van de regel erboven.',
      ],
    ]);
    expect(
      textsOf(
        ["F1", "D1", "Jansen", utc(2025, 1, 31), 1234.56, 1234.56],
        ["F2", "D1", "Jansen", utc(2025, 1, 31), 100, 100],
        [null, "Eindtotaal", null, null, 1234.56, 1334.56]
      )
    ).toEqual([
      [
        'Totals row "Eindtotaal" is not an invoice; it is left out of every figure. Its amount €1,234.56 does not equal the sum of the rows above it (€1,334.56): check that the export is complete and that every row was read.',
        'Totaalregel "Eindtotaal" is geen factuur en telt nergens mee. Het bedrag van € 1.234,56 wijkt af van de som van de regels erboven (€ 1.334,56): controleer of de export volledig is en of elke regel is gelezen.',
      ],
    ]);
  });

  it("an open amount above the invoice amount, and a missing invoice number", () => {
    expect(textsOf(["F1", "D1", "Jansen", utc(2025, 1, 31), 100, 150])[0]?.[1]).toBe(
      "Openstaand bedrag € 150,00 is hoger dan het factuurbedrag € 100,00."
    );
    expect(textsOf([null, "D1", "Jansen", utc(2025, 1, 31), 100, 100])[0]?.[1]).toBe(
      "Factuurnummer is leeg; de rij kan niet als factuur worden gelezen."
    );
  });

  it("an amount cell holding a date or a yes/no value, described the Dutch way", () => {
    const texts = textsOf(
      ["F1", "D1", "Jansen", utc(2025, 1, 31), utc(2025, 3, 1), 10],
      ["F2", "D1", "Jansen", utc(2025, 1, 31), true, 10]
    ).map(([, nl]) => nl);
    expect(texts).toEqual([
      "Factuurbedrag: de datum 1 maart 2025 is een datum, geen bedrag.",
      "Factuurbedrag: WAAR is een ja/nee-waarde, geen bedrag.",
    ]);
  });

  it("a Date cell before the year 1000 is an issue, not a failed read", () => {
    const early = new Date(Date.UTC(2025, 0, 31));
    early.setUTCFullYear(900);
    const result = readLedger([HEADER, ["F1", "D1", "Jansen", early, 10, 10]]);
    expect(result.control).toMatchObject({ rowsRead: 1, rejected: 1 });
    expect(result.issues.map((issue) => [issue.message, issue.messageNl])).toEqual([
      [
        expect.stringMatching(
          /^Due date: Epoch day -\d+ falls in the year 900, outside 1000-9999\.$/
        ),
        expect.stringMatching(
          /^Vervaldatum: Dag -\d+ \(geteld vanaf 1 januari 1970\) valt in het jaar 900, buiten 1000-9999\.$/
        ),
      ],
    ]);
  });

  it("a serial past the year 9999", () => {
    const issues = issuesOf(["F1", "D1", "Jansen", 1e7, 10, 10]);
    expect(issues.map((issue) => issue.messageNl)).toEqual([
      "Vervaldatum: Dag 9974431 (geteld vanaf 1 januari 1970) valt in het jaar 29279, buiten 1000-9999.",
    ]);
    expect(issues[0]?.message).toBe(
      "Due date: Epoch day 9974431 falls in the year 29279, outside 1000-9999."
    );
  });
});

describe("LedgerError.messageNl", () => {
  it("names the missing columns by their Dutch labels and the headers found", () => {
    const error = ledgerErrorOf(() => readLedger([["Factuurnummer", "Vervaldatum", "Klant"]]));
    expect(error.message).toMatch(/has no column for Amount/);
    expect(error.messageNl).toBe(
      'De kopregel (rij 1) heeft geen kolom voor Factuurbedrag. Gevonden kolomkoppen: "Factuurnummer", ' +
        '"Vervaldatum", "Klant". Geef de kolom een herkenbare naam of wijs hem toe in de kolomindeling.'
    );
  });

  it("says in Dutch that no header was found, and that the sheet is empty", () => {
    expect(ledgerErrorOf(() => readLedger([[1, 2, 3]])).messageNl).toBe(
      "Geen kopregel gevonden in de eerste 30 rijen: verwacht werden kolomnamen zoals " +
        "Factuurnummer / Invoice number, Debiteur / Customer en Bedrag / Amount; de eerste gevulde " +
        'rij bevat "1", "2", "3". Pas de kolomkoppen aan, of geef de kopregel en een kolomindeling op.'
    );
    expect(ledgerErrorOf(() => readLedger([])).messageNl).toMatch(/\(het blad is leeg\)\./);
  });

  it("gives every other LedgerError of the reader a Dutch text", () => {
    const sheet = [HEADER, ["F1", "D1", "Jansen", null, 10, 10]];
    const cases: [() => unknown, RegExp][] = [
      [
        () => readLedger(sheet, { headerRow: 40 }),
        /^Kopregel 40 ligt buiten het blad \(rijen 1-2\)\.$/,
      ],
      [
        () => readLedger(sheet, { mapping: { amount: "Bedragen totaal" } }),
        /^De kolomindeling voor Factuurbedrag noemt kolom "Bedragen totaal", maar dat is geen kolomkop/,
      ],
      [
        () => readLedger(sheet, { asOf: "31-12-2025" as never, dayOrder: "ymd" as never }),
        /^Ongeldige opties voor het lezen: asOf moet een dag zijn in de vorm JJJJ-MM-DD; dayOrder moet dmy of mdy zijn\.$/,
      ],
      [
        () => readLedger(sheet, { colour: "red" } as never),
        /^Ongeldige opties voor het lezen: onbekende optie "colour"\.$/,
      ],
      [
        () => readLedger(sheet, { headerRow: 2, firstRow: 3 }),
        /^Ongeldige opties voor het lezen: kopregel \(headerRow\) 2 ligt boven de eerste rij 3\.$/,
      ],
      [
        () => readLedger("abc" as never),
        /^De waarden van het blad moeten een lijst van rijen zijn\.$/,
      ],
    ];
    for (const [fn, dutch] of cases) {
      const error = ledgerErrorOf(fn);
      expect([error.message, error.messageNl]).toEqual([
        error.message,
        expect.stringMatching(dutch),
      ]);
    }
  });
});

describe("expectDutchTwin (the check the messy-input suite runs on every issue)", () => {
  const issue: LedgerIssue = {
    row: 7,
    column: "Bedrag",
    value: "12,3,4",
    message: 'Amount "12,3,4" on row 12 is €1,234.56, not 2025-02-01 (USD, #N/A).',
    messageNl: 'Factuurbedrag "12,3,4" op rij 12 is € 1.234,56, niet 1 februari 2025 (USD, #N/A).',
    severity: "error",
  };

  it("finds the facts of an English message", () => {
    expect(factsOf(issue.message).map((fact) => fact.english)).toEqual([
      '"12,3,4"',
      "2025-02-01",
      "#N/A",
      "USD",
    ]);
  });

  it("accepts a faithful Dutch twin", () => {
    expect(() => expectDutchTwin(issue)).not.toThrow();
  });

  it.each<[string, string]>([
    ["the English text itself", issue.message],
    ["an empty text", ""],
    ["a lost quoted value", issue.messageNl.replace('"12,3,4"', "dit")],
    ["a wrong row number", issue.messageNl.replace("rij 12", "rij 13")],
    ["a wrong amount", issue.messageNl.replace("1.234,56", "1.234,50")],
    ["a lost day", issue.messageNl.replace("1 februari 2025", "een dag")],
    ["a lost currency code", issue.messageNl.replace("USD", "dollar")],
    ["a lost Excel error", issue.messageNl.replace("#N/A", "een fout")],
    [
      "English words",
      'Factuurbedrag "12,3,4" on row 12 is € 1.234,56, not 1 februari 2025 (USD, #N/A).',
    ],
  ])("rejects %s", (_, messageNl) => {
    expect(() => expectDutchTwin({ ...issue, messageNl })).toThrow();
  });
});
