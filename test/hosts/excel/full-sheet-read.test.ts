// A full 1,048,576-row sheet read through the Excel host's chunked reader against the fake, with
// values generated on demand so only one chunk is ever in memory: every sync stays within Excel on
// the web's 5 MB payload and the 5,000,000-cell limit.
import {
  DEFAULT_CHUNK_BUDGET,
  EXCEL_CELL_LIMIT,
  EXCEL_PAYLOAD_LIMIT_BYTES,
  rowsPerChunk,
  resolveSource,
  runExcel,
  setExcelRuntime,
  readRangeInChunks,
} from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const ROWS = 1_048_576;
const COLUMNS = 10;

test("a 1,048,576-row sheet is read in chunks within the budget", async () => {
  const excel = new FakeExcel();
  // Realistic cells: invoice numbers, customer names, serial dates, amounts with cents.
  excel.addGeneratedSheet("Debiteuren", {
    rows: ROWS,
    columns: COLUMNS,
    cell: (r, c) =>
      r === 0
        ? `Kolom ${c + 1}`
        : c === 0
          ? `VF-2026-${r}`
          : c === 1
            ? `Debiteur ${r % 997} B.V.`
            : c < 4
              ? 45000 + (r % 700)
              : Math.round(((r * 7919 + c) % 1_000_000) * 1.01) / 100,
  });
  setExcelRuntime(excel.runtime());
  let rowsSeen = 0;
  let lastProgress = 0;
  let firstCell: unknown = null;
  await runExcel(async (context) => {
    const { block } = await resolveSource(context);
    expect(block.rowCount).toBe(ROWS);
    await readRangeInChunks(context, block, {
      onChunk: (values, rowIndex) => {
        if (rowIndex === 0) firstCell = values[1]?.[0];
        expect(rowIndex).toBe(rowsSeen);
        rowsSeen += values.length;
      },
      onProgress: (p) => (lastProgress = p.rowsDone),
    });
  });
  setExcelRuntime(null);
  expect(rowsSeen).toBe(ROWS);
  expect(lastProgress).toBe(ROWS);
  expect(firstCell).toBe("VF-2026-1");
  const reads = excel.syncs.filter((s) => s.cellsRead > 0);
  expect(reads).toHaveLength(Math.ceil(ROWS / rowsPerChunk(COLUMNS)));
  expect(reads.length).toBeGreaterThan(100);
  expect(excel.syncs.every((s) => !s.error)).toBe(true);
  const largest = Math.max(...reads.map((s) => s.bytesReceived));
  expect(largest).toBeLessThanOrEqual(DEFAULT_CHUNK_BUDGET.payloadBytes);
  expect(largest).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
  expect(Math.max(...reads.map((s) => s.cellsRead))).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
});
