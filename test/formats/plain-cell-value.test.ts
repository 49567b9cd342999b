import { plainCellValue } from "../../src/formats";

describe("plainCellValue", () => {
  it("passes plain values and Dates through; blank is null", () => {
    const date = new Date(Date.UTC(2026, 10, 20));
    expect([
      plainCellValue(12.5),
      plainCellValue("x"),
      plainCellValue(true),
      plainCellValue(date),
    ]).toEqual([12.5, "x", true, date]);
    expect([plainCellValue(null), plainCellValue(undefined)]).toEqual([null, null]);
  });

  it("reads rich text as its plain text", () => {
    expect(
      plainCellValue({ richText: [{ text: "Jansen " }, { font: { bold: true }, text: "B.V." }] })
    ).toBe("Jansen B.V.");
  });

  it("reads a formula as its cached result, an error result as its code, no result as blank", () => {
    expect(plainCellValue({ formula: "A1*2", result: 24.5 })).toBe(24.5);
    expect(plainCellValue({ sharedFormula: "B2", result: "ok" })).toBe("ok");
    expect(plainCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(plainCellValue({ formula: "NOW()" })).toBeNull();
  });

  it("reads errors as their code and hyperlinks as their text", () => {
    expect(plainCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(plainCellValue({ text: "info@jansen.nl", hyperlink: "mailto:info@jansen.nl" })).toBe(
      "info@jansen.nl"
    );
    expect(
      plainCellValue({ text: { richText: [{ text: "site" }] }, hyperlink: "https://x.nl" })
    ).toBe("site");
  });

  it("never yields [object Object] for an unknown shape", () => {
    expect(plainCellValue({ weird: 1 })).toBe('{"weird":1}');
  });
});
