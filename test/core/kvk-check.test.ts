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
    expect(checkKvk("")).toMatchObject({ ok: false, code: "kvk.empty" });
  });

  it("recognises a 12-digit vestigingsnummer as a branch number, not a KvK number", () => {
    expect(checkKvk("000012345678")).toMatchObject({ ok: false, code: "kvk.branch-number" });
    expect(checkBranchNumber("000012345678")).toEqual({ ok: true, value: "000012345678" });
    expect(checkBranchNumber("12345678").ok).toBe(false);
  });
});
