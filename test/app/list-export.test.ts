// Every list leaves the pane through one use-case (issue 17): the reminder exclusions (all of them,
// the pane shows 300) and each table of the report (the top debtors whole, with a control line),
// as xlsx read back with exceljs and as Dutch CSV; the export's total equals the list's to the cent.
import ExcelJS from "exceljs";
import {
  analyse,
  analysisDay,
  DEFAULT_SETTINGS,
  customerList,
  exclusionList,
  listFile,
  listPrintFile,
  reportSheetSpec,
  reportTableList,
  withoutSettled,
} from "../../src/app";
import { addDays, cents, diffDays, type IsoDay } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { csvCellOriginal } from "../../src/documents";
import { describeExclusion, type ReminderExclusion } from "../../src/dunning";
import { readCsvValues } from "../../src/formats";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
const asOf = addDays(analysisDay(ledger, demo.asOf), 21);
const analysis = analyse(ledger, asOf, DEFAULT_SETTINGS);

/** The first sheet of an xlsx as rows of cell values, read with exceljs. */
async function xlsxRows(data: Uint8Array | string): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { name: sheet.name, rows };
}

const toCents = (x: unknown) => (x === null || x === undefined ? 0 : Math.round(Number(x) * 100));

describe("the reminder exclusions as a list", () => {
  const listed = analysis.reminders.excluded.filter((x) => x.reason !== "not-due");

  it("xlsx: every exclusion with its reason in words, days overdue, and the euro total to the cent", async () => {
    expect(listed.length).toBeGreaterThan(3);
    const list = exclusionList(analysis.reminders.excluded, asOf, "nl");
    const file = await listFile(list, "xlsx");
    expect(file.name).toBe(`uitgezonderd-${asOf}.xlsx`);
    const { name, rows } = await xlsxRows(file.data);
    expect(name).toBe("Uitgezonderd");
    const [head, ...body] = rows;
    expect(head).toEqual([
      "Debiteur",
      "Naam",
      "Factuur",
      "Vervaldatum",
      "Dagen over vervaldatum",
      "Openstaand",
      "Bedrag andere valuta",
      "Reden",
    ]);
    const others = new Set(listed.filter((x) => x.currency !== "EUR").map((x) => x.currency));
    expect(body).toHaveLength(listed.length + 1 + others.size);
    // Each listed exclusion is there once, with its reason as the pane writes it.
    for (const x of listed) {
      const row = body.find((r) => r[2] === x.invoiceId && r[0] === x.customerId);
      expect(row?.[7]).toBe(describeExclusion(x, "nl"));
      const days = x.dueDate && x.dueDate < asOf ? diffDays(asOf, x.dueDate) : 0;
      expect(row?.[4]).toBe(days);
      if (x.currency === "EUR") expect(toCents(row?.[5])).toBe(x.openAmount);
    }
    const euro = listed.filter((x) => x.currency === "EUR").reduce((s, x) => s + x.openAmount, 0);
    const control = body[listed.length]!;
    expect(control[0]).toBe("Totaal");
    expect(control[1]).toBe(`${listed.length} posten`);
    expect(toCents(control[5])).toBe(euro);
    expect(body.slice(0, listed.length).reduce((s, r) => s + toCents(r[5]), 0)).toBe(euro);
  });

  it("holds all of a long list, not the 300 the pane shows, largest first", async () => {
    const one = listed.find((x) => x.currency === "EUR")!;
    const many: ReminderExclusion[] = Array.from({ length: 450 }, (_, i) => ({
      ...one,
      invoiceId: `F-${i}`,
      sheetRow: 10 + i,
      openAmount: cents(100 + i * 7),
    }));
    const file = await listFile(exclusionList(many, asOf, "en"), "csv");
    const [head, ...body] = readCsvValues(file.data as Uint8Array).values;
    expect(head?.[7]).toBe("Reason");
    expect(body).toHaveLength(451);
    expect(body[0]![2]).toBe("F-449");
    const total = many.reduce((s, x) => s + x.openAmount, 0);
    const amount = (t: string | undefined) => Math.round(Number((t ?? "").replace(",", ".")) * 100);
    expect(amount(body[450]![5])).toBe(total);
    expect(body[450]![1]).toBe("450 items");
  });

  it("keeps other currencies out of the euro total, with a control line of their own", async () => {
    const one = listed.find((x) => x.currency === "EUR")!;
    const items: ReminderExclusion[] = [
      { ...one, invoiceId: "E1", openAmount: cents(12_345) },
      {
        ...one,
        invoiceId: "U1",
        currency: "USD",
        reason: "other-currency",
        openAmount: cents(70_000),
      },
      { ...one, invoiceId: "U2", currency: "USD", reason: "other-currency", openAmount: cents(5) },
    ];
    const list = exclusionList(items, asOf, "nl");
    expect(list.controlRows).toBe(2);
    const rows = list.table.rows;
    expect(rows[3]).toEqual(["Totaal", "3 posten", null, null, null, 123.45, null, null]);
    expect(rows[4]).toEqual(["Totaal USD", "2 posten", null, null, null, null, "USD 700,05", null]);
    expect(rows.find((r) => r[2] === "U1")?.[5]).toBeNull();
    expect(rows.find((r) => r[2] === "U1")?.[6]).toBe("USD 700,00");
  });
});

describe("the report's tables as lists", () => {
  const spec = reportSheetSpec(analysis.report, "nl");

  it("the top debtors whole, with a control line whose sum equals the table's", async () => {
    const top = spec.tables[1]!;
    expect(top.rows.length).toBeGreaterThan(13);
    const list = reportTableList(analysis.report, top, 1, "nl");
    const file = await listFile(list, "xlsx");
    expect(file.name).toBe(`rapport-top-debiteuren-${asOf}.xlsx`);
    const [head, ...body] = (await xlsxRows(file.data)).rows;
    expect(head).toEqual(top.headers);
    expect(body).toHaveLength(top.rows.length + 1);
    const amounts = (top.formats ?? []).flatMap((f, c) => (f === "cents" ? [c] : []));
    expect(amounts.length).toBeGreaterThan(1);
    const control = body[top.rows.length]!;
    expect(control.slice(0, 2)).toEqual(["Totaal", `${top.rows.length} debiteuren`]);
    for (const c of amounts) {
      const sum = top.rows.reduce((s, r) => s + (r[c] as number), 0);
      expect(toCents(control[c])).toBe(sum);
      expect(body.slice(0, -1).reduce((s, r) => s + toCents(r[c]), 0)).toBe(sum);
    }
    // Customer numbers stay text ("00049" would lose its zeros as a number).
    expect(body.slice(0, -1).every((r) => typeof r[0] === "string")).toBe(true);
  });

  it("the ageing keeps its own Totaal row as the control line, equal to the AR", async () => {
    const list = reportTableList(analysis.report, spec.tables[0]!, 0, "nl");
    expect(list.controlRows).toBe(1);
    const file = await listFile(list, "csv");
    const rows = readCsvValues(file.data as Uint8Array).values;
    const last = rows[rows.length - 1]!;
    expect(last[0]).toBe("Totaal");
    expect(Math.round(Number(last[1]!.replace(",", ".")) * 100)).toBe(analysis.report.metrics.ar);
    // Percentages as the report shows them.
    // (kept as text in the CSV: ="100,0%", which a spreadsheet shows as 100,0%)
    expect(csvCellOriginal(last[2]!)).toBe("100,0%");
  });
});

describe("printing a list", () => {
  it("Debiteuren on A4: company and reporting day on top, every customer, the control line", () => {
    const rows = withoutSettled(analysis.report.customers, false).rows;
    const list = customerList(analysis.report, "customers", rows, "nl");
    const file = listPrintFile(list, "Jansen & Zn. B.V.", "nl");
    expect(file.name).toBe(`debiteuren-${asOf}.html`);
    const html = file.data as string;
    expect(html).toContain("Jansen &amp; Zn. B.V.");
    const [y, m, d] = asOf.split("-");
    expect(html).toContain(`Debiteuren · Peildatum ${d}-${m}-${y}`);
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toContain('counter(page) " van " counter(pages)');
    expect(html).toContain("<thead>");
    for (const row of rows) expect(html).toContain(`<td>${row.id}</td>`);
    const total = rows.reduce((s, r) => s + r.open, 0);
    const euros = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2 }).format(total / 100);
    expect(html).toContain(
      `<tr class="control"><td>Totaal</td><td>${rows.length} debiteuren</td><td class="n">€ ${euros}</td>`
    );
    expect(html).not.toMatch(/<script/i);
  });

  it("a report table: figures written as text stand right-aligned, ids do not", () => {
    const spec = reportSheetSpec(analysis.report, "nl");
    const trend = spec.tables[3]!;
    const html = listPrintFile(reportTableList(analysis.report, trend, 3, "nl"), "Jansen", "nl")
      .data as string;
    expect(html).toMatch(/<td class="n">\d{1,3},\d%<\/td>/);
    expect(html).not.toMatch(/<td>\d{1,3},\d%<\/td>/);
    expect(html).toContain(`<th class="n">${trend.headers[1]}</th>`);
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
  });

  it("says when the company name is not set, and escapes what the ledger holds", () => {
    const list = exclusionList(
      [
        {
          ...analysis.reminders.excluded.find((x) => x.reason !== "not-due")!,
          customerName: "<img src=x onerror=alert(1)>",
        },
      ],
      asOf as IsoDay,
      "en"
    );
    const html = listPrintFile(list, " ", "en").data as string;
    expect(html).toContain("(company name not set)");
    expect(html).toContain("<td>&lt;img src&#61;x onerror&#61;alert(1)&gt;</td>");
    expect(html).not.toContain("<img");
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
  });
});
