/**
 * The Dutch twins of core's reasons and errors that reach a person through the ledger reader:
 * parseAmount's and parseDayText's `reason.nl`, the `messageNl` of serialToDay's CoreErrors, and the
 * Dutch description of values they name.
 */
import {
  parseAmount,
  type AmountResult,
  assert,
  CoreError,
  parseDayText,
  type DayResult,
  describeValueNl,
  serialToDay,
  longDay,
} from "../../src/core";

function reasons(result: AmountResult | DayResult): [string, string] {
  if (result.ok) throw new Error("expected a failure");
  return [result.reason.en, result.reason.nl];
}

function coreError(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("expected a CoreError");
}

describe("describeValueNl and longDay", () => {
  it.each<[unknown, string]>([
    ["1.234", '"1.234"'],
    [12.5, "12,5"],
    [-0, "-0"],
    [true, "WAAR"],
    [false, "ONWAAR"],
    [undefined, "een lege waarde"],
    [new Date(Date.UTC(2025, 2, 1)), "de datum 1 maart 2025"],
    [new Date(Date.UTC(2025, 2, 1, 14, 30)), "de datum 1 maart 2025 14:30:00 (UTC)"],
    [new Date(Number.NaN), "een ongeldige datum"],
    [[1, 2], "een lijst van 2 waarden"],
  ])("describes %p as %p", (value, text) => {
    expect(describeValueNl(value)).toBe(text);
  });

  it("writes a day out in Dutch or English, also Excel's fictitious 1900-02-29", () => {
    expect(longDay("2026-11-22", "nl")).toBe("22 november 2026");
    expect(longDay("2026-03-01", "en")).toBe("1 March 2026");
    expect(longDay("1900-02-29", "nl")).toBe("29 februari 1900");
    expect(longDay("22-11-2026", "nl")).toBe("22-11-2026");
  });
});

describe("parseAmount: reason.nl", () => {
  it.each<[unknown, string]>([
    [
      "12,3,4",
      '"12,3,4" is geen bedrag: de scheidingstekens passen niet bij 1.234,56 en niet bij 1,234.56.',
    ],
    ["#N/A", '"#N/A" is een foutwaarde van Excel, geen bedrag.'],
    [
      "12,345",
      '"12,345" is dubbelzinnig: 12345 euro als "," de duizendtallen scheidt (Engelse notatie), of 12,345 euro als "," het decimaalteken is (Nederlandse notatie); geen ander bedrag in de kolom geeft de doorslag.',
    ],
    [
      "1,2345",
      '"1,2345" heeft meer dan twee decimalen (1,2345); een bedrag moet in hele centen zijn.',
    ],
    [
      "USD 12",
      '"USD 12" is in USD; alleen bedragen in euro (€, EUR of zonder valuta) zijn te lezen.',
    ],
    ["€ 12 EUR", '"€ 12 EUR" noemt de valuta meer dan één keer.'],
    ["-(12)", '"-(12)" bevat meer dan één plus- of minteken of paar haakjes.'],
    ["", '"" is leeg, geen bedrag.'],
    [true, "WAAR is een ja/nee-waarde, geen bedrag."],
    [null, "Een lege cel is geen bedrag."],
    [Number.POSITIVE_INFINITY, "Infinity is geen eindig bedrag."],
    [1e300, "1e+300 is te groot voor een bedrag in centen."],
  ])("%p", (value, dutch) => {
    const [english, nl] = reasons(parseAmount(value));
    expect(nl).toBe(dutch);
    expect(english).not.toBe(nl);
  });

  it("keeps the English reason as it was", () => {
    expect(reasons(parseAmount("12,3,4"))[0]).toBe(
      '"12,3,4" is not an amount: its separators fit neither 1.234,56 nor 1,234.56.'
    );
  });
});

describe("parseDayText: reason.nl", () => {
  it.each<[string, string]>([
    ["31-02-2025", '"31-02-2025" is geen datum: 31 februari 2025 bestaat niet.'],
    ["13/14/2025", '"13/14/2025" is geen datum: 13 en 14 kunnen geen van beide een maand zijn.'],
    [
      "22 brumaire 2025",
      '"22 brumaire 2025" is geen datum: "brumaire" is geen naam van een maand.',
    ],
    ["2025-13-01", '"2025-13-01" is geen datum: 13 is geen maand.'],
    [
      "binnenkort",
      '"binnenkort" is geen datum in een vorm die deze lezer kent (bijv. 2026-11-22, 22-11-2026, 22 nov 2026).',
    ],
    ["  ", '"  " is leeg, geen datum.'],
  ])("%p", (text, dutch) => {
    expect(reasons(parseDayText(text, "dmy"))[1]).toBe(dutch);
  });

  it("names both readings of an undecidable day with Dutch month names", () => {
    expect(reasons(parseDayText("05/06/2025"))).toEqual([
      '"05/06/2025" is ambiguous: 5 June or May 6? No other date in the column shows whether the day or the month comes first.',
      '"05/06/2025" is dubbelzinnig: 5 juni of 6 mei? Geen andere datum in de kolom laat zien of de dag of de maand voorop staat.',
    ]);
  });
});

describe("CoreError.messageNl", () => {
  it("serialToDay explains its refusals in Dutch too", () => {
    expect(coreError(() => serialToDay(60)).messageNl).toBe(
      "Datumgetal 60 staat in Excel voor 29 februari 1900, een dag die nooit heeft bestaan."
    );
    expect(coreError(() => serialToDay(-1.5)).messageNl).toBe(
      "-1,5 ligt vóór 1 januari 1900, de eerste dag van het 1900-datumsysteem."
    );
    expect(coreError(() => serialToDay(-1, 1904)).messageNl).toBe(
      "-1 ligt vóór 1 januari 1904, de eerste dag van het 1904-datumsysteem."
    );
    expect(coreError(() => serialToDay(Number.NaN)).messageNl).toBe(
      "NaN is geen Excel-datumgetal."
    );
    expect(coreError(() => serialToDay(1, 1901 as never)).messageNl).toBe(
      "1901 is geen datumsysteem van Excel (1900 of 1904)."
    );
  });

  it("assert builds the Dutch message only on failure, and leaves it undefined when not given", () => {
    let built = 0;
    const dutch = (): string => {
      built++;
      return "Fout.";
    };
    assert(true, "c", "Bad.", dutch);
    expect(built).toBe(0);
    const error = coreError(() => assert(false, "c", "Bad.", dutch));
    expect([error.message, error.messageNl, built]).toEqual(["Bad.", "Fout.", 1]);
    expect(coreError(() => assert(false, "c", "Bad.")).messageNl).toBeUndefined();
  });
});
