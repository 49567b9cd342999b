import { checkBranchNumber, checkKvk } from "../../src/core";

describe("checkKvk", () => {
  it("accepts 12345678: 8 digits, there is no checksum", () => {
    expect(checkKvk("12345678")).toEqual({ ok: true, value: "12345678" });
    expect(checkKvk("1234 5678")).toEqual({ ok: true, value: "12345678" });
    expect(checkKvk("01234567")).toEqual({ ok: true, value: "01234567" });
  });

  it("rejects 1234567 and other shapes, with the reason", () => {
    const result = checkKvk("1234567");
    expect(result).toMatchObject({ ok: false, code: "kvk.format" });
    if (!result.ok) expect(result.reason.nl).toMatch(/precies 8 cijfers/);
    expect(checkKvk("1234567a")).toMatchObject({ ok: false, code: "kvk.format" });
    const other = checkKvk("123456789");
    if (!other.ok) expect(other.reason.nl).not.toMatch(/voorloopnul/);
    expect(checkKvk("")).toMatchObject({ ok: false, code: "kvk.empty" });
  });

  it("says that Excel probably dropped the leading zero of a 7-digit number", () => {
    // 01234567 in a number column reads as 1234567.
    for (const seven of ["1234567", "123 4567", "1.234.567"]) {
      const result = checkKvk(seven);
      expect(result).toMatchObject({ ok: false, code: "kvk.format" });
      if (result.ok) continue;
      expect(result.reason.nl).toContain("Excel heeft waarschijnlijk een voorloopnul weggelaten");
      expect(result.reason.nl).toContain("bedoeld is dan 01234567");
      expect(result.reason.en).toContain("Excel probably dropped a leading zero");
      expect(result.reason.nl).toContain(JSON.stringify(seven));
    }
    expect(checkKvk("01234567")).toEqual({ ok: true, value: "01234567" });
  });

  it("recognises a 12-digit vestigingsnummer as a branch number, not a KvK number", () => {
    expect(checkKvk("000012345678")).toMatchObject({ ok: false, code: "kvk.branch-number" });
    expect(checkBranchNumber("000012345678")).toEqual({ ok: true, value: "000012345678" });
    expect(checkBranchNumber("12345678").ok).toBe(false);
  });
});
