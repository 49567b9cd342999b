import { detectFileKind, LedgerFileError } from "../../src/formats";

const text = new TextEncoder().encode("Factuur;Bedrag\n1;2\n");
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe("detectFileKind", () => {
  it("reads .csv, .txt, .tsv and unknown extensions with text content as CSV", () => {
    for (const name of ["a.csv", "a.TXT", "a.tsv", "export", "a.dat"])
      expect(detectFileKind(name, text)).toBe("csv");
  });

  it("reads zip content as XLSX, whatever the extension says", () => {
    for (const name of ["a.xlsx", "a.XLSM", "a.csv", "download"])
      expect(detectFileKind(name, zip)).toBe("xlsx");
  });

  it("lets an explicit kind win", () => {
    expect(detectFileKind("a.xlsx", text, "csv")).toBe("csv");
    expect(detectFileKind("a.csv", text, "xlsx")).toBe("xlsx");
  });

  it("refuses an old binary .xls with advice to save as .xlsx or CSV", () => {
    expect(() => detectFileKind("oud.xls", ole2)).toThrow(LedgerFileError);
    expect(() => detectFileKind("oud.xls", ole2)).toThrow(
      "oud.xls is an old Excel 97-2003 workbook (.xls), which Openstaand cannot read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then try again."
    );
  });

  it("reads a '.xls' export that is really CSV text as CSV, and refuses one that is HTML", () => {
    expect(detectFileKind("export.xls", text)).toBe("csv");
    const html = new TextEncoder().encode("\uFEFF  <html><body><table><tr><td>1</td></tr></table>");
    expect(() => detectFileKind("export.xls", html)).toThrow(/export\.xls is a web page \(HTML\)/);
  });

  it("recognises a password-protected workbook (OLE2 content named .xlsx)", () => {
    expect(() => detectFileKind("geheim.xlsx", ole2)).toThrow(/geheim\.xlsx is password-protected/);
  });

  it("refuses .xlsx named text, .ods, .numbers and .xlsb", () => {
    expect(() => detectFileKind("nep.xlsx", text)).toThrow(
      /nep\.xlsx is not a valid Excel workbook/
    );
    for (const name of ["a.ods", "a.numbers", "a.xlsb"])
      expect(() => detectFileKind(name, zip)).toThrow(name);
  });
});

describe("file errors in Dutch", () => {
  const dutchOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(LedgerFileError);
      return (error as LedgerFileError).messageNl;
    }
    throw new Error("no error");
  };

  it("name the file, what is wrong and what to do", () => {
    expect(dutchOf(() => detectFileKind("oud.xls", ole2))).toBe(
      "oud.xls is een oude Excel 97-2003-werkmap (.xls); die kan Openstaand niet lezen. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en probeer het opnieuw."
    );
    expect(dutchOf(() => detectFileKind("geheim.xlsx", ole2))).toBe(
      "geheim.xlsx is met een wachtwoord beveiligd (versleuteld) en daardoor niet te lezen. Haal het wachtwoord er in Excel af en probeer het opnieuw."
    );
    expect(dutchOf(() => detectFileKind("lijst.ods", new Uint8Array([1])))).toMatch(
      /^lijst\.ods is een \.ods-bestand; dat kan Openstaand niet lezen\./
    );
  });
});
