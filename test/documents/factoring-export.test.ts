import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { diffDays, isoDay, cents } from "../../src/core";
import {
  debtorDetails,
  factoringFile,
  factoringLeftOutLines,
  factoringDebtorTable,
  factoringInvoiceTable,
} from "../../src/documents";
import { exportCsvBytes, exportXlsxBytes } from "../../src/formats";
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

  it("selects every open, undisputed, not written-off, not handed-over business invoice at most 90 days past due", () => {
    const details = debtorDetails(ledger);
    const expected: string[] = [];
    const consumers: string[] = [];
    const tooOld: string[] = [];
    for (let i = 0; i < ledger.length; i++)
      if (
        (c.openAmount[i] as number) > 0 &&
        !c.disputed[i] &&
        !c.writtenOff[i] &&
        !c.handedOver[i] &&
        c.currency[i] === "EUR"
      ) {
        const due = c.dueDate[i];
        if (details.get(c.customerId[i]!)!.debtorType === "consumer")
          consumers.push(c.invoiceId[i]!);
        else if (due != null && diffDays(demo.asOf, due) > 90) tooOld.push(c.invoiceId[i]!);
        else expected.push(c.invoiceId[i]!);
      }
    expect(expected.length).toBeGreaterThan(20);
    expect(consumers.length).toBeGreaterThan(0);
    expect(file.invoices.map((inv) => inv.invoiceId)).toEqual(expected);
    const reasons = (reason: string) =>
      file.leftOut.filter((x) => x.reason === reason).map((x) => x.invoiceId);
    expect(reasons("consumer")).toEqual(consumers);
    expect(reasons("past-due-limit")).toEqual(tooOld);
    expect(file.notFound).toEqual([]);
  });

  it("offers consumers and old invoices too when the options say so, the control still the sum", () => {
    const all = factoringFile(ledger, demo.asOf, { maxDaysPastDue: null, includeConsumers: true });
    expect(all.leftOut.some((x) => x.reason === "consumer" || x.reason === "past-due-limit")).toBe(
      false
    );
    // Offered plus left out (in euros) is every open euro invoice: nothing falls between.
    const open = (f: typeof file) =>
      f.control.open +
      f.leftOut.filter((x) => x.currency === "EUR").reduce((s, x) => s + x.open, 0);
    expect(open(file)).toBe(open(all));
    expect(all.control.open).toBe(all.invoices.reduce((s, inv) => s + inv.open, 0));
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
      ["F4", null, "Zonder datum"],
      ["F10", 0, "Niet vervallen"],
    ]);
    expect(file.control).toEqual({ count: 4, amount: 75_500, open: 70_500 });
    expect(file.excluded).toEqual({
      disputed: 1,
      writtenOff: 1,
      handedOver: 1,
      otherCurrency: 1,
      consumer: 0,
      pastDueLimit: 1,
    });
    expect(file.leftOut.map((x) => [x.invoiceId, x.reason])).toEqual([
      ["F3", "past-due-limit"],
      ["F5", "disputed"],
      ["F6", "written-off"],
      ["F7", "handed-over"],
      ["F8", "other-currency"],
    ]);
    expect(
      file.debtors.map((d) => [d.debtor.customerId, d.invoiceCount, d.open, d.creditLimit])
    ).toEqual([
      ["A", 3, 30_500, 500_000],
      ["B", 1, 40_000, null],
    ]);
    // Without the limit, F3 (111 days past due) is offered, in the 90+ bucket.
    const noLimit = factoringFile(small, AS_OF, { maxDaysPastDue: null });
    expect(noLimit.invoices.find((inv) => inv.invoiceId === "F3")!.bucket).toBe("90+ dgn");
    expect(noLimit.control).toEqual({ count: 5, amount: 105_500, open: 100_500 });
    // The limit is "more than N days": 111 days passes a limit of 111, not one of 110.
    expect(factoringFile(small, AS_OF, { maxDaysPastDue: 111 }).control.count).toBe(5);
    expect(factoringFile(small, AS_OF, { maxDaysPastDue: 110 }).control.count).toBe(4);
  });

  it("leaves consumer invoices out by default and says why, in Dutch and English", () => {
    const mixed = ledgerOf([
      { invoiceId: "Z1", customerId: "00049", dueDate: "2026-11-01", openAmount: 12_345 },
      {
        invoiceId: "P1",
        customerId: "P",
        dueDate: "2026-11-01",
        openAmount: 25_000,
        debtorType: "consumer",
      },
      { invoiceId: "Z2", customerId: "00049", dueDate: "2026-07-01", openAmount: 5_000 },
    ]);
    const file = factoringFile(mixed, AS_OF);
    expect(file.invoices.map((inv) => inv.invoiceId)).toEqual(["Z1"]);
    expect(file.leftOut.map((x) => [x.invoiceId, x.reason, x.daysOverdue])).toEqual([
      ["P1", "consumer", 19],
      ["Z2", "past-due-limit", 142],
    ]);
    expect(factoringLeftOutLines(file, "nl")).toEqual([
      "1 factuur (€ 250,00) op particulieren: een factor financiert alleen zakelijke vorderingen",
      "1 factuur (€ 50,00) meer dan 90 dagen over de vervaldatum: daarop geeft een factor geen voorschot",
    ]);
    expect(factoringLeftOutLines(file, "en")[0]).toBe(
      "1 invoice (€250.00) on consumers: a factor finances business invoices only"
    );
    // The control line of the assignment list is the one invoice offered.
    const control = factoringInvoiceTable(file).rows.at(-1)!;
    expect(control[2]).toBe("1 factuur");
    expect(Math.round((control[6] as number) * 100)).toBe(12_345);
    const withConsumers = factoringFile(mixed, AS_OF, { includeConsumers: true });
    expect(withConsumers.invoices.map((inv) => inv.invoiceId)).toEqual(["Z1", "P1"]);
  });

  it("narrows to the selected customers and names those without an invoice to assign", () => {
    const file = factoringFile(small, AS_OF, { customerIds: ["B", "C", "Z"], edges: [60] });
    expect(file.invoices.map((inv) => inv.invoiceId)).toEqual(["F4"]);
    expect(file.notFound).toEqual(["C", "Z"]);
    const f3 = factoringFile(small, AS_OF, {
      customerIds: ["A"],
      edges: [60],
      maxDaysPastDue: null,
    });
    expect(f3.invoices.find((inv) => inv.invoiceId === "F3")!.bucket).toBe("60+ dgn");
  });
});

describe("a hostile ledger through the factoring export", () => {
  const file = factoringFile(hostileLedger, AS_OF, { includeConsumers: true });

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
