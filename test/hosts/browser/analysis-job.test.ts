/**
 * The analysis in the ledger worker: what the page rebuilds from the worker's message (analyseHeld
 * on the worker's side, structuredClone between, as postMessage does, rebuiltAnalysis on the page's)
 * is exactly what analyseForWorkbench gives on the page — the report with its frame (invoice numbers
 * included), the reminder review, the ledger with the kept records applied, what was not applied,
 * and the customer index — for the demo ledger with a reminder log, and for a ledger with rows in another currency
 * (a frame of fewer rows than the ledger). The served page runs both sides with a real Worker
 * (test/e2e/file-worker.test.ts).
 */
import {
  analyseForWorkbench,
  analyseWithRecords,
  customerIndex,
  DEFAULT_SETTINGS,
  NO_RECORDS,
  type AnalysisInput,
  type WorkbenchAnalysis,
} from "../../../src/app";
import { serialize } from "node:v8";
import type { Cents, IsoDay } from "../../../src/core";
import { demoLedger } from "../../../src/demo";
import {
  AnalysisAssembler,
  analyseHeld,
  analysisMessages,
  rebuiltAnalysis,
  transferables,
  type PostedAnalysis,
} from "../../../src/hosts/browser";
import { readLedger } from "../../../src/ledger";
import type { ReminderLogEntry } from "../../../src/records";
import { testLedger } from "../../analytics/ledger-fixture";

/**
 * Through the worker: the request without the ledger, the answer in its messages (the long lists
 * in parts, then the rest), each cloned as postMessage would.
 */
function throughWorker(input: AnalysisInput): WorkbenchAnalysis {
  const { ledger, ...request } = input;
  const posted = analyseHeld(structuredClone(ledger), structuredClone(request), DEFAULT_SETTINGS);
  const buffers = transferables(posted);
  const parts = new AnalysisAssembler();
  let whole: PostedAnalysis | null = null;
  for (const message of analysisMessages(7, posted)) {
    const received = structuredClone(
      message,
      message.kind === "analysis" ? { transfer: buffers } : undefined
    );
    expect(received.id).toBe(7);
    if (received.kind === "analysis-part") parts.part(received.path, received.items);
    if (received.kind === "analysis") whole = parts.whole(received.posted);
  }
  return rebuiltAnalysis(whole as unknown as PostedAnalysis, ledger);
}

/** The result with the frame's invoice numbers listed (a function compares by identity only). */
function comparable(result: WorkbenchAnalysis) {
  const { frame, ...report } = result.analysis.report;
  const { invoiceId, ...columns } = frame;
  const ids = Array.from({ length: frame.length }, (_, i) => invoiceId(i));
  return {
    ...result,
    analysis: { ...result.analysis, report: { ...report, frame: columns, ids } },
  };
}

const sent = (customerId: string, invoiceId: string): ReminderLogEntry => ({
  date: "2026-10-20" as IsoDay,
  customerId,
  customerName: "",
  channel: "email",
  stage: 1,
  stageKind: "reminder",
  stageName: "Herinnering",
  templateId: "herinnering",
  language: "nl",
  invoices: [{ invoiceId, stage: 1 }],
  principal: 0 as Cents,
  interest: 0 as Cents,
  costs: 0 as Cents,
  total: 0 as Cents,
  deadline: null,
});

describe("the analysis in the ledger worker", () => {
  it("gives the demo ledger's analysis with its reminder log applied, as on the page", () => {
    const demo = demoLedger();
    const { ledger } = readLedger([demo.headers, ...demo.rows], { asOf: demo.asOf });
    const c = ledger.columns;
    const log = [0, 5, 9].map((i) => sent(c.customerId[i] as string, c.invoiceId[i] as string));
    const input: AnalysisInput = {
      ledger,
      asOf: demo.asOf,
      dayBasis: "source",
      today: demo.asOf,
      records: { log: [...log, sent("nobody", "F-none")], handovers: NO_RECORDS.handovers },
      administration: { kind: "workbook" },
    };
    const direct = analyseForWorkbench(input, DEFAULT_SETTINGS);
    const got = throughWorker(input);
    expect(comparable(got)).toStrictEqual(comparable(direct));
    // The one analysis and the one customer index of src/app, not another.
    const { facts, notice, calls, ...analysed } = direct;
    expect(comparable({ ...analysed, facts, notice, calls })).toStrictEqual(
      comparable({ ...analyseWithRecords(input, DEFAULT_SETTINGS), facts, notice, calls })
    );
    expect(got.facts).toStrictEqual(customerIndex(got.ledger, got.analysis.asOf));
    // The log changed stages: only those cells came back, the rest is the page's own.
    const request = { ...input, ledger: undefined };
    const posted = analyseHeld(ledger, request, DEFAULT_SETTINGS);
    expect(posted.changed.reminderStage?.at).toEqual(
      [0, 5, 9].filter(
        (i) => direct.ledger.columns.reminderStage[i] !== ledger.columns.reminderStage[i]
      )
    );
    expect(posted.analysis.report.frame.invoiceIds).toBeNull();
    expect(got.ledger.columns.reminderStage).not.toBe(ledger.columns.reminderStage);
    expect(got.ledger.columns.amount).toBe(ledger.columns.amount);
    expect(got.ledger.columns.reminderStage[5]).toBe(1);
    expect(got.recordsNotApplied?.nl).toMatch(/^1 vastgelegde factuur staat niet in deze lijst/);
    expect(got.analysis.report.frame.length).toBeGreaterThan(100);
  });

  it("names the frame's invoices when rows in another currency are left out of it", () => {
    const ledger = testLedger([
      {
        customerId: "100",
        invoiceId: "F1",
        amount: 12_100,
        invoiceDate: "2026-09-01",
        dueDate: "2026-10-01",
      },
      {
        customerId: "100",
        invoiceId: "U1",
        amount: 9_900,
        invoiceDate: "2026-09-01",
        dueDate: "2026-10-01",
        currency: "USD",
      },
      {
        customerId: "200",
        invoiceId: "F2",
        amount: 5_000,
        invoiceDate: "2026-09-15",
        dueDate: "2026-10-15",
      },
    ]);
    const input: AnalysisInput = {
      ledger,
      asOf: "2026-11-20" as IsoDay,
      dayBasis: "chosen",
      today: "2026-11-20" as IsoDay,
      records: NO_RECORDS,
      administration: null,
    };
    const got = throughWorker(input);
    expect(comparable(got)).toStrictEqual(comparable(analyseForWorkbench(input, DEFAULT_SETTINGS)));
    const frame = got.analysis.report.frame;
    const request = { ...input, ledger: undefined };
    expect(analyseHeld(ledger, request, DEFAULT_SETTINGS).analysis.report.frame.invoiceIds).toEqual(
      ["F1", "F2"]
    );
    expect([frame.invoiceId(0), frame.invoiceId(1)]).toEqual(["F1", "F2"]);
    // Nothing applied: the page's ledger, its columns the page's own arrays.
    expect(got.ledger).toStrictEqual(ledger);
    expect(got.ledger.columns.invoiceId).toBe(ledger.columns.invoiceId);
  });
});

describe("the analysis of a large ledger comes back in parts", () => {
  it("no message over 1 MB for 30,000 rows, and the same analysis as on the page", () => {
    const rows: unknown[][] = [
      ["Factuurnummer", "Debiteurnummer", "Naam", "Vervaldatum", "Bedrag"],
    ];
    for (let i = 0; i < 30_000; i++)
      rows.push([
        `F${i}`,
        `D${i % 400}`,
        `Klant ${i % 400}`,
        `${1 + (i % 28)}-${1 + (i % 12)}-2026`,
        10 + (i % 900),
      ]);
    const asOf = "2026-12-07" as IsoDay;
    const { ledger } = readLedger(rows, { asOf });
    const input: AnalysisInput = {
      ledger,
      asOf,
      dayBasis: "chosen",
      today: asOf,
      records: NO_RECORDS,
      administration: null,
    };
    const { ledger: held, ...request } = input;
    const posted = analyseHeld(held, request, DEFAULT_SETTINGS);
    const whole = serialize(posted).length;
    const again = analyseHeld(held, request, DEFAULT_SETTINGS);
    // The typed arrays move to the page (transferred), they are not copied: not counted.
    const moved = transferables(again).reduce((n, b) => n + b.byteLength, 0);
    const messages = analysisMessages(1, again);
    const sizes = messages.map((m) => serialize(m).length - (m.kind === "analysis" ? moved : 0));
    expect(whole).toBeGreaterThan(5_000_000);
    expect(messages.filter((m) => m.kind === "analysis-part").length).toBeGreaterThan(10);
    expect(Math.max(...sizes)).toBeLessThan(1_000_000);
    expect(messages.at(-1)?.kind).toBe("analysis");
    expect(comparable(throughWorker(input))).toStrictEqual(
      comparable(analyseForWorkbench(input, DEFAULT_SETTINGS))
    );
  });
});
