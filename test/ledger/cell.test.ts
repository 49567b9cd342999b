import { cellText, classifyCell, isBlankRow, isExcelError } from "../../src/ledger";

describe("classifyCell", () => {
  it("treats null, undefined, empty and whitespace (incl. NBSP) as blank", () => {
    for (const value of [null, undefined, "", "   ", "\u00a0", "\t\n"])
      expect(classifyCell(value)).toEqual({ kind: "blank" });
  });

  it("recognises Excel error values in English and Dutch, any case, trimmed", () => {
    expect(classifyCell(" #n/a ")).toEqual({ kind: "error", code: "#N/A" });
    expect(classifyCell("#WAARDE!")).toEqual({ kind: "error", code: "#WAARDE!" });
    expect(classifyCell("#GETTING_DATA")).toEqual({ kind: "error", code: "#GETTING_DATA" });
    expect(classifyCell("#1 klant")).toEqual({ kind: "text", text: "#1 klant" });
    expect(isExcelError("#SPILL!")).toBe(true);
    expect(isExcelError("#HASHTAG")).toBe(false);
  });

  it("keeps numbers, booleans and valid Dates; NaN and invalid Dates are errors", () => {
    expect(classifyCell(12.5)).toEqual({ kind: "number", value: 12.5 });
    expect(classifyCell(false)).toEqual({ kind: "boolean", value: false });
    const date = new Date(Date.UTC(2025, 0, 2));
    expect(classifyCell(date)).toEqual({ kind: "date", date });
    expect(classifyCell(Number.NaN).kind).toBe("error");
    expect(classifyCell(new Date("nonsense"))).toEqual({ kind: "error", code: "Invalid Date" });
  });

  it("unwraps exceljs values: formula results, rich text, hyperlinks, error objects", () => {
    expect(classifyCell({ formula: "A1*2", result: 4 })).toEqual({ kind: "number", value: 4 });
    expect(classifyCell({ formula: "A1*2" })).toEqual({ kind: "blank" });
    expect(classifyCell({ richText: [{ text: "Jan" }, { text: "sen" }] })).toEqual({
      kind: "text",
      text: "Jansen",
    });
    expect(classifyCell({ text: "mail", hyperlink: "mailto:a@b.nl" })).toEqual({
      kind: "text",
      text: "mail",
    });
    expect(classifyCell({ error: "#REF!" })).toEqual({ kind: "error", code: "#REF!" });
  });
});

describe("cellText", () => {
  it("renders raw values for issues", () => {
    expect(cellText("  12,3,4 ")).toBe("12,3,4");
    expect(cellText(1e21)).toBe("1e+21");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date("2025-03-30T23:30:00Z"))).toBe("2025-03-30");
    expect(cellText(undefined)).toBe("");
  });
});

describe("isBlankRow", () => {
  it("is true only when every cell is blank", () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, " ", undefined])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
    expect(isBlankRow(["#N/A"])).toBe(false);
  });
});
