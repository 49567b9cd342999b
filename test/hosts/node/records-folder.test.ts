// The node host's records folder over an in-memory file system: the five kinds read through app's
// loadRecords, text the CSV neutralised read back as typed, a broken row an issue naming kind, row,
// column and value — kept at the end when the record is saved again, so a fix by hand is never lost.
import { savePayments, saveReminderLog } from "../../../src/app";
import type { CliIo } from "../../../src/cli";
import type { Cents, IsoDay } from "../../../src/core";
import {
  assertRecordsReadable,
  readRecordsFolder,
  RECORD_FILES,
  recordsFolderHost,
} from "../../../src/hosts/node";
import type { PaymentRecord } from "../../../src/payments";

function memoryIo(initial: Record<string, string> = {}) {
  const files = new Map<string, Uint8Array>(
    Object.entries(initial).map(([k, v]) => [k, new TextEncoder().encode(v)])
  );
  const io: CliIo = {
    stdout: () => undefined,
    stderr: () => undefined,
    readFile: async (f) => {
      const data = files.get(f);
      if (!data) throw Object.assign(new Error(`ENOENT: ${f}`), { code: "ENOENT" });
      return data;
    },
    writeFile: async (f, d) => void files.set(f, d),
  };
  return { io, text: (f: string) => new TextDecoder().decode(files.get(f)) };
}

const payment = (invoiceId: string, amount: number, name: string | null = null): PaymentRecord => ({
  statementKey: "NL91ABNA0417164300/2026-48",
  entryKey: invoiceId,
  day: "2026-12-02" as IsoDay,
  customerId: "K1",
  invoiceId,
  amount: amount as Cents,
  name,
  iban: null,
  reference: null,
});

const HEADER =
  "Afschrift;Boeking;Boekdatum;Debiteurnummer;Factuurnummer;Bedrag;Naam betaler;IBAN betaler;Betalingsreferentie";

test("the file names are the documented Dutch ones", () => {
  expect(RECORD_FILES).toEqual({
    reminderLog: "verzendlog.csv",
    handovers: "overdrachten.csv",
    conversations: "gesprekken.csv",
    contacts: "contactpersonen.csv",
    payments: "betalingen.csv",
  });
});

test("an empty folder is no records; what is saved reads back, formula-like text as typed", async () => {
  const { io, text } = memoryIo();
  const empty = await readRecordsFolder("boeken", io);
  expect(empty).toMatchObject({ log: [], conversation: [], payments: [], issues: [], kept: true });
  const records = [payment("A1", 50000, "=1+1 B.V."), payment("A2", 1234, "'s-Hertogenbosch BV")];
  await savePayments(recordsFolderHost("boeken/", io), "boeken", records);
  // The CSV neutralises the formula-like name for a spreadsheet…
  expect(text("boeken/betalingen.csv")).toContain("'=1+1 B.V.");
  // …and the folder reads it back as typed.
  const again = await readRecordsFolder("boeken", io);
  expect(again.payments).toEqual(records);
  expect(again.issues).toEqual([]);
});

test("a broken row is an issue with its kind, row, column and value, and survives the next save", async () => {
  const { io, text } = memoryIo({
    "boeken/betalingen.csv": [
      HEADER,
      "S;1;02-12-2026;K1;A1;500,00;;;",
      "S;2;02-12-2026;K1;A2;veel;;;",
      "",
    ].join("\r\n"),
  });
  const records = await readRecordsFolder("boeken", io);
  expect(records.payments.map((p) => [p.invoiceId, p.amount])).toEqual([["A1", 50000]]);
  expect(records.issues).toEqual([
    expect.objectContaining({ kind: "payments", row: 3, column: "Bedrag", value: "veel" }),
  ]);
  expect(() => assertRecordsReadable("boeken", records)).toThrow(
    /boeken\/betalingen\.csv cannot be read completely \(1 problem\)[^]*row 3, column Bedrag \("veel"\)/
  );
  await savePayments(recordsFolderHost("boeken", io), "boeken", [
    ...records.payments,
    payment("A3", 700),
  ]);
  const saved = text("boeken/betalingen.csv").trim().split(/\r?\n/);
  expect(saved).toHaveLength(4);
  expect(saved[3]).toContain("veel"); // the broken row, kept at the end
  const after = await readRecordsFolder("boeken", io);
  expect(after.payments.map((p) => p.invoiceId)).toEqual(["A1", "A3"]);
  expect(after.issues).toEqual([expect.objectContaining({ kind: "payments", row: 4 })]);
});

test("a quote never closed is an issue of that file's kind; a header renamed stops the save", async () => {
  const { io } = memoryIo({
    "boeken/verzendlog.csv": 'Datum;Debiteurnummer;Naam\r\n2026-12-01;K1;"Jansen\r\n',
    "boeken/overdrachten.csv": "Datum;Klant\r\n2026-12-01;K1\r\n",
  });
  const records = await readRecordsFolder("boeken", io);
  expect(new Set(records.issues.map((i) => i.kind))).toEqual(new Set(["reminderLog", "handovers"]));
  await expect(saveReminderLog(recordsFolderHost("boeken", io), "boeken", [])).rejects.toThrow(
    /cannot save the reminder log/
  );
});
