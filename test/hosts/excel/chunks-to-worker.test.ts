// Issue 14, the Excel host off the page: the used range is read in chunks (one sync each, within
// the payload budget) and each chunk goes to the ledger worker as it is read — in order, nothing
// collected on the page; the worker reads the ledger (readLedger) and keeps it, so the analysis
// asked next runs there without the page feeding it the ledger again. Against the in-memory Excel
// fake, with the worker's own message handler (ledgerWorkerCore) behind a stand-in Worker that
// passes every message through structuredClone, as postMessage does. The result equals the read
// and the analysis made in process (loadLedger without a worker, analyseForWorkbench).
import {
  analyseForWorkbench,
  analyseLedger,
  DEFAULT_SETTINGS,
  loadLedger,
  NO_RECORDS,
  type Host,
  type WorkbenchAnalysis,
} from "../../../src/app";
import { dayToSerial, isoDay } from "../../../src/core";
import {
  analyseOffThread,
  ledgerFromChunksOffThread,
  ledgerWorkerCore,
  type FileJobMessage,
} from "../../../src/hosts/browser";
import { createExcelHost, rowsPerChunk, setExcelRuntime } from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const asOf = isoDay("2026-12-07");
const HEADER = ["Factuurnummer", "Debiteurnummer", "Naam", "Factuurdatum", "Vervaldatum", "Bedrag"];
const ROWS = 240;
const sheetRows = (): unknown[][] =>
  Array.from({ length: ROWS }, (_, i) => [
    `F-${1000 + i}`,
    `D${i % 17}`,
    `Klant ${i % 17}`,
    dayToSerial(isoDay("2026-08-01")) + (i % 90),
    dayToSerial(isoDay("2026-09-01")) + (i % 90),
    // Amounts as Excel holds them (numbers), a few as text, one unreadable (an issue with its row).
    i === 77 ? "veel" : i % 5 === 0 ? `${(100 + i).toFixed(2).replace(".", ",")}` : 100 + i + 0.5,
  ]);
/** 40 cells a sync: 6 columns → 6 rows a chunk. */
const small = { payloadBytes: 2_000, bytesPerCell: 50, maxCells: 5_000_000 };

/** A Worker stand-in running the ledger worker's handler, every message cloned both ways. */
class StandInWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: { kind: string; rows?: number; first?: unknown }[] = [];
  terminated = false;
  private readonly handle = ledgerWorkerCore((message: FileJobMessage | unknown) => {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent);
    }, 0);
  });
  postMessage(message: { kind: string; values?: unknown[][] }): void {
    if (this.terminated) return;
    const copy = structuredClone(message);
    this.received.push({
      kind: copy.kind,
      ...(copy.values ? { rows: copy.values.length, first: copy.values[0]?.[0] } : {}),
    });
    setTimeout(() => this.handle(copy as Parameters<typeof this.handle>[0]), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Debiteuren", [HEADER, ...sheetRows()]);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

/** The Excel host with the worker's doors, as the task pane composes it (src/main-pane.tsx). */
function paneHost(workers: StandInWorker[]): Host {
  return {
    ...createExcelHost({ budget: small }),
    analyseLedger: analyseOffThread,
    ledgerFromChunks: () =>
      ledgerFromChunksOffThread(() => {
        const worker = new StandInWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      }),
  };
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

describe("the used range goes to the worker chunk by chunk", () => {
  it("reaches the worker in order, and the ledger read there equals the one read in place", async () => {
    const workers: StandInWorker[] = [];
    const progress: number[] = [];
    const host = paneHost(workers);
    const read = await loadLedger(host, { asOf, onProgress: (p) => progress.push(p.rowsDone) });
    const inPlace = await loadLedger(createExcelHost({ budget: small }), { asOf });

    expect(workers).toHaveLength(1);
    const [worker] = workers as [StandInWorker];
    const chunks = worker.received.filter((m) => m.kind === "values");
    const size = rowsPerChunk(HEADER.length, small);
    // Every row of the used range (the header too), in chunks of the budget's size, in order.
    expect(chunks.length).toBe(Math.ceil((ROWS + 1) / size));
    expect(chunks.reduce((n, c) => n + (c.rows ?? 0), 0)).toBe(ROWS + 1);
    expect(chunks.every((c) => (c.rows ?? 0) <= size)).toBe(true);
    expect(chunks.map((c) => c.first)).toEqual(
      Array.from({ length: chunks.length }, (_, k) =>
        k === 0 ? "Factuurnummer" : `F-${1000 + k * size - 1}`
      )
    );
    expect(worker.received.at(-1)?.kind).toBe("values-done");
    // Rows read of the used range, rising to the whole of it.
    expect(progress.at(-1)).toBe(ROWS + 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    // The same read: ledger, issues (the unreadable amount names its row), control totals.
    expect(read.ledger).toStrictEqual(inPlace.ledger);
    expect(read.issues).toStrictEqual(inPlace.issues);
    expect(read.issues.some((i) => i.row === 79 && String(i.value) === "veel")).toBe(true);
    expect(read.source).toBe(inPlace.source);
    expect(read.headers).toEqual(HEADER);

    // The analysis runs in that worker, which holds the ledger: nothing is fed to it again.
    const input = {
      ...read,
      today: asOf,
      asOf: read.asOf as typeof asOf,
      records: NO_RECORDS,
      administration: { kind: "workbook" as const },
    };
    const got = await analyseLedger(host, input, DEFAULT_SETTINGS);
    expect(workers).toHaveLength(1);
    expect(worker.received.map((m) => m.kind).filter((k) => k !== "values")).toEqual([
      "values-done",
      "analyse",
    ]);
    expect(comparable(got)).toStrictEqual(
      comparable(analyseForWorkbench({ ...input, ledger: inPlace.ledger }, DEFAULT_SETTINGS))
    );
  });

  it("a cancelled read stops the worker and keeps nothing", async () => {
    const workers: StandInWorker[] = [];
    const controller = new AbortController();
    const host = paneHost(workers);
    const reading = loadLedger(host, {
      asOf,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rowsDone >= 60) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ code: "cancelled" });
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[0]?.received.some((m) => m.kind === "values-done")).toBe(false);
  });

  it("a sheet without a ledger fails as in place, naming the sheet", async () => {
    excel = new FakeExcel();
    excel.addSheet("Debiteuren", [
      ["Omschrijving", "Opmerking"],
      ["a", "b"],
    ]);
    setExcelRuntime(excel.runtime());
    const workers: StandInWorker[] = [];
    const off = loadLedger(paneHost(workers), { asOf });
    const inPlace = loadLedger(createExcelHost({ budget: small }), { asOf });
    const [a, b] = await Promise.allSettled([off, inPlace]);
    expect(a.status).toBe("rejected");
    expect(b.status).toBe("rejected");
    const offError = (a as PromiseRejectedResult).reason as Error & { messageNl: string };
    const inError = (b as PromiseRejectedResult).reason as Error & { messageNl: string };
    expect(offError.message).toBe(inError.message);
    expect(offError.messageNl).toBe(inError.messageNl);
    expect(offError.message).toContain("'Debiteuren'");
  });
});
