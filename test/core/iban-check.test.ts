import { checkIban, mod97 } from "../../src/core";

describe("checkIban", () => {
  it("accepts NL91ABNA0417164300, with or without spaces and in lower case", () => {
    expect(checkIban("NL91ABNA0417164300")).toEqual({ ok: true, value: "NL91ABNA0417164300" });
    expect(checkIban("nl91 abna 0417 1643 00")).toEqual({ ok: true, value: "NL91ABNA0417164300" });
    expect(checkIban("BE68539007547034").ok).toBe(true); // another country
    expect(checkIban("DE89370400440532013000").ok).toBe(true);
  });

  it("rejects NL91ABNA0417164301: the check digits do not match", () => {
    const result = checkIban("NL91ABNA0417164301");
    expect(result).toMatchObject({ ok: false, code: "iban.checksum" });
    if (!result.ok) {
      expect(result.reason.nl).toContain("NL91ABNA0417164301");
      expect(result.reason.en).toMatch(/check digits/);
    }
  });

  it('rejects "NL56 3003 0A17 1643 00": letters and digits in the wrong places', () => {
    expect(checkIban("NL56 3003 0A17 1643 00")).toMatchObject({ ok: false, code: "iban.format" });
  });

  it("names wrong length, unknown country and empty input", () => {
    expect(checkIban("NL91ABNA041716430")).toMatchObject({ ok: false, code: "iban.length" });
    expect(checkIban("XX91ABNA0417164300")).toMatchObject({ ok: false, code: "iban.country" });
    expect(checkIban("  ")).toMatchObject({ ok: false, code: "iban.empty" });
  });

  it("mod97 reads letters as 10..35 and an IBAN rearranged leaves 1", () => {
    expect(mod97("A")).toBe(10);
    expect(mod97("Z")).toBe(35);
    expect(mod97("ABNA0417164300NL91")).toBe(1);
  });
});
