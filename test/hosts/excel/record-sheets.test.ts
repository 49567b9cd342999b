// Openstaand's records on owned sheets, against the fake Excel that stores values as Excel does
// (quote prefix dropped, number-like text in General cells turned into numbers and dates): the
// Verzendlog and Overdracht sheets round-trip, are readable tables, refuse a user's sheet of the
// same name, write in chunks, and read what a user typed into them.
import {
  loadConversation,
  loadRecords,
  saveContacts,
  saveConversation,
  saveHandovers,
  savePayments,
  saveReminderLog,
} from "../../../src/app";
import { isoDay, dayToSerial, cents } from "../../../src/core";
import { DEMO_COMPANY, lettersFor, NUMBER_FORMATS } from "../../../src/documents";
import {
  markHandedOver,
  NO_HANDOVERS,
  reminderLogEntries,
  type ReminderLogEntry,
} from "../../../src/records";
import { reminderRun, type Contact, type ConversationEntry } from "../../../src/dunning";
import type { PaymentRecord } from "../../../src/payments";
import {
  createExcelHost,
  setExcelRuntime,
  OWNED_SHEETS_SETTING,
  RECORD_SHEETS,
} from "../../../src/hosts/excel";
import { AS_OF, stageLedger } from "../../documents/letter-fixture";
import { FakeExcel } from "./fake-excel";

const LOG = "Openstaand \u2013 Verzendlog";
const HANDOVERS = "Openstaand \u2013 Overdracht";
const USER_ROWS = [
  ["Factuur", "Klant", "Bedrag"],
  ["F1", "Bakkerij De Korenaar", 1210.5],
];

const ledger = stageLedger();
const demoLog = reminderLogEntries(
  lettersFor(ledger, reminderRun(ledger, AS_OF), { company: DEMO_COMPANY })
);

/** An entry whose texts Excel would mangle in a General cell. */
const awkward: ReminderLogEntry = {
  ...demoLog[0]!,
  customerId: "00123",
  customerName: "'t Hoekje V.O.F.",
  invoices: [
    { invoiceId: "2026-11-01", stage: 1 },
    { invoiceId: "=1+1", stage: 1 },
  ],
  stage: 1,
  stageKind: "reminder",
  stageName: "1e herinnering",
  channel: "letter",
  principal: cents(-12050),
  deadline: null,
};

let excel: FakeExcel;
const host = () => createExcelHost();
beforeEach(() => {
  excel = new FakeExcel();
  excel.coerceValues = true;
  excel.addSheet("Debiteuren", USER_ROWS);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

test("the sheets have the same name in Dutch and English Excel", () => {
  expect(RECORD_SHEETS).toEqual({
    reminderLog: LOG,
    handovers: HANDOVERS,
    conversations: "Openstaand \u2013 Gesprekken",
    contacts: "Openstaand \u2013 Contactpersonen",
    payments: "Openstaand \u2013 Betalingen",
  });
});

test("the Verzendlog is an owned Excel table that reads back to the same entries", async () => {
  const log = [...demoLog, awkward];
  await saveReminderLog(host(), "Debiteuren", log);
  const sheet = excel.sheet(LOG);
  expect(excel.values(LOG, "A1:O1")[0]).toEqual([
    "Datum",
    "Debiteurnummer",
    "Naam",
    "Fase",
    "Fasenaam",
    "Soort fase",
    "Kanaal",
    "Sjabloon",
    "Taal",
    "Facturen",
    "Hoofdsom",
    "Rente",
    "Incassokosten",
    "Totaal",
    "Termijn tot",
  ]);
  const last = log.length + 1;
  // Ids and dates stay text ("@"), the stage is a number, amounts are euros with a euro format.
  expect(excel.values(LOG, `A${last}:K${last}`)[0]).toEqual([
    awkward.date,
    "00123",
    "'t Hoekje V.O.F.",
    1,
    "1e herinnering",
    "herinnering",
    "brief",
    awkward.templateId,
    awkward.language,
    "2026-11-01 (fase 1); =1+1 (fase 1)",
    -120.5,
  ]);
  expect(sheet.formats.get("1,0")).toBe("@");
  expect(sheet.formats.get("1,1")).toBe("@");
  expect(sheet.formats.get("1,3")).toBe("0");
  expect(sheet.formats.get("1,10")).toBe(NUMBER_FORMATS.cents);
  expect(sheet.formats.get("1,14")).toBe("@");
  expect(sheet.bold).toEqual(new Set(["A1:O1"]));
  expect(sheet.autofit).toEqual([`A1:O${last}`]);
  expect(excel.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.rect)).toEqual([
    { r: 0, c: 0, rows: last, cols: 15 },
  ]);
  expect(JSON.parse(excel.settings.get(OWNED_SHEETS_SETTING) as string)).toEqual([sheet.id]);
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
  for (const w of excel.writes()) expect([LOG, OWNED_SHEETS_SETTING]).toContain(w.target);

  const records = await loadRecords(host(), "ignored in Excel");
  expect(records).toEqual({
    log,
    handovers: NO_HANDOVERS,
    conversation: [],
    contacts: [],
    payments: [],
    issues: [],
    kept: true,
  });
});

test("the Overdracht sheet keeps the hand-over state; a re-save replaces the sheet", async () => {
  const first = markHandedOver(
    NO_HANDOVERS,
    [{ customerId: "00123", invoiceId: "2026001" }],
    isoDay("2026-11-20"),
    "incasso-2026-11-20",
    "collection"
  );
  await saveHandovers(host(), "x", first);
  const firstId = excel.sheet(HANDOVERS).id;
  const second = markHandedOver(
    first,
    [{ customerId: "10003", invoiceId: "F7" }],
    isoDay("2026-11-21"),
    "factoring-2026-11-21",
    "factoring"
  );
  await saveHandovers(host(), "x", second);
  expect(excel.sheet(HANDOVERS).id).not.toBe(firstId);
  expect(excel.values(HANDOVERS, "A1:E3")).toEqual([
    ["Debiteurnummer", "Factuurnummer", "Datum overdracht", "Batch", "Soort"],
    ["00123", "2026001", "2026-11-20", "incasso-2026-11-20", "incasso"],
    ["10003", "F7", "2026-11-21", "factoring-2026-11-21", "overgedragen aan de factor"],
  ]);
  expect((await loadRecords(host(), "x")).handovers).toEqual(second);
  // Undo of everything leaves an empty table, ready for typing, and reads back as no records.
  await saveHandovers(host(), "x", NO_HANDOVERS);
  expect(excel.tables.map((t) => t.rect)).toEqual([{ r: 0, c: 0, rows: 2, cols: 5 }]);
  expect((await loadRecords(host(), "x")).handovers).toEqual(NO_HANDOVERS);
});

test("no sheet: nothing kept yet; a user's sheet of that name: not-owned, untouched", async () => {
  expect(await host().readRecords?.("reminderLog", "x")).toBeNull();
  expect(await loadRecords(host(), "x")).toEqual({
    log: [],
    handovers: NO_HANDOVERS,
    conversation: [],
    contacts: [],
    payments: [],
    issues: [],
    kept: true,
  });
  excel.addSheet(LOG, [
    ["Datum", "Debiteurnummer"],
    ["mijn eigen lijst", "10004"],
  ]);
  const read = await loadRecords(host(), "x").catch((e: unknown) => e);
  expect(read).toMatchObject({
    code: "not-owned",
    place: { sheet: LOG },
    message: expect.stringContaining(`The sheet '${LOG}' was not made by Openstaand`),
    nl: expect.stringContaining("niet door Openstaand gemaakt"),
  });
  excel.syncs = [];
  await expect(saveReminderLog(host(), "x", demoLog)).rejects.toMatchObject({
    code: "not-owned",
  });
  expect(excel.values(LOG, "A2:B2")).toEqual([["mijn eigen lijst", "10004"]]);
  expect(excel.writes()).toEqual([]);
});

test("what the user typed or broke in the sheet is read, named, and kept on the next save", async () => {
  await saveReminderLog(host(), "x", demoLog.slice(0, 3));
  const sheet = excel.sheet(LOG);
  // The user deletes row 3 (undo of that letter), types a date as a date in row 2, breaks the
  // amount of row 4 and adds a row by hand below the table, with a serial date and a number id.
  const rows = [0, 1, 3].map((r) => sheet.cells.get(r)!);
  rows[1]![0] = dayToSerial(isoDay(demoLog[0]!.date));
  rows[2]![10] = "veel";
  sheet.cells = new Map(rows.map((row, i) => [i, row]));
  sheet.cells.set(4, [
    dayToSerial(isoDay("2026-11-23")),
    10004,
    "Telefoon",
    1,
    "Herinnering",
    "herinnering",
    "telefoon",
    "",
    "nl",
    "F1",
    10,
  ]);
  const records = await loadRecords(host(), "x");
  expect(records.log).toEqual([
    demoLog[0],
    expect.objectContaining({
      date: "2026-11-23",
      customerId: "10004",
      channel: "phone-task",
      invoices: [{ invoiceId: "F1", stage: 1 }],
      principal: 1000,
      total: 1000,
    }),
  ]);
  expect(records.issues).toEqual([
    expect.objectContaining({ kind: "reminderLog", row: 3, column: "Hoofdsom", value: "veel" }),
  ]);
  // Saving the readable entries plus a new one keeps the broken row at the end, as it was.
  await saveReminderLog(host(), "x", [...records.log, demoLog[5]!]);
  const again = await loadRecords(host(), "x");
  expect(again.log).toEqual([...records.log, demoLog[5]]);
  expect(again.issues).toEqual([
    expect.objectContaining({ row: 5, column: "Hoofdsom", value: "veel" }),
  ]);
  expect(excel.cell(LOG, "B5")).toBe(demoLog[2]!.customerId);
});

test("a renamed required column stops the save instead of wiping the log", async () => {
  await saveReminderLog(host(), "x", demoLog.slice(0, 2));
  excel.sheet(LOG).cells.get(0)![1] = "Klant";
  const records = await loadRecords(host(), "x");
  expect(records.log).toEqual([]);
  expect(records.issues).toEqual([
    expect.objectContaining({ row: 1, column: "Debiteurnummer", table: true }),
  ]);
  await expect(saveReminderLog(host(), "x", demoLog)).rejects.toMatchObject({
    code: "host",
    place: { column: "Debiteurnummer" },
    message: expect.stringContaining("so no recorded row is lost"),
  });
  expect(excel.cell(LOG, "B2")).toBe(demoLog[0]!.customerId);
});

test("serials in date columns follow the workbook's date system", async () => {
  excel.date1904 = true;
  await saveHandovers(
    host(),
    "x",
    markHandedOver(NO_HANDOVERS, [{ customerId: "1", invoiceId: "F1" }], isoDay("2026-11-20"), "b")
  );
  excel.sheet(HANDOVERS).cells.get(1)![2] = dayToSerial(isoDay("2026-11-20"), 1904);
  const records = await loadRecords(host(), "x");
  expect(records.handovers.records.map((r) => r.date)).toEqual(["2026-11-20"]);
});

test("a long log is written in chunks, each sync within the budget, and reads back", async () => {
  const budget = { payloadBytes: 6_000, bytesPerCell: 50, maxCells: 5_000_000 };
  excel.payloadLimit = 6_000;
  const long = Array.from({ length: 300 }, (_, i) => ({
    ...demoLog[i % demoLog.length]!,
    customerId: `K${i}`,
  }));
  const chunked = createExcelHost({ budget });
  await saveReminderLog(chunked, "x", long);
  const writes = excel.syncs.filter((s) => s.cellsWritten > 0);
  expect(writes.length).toBeGreaterThan(5);
  for (const s of excel.syncs) {
    expect(s.error).toBeUndefined();
    expect(s.bytesSent).toBeLessThanOrEqual(budget.payloadBytes);
    expect(s.bytesReceived).toBeLessThanOrEqual(budget.payloadBytes);
  }
  expect((await loadRecords(chunked, "x")).log).toEqual(long);
});

test("an Excel without the API version is told so before anything is touched", async () => {
  excel.apiMinor = 3;
  await expect(host().readRecords?.("handovers", "x")).rejects.toMatchObject({
    code: "unsupported",
  });
  await expect(
    host().writeRecords?.("handovers", "x", { headers: ["a"], rows: [] })
  ).rejects.toMatchObject({ code: "unsupported" });
  expect(excel.syncs).toEqual([]);
});

test("the Gesprekken and Contactpersonen sheets: owned tables, read back after a hand edit, broken rows kept", async () => {
  const TALK = "Openstaand \u2013 Gesprekken";
  const CONTACTS = "Openstaand \u2013 Contactpersonen";
  const base = {
    customerId: "00123",
    invoiceIds: ["2026-11-01"],
    openAtStart: cents(121_000),
    arrangementId: null,
    reason: "",
    status: null,
    owner: "MV",
    note: "",
  };
  const entries: ConversationEntry[] = [
    {
      ...base,
      date: isoDay("2026-11-20"),
      kind: "promise",
      amount: cents(121_000),
      due: isoDay("2026-11-27"),
    },
    {
      ...base,
      date: isoDay("2026-11-20"),
      kind: "dispute",
      amount: null,
      due: isoDay("2026-11-30"),
      openAtStart: null,
      reason: "Levering te laat",
      status: "open",
    },
  ];
  const contacts: Contact[] = [
    {
      customerId: "00123",
      person: "Mw. A. Bakker",
      phone: "0612345678",
      email: "a.bakker@hoekje.nl",
      paymentDay: 3,
      note: "",
    },
  ];
  await saveConversation(host(), "x", entries);
  await saveContacts(host(), "x", contacts);
  // Ids, dates and the phone number stay text ("@"): "00123", "0612345678" and "2026-11-01" survive.
  expect(excel.values(TALK, "A2:G2")[0]).toEqual([
    "2026-11-20",
    "00123",
    "betaalbelofte",
    "2026-11-01",
    1210,
    "2026-11-27",
    1210,
  ]);
  expect(excel.values(CONTACTS, "A2:E2")[0]).toEqual([
    "00123",
    "Mw. A. Bakker",
    "0612345678",
    "a.bakker@hoekje.nl",
    "woensdag",
  ]);
  expect(await loadConversation(host(), "x")).toEqual({ entries, contacts, issues: [] });
  for (const w of excel.writes())
    expect([TALK, CONTACTS, OWNED_SHEETS_SETTING]).toContain(w.target);
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);

  // The controller closes the dispute by typing "Creditnota" in Status, and breaks the promise's amount.
  const sheet = excel.sheet(TALK);
  sheet.cells.get(2)![9] = "Creditnota";
  sheet.cells.get(1)![4] = "twaalfhonderd";
  const read = await loadConversation(host(), "x");
  expect(read.entries).toEqual([{ ...entries[1], status: "credit-note" }]);
  expect(read.issues).toEqual([
    expect.objectContaining({
      kind: "conversations",
      row: 2,
      column: "Bedrag",
      value: "twaalfhonderd",
    }),
  ]);
  // Saving again keeps the broken row at the end, as typed, for the user to fix.
  await saveConversation(host(), "x", read.entries);
  expect(excel.values(TALK, "C2:C3")).toEqual([["geschil"], ["betaalbelofte"]]);
  expect(excel.values(TALK, "E3:E3")).toEqual([["twaalfhonderd"]]);
});

test("the Betalingen sheet: an owned table, hand edits read back, broken rows kept, a user's sheet refused", async () => {
  const PAY = "Openstaand \u2013 Betalingen";
  const statement = "NL69INGB0123456789 STMT-2026-11-20";
  const records: PaymentRecord[] = [
    {
      statementKey: statement,
      entryKey: `${statement} REF1`,
      day: isoDay("2026-11-20"),
      customerId: "00123",
      invoiceId: "2026-11-01",
      amount: cents(121_050),
      name: "'t Hoekje V.O.F.",
      iban: "NL91ABNA0417164300",
      reference: "RF18539007547034",
      ledgerOpen: cents(121_050),
    },
    {
      statementKey: statement,
      entryKey: `${statement} REF2`,
      day: isoDay("2026-11-20"),
      customerId: "10004",
      invoiceId: "=1+1",
      amount: cents(5_000),
      name: null,
      iban: null,
      reference: null,
    },
  ];
  await savePayments(host(), "x", records);
  // Ids, dates and references stay text; amounts are numbers in euros with the euro format.
  expect(excel.values(PAY, "A2:J2")[0]).toEqual([
    statement,
    `${statement} REF1`,
    "2026-11-20",
    "00123",
    "2026-11-01",
    1210.5,
    "'t Hoekje V.O.F.",
    "NL91ABNA0417164300",
    "RF18539007547034",
    1210.5,
  ]);
  expect(excel.values(PAY, "E3:E3")).toEqual([["=1+1"]]);
  expect(excel.sheet(PAY).formats.get("1,5")).toBe(NUMBER_FORMATS.cents);
  expect(excel.sheet(PAY).formats.get("1,3")).toBe(NUMBER_FORMATS.text);
  for (const w of excel.writes()) expect([PAY, OWNED_SHEETS_SETTING]).toContain(w.target);
  expect(excel.values("Debiteuren", "A1:C2")).toEqual(USER_ROWS);
  expect((await loadRecords(host(), "x")).payments).toEqual(records);

  // The controller corrects the first amount by hand and breaks the second.
  const sheet = excel.sheet(PAY);
  sheet.cells.get(1)![5] = 1200;
  sheet.cells.get(2)![5] = "vijftig";
  const read = await loadRecords(host(), "x");
  expect(read.payments).toEqual([{ ...records[0], amount: 120_000 }]);
  expect(read.issues).toEqual([
    expect.objectContaining({ kind: "payments", row: 3, column: "Bedrag", value: "vijftig" }),
  ]);
  // Saving again (a new statement confirmed) keeps the broken row at the end, as typed.
  const next: PaymentRecord = {
    ...records[0]!,
    statementKey: "S2",
    entryKey: "S2 REF1",
    amount: cents(10),
  };
  await savePayments(host(), "x", [...read.payments, next]);
  expect(excel.values(PAY, "F2:F4")).toEqual([[1200], [0.1], ["vijftig"]]);
  expect((await loadRecords(host(), "x")).payments).toEqual([read.payments[0], next]);

  // A user's own sheet of that name is never read as payments nor written over.
  excel = new FakeExcel();
  excel.coerceValues = true;
  excel.addSheet(PAY, [
    ["Afschrift", "Bedrag"],
    ["mijn eigen", 12],
  ]);
  setExcelRuntime(excel.runtime());
  await expect(loadRecords(host(), "x")).rejects.toMatchObject({
    code: "not-owned",
    place: { sheet: PAY },
  });
  await expect(savePayments(host(), "x", records)).rejects.toMatchObject({ code: "not-owned" });
  expect(excel.values(PAY, "A2:B2")).toEqual([["mijn eigen", 12]]);
  expect(excel.writes()).toEqual([]);
});
