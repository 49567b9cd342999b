import { demoLedger } from "../../src/demo/demo-ledger";
import { readLedger } from "../../src/ledger/read-ledger";
import { isoDay } from "../../src/core/day";
import { cents } from "../../src/core/money";
import { exportCsvBytes, exportXlsxBytes } from "../../src/documents/export-table";
import { factoringFile } from "../../src/documents/factoring-file";
import { factoringDebtorTable, factoringInvoiceTable } from "../../src/documents/factoring-export";
import { ledgerOf } from "../dunning/ledger-fixture";
import {
  csvCells,
  csvCents,
  expectSafeAndComplete,
  HOSTILE,
  hostileLedger,
  xlsxRows,
} from "./export-fixture";

const demo = demoLedger();
const ledger = readLedger(demo.values(), { asOf: demo.asOf }).ledger;
const AS_OF = isoDay("2026-11-20");

describe("factoring export of the demo ledger", () => {
  const file = factoringFile(ledger, demo.asOf);
  const c = ledger.columns;

  it("selects every open, undisputed, not written-off, not handed-over invoice", () => {
    const expected: string[] = [];
    for (let i = 0; i < ledger.length; i++)
      if (
        (c.openAmount[i] as number) > 0 &&
        !c.disputed[i] &&
        !c.writtenOff[i] &&
        !c.handedOver[i] &&
        c.currency[i] === "EUR"
      )
        expected.push(c.invoiceId[i]!);
    expect(expected.length).toBeGreaterThan(30);
    expect(file.invoices.map((inv) => inv.invoiceId)).toEqual(expected);
    expect(file.notFound).toEqual([]);
  });

  it("its control line (in cents) is the sum of its rows and the invoice count", () => {
    const table = factoringInvoiceTable(file);
    const csv = csvCells(exportCsvBytes(table));
    const [header, ...rest] = csv;
    expect(header).toEqual([
      "Factuurnummer",
      "Debiteurnummer",
      "Naam",
      "Factuurdatum",
      "Vervaldatum",
      "Factuurbedrag",
      "Openstaand",
      "Dagen over vervaldatum",
      "Ouderdom",
    ]);
    const control = rest.pop()!;
    expect(rest).toHaveLength(file.invoices.length);
    const sum = (col: number) => rest.reduce((s, row) => s + csvCents(row[col]!), 0);
    expect(control[0]).toBe("Controletotaal");
    expect(control[2]).toBe(`${rest.length} facturen`);
    expect(csvCents(control[5]!)).toBe(sum(5));
    expect(csvCents(control[6]!)).toBe(sum(6));
    expect(file.control).toEqual({
      count: rest.length,
      amount: sum(5),
      open: sum(6),
    });
    expect(file.control.open).toBe(file.invoices.reduce((s, inv) => s + inv.open, 0));
  });

  it("the debtor list reconciles with the invoice list", () => {
    const rows = factoringDebtorTable(file).rows;
    const control = rows.at(-1)!;
    const debtors = rows.slice(0, -1);
    expect(new Set(debtors.map((r) => r[0])).size).toBe(debtors.length);
    expect(debtors.map((r) => r[0])).toEqual([
      ...new Set(file.invoices.map((inv) => inv.debtor.customerId)),
    ]);
    expect(debtors.reduce((s, r) => s + (r[12] as number), 0)).toBe(file.control.count);
    expect(debtors.reduce((s, r) => s + Math.round((r[13] as number) * 100), 0)).toBe(
      file.control.open
    );
    expect(control.slice(0, 2)).toEqual(["Controletotaal", `${debtors.length} debiteuren`]);
    expect(control[12]).toBe(file.control.count);
    expect(Math.round((control[13] as number) * 100)).toBe(file.control.open);
    // The demo has a credit limit for every customer.
    for (const r of debtors) expect(typeof r[11]).toBe("number");
  });

  it("writes xlsx with the same rows and the control line", async () => {
    const { name, rows } = await xlsxRows(
      await exportXlsxBytes(factoringInvoiceTable(file), "Facturen")
    );
    expect(name).toBe("Facturen");
    expect(rows).toHaveLength(file.invoices.length + 2);
    const last = rows.at(-1)!;
    expect(last[0]).toBe("Controletotaal");
    expect(Math.round((last[6] as number) * 100)).toBe(file.control.open);
  });
});

describe("selection, ageing and exclusions on a small ledger", () => {
  const small = ledgerOf([
    {
      invoiceId: "F1",
      customerId: "A",
      dueDate: "2026-11-30",
      openAmount: 10_000,
      creditLimit: null,
    },
    {
      invoiceId: "F2",
      customerId: "A",
      dueDate: "2026-10-31",
      openAmount: 20_000,
      amount: cents(25_000),
      creditLimit: cents(500_000),
    },
    { invoiceId: "F3", customerId: "A", dueDate: "2026-08-01", openAmount: 30_000 },
    { invoiceId: "F4", customerId: "B", dueDate: null, openAmount: 40_000 },
    { invoiceId: "F5", customerId: "B", dueDate: "2026-09-01", openAmount: 1_000, disputed: true },
    {
      invoiceId: "F6",
      customerId: "B",
      dueDate: "2026-09-01",
      openAmount: 1_000,
      writtenOff: true,
    },
    {
      invoiceId: "F7",
      customerId: "B",
      dueDate: "2026-09-01",
      openAmount: 1_000,
      handedOver: true,
    },
    { invoiceId: "F8", customerId: "B", dueDate: "2026-09-01", openAmount: 1_000, currency: "USD" },
    { invoiceId: "C1", customerId: "B", dueDate: "2026-09-01", openAmount: -5_000 },
    {
      invoiceId: "F9",
      customerId: "C",
      dueDate: "2026-09-01",
      openAmount: 0,
      amount: cents(7_000),
    },
    { invoiceId: "F10", customerId: "A", dueDate: "2026-11-20", openAmount: 500 },
  ]);

  it("gives days overdue and the Dutch ageing bucket per invoice", () => {
    const file = factoringFile(small, AS_OF);
    expect(file.invoices.map((inv) => [inv.invoiceId, inv.daysOverdue, inv.bucket])).toEqual([
      ["F1", -10, "Niet vervallen"],
      ["F2", 20, "1–30 dgn"],
      ["F3", 111, "90+ dgn"],
      ["F4", null, "Zonder datum"],
      ["F10", 0, "Niet vervallen"],
    ]);
    expect(file.control).toEqual({ count: 5, amount: 105_500, open: 100_500 });
    expect(file.excluded).toEqual({ disputed: 1, writtenOff: 1, handedOver: 1, otherCurrency: 1 });
    expect(
      file.debtors.map((d) => [d.debtor.customerId, d.invoiceCount, d.open, d.creditLimit])
    ).toEqual([
      ["A", 4, 60_500, 500_000],
      ["B", 1, 40_000, null],
    ]);
  });

  it("narrows to the selected customers and names those without an invoice to assign", () => {
    const file = factoringFile(small, AS_OF, { customerIds: ["B", "C", "Z"], edges: [60] });
    expect(file.invoices.map((inv) => inv.invoiceId)).toEqual(["F4"]);
    expect(file.notFound).toEqual(["C", "Z"]);
    const f3 = factoringFile(small, AS_OF, { customerIds: ["A"], edges: [60] });
    expect(f3.invoices.find((inv) => inv.invoiceId === "F3")!.bucket).toBe("60+ dgn");
  });
});

describe("a hostile ledger through the factoring export", () => {
  const file = factoringFile(hostileLedger, AS_OF);

  it("keeps every invoice and debtor", () => {
    expect(file.invoices).toHaveLength(HOSTILE.length);
    expect(file.debtors).toHaveLength(HOSTILE.length);
  });

  it("csv and xlsx: no cell starts a formula, nothing is lost", async () => {
    for (const table of [factoringDebtorTable(file), factoringInvoiceTable(file)]) {
      const csv = csvCells(exportCsvBytes(table));
      expect(csv).toHaveLength(table.rows.length + 1);
      expectSafeAndComplete(csv.flat());
      const { rows } = await xlsxRows(await exportXlsxBytes(table, "Factoring"));
      expectSafeAndComplete(rows.flat());
    }
    const debtors = csvCells(exportCsvBytes(factoringDebtorTable(file)));
    expect(debtors[1]!.slice(0, 10)).toEqual([
      "K0",
      `'${HOSTILE[0]}`,
      'Dorpsstraat 1, Bcc: victim@example.com, =HYPERLINK("x")',
      "'-1234 AB",
      "'@Delft",
      "NL",
      "'=1",
      "'@NL",
      "'=k0@example.nl",
      "'+31 20 123 4567",
    ]);
    expect(debtors[2]![0]).toBe("'+31");
  });
});
