import { centsFromEuros, sumCents } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { demoCsvText, demoXlsxBytes } from "../../src/hosts/browser";
import { readLedgerFile, type LedgerFileResult } from "../../src/formats";
import { ledgerRows } from "../../src/ledger";

const demo = demoLedger();
const column = (header: string): (string | number | null)[] =>
  demo.rows.map((row) => row[demo.headers.indexOf(header)] ?? null);
const expectedAmount = sumCents(column("Bedrag").map((x) => centsFromEuros(x as number)));
const expectedOpen = sumCents(column("Openstaand").map((x) => centsFromEuros(x as number)));

/** Everything the round trip must preserve, whatever the file format. */
function expectFaithful(result: LedgerFileResult): void {
  expect(result.issues).toEqual([]);
  expect(result.headerRow).toBe(1);
  expect(result.ignoredHeaders).toEqual([]);
  expect(result.columns.map((c) => c.header)).toEqual(demo.headers);
  expect(result.control).toEqual({
    rowsRead: demo.rows.length,
    accepted: demo.rows.length,
    rejected: 0,
    blankRows: 0,
    amount: { read: expectedAmount, accepted: expectedAmount, rejected: 0 },
    open: { read: expectedOpen, accepted: expectedOpen, rejected: 0 },
    currencies: [
      {
        currency: "EUR",
        rowsRead: demo.rows.length,
        accepted: demo.rows.length,
        rejected: 0,
        amount: { read: expectedAmount, accepted: expectedAmount, rejected: 0 },
        open: { read: expectedOpen, accepted: expectedOpen, rejected: 0 },
      },
    ],
    excluded: { rows: 0, amount: 0, open: 0 },
  });
  const invoices = ledgerRows(result.ledger);
  expect(invoices.map((i) => i.invoiceId)).toEqual(column("Factuurnummer"));
  expect(invoices.map((i) => i.customerId)).toEqual(column("Debiteurnummer").map(String));
  expect(invoices.map((i) => i.customerName)).toEqual(column("Debiteurnaam"));
  expect(invoices.map((i) => i.invoiceDate)).toEqual(column("Factuurdatum"));
  expect(invoices.map((i) => i.settledDate)).toEqual(column("Betaaldatum"));
  expect(invoices.map((i) => i.reminderDate)).toEqual(column("Datum aanmaning"));
  expect(invoices.map((i) => i.reminderStage)).toEqual(column("Aanmaning"));
  expect(invoices.map((i) => i.iban)).toEqual(column("IBAN"));
  expect(invoices.map((i) => i.kvk)).toEqual(column("KvK-nummer"));
  expect(invoices.map((i) => i.postcode)).toEqual(column("Postcode"));
  expect(invoices.map((i) => i.email)).toEqual(column("E-mail"));
  expect(invoices.filter((i) => i.disputed)).toHaveLength(2);
  expect(invoices.filter((i) => i.writtenOff).length).toBe(
    column("Status").filter((s) => s === "afgeschreven").length
  );
  expect(invoices.filter((i) => i.handedOver).length).toBe(
    column("Status").filter((s) => s === "incasso").length
  );
  expect(invoices.filter((i) => i.debtorType === "consumer").length).toBe(
    column("Soort").filter((s) => s === "Particulier").length
  );
  expect(invoices.filter((i) => i.amount < 0).length).toBe(
    column("Bedrag").filter((x) => (x as number) < 0).length
  );
  expect(new Set(invoices.map((i) => i.language))).toEqual(new Set(["nl", "en"]));
  expect(new Set(invoices.map((i) => i.paymentTermDays))).toEqual(new Set([14, 30]));
}

describe("the demo ledger as files reads back with zero issues and the generator's totals", () => {
  it("as .xlsx (real date cells, numeric amounts)", async () => {
    const result = await readLedgerFile(await demoXlsxBytes(demo), "demo.xlsx", {
      asOf: demo.asOf,
    });
    expect(result.kind).toBe("xlsx");
    expect(result.sheet).toBe("Openstaande posten");
    expectFaithful(result);
  });

  it("as Dutch CSV (';', decimal comma, dd-mm-yyyy, UTF-8 BOM), diacritics intact", async () => {
    const text = demoCsvText(demo);
    expect(text.startsWith("\uFEFFFactuurnummer;Debiteurnummer;")).toBe(true);
    const result = await readLedgerFile(new TextEncoder().encode(text), "demo.csv", {
      asOf: demo.asOf,
    });
    expect([
      result.kind,
      result.delimiter,
      result.encoding,
      result.dayOrder,
      result.notation,
    ]).toEqual(["csv", ";", "utf-8-bom", "dmy", "nl"]);
    expectFaithful(result);
    expect(ledgerRows(result.ledger).some((i) => /é|Ü/.test(i.customerName ?? ""))).toBe(true);
  });

  it("as English CSV (',', decimal point, US dates) and as tab-separated ISO-dated text", async () => {
    const english = demoCsvText(demo, { delimiter: ",", decimal: ".", days: "mdy", bom: false });
    const en = await readLedgerFile(new TextEncoder().encode(english), "demo-en.csv", {
      asOf: demo.asOf,
    });
    expect([en.delimiter, en.encoding, en.dayOrder, en.notation]).toEqual([
      ",",
      "utf-8",
      "mdy",
      "en",
    ]);
    expectFaithful(en);
    const tabbed = demoCsvText(demo, { delimiter: "\t", days: "iso", newline: "\n" });
    const tab = await readLedgerFile(new TextEncoder().encode(tabbed), "demo.txt", {
      asOf: demo.asOf,
    });
    expect(tab.delimiter).toBe("\t");
    expectFaithful(tab);
  });

  it("the defaults give the default demo", async () => {
    expect(demoCsvText()).toBe(demoCsvText(demo));
    const bytes = await demoXlsxBytes();
    expect(bytes.length).toBeGreaterThan(10_000);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
