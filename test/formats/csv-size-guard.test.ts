// A CSV too large for the full reader is refused before it is decoded, with a message naming the
// file, its size and the cap (English and Dutch); a file at the cap is read as usual.
import { CSV_MAX_BYTES, LedgerFileError, checkCsvSize, readLedgerFile } from "../../src/formats";

test("a 257 MB CSV is refused at once, naming file, size and cap in both languages", async () => {
  // Text that would read as a ledger if it were read: the refusal comes from the size alone.
  const line = new TextEncoder().encode("F1;Bakkerij De Korenaar;2026-10-01;121,00\n");
  const bytes = new Uint8Array(CSV_MAX_BYTES + 1024 * 1024);
  bytes.set(new TextEncoder().encode("Factuur;Klant;Vervaldatum;Bedrag\n"));
  for (let at = 34; at + line.length < 4096; at += line.length) bytes.set(line, at);
  const started = Date.now();
  const read = readLedgerFile(bytes, "grootboek-2026.csv");
  await expect(read).rejects.toBeInstanceOf(LedgerFileError);
  await expect(read).rejects.toMatchObject({
    message:
      "grootboek-2026.csv is too large to read: the file is 257 MB, and Openstaand reads CSV files of at most 256 MB. Export only the open items (not settled invoices or other years), or split the file per administration.",
    messageNl: expect.stringMatching(
      /^grootboek-2026\.csv is te groot om in te lezen: het bestand is 257 MB, en Openstaand leest CSV-bestanden van hooguit 256 MB\./
    ),
  });
  // Refused before decoding: far quicker than reading 257 MB would be.
  expect(Date.now() - started).toBeLessThan(5000);
});

test("the cap itself is allowed; one byte over is not; a small CSV reads as before", async () => {
  expect(() => checkCsvSize(CSV_MAX_BYTES, "a.csv")).not.toThrow();
  expect(() => checkCsvSize(CSV_MAX_BYTES + 1, "a.csv")).toThrow("a.csv is too large to read");
  const small = new TextEncoder().encode(
    "Factuur;Klant;Vervaldatum;Bedrag\nF1;Bakkerij De Korenaar;2026-10-01;121,00\n"
  );
  const result = await readLedgerFile(small, "klein.csv");
  expect(result.kind).toBe("csv");
  expect(result.control.accepted).toBe(1);
});
