import JSZip from "jszip";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import {
  reportCharts,
  reportHtml,
  DEMO_COMPANY,
  factoringFile,
  handoffClaims,
  lettersFor,
  mailMergeTable,
} from "../../src/documents";
import { buildReport } from "../../src/analytics";
import { isoDay } from "../../src/core";
import { demoLedger } from "../../src/demo";
import {
  withHandoverKinds,
  applyRecords,
  dossierZips,
  factoringFileData,
  handoffFileData,
} from "../../src/app";
import { describeExclusion, reminderRun, reviewReminders } from "../../src/dunning";
import { exportCsvBytes, handoversFromCsv, reminderLogFromCsv } from "../../src/formats";
import {
  handoverTable,
  handoverKindText,
  markHandedOver,
  NO_HANDOVERS,
  reminderLogEntries,
  reminderLogTable,
} from "../../src/records";
import { readLedger } from "../../src/ledger";
import { ledgerOf } from "../dunning/ledger-fixture";
import { csvCells } from "./export-fixture";
import { openCsv } from "./dutch-spreadsheet";

const AS_OF = isoDay("2026-11-20");
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

/** A business debtor 00049 with invoice 000123, reminded twice; a second debtor for contrast. */
const ledger = ledgerOf([
  {
    invoiceId: "000123",
    customerId: "00049",
    customerName: "Bakkerij De Zeeuw",
    phone: "0201234567",
    postcode: "1234 AB",
    invoiceDate: isoDay("2026-08-01"),
    dueDate: "2026-09-01",
    openAmount: 123_456,
    debtorType: "business",
    reminderStage: 2,
    reminderDate: "2026-10-01",
  },
  {
    invoiceId: "F-7",
    customerId: "10004",
    invoiceDate: isoDay("2026-09-15"),
    dueDate: "2026-10-15",
    openAmount: 50_000,
    debtorType: "business",
  },
]);
const claims = handoffClaims(ledger, ["00049", "10004"], AS_OF);
const letters = lettersFor(ledger, reminderRun(ledger, AS_OF), { company: DEMO_COMPANY });

/** Every data row of a CSV, as Excel shows it, must show 00049 (and 000123) as text. */
function expectIdsKept(bytes: Uint8Array, columns: readonly string[]): void {
  const raw = csvCells(bytes);
  const opened = openCsv(bytes, "excel");
  const header = raw[0]!;
  let seen = 0;
  for (const name of columns) {
    const i = header.indexOf(name);
    expect(i).toBeGreaterThanOrEqual(0);
    opened.slice(1).forEach((row, r) => {
      const original = raw[r + 1]![i]!;
      if (/^="0\d+"$/.test(original)) {
        seen++;
        expect(row[i]!.kind).toBe("text");
        expect(row[i]!.shown).toMatch(/^0\d+$/);
      }
      // No id cell of these columns turns into a number that dropped its zeros.
      if (row[i]!.kind === "number") expect(row[i]!.shown).toBe(original);
    });
  }
  expect(seen).toBeGreaterThan(0);
}

describe("ids with leading zeros in every CSV export, opened in Dutch Excel", () => {
  it("claim file", async () => {
    const bytes = (await handoffFileData(claims, "csv")) as Uint8Array;
    expectIdsKept(bytes, ["Debiteurnummer", "Factuurnummer", "Telefoon"]);
    const row = openCsv(bytes, "excel")[1]!;
    expect(row[0]).toEqual({ kind: "text", shown: "00049" });
    expect(row[12]).toEqual({ kind: "text", shown: "000123" });
  });

  it("factoring debtor and invoice lists", async () => {
    const file = factoringFile(ledger, AS_OF);
    const [debtors, invoices] = await factoringFileData(file, "csv");
    expectIdsKept(debtors!.data, ["Debiteurnummer", "Telefoon"]);
    expectIdsKept(invoices!.data, ["Factuurnummer", "Debiteurnummer"]);
  });

  it("hand-over record, and read back by the CLI's reader as 00049", () => {
    const state = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "00049", invoiceId: "000123" }],
      AS_OF,
      "factoring-2026-11-20",
      "factoring"
    );
    const bytes = exportCsvBytes(handoverTable(state));
    expectIdsKept(bytes, ["Debiteurnummer", "Factuurnummer"]);
    expect(handoversFromCsv(bytes).state).toEqual(state);
  });

  it("mail merge and reminder log, the log read back exactly", () => {
    expect(letters.map((l) => l.model.view.debtor.customerNumber)).toContain("00049");
    expectIdsKept(exportCsvBytes(mailMergeTable(letters)), ["Debiteurnummer"]);
    const log = reminderLogEntries(letters);
    const bytes = exportCsvBytes(reminderLogTable(log));
    expect(reminderLogFromCsv(bytes).entries.map((e) => e.customerId)).toEqual(
      log.map((e) => e.customerId)
    );
  });

  it("dossier csvs", async () => {
    const [dossier] = await dossierZips(claims, { log: reminderLogEntries(letters) });
    const zip = await JSZip.loadAsync(dossier!.bytes);
    for (const name of ["vordering.csv", "facturen.csv"]) {
      const bytes = await zip.file(name)!.async("uint8array");
      expectIdsKept(bytes, ["Factuurnummer"]);
    }
  });
});

describe("the claim file's specification and history columns in Dutch", () => {
  it("dd-mm-jjjj and decimal commas, no ISO day, no decimal point", async () => {
    const cells = csvCells((await handoffFileData(claims, "csv")) as Uint8Array);
    const head = cells[0]!;
    const row = cells[1]!;
    const spec = row[head.indexOf("Rentespecificatie")]!;
    // Interest runs from the day after the due date; 1234,56 × 10,4% × 80/365 = 28,14.
    expect(spec).toBe("02-09-2026 t/m 20-11-2026: 80 dagen × 10,4% over € 1.234,56 = € 28,14");
    expect(spec).not.toMatch(ISO);
    expect(spec).not.toMatch(/\d\.\d\d\b(?!\d)/);
    const history = row[head.indexOf("Herinneringen")]!;
    expect(history).toMatch(/^1 \S.*; 2 \S.* 01-10-2026$/);
    expect(history).not.toMatch(ISO);
    // The day columns are dd-mm-jjjj as well, and the JSON keeps ISO days for machines.
    expect(row[head.indexOf("Vervaldatum")]).toBe("01-09-2026");
    expect(row[head.indexOf("Rente tot en met")]).toBe("20-11-2026");
  });
});

describe("a factoring batch is described as overgedragen aan de factor", () => {
  it("in the text every door uses and in the record's Soort column", () => {
    expect(handoverKindText("factoring", "nl")).toBe("overgedragen aan de factor");
    expect(handoverKindText("collection", "nl")).not.toMatch(/factor/);
    const state = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "00049", invoiceId: "000123" }],
      AS_OF,
      "factoring-2026-11-20",
      "factoring"
    );
    const row = handoverTable(state).rows[0]!;
    expect(row[4]).toBe("overgedragen aan de factor");
    expect(row.join(" ")).not.toMatch(/incasso/i);
  });

  it("in the reminder run's reason for leaving the invoice out", () => {
    const state = markHandedOver(
      markHandedOver(
        NO_HANDOVERS,
        [{ customerId: "10004", invoiceId: "F-7" }],
        AS_OF,
        "incasso-2026-11-20",
        "collection"
      ),
      [{ customerId: "00049", invoiceId: "000123" }],
      AS_OF,
      "factoring-2026-11-20",
      "factoring"
    );
    const review = withHandoverKinds(
      reviewReminders(applyRecords(ledger, { log: [], handovers: state }), AS_OF),
      state
    );
    const why = (invoiceId: string, lang: "nl" | "en") =>
      describeExclusion(
        review.excluded.find((e) => e.invoiceId === invoiceId)!,
        lang
      );
    expect(why("000123", "nl")).toBe("Overgedragen aan de factor.");
    expect(why("000123", "en")).toBe("Assigned to the factor.");
    expect(why("F-7", "nl")).toBe("Uit handen gegeven aan het incassobureau.");
  });
});

describe("the HTML report in Dutch", () => {
  const demo = demoLedger();
  const model = buildReport(readLedger(demo.values()).ledger, { asOf: demo.asOf });
  const bundles = { vega: "", vegaLite: "", vegaEmbed: "" };

  it("has no ISO day in its text or table cells", () => {
    const html = reportHtml(model, { lang: "nl", bundles });
    const visible = html
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<style[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " ");
    expect(visible).not.toMatch(ISO);
    expect(visible).toContain("Peildatum: 20-11-2026");
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);
    expect(cells.some((c) => /^\d\d-\d\d-\d{4}$/.test(c))).toBe(true);
    // The English report keeps ISO days.
    expect(reportHtml(model, { lang: "en", bundles })).toContain("2026-11-20");
  });

  it("draws its chart axes and tooltips with Dutch day and month formats", async () => {
    const charts = reportCharts(model, "nl");
    expect(Object.keys(charts)).toEqual(["ageing", "dso", "badDebt", "forecast"]);
    const labels: string[] = [];
    for (const [name, spec] of Object.entries(charts)) {
      const json = JSON.stringify(spec);
      expect(json).not.toContain("%Y-%m-%d");
      const compiled = compile({ ...spec, width: 600 } as TopLevelSpec).spec;
      const view = new vega.View(vega.parse(compiled), { renderer: "none" });
      const svg = await view.toSVG();
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      expect(texts.join(" ")).not.toMatch(ISO);
      if (name === "forecast") expect(texts.some((t) => /^\d\d-\d\d-2026$/.test(t))).toBe(true);
      labels.push(...texts);
      view.finalize();
    }
    // Month axes in Dutch month names ("okt", "mrt" or "mei" occur in 13 month-ends).
    expect(labels.join(" ")).toMatch(/\b(okt|mrt|mei)\b/);
    const dso = JSON.stringify(charts.dso);
    expect(dso).toContain('"format":"%d-%m-%Y"');
  });
});
