/**
 * Real-shaped open-items exports of the packages a Dutch SME uses, written from their public
 * descriptions (test/fixtures/exports/): Exact Online, Twinfield, AFAS Profit, e-Boekhouden, the
 * "Factuurnr. / Vervalt / Saldo" report of a healthcare billing package, SnelStart, Moneybird,
 * King, Unit4 Multivers and Yuki. Each with its own notation, encoding (UTF-8 with BOM,
 * Windows-1252), delimiter, title rows and totals row, as the package writes them.
 *
 * Each must read without a manual mapping (and without the mapping dialog asking), keep the
 * customer names, leave the totals row out of every figure (reported as information with its
 * amount), and reconcile to the cent: the accepted rows add up to the totals row the file prints.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { readLedgerFile, type LedgerFileResult } from "../../src/formats";
import { ledgerRows } from "../../src/ledger";
import { mappingNeedOfRead } from "../../src/app";

const DIR = path.resolve(process.cwd(), "test/fixtures/exports");

async function readExport(file: string): Promise<LedgerFileResult> {
  return readLedgerFile(readFileSync(path.join(DIR, file)), file);
}

interface Expected {
  file: string;
  encoding: string;
  delimiter: string;
  headerRow: number;
  /** Field -> header as the package writes it. */
  columns: Record<string, string>;
  rows: number;
  /** The totals row as the file prints it (sheet row, amount and open in cents), or null. */
  totals: { row: number; amount: number; open: number } | null;
}

const EXPORTS: Expected[] = [
  {
    file: "exact-online-openstaande-posten.csv",
    encoding: "utf-8-bom",
    delimiter: ";",
    headerRow: 5,
    columns: {
      customerId: "Relatie",
      customerName: "Naam",
      invoiceId: "Onze ref.",
      reference: "Uw ref.",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Openstaand",
    },
    rows: 14,
    totals: { row: 20, amount: 7366924, open: 5997832 },
  },
  {
    file: "twinfield-openstaande-posten.csv",
    encoding: "windows-1252",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Relatie",
      customerName: "Naam",
      invoiceId: "Factuurnummer",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Openstaand bedrag",
      status: "Status",
    },
    rows: 12,
    totals: { row: 14, amount: 5820670, open: 3924659 },
  },
  {
    file: "afas-openstaande-posten.csv",
    encoding: "utf-8-bom",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Nummer debiteur",
      customerName: "Naam debiteur",
      invoiceId: "Factuurnummer",
      dueDate: "Vervaldatum",
      amount: "Factuurbedrag",
      openAmount: "Saldo",
      reminderStage: "Aanmaning",
      reminderDate: "Datum laatste aanmaning",
    },
    rows: 16,
    totals: { row: 18, amount: 6827258, open: 5932782 },
  },
  {
    file: "e-boekhouden-openstaande-posten.csv",
    encoding: "windows-1252",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Relatiecode",
      customerName: "Relatie",
      invoiceId: "Factuurnummer",
      invoiceDate: "Factuurdatum",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Openstaand",
      documentType: "Soort",
    },
    rows: 13,
    totals: { row: 15, amount: 5309551, open: 4597450 },
  },
  {
    file: "factuurnr-vervalt-saldo.csv",
    encoding: "windows-1252",
    delimiter: ";",
    headerRow: 4,
    columns: {
      invoiceId: "Factuurnr.",
      customerName: "Naam",
      customerId: "Deb.nr.",
      invoiceDate: "Boekstuk",
      dueDate: "Vervalt",
      amount: "Factuur",
      openAmount: "Saldo",
      status: "Factuurstatus",
    },
    rows: 18,
    totals: { row: 23, amount: 505074, open: 501074 },
  },
  {
    file: "snelstart-openstaande-posten.csv",
    encoding: "windows-1252",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Relatiecode",
      customerName: "Naam",
      invoiceId: "Factuurnummer",
      dueDate: "Vervaldatum",
      amount: "Factuurbedrag",
      openAmount: "Openstaand",
    },
    rows: 11,
    totals: { row: 13, amount: 5716322, open: 4033450 },
  },
  {
    file: "moneybird-facturen.csv",
    encoding: "utf-8",
    delimiter: ",",
    headerRow: 1,
    columns: {
      invoiceId: "Factuurnummer",
      customerName: "Contact",
      customerId: "Klantnummer",
      dueDate: "Vervaldatum",
      amount: "Totaalbedrag incl. btw",
      openAmount: "Openstaand bedrag",
    },
    rows: 10,
    totals: null,
  },
  {
    file: "king-openstaande-posten.csv",
    encoding: "windows-1252",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Debiteurnummer",
      customerName: "Naam",
      invoiceId: "Factuurnummer",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Openstaand",
    },
    rows: 12,
    // An unlabelled sum row: taken for a totals row because it is the sum of the rows above.
    totals: { row: 14, amount: 5439837, open: 4391760 },
  },
  {
    file: "multivers-openstaande-posten.csv",
    encoding: "utf-8-bom",
    delimiter: ";",
    headerRow: 1,
    columns: {
      customerId: "Klant",
      customerName: "Naam",
      invoiceId: "Factuur",
      invoiceDate: "Datum",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      openAmount: "Restant",
    },
    rows: 12,
    totals: { row: 14, amount: 6111495, open: 5604387 },
  },
  {
    file: "yuki-openstaande-posten.csv",
    encoding: "utf-8",
    delimiter: ",",
    headerRow: 1,
    columns: {
      customerName: "Contact",
      customerId: "Contact code",
      invoiceId: "Document",
      invoiceDate: "Date",
      dueDate: "Due date",
      amount: "Amount",
      openAmount: "Outstanding",
    },
    rows: 12,
    totals: { row: 14, amount: 6003401, open: 5229029 },
  },
];

describe.each(EXPORTS)("$file", (expected) => {
  let result: LedgerFileResult;
  beforeAll(async () => {
    result = await readExport(expected.file);
  });

  it("reads without a mapping: its columns, header row, encoding and delimiter", () => {
    expect(result.encoding).toBe(expected.encoding);
    expect(result.delimiter).toBe(expected.delimiter);
    expect(result.headerRow).toBe(expected.headerRow);
    const mapped = Object.fromEntries(result.columns.map((c) => [c.field, c.header]));
    expect(mapped).toMatchObject(expected.columns);
    // The pane would not ask either: every required column is sure (by name or by its values).
    expect(mappingNeedOfRead(result, {})).toBeNull();
  });

  it("accepts every invoice row, names kept, no error and no warning", () => {
    expect(result.control).toMatchObject({ rowsRead: expected.rows, accepted: expected.rows });
    expect(result.control.rejected).toBe(0);
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const invoices = ledgerRows(result.ledger);
    for (const invoice of invoices) {
      expect(invoice.customerName).toMatch(/\p{L}{2}/u);
      expect(invoice.customerId).not.toBe(invoice.customerName);
      expect(invoice.dueDate).toMatch(/^202[67]-\d\d-\d\d$/);
    }
    // Names with diacritics come through whatever the encoding.
    const names = invoices.map((i) => i.customerName ?? "").join("|");
    expect(names).toMatch(/[éëüöçÇÖ]/);
    expect(names).not.toContain("\uFFFD");
  });

  it("leaves the totals row out of every figure, as information with its amount, and reconciles", () => {
    const { control } = result;
    const infos = result.issues.filter((i) => i.severity === "info");
    if (expected.totals === null) {
      expect(control.excluded).toEqual({ rows: 0, amount: 0, open: 0 });
      expect(infos).toEqual([]);
      return;
    }
    expect(control.excluded).toEqual({
      rows: 1,
      amount: expected.totals.amount,
      open: expected.totals.open,
    });
    expect(infos).toHaveLength(1);
    expect(infos[0]?.row).toBe(expected.totals.row);
    expect(infos[0]?.messageNl).toMatch(/ is geen factuur en telt nergens mee\. Het bedrag van € /);
    expect(infos[0]?.messageNl).toContain(`de som van de ${expected.rows} regels erboven`);
    // Accepted rows + rejected rows = what the file's own totals row says, to the cent.
    expect(control.amount.accepted + control.amount.rejected).toBe(expected.totals.amount);
    expect(control.open.accepted + control.open.rejected).toBe(expected.totals.open);
    const invoices = ledgerRows(result.ledger);
    expect(invoices.reduce((s, i) => s + i.openAmount, 0)).toBe(expected.totals.open);
  });
});

describe("e-Boekhouden: Soort is the document type", () => {
  it("gives a Creditfactuur listed with a positive amount its minus sign, and no debtor-type warning", async () => {
    const result = await readExport("e-boekhouden-openstaande-posten.csv");
    expect(result.columns.some((c) => c.field === "debtorType")).toBe(false);
    const credits = ledgerRows(result.ledger).filter((i) => i.invoiceId.startsWith("C"));
    expect(credits.map((i) => [i.invoiceId, i.amount < 0, i.openAmount === i.amount])).toEqual([
      ["C2026-053", true, true],
      ["C2026-059", true, true],
    ]);
    expect(ledgerRows(result.ledger).filter((i) => i.amount < 0)).toHaveLength(2);
    expect(credits.map((i) => i.customerName)).toEqual([
      "Installatiebedrijf Müller & Zn.",
      "Bloemenhuis Daniëlle",
    ]);
  });
});

describe("the Factuurnr. / Vervalt / Saldo report", () => {
  it("reads Vervalt as the due date, never the day count Vervaldagen", async () => {
    const result = await readExport("factuurnr-vervalt-saldo.csv");
    expect(result.ignoredHeaders).toEqual(["Vervaldagen"]);
    const first = ledgerRows(result.ledger)[0];
    expect(first).toMatchObject({
      invoiceId: "2026100",
      customerName: "Mw. E. Smit-Bakker",
      customerId: "P00104",
      invoiceDate: "2026-11-02",
      dueDate: "2026-12-02",
      amount: 26996,
      openAmount: 26996,
      status: "Openstaand",
    });
  });
});
