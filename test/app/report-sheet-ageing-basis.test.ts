// The report sheet under both ageing bases, in nl and en: on the invoice date the ageing table and
// the top-customers table start at "0–30" (days since invoice, day 0 included) and never say "not
// due"; the title names the basis. Checked in the spec, in the workbook (fake Excel) and in the xlsx
// download.
import ExcelJS from "exceljs";
import { buildReport } from "../../src/analytics";
import { reportSheetSpec, type ReportSheetSpec } from "../../src/documents";
import { reportXlsxBytes, writeReport } from "../../src/app";
import type { IsoDay } from "../../src/core";
import { createExcelHost, setExcelRuntime } from "../../src/hosts/excel";
import { testLedger } from "../analytics/ledger-fixture";
import { FakeExcel } from "../hosts/excel/fake-excel";

const NAME = "Openstaand \u2013 Rapport";
const AS_OF = "2026-11-20" as IsoDay;
/** Invoices 0, 10, 45, 75 and 120 days old, each due 30 days after its invoice date. */
const LEDGER = testLedger([
  { customerId: "D1", amount: 100, invoiceDate: "2026-11-20", dueDate: "2026-12-20" },
  { customerId: "D1", amount: 200, invoiceDate: "2026-11-10", dueDate: "2026-12-10" },
  { customerId: "D2", amount: 400, invoiceDate: "2026-10-06", dueDate: "2026-11-05" },
  { customerId: "D2", amount: 800, invoiceDate: "2026-09-06", dueDate: "2026-10-06" },
  { customerId: "D3", amount: 1600, invoiceDate: "2026-07-23", dueDate: "2026-08-22" },
]);
const model = (basis: "due" | "invoice") => buildReport(LEDGER, { asOf: AS_OF, basis });

const CASES = [
  {
    basis: "invoice",
    lang: "nl",
    title: "Ouderdomsanalyse per 20-11-2026 (op dagen na factuurdatum)",
    labels: ["0–30 dgn", "31–60 dgn", "61–90 dgn", "90+ dgn"],
    amounts: [300, 400, 800, 1600],
  },
  {
    basis: "invoice",
    lang: "en",
    title: "Ageing as of 20 November 2026 (on days since invoice)",
    labels: ["0–30 days", "31–60 days", "61–90 days", "90+ days"],
    amounts: [300, 400, 800, 1600],
  },
  {
    basis: "due",
    lang: "nl",
    title: "Ouderdomsanalyse per 20-11-2026 (op dagen na vervaldatum)",
    labels: ["Niet vervallen", "1–30 dgn", "31–60 dgn", "61–90 dgn", "90+ dgn"],
    amounts: [300, 400, 800, 1600, 0],
  },
  {
    basis: "due",
    lang: "en",
    title: "Ageing as of 20 November 2026 (on days past due)",
    labels: ["Not due", "1–30 days", "31–60 days", "61–90 days", "90+ days"],
    amounts: [300, 400, 800, 1600, 0],
  },
] as const;

const ageingTable = (spec: ReportSheetSpec) => {
  const table = spec.tables[0];
  if (!table) throw new Error("no ageing table");
  return table;
};

describe.each(CASES)(
  "ageing on the $basis date, $lang",
  ({ basis, lang, title, labels, amounts }) => {
    const spec = reportSheetSpec(model(basis), lang);
    const total = lang === "nl" ? "Totaal" : "Total";

    test("the spec: title, bucket rows and the top customers' bucket columns", () => {
      const ageing = ageingTable(spec);
      expect(ageing.title).toBe(title);
      expect(ageing.rows.map((r) => r[0])).toEqual([...labels, total]);
      expect(ageing.rows.map((r) => r[1])).toEqual([...amounts, 3100]);
      const top = spec.tables[1];
      expect(top?.headers.slice(3, -1)).toEqual(labels);
    });

    test("the workbook (fake Excel)", async () => {
      const excel = new FakeExcel();
      setExcelRuntime(excel.runtime());
      try {
        await writeReport(createExcelHost(), spec);
      } finally {
        setExcelRuntime(null);
      }
      const rows = labels.length + 1;
      expect(excel.values(NAME, "A1:A1")).toEqual([[title]]);
      expect(excel.values(NAME, `A3:B${rows + 2}`)).toEqual([
        ...labels.map((label, i) => [label, (amounts[i] as number) / 100]),
        [total, 31],
      ]);
    });

    test("the xlsx download", async () => {
      const workbook = new ExcelJS.Workbook();
      const bytes = await reportXlsxBytes(spec, { lang });
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.getWorksheet(NAME) as ExcelJS.Worksheet;
      const column = sheet.getColumn(1).values.filter((v) => typeof v === "string");
      expect(column).toContain(title);
      const at = column.indexOf(title);
      // Title, header, the buckets.
      expect(column.slice(at + 2, at + 2 + labels.length)).toEqual(labels);
    });
  }
);
