import fc from "fast-check";
import {
  amountNotationOf,
  detectNotation,
  parseAmount,
  type AmountResult,
  type Notation,
  cents,
  formatCents,
} from "../../src/core";

function centsOf(result: AmountResult): number {
  if (!result.ok) throw new Error(`expected an amount, got: ${result.reason.en}`);
  return result.cents;
}

function reasonOf(result: AmountResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.cents} cents`);
  return result.reason.en;
}

describe("parseAmount: numbers", () => {
  it.each<[number, number]>([
    [147703.18, 14770318],
    [1.005, 101],
    [-12.5, -1250],
    [0, 0],
    [0.1 + 0.2, 30],
  ])("%p -> %p cents", (value, expected) => {
    expect(centsOf(parseAmount(value))).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [1e20]])(
    "rejects %p with a reason naming it",
    (value) => {
      expect(reasonOf(parseAmount(value))).toContain(String(value));
    }
  );
});

describe("parseAmount: text forms", () => {
  it.each<[string, number]>([
    ["1.234,56", 123456],
    ["1,234.56", 123456],
    ["€ 1.234,56", 123456],
    ["€1,234.56", 123456],
    ["EUR 12", 1200],
    ["eur 12,50", 1250],
    ["12,50 EUR", 1250],
    ["12,50 €", 1250],
    ["EUR12", 1200],
    ["-12,50", -1250],
    ["(12,50)", -1250],
    ["(€ 12,50)", -1250],
    ["€ (12,50)", -1250],
    ["12,50-", -1250],
    ["1.234,56-", -123456],
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1\u202f234,56", 123456],
    ["1\u2009234,56", 123456],
    ["1 234 567.89", 123456789],
    ["€-12,50", -1250],
    ["-€ 12,50", -1250],
    ["-€12.50", -1250],
    ["€ -12,50", -1250],
    ["- 12,50", -1250],
    ["\u221212,50", -1250],
    ["+12", 1200],
    ["+12,50", 1250],
    ["12,-", 1200],
    ["12,--", 1200],
    ["€ 1.234,-", 123400],
    ["-", 0],
    ["€ -", 0],
    ["  12,50  ", 1250],
    ["12,5", 1250],
    ["12.5", 1250],
    [",50", 50],
    [".5", 50],
    ["0,01", 1],
    ["12", 1200],
    ["007", 700],
    ["1.234.567", 123456700],
    ["1,234,567", 123456700],
    ["1.234.567,89", 123456789],
    ["1,234,567.89", 123456789],
    ["12,5000", 1250],
    ["1234.00", 123400],
    ["1234,56", 123456],
    ["0.123".replace("3", "0"), 12],
    ["90.071.992.547.409,91", Number.MAX_SAFE_INTEGER],
  ])("%p -> %p cents", (text, expected) => {
    expect(centsOf(parseAmount(text))).toBe(expected);
  });
});

describe("parseAmount: ambiguity and notation", () => {
  it.each<[string, number, number]>([
    ["1.234", 123400, -1],
    ["1,234", -1, 123400],
    ["12,500", 1250, 1250000],
    ["-1.234", -123400, -1],
    ["€ 123.456", 12345600, -1],
    ["(1,000)", -100, -100000],
  ])("%p reads as nl %p / en %p cents (-1 = rejected)", (text, nl, en) => {
    expect(reasonOf(parseAmount(text))).toContain("ambiguous");
    const asNl = parseAmount(text, "nl");
    const asEn = parseAmount(text, "en");
    if (nl === -1) expect(reasonOf(asNl)).toContain("more than two decimals");
    else expect(centsOf(asNl)).toBe(nl);
    if (en === -1) expect(reasonOf(asEn)).toContain("more than two decimals");
    else expect(centsOf(asEn)).toBe(en);
  });

  it("names the value and both readings when ambiguous", () => {
    const reason = reasonOf(parseAmount("1.234"));
    expect(reason).toContain('"1.234"');
    expect(reason).toContain("1234 euros");
    expect(reason).toContain("Dutch");
    expect(reason).toContain("English");
  });

  it("lets unambiguous text decide itself whatever the column notation says", () => {
    expect(centsOf(parseAmount("12,50", "en"))).toBe(1250);
    expect(centsOf(parseAmount("12.50", "nl"))).toBe(1250);
    expect(centsOf(parseAmount("1,234.56", "nl"))).toBe(123456);
    expect(centsOf(parseAmount("1.234.567", "en"))).toBe(123456700);
  });
});

describe("parseAmount: errors", () => {
  it.each<[unknown, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", '"abc" is not an amount'],
    ["12,3456", "more than two decimals"],
    ["0,005", "more than two decimals"],
    ["1.23.4", "not an amount"],
    ["1.2345,6", "not an amount"],
    ["1,23,456.00", "not an amount"],
    ["12 34", "not an amount"],
    ["12,", "not an amount"],
    ["1.234,56.78", "not an amount"],
    ["1'234.56", "not an amount"],
    ["--12", "more than one sign"],
    ["-12,50-", "more than one sign"],
    ["(-12)", "more than one sign"],
    ["+-12", "more than one sign"],
    ["€ 12 EUR", "currency more than once"],
    ["USD 12", "USD"],
    ["12,50 GBP", "GBP"],
    ["€", "no digits"],
    ["()", "no digits"],
    ["#N/A", "Excel error"],
    ["#VALUE!", "Excel error"],
    ["1e5", "not an amount"],
    [true, "yes/no"],
    [false, "yes/no"],
    [null, "empty"],
    [undefined, "empty"],
    [new Date(Date.UTC(2026, 0, 1)), "date"],
    [{}, "not an amount"],
  ])("rejects %p (%s)", (value, fragment) => {
    expect(reasonOf(parseAmount(value))).toContain(fragment);
  });

  it("names the text value in the reason", () => {
    expect(reasonOf(parseAmount("12,3456"))).toContain('"12,3456"');
    expect(reasonOf(parseAmount("#N/A"))).toContain('"#N/A"');
    expect(reasonOf(parseAmount(true))).toContain("true");
  });
});

/** Writes cents in one of the many ways exports do, for round-trip properties. */
function writeAmount(
  c: number,
  notation: Notation,
  style: { group: string; currency: string; negative: string; space: boolean }
): string {
  const [groupChar, decimal] = notation === "nl" ? [".", ","] : [",", "."];
  const abs = Math.abs(c);
  const euros = String(Math.floor(abs / 100));
  const group = style.group === "sep" ? groupChar : style.group;
  const whole = group === "" ? euros : euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  let text = `${whole}${decimal}${String(abs % 100).padStart(2, "0")}`;
  const gap = style.space ? " " : "";
  if (style.currency === "€ prefix") text = `€${gap}${text}`;
  if (style.currency === "EUR prefix") text = `EUR ${text}`;
  if (style.currency === "€ suffix") text = `${text}${gap}€`;
  if (c < 0) {
    if (style.negative === "-") text = `-${text}`;
    if (style.negative === "()") text = `(${text})`;
    if (style.negative === "trailing") text = `${text}-`;
  }
  return text;
}

const styles = fc.record({
  group: fc.constantFrom("", "sep", " ", "\u00a0", "\u202f"),
  currency: fc.constantFrom("none", "€ prefix", "EUR prefix", "€ suffix"),
  negative: fc.constantFrom("-", "()", "trailing"),
  space: fc.boolean(),
});
const notations = fc.constantFrom<Notation>("nl", "en");
const wideCents = fc.integer({ min: -1e13, max: 1e13 });

describe("parseAmount: properties", () => {
  it("round-trips formatted cents in both notations and every style", () => {
    fc.assert(
      fc.property(wideCents, notations, styles, (c, notation, style) => {
        const text = writeAmount(c, notation, style);
        const result = parseAmount(text, notation);
        return result.ok && result.cents === c;
      }),
      { numRuns: 5000 }
    );
  });

  it("needs no notation for 2-decimal text: the decimals show it", () => {
    fc.assert(
      fc.property(wideCents, notations, styles, (c, notation, style) => {
        const text = writeAmount(c, notation, style);
        const result = parseAmount(text);
        return result.ok && result.cents === c && amountNotationOf(text) === notation;
      }),
      { numRuns: 3000 }
    );
  });

  it("round-trips formatCents output", () => {
    fc.assert(
      fc.property(wideCents, notations, (c, locale) => {
        const result = parseAmount(formatCents(cents(c), locale), locale);
        return result.ok && result.cents === c;
      })
    );
  });

  it("round-trips whole-euro amounts with thousands separators given the notation", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), notations, (euros, notation) => {
        const group = notation === "nl" ? "." : ",";
        const text = `${euros < 0 ? "-" : ""}${String(Math.abs(euros)).replace(/\B(?=(\d{3})+(?!\d))/g, group)}`;
        const result = parseAmount(text, notation);
        return result.ok && result.cents === euros * 100;
      })
    );
  });

  it("reads numbers as centsFromEuros would", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => {
        const result = parseAmount(c / 100);
        return result.ok && result.cents === c;
      })
    );
  });
});

describe("amountNotationOf", () => {
  it.each<[string, string]>([
    ["1.234,56", "nl"],
    ["12,50", "nl"],
    ["1.234.567", "nl"],
    ["12,-", "nl"],
    ["1,234.56", "en"],
    ["12.5", "en"],
    ["1,234,567", "en"],
    ["0.123", "en"],
    ["1234.567", "en"],
    ["1.234", "ambiguous"],
    ["1,234", "ambiguous"],
    ["-€ 999,999", "ambiguous"],
    ["12", "none"],
    ["1 234", "none"],
    ["12,000", "ambiguous"],
    ["12.000,00", "nl"],
    ["-", "none"],
    ["abc", "none"],
    ["", "none"],
    ["1.23.4", "none"],
  ])("%p -> %p", (text, expected) => {
    expect(amountNotationOf(text)).toBe(expected);
  });
});

describe("detectNotation", () => {
  it("lets a column's unambiguous values settle it", () => {
    expect(detectNotation(["1.234", "12,50", "7"])).toEqual({
      notation: "nl",
      conflicting: false,
      ambiguousCount: 1,
    });
    expect(detectNotation(["1,234", "55.94", 12.5])).toEqual({
      notation: "en",
      conflicting: false,
      ambiguousCount: 1,
    });
  });

  it("reports no notation when only ambiguous or neutral text is present", () => {
    expect(detectNotation(["1.234", "2.345", "12"])).toEqual({
      notation: null,
      conflicting: false,
      ambiguousCount: 2,
    });
    expect(detectNotation([])).toEqual({ notation: null, conflicting: false, ambiguousCount: 0 });
  });

  it("ignores numbers, booleans, blanks and Dates as evidence", () => {
    expect(detectNotation([1.5, true, null, undefined, new Date(0), "1.234"])).toEqual({
      notation: null,
      conflicting: false,
      ambiguousCount: 1,
    });
  });

  it("takes the majority on conflicting evidence and says so", () => {
    expect(detectNotation(["12,50", "13,50", "14.50"])).toEqual({
      notation: "nl",
      conflicting: true,
      ambiguousCount: 0,
    });
    expect(detectNotation(["12,50", "14.50", "1.50"])).toEqual({
      notation: "en",
      conflicting: true,
      ambiguousCount: 0,
    });
    expect(detectNotation(["12,50", "14.50"])).toEqual({
      notation: null,
      conflicting: true,
      ambiguousCount: 0,
    });
  });

  it("settles every ambiguous value of a formatted column", () => {
    fc.assert(
      fc.property(
        fc.array(wideCents, { minLength: 1, maxLength: 30 }),
        notations,
        (values, notation) => {
          const column = values.map((c) => formatCents(cents(c), notation));
          const detected = detectNotation(column);
          return detected.notation === notation && !detected.conflicting;
        }
      )
    );
  });
});
