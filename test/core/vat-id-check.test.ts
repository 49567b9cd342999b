import { checkVatId, passesRsinTest, mod97 } from "../../src/core";

describe("checkVatId", () => {
  it("accepts NL004495445B01 by the 11-proef", () => {
    // 0·9 + 0·8 + 4·7 + 4·6 + 9·5 + 5·4 + 4·3 + 4·2 − 5 = 132 = 12 · 11
    expect(passesRsinTest("004495445")).toBe(true);
    expect(checkVatId("NL004495445B01")).toEqual({ ok: true, value: "NL004495445B01" });
  });

  it("accepts NL002455799B11 by mod 97 (a sole trader's btw-id since 2020)", () => {
    expect(passesRsinTest("002455799")).toBe(false);
    expect(mod97("NL002455799B11")).toBe(1);
    expect(checkVatId("NL002455799B11")).toEqual({ ok: true, value: "NL002455799B11" });
  });

  it("rejects NL123456789B90: it fails both checks", () => {
    expect(passesRsinTest("123456789")).toBe(false);
    expect(mod97("NL123456789B90")).not.toBe(1);
    const result = checkVatId("NL123456789B90");
    expect(result).toMatchObject({ ok: false, code: "vat.checksum" });
    if (!result.ok) expect(result.reason.nl).toMatch(/elfproef/);
  });

  it("normalises spaces, dots and case; rejects the wrong shape", () => {
    expect(checkVatId("nl 0044.95.445 b01")).toEqual({ ok: true, value: "NL004495445B01" });
    expect(checkVatId("NL00449544B01")).toMatchObject({ ok: false, code: "vat.format" });
    expect(checkVatId("BE0123456789")).toMatchObject({ ok: false, code: "vat.format" });
    expect(checkVatId("")).toMatchObject({ ok: false, code: "vat.empty" });
  });
});
