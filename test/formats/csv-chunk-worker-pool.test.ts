import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fastCsvFrame, FastPathUnsupported } from "../../src/formats";
import { CsvChunkWorker, parallelCsvFrame, readFileShared } from "../../src/hosts/node";

const dir = mkdtempSync(path.join(tmpdir(), "openstaand-worker-"));
let worker: CsvChunkWorker;

beforeAll(async () => {
  worker = await CsvChunkWorker.start();
});
afterAll(async () => {
  await worker.close();
  rmSync(dir, { recursive: true, force: true });
});

function csvFile(name: string, rows: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, ["factuur,klant,naam,vervaldatum,bedrag,openstaand", ...rows].join("\r\n"));
  return file;
}

describe("parallelCsvFrame", () => {
  it("gives the same frame as fastCsvFrame, customers in order of first appearance", async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `F${i},${["Zoë", "C2", "C3", "Ærø"][(i * 7) % 4]}${i > 1500 ? "-laat" : ""},` +
        `${i % 3 === 0 ? "" : `Naam ${i % 5}`},2025-0${1 + (i % 9)}-1${i % 10},${i}.${i % 100},${i % 2 === 0 ? `${i}` : ""}`
    );
    const file = csvFile("ledger.csv", rows);
    const bytes = readFileShared(file);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const parallel = await parallelCsvFrame(bytes, worker);
    const single = fastCsvFrame(new Uint8Array(bytes));
    expect(parallel.length).toBe(2000);
    expect(parallel.customers).toEqual(single.customers);
    // Row i has customer (7i mod 4): Zoë, Ærø, C3, C2; rows after 1500 (in the worker's half) add "-laat".
    expect(parallel.customers.map((c) => c.id)).toEqual([
      "Zoë",
      "Ærø",
      "C3",
      "C2",
      "Ærø-laat",
      "C3-laat",
      "C2-laat",
      "Zoë-laat",
    ]);
    for (const column of ["customer", "dueDay", "amount", "open", "dueDerived"] as const)
      expect(Array.from(parallel[column])).toEqual(Array.from(single[column]));
    expect(parallel.invoiceId(1999)).toBe("F1999");
  });

  it("gives the same frame when the first half has more rows than its line lengths promised", async () => {
    // Long lines first (the estimate samples them), then short ones: the first half's rows do not
    // fit the room left for them, so that half moves to arrays of its own and the join copies.
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      i < 4000
        ? `F${i},C${i % 9},${"Lange naam ".repeat(8)}${i},2025-02-01,10.00,5.00`
        : `F${i},C${i % 9},,2025-02-01,1,1`
    );
    const bytes = readFileShared(csvFile("uneven.csv", rows));
    const parallel = await parallelCsvFrame(bytes, worker);
    const single = fastCsvFrame(new Uint8Array(bytes));
    expect(parallel.length).toBe(30_000);
    expect(parallel.customers).toEqual(single.customers);
    for (const column of ["customer", "dueDay", "amount", "open"] as const)
      expect(Array.from(parallel[column])).toEqual(Array.from(single[column]));
    expect(parallel.invoiceId(29_999)).toBe("F29999");
  });

  it("falls back to one thread when the worker is gone", async () => {
    const gone = await CsvChunkWorker.start();
    await gone.close();
    const rows = Array.from({ length: 500 }, (_, i) => `F${i},C${i % 4},,2025-01-31,1.00,0.50`);
    const bytes = readFileShared(csvFile("gone.csv", rows));
    const frame = await parallelCsvFrame(bytes, gone);
    expect(frame.length).toBe(500);
    expect(Array.from(frame.open)).toEqual(Array.from(fastCsvFrame(new Uint8Array(bytes)).open));
  });

  it("names the file's own row when the second half has a bad value", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `F${i},C${i % 4},,2025-01-31,1.00,1.00`);
    rows[90] = "F90,C2,,31-01-2025,1.00,1.00";
    const bytes = readFileShared(csvFile("bad.csv", rows));
    await expect(parallelCsvFrame(bytes, worker)).rejects.toThrow(FastPathUnsupported);
    await expect(parallelCsvFrame(bytes, worker)).rejects.toThrow(
      'Row 92: "31-01-2025" is not an ISO day.'
    );
  });
});
