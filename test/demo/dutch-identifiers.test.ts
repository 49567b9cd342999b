import {
  completeElfproef,
  completeRsin,
  ibanCheckDigits,
  isValidDutchIban,
  isValidDutchVatId,
  isValidKvk,
  passesElfproef,
  soleTraderVatSuffix,
} from "../../src/demo";
import { mod97, passesRsinTest } from "../../src/core";

describe("Dutch identifier check digits", () => {
  it("computes IBAN check digits of the textbook example NL91 ABNA 0417 1643 00", () => {
    expect(ibanCheckDigits("NL", "ABNA0417164300")).toBe("91");
    expect(isValidDutchIban("NL91ABNA0417164300")).toBe(true);
    expect(isValidDutchIban("NL91 ABNA 0417 1643 00")).toBe(true);
  });

  it("rejects a changed digit, swapped digits, check digits 00 and a wrong shape", () => {
    expect(isValidDutchIban("NL91ABNA0417164301")).toBe(false);
    expect(isValidDutchIban("NL91ABNA0417163400")).toBe(false);
    expect(isValidDutchIban("NL00ABNA0417164300")).toBe(false);
    expect(isValidDutchIban("NL91ABNA041716430")).toBe(false);
    expect(isValidDutchIban("DE91ABNA0417164300")).toBe(false);
  });

  it("mod97 treats letters as 10..35", () => {
    expect(mod97("A")).toBe(10);
    expect(mod97("Z")).toBe(35);
    expect(mod97("97")).toBe(0);
  });

  it("elfproef: 0417164300 passes, completion always passes", () => {
    expect(passesElfproef("0417164300")).toBe(true);
    expect(passesElfproef("0417164301")).toBe(false);
    for (const nine of ["123456789", "987654321", "100000000", "555555555"]) {
      const account = completeElfproef(nine);
      if (account !== null) expect(passesElfproef(account)).toBe(true);
    }
  });

  it("btw-id: old style via the RSIN 11-test, new style via mod 97 (NL000099998B57)", () => {
    expect(passesRsinTest("123456782")).toBe(true);
    expect(isValidDutchVatId("NL123456782B01")).toBe(true);
    expect(isValidDutchVatId("NL000099998B57")).toBe(true);
    expect(soleTraderVatSuffix("000099998")).toBe("57");
    expect(isValidDutchVatId("NL000099998B58")).toBe(false);
    expect(isValidDutchVatId("NL123456783B01")).toBe(false);
    expect(isValidDutchVatId("NL12345678B01")).toBe(false);
    const rsin = completeRsin("12345678");
    expect(rsin === null || passesRsinTest(rsin)).toBe(true);
  });

  it("KvK numbers are 8 digits", () => {
    expect(isValidKvk("12345678")).toBe(true);
    expect(isValidKvk("1234567")).toBe(false);
    expect(isValidKvk("1234567a")).toBe(false);
  });
});
