// The record codecs: the reminder log and the hand-over state to a plain table (and CSV) and back,
// losslessly, and lenient-but-honest reading of what Excel or a user makes of the table.
import fc from "fast-check";
import {
  fromEpochDay,
  isoDay,
  toEpochDay,
  type IsoDay,
  dayToSerial,
  cents,
  type Cents,
} from "../../src/core";
import { DEMO_COMPANY, lettersFor, looksLikeFormula } from "../../src/documents";
import { exportCsvBytes, handoversFromCsv, reminderLogFromCsv } from "../../src/formats";
import {
  decodeHandovers,
  encodeHandovers,
  handoverTable,
  markHandedOver,
  NO_HANDOVERS,
  type HandoverRecord,
  reminderLogEntries,
  reminderLogTable,
  type ReminderLogEntry,
  decodeReminderLog,
  encodeReminderLog,
  invoiceListText,
  parseInvoiceList,
} from "../../src/records";
import { isExcelError } from "../../src/ledger";
import { reminderRun } from "../../src/dunning";
import { AS_OF, stageLedger } from "./letter-fixture";

const HEADERS = [
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
];

/** Text as a ledger gives it: trimmed, no Excel error value, not an apostrophe before a formula. */
const text = (minLength: number) =>
  fc
    .string({
      unit: fc.constantFrom(..."aZ09 -=+@;\\,()'\"#é€\n\t".split("")),
      minLength,
      maxLength: 14,
    })
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.length >= minLength &&
        !isExcelError(s) &&
        !(s.startsWith("'") && looksLikeFormula(s.slice(1)))
    );
const day = fc
  .integer({ min: toEpochDay(isoDay("2000-01-01")), max: toEpochDay(isoDay("2099-12-31")) })
  .map((n) => fromEpochDay(n));
const money = fc.integer({ min: -1e12, max: 1e12 }).map((n) => cents(n));

const entry: fc.Arbitrary<ReminderLogEntry> = fc.record({
  date: day,
  customerId: text(1),
  customerName: text(0),
  channel: fc.constantFrom("email", "letter", "phone-task"),
  stage: fc.integer({ min: 1, max: 9 }),
  stageKind: fc.constantFrom(
    "reminder",
    "fourteen-day-letter",
    "notice-of-default",
    "final-notice",
    "handover"
  ),
  stageName: text(0),
  templateId: text(0),
  language: fc.constantFrom("nl", "en"),
  invoices: fc.array(fc.record({ invoiceId: text(1), stage: fc.integer({ min: 0, max: 9 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  principal: money,
  interest: money,
  costs: money,
  total: money,
  deadline: fc.option(day, { nil: null }),
});

const record: fc.Arbitrary<HandoverRecord> = fc.record({
  customerId: text(1),
  invoiceId: text(1),
  date: day,
  batch: text(0),
  kind: fc.constantFrom("collection", "factoring"),
});

describe("reminder log codec", () => {
  it("round-trips any log through the record table", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (log) => {
        const decoded = decodeReminderLog(encodeReminderLog(log));
        expect(decoded.issues).toEqual([]);
        expect(decoded.entries).toEqual(log);
      }),
      { numRuns: 300 }
    );
  });

  it("round-trips any log through the CSV that remind writes (control line, neutralised text)", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (log) => {
        const decoded = reminderLogFromCsv(exportCsvBytes(reminderLogTable(log)));
        expect(decoded.issues).toEqual([]);
        expect(decoded.entries).toEqual(log);
      }),
      { numRuns: 300 }
    );
  });

  it("writes the Verzendlog columns a controller reads, and the demo letters' log reads back", () => {
    const ledger = stageLedger();
    const log = reminderLogEntries(
      lettersFor(ledger, reminderRun(ledger, AS_OF), { company: DEMO_COMPANY })
    );
    expect(log.length).toBeGreaterThan(5);
    const table = encodeReminderLog(log);
    expect(table.headers).toEqual(HEADERS);
    const b2 = log.find((e) => e.customerId === "B2-nl")!;
    const row = table.rows[log.indexOf(b2)]!;
    expect(row[0]).toBe("2026-11-20");
    expect(row[5]).toBe("herinnering");
    expect(row[6]).toBe(b2.channel === "email" ? "e-mail" : "brief");
    expect(row[9]).toBe(invoiceListText(b2.invoices));
    expect(row[9]).toMatch(/^\S+ \(fase 2\); \S+ \(fase 2\)$/);
    expect(row[10]).toBe(b2.principal / 100);
    expect(decodeReminderLog(table).entries).toEqual(log);
    const csv = exportCsvBytes(reminderLogTable(log));
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(csv).split("\r\n");
    expect(lines[0]).toBe(`\uFEFF${HEADERS.join(";")}`);
    expect(lines.at(-2)).toMatch(new RegExp(`^;;Controletotaal: ${log.length} berichten;`));
    expect(reminderLogFromCsv(csv).entries).toEqual(log);
  });

  it("invoice lists escape ';' and '\\' and read the older 'F1, F2' form", () => {
    const invoices = [
      { invoiceId: "A;1", stage: 2 },
      { invoiceId: "B\\2 (fase 7)", stage: 3 },
    ];
    expect(invoiceListText(invoices)).toBe("A\\;1 (fase 2); B\\\\2 (fase 7) (fase 3)");
    expect(parseInvoiceList(invoiceListText(invoices), 1)).toEqual(invoices);
    expect(parseInvoiceList("F1, F2", 3)).toEqual([
      { invoiceId: "F1", stage: 3 },
      { invoiceId: "F2", stage: 3 },
    ]);
    expect(parseInvoiceList("F1;F2 (fase 4)", 2)).toEqual([
      { invoiceId: "F1", stage: 2 },
      { invoiceId: "F2", stage: 4 },
    ]);
    expect(parseInvoiceList("F1; ", 2)).toBeNull();
    expect(parseInvoiceList("F1 (fase 0)", 2)).toEqual([{ invoiceId: "F1", stage: 0 }]);
    expect(parseInvoiceList(" (fase 2)", 2)).toBeNull();
  });
});

/** A row as a user might leave it, in the columns given. */
const row = (cells: Record<string, unknown>, headers: string[]) =>
  headers.map((h) => (h in cells ? cells[h] : null));

describe("reading what Excel and users make of the log", () => {
  const good = {
    Datum: "2026-11-20",
    Debiteurnummer: "10004",
    Naam: "Bakkerij De Korenaar",
    Fase: 2,
    Fasenaam: "Tweede herinnering",
    "Soort fase": "herinnering",
    Kanaal: "brief",
    Sjabloon: "b2b-2-tweede-herinnering",
    Taal: "nl",
    Facturen: "F2026-001 (fase 2); F2026-007 (fase 2)",
    Hoofdsom: 1210.5,
    Rente: 12.34,
    Incassokosten: 0,
    Totaal: 1222.84,
    "Termijn tot": "2026-12-04",
  };
  const expected: ReminderLogEntry = {
    date: isoDay("2026-11-20"),
    customerId: "10004",
    customerName: "Bakkerij De Korenaar",
    channel: "letter",
    stage: 2,
    stageKind: "reminder",
    stageName: "Tweede herinnering",
    templateId: "b2b-2-tweede-herinnering",
    language: "nl",
    invoices: [
      { invoiceId: "F2026-001", stage: 2 },
      { invoiceId: "F2026-007", stage: 2 },
    ],
    principal: cents(121050),
    interest: cents(1234),
    costs: cents(0),
    total: cents(122284),
    deadline: isoDay("2026-12-04"),
  };

  it("finds columns by header in any order, below inserted rows, and skips blank and total rows", () => {
    const headers = ["Notitie", ...[...HEADERS].reverse()];
    const decoded = decodeReminderLog({
      headers: ["Verzendlog (bijgewerkt door Petra)"],
      rows: [
        [],
        headers.map((h) => ` ${h.toUpperCase()} `),
        row({ ...good, Notitie: "gebeld" }, headers),
        [null, "", "   "],
        row(
          {
            ...good,
            Datum: dayToSerial(isoDay("2026-11-21")),
            Debiteurnummer: 10005,
            Fase: "3",
            "Soort fase": "notice-of-default",
            Kanaal: "E-mail",
            Taal: "EN",
            Facturen: "F9",
            Hoofdsom: "1.210,50",
            Rente: "€ 12,34",
            Totaal: null,
            "Termijn tot": "4-12-2026",
          },
          headers
        ),
        row({ Naam: "Totaal", Hoofdsom: 2421, Totaal: 2445.68 }, headers),
      ],
    });
    expect(decoded.issues).toEqual([]);
    expect(decoded.headerRow).toBe(3);
    expect(decoded.entries).toEqual([
      expected,
      {
        ...expected,
        date: "2026-11-21",
        customerId: "10005",
        stage: 3,
        stageKind: "notice-of-default",
        channel: "email",
        language: "en",
        invoices: [{ invoiceId: "F9", stage: 3 }],
        total: cents(122284),
      },
    ]);
  });

  it("a broken row is an issue naming row, column and value; the other rows are read", () => {
    const decoded = decodeReminderLog({
      headers: HEADERS,
      rows: [
        row(good, HEADERS),
        row({ ...good, Hoofdsom: "twaalf" }, HEADERS),
        row({ ...good, "Soort fase": "brandbrief", Fase: 0 }, HEADERS),
        row({ ...good, Debiteurnummer: "  ", Naam: "Totaal Bouw B.V." }, HEADERS),
        row({ ...good, Rente: 12.345, Datum: "31-02-2026" }, HEADERS),
        row({ ...good, Facturen: "#N/A" }, HEADERS),
        row(good, HEADERS),
      ],
    });
    expect(decoded.entries).toEqual([expected, expected]);
    expect(decoded.issues.map(({ row, column, value }) => [row, column, value])).toEqual([
      [3, "Hoofdsom", "twaalf"],
      [4, "Fase", "0"],
      [4, "Soort fase", "brandbrief"],
      [5, "Debiteurnummer", ""],
      [6, "Datum", "31-02-2026"],
      [6, "Rente", "12.345"],
      [7, "Facturen", "#N/A"],
    ]);
    const [amount, stage, kind, customer, date, cents2] = decoded.issues;
    expect(amount!.text.en).toBe('Hoofdsom "twaalf" is not an amount in euros.');
    expect(amount!.text.nl).toBe('Hoofdsom "twaalf" is geen bedrag in euro\'s.');
    expect(stage!.text.en).toContain("not a whole number from 1 up");
    expect(kind!.text.en).toContain('"brandbrief" is not one of herinnering, 14-dagenbrief');
    expect(customer!.text.nl).toBe("Debiteurnummer is leeg; zonder dat is de regel niet te lezen.");
    expect(date!.text.en).toContain("is not a date");
    expect(cents2!.text.en).toContain("not an amount in whole cents");
  });

  it("a missing required column is one table issue, not a silent empty log", () => {
    const headers = HEADERS.filter((h) => h !== "Fase");
    const decoded = decodeReminderLog({ headers, rows: [row(good, headers)] });
    expect(decoded.entries).toEqual([]);
    expect(decoded.issues).toEqual([
      expect.objectContaining({ row: 1, column: "Fase", table: true }),
    ]);
    expect(decodeReminderLog({ headers: ["a", "b"], rows: [["x", 1]] }).issues).toEqual([
      expect.objectContaining({ row: 1, column: "", table: true }),
    ]);
    expect(decodeReminderLog({ headers: [], rows: [] })).toEqual({
      entries: [],
      issues: [],
      headerRow: 0,
    });
  });

  it("reads the log CSV of the earlier remind (12 columns, 'F1, F2') with defaults", () => {
    const old = [
      "\uFEFFDatum;Debiteurnummer;Naam;Fase;Fasenaam;Kanaal;Facturen;Hoofdsom;Rente;Incassokosten;Totaal;Termijn tot",
      "20-11-2026;10004;'=Kwaad B.V.;2;Tweede herinnering;letter;F1, F2;1210,50;0,00;0,00;1210,50;04-12-2026",
      ";;Controletotaal: 1 bericht;;;;;1210,50;0,00;0,00;1210,50;",
      "",
    ].join("\r\n");
    const decoded = reminderLogFromCsv(new TextEncoder().encode(old));
    expect(decoded.issues).toEqual([]);
    expect(decoded.entries).toEqual([
      {
        ...expected,
        customerName: "=Kwaad B.V.",
        stageKind: "reminder",
        templateId: "",
        invoices: [
          { invoiceId: "F1", stage: 2 },
          { invoiceId: "F2", stage: 2 },
        ],
        interest: cents(0),
        total: cents(121050),
      },
    ]);
  });
});

describe("hand-over codec", () => {
  it("round-trips any state through the record table and the CSV", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        const state = { records };
        const table = decodeHandovers(encodeHandovers(state));
        expect(table.issues).toEqual([]);
        expect(table.state).toEqual(state);
        const csv = handoversFromCsv(exportCsvBytes(handoverTable(state)));
        expect(csv.issues).toEqual([]);
        expect(csv.state).toEqual(state);
      }),
      { numRuns: 300 }
    );
  });

  it("writes Debiteurnummer, Factuurnummer, Datum overdracht, Batch, Soort; no kind reads as incasso", () => {
    const state = markHandedOver(
      markHandedOver(
        NO_HANDOVERS,
        [{ customerId: "10004", invoiceId: "F1" }],
        isoDay("2026-11-20"),
        "incasso-2026-11-20"
      ),
      [{ customerId: "10003", invoiceId: "F7" }],
      isoDay("2026-11-21"),
      "factoring-2026-11-21",
      "factoring"
    );
    expect(state.records[0]).not.toHaveProperty("kind");
    expect(state.records[1]!.kind).toBe("factoring");
    const table = encodeHandovers(state);
    expect(table).toEqual({
      headers: ["Debiteurnummer", "Factuurnummer", "Datum overdracht", "Batch", "Soort"],
      rows: [
        ["10004", "F1", "2026-11-20", "incasso-2026-11-20", "incasso"],
        ["10003", "F7", "2026-11-21", "factoring-2026-11-21", "overgedragen aan de factor"],
      ],
    });
    expect(decodeHandovers(table).state.records).toEqual([
      { ...state.records[0], kind: "collection" },
      state.records[1],
    ]);
    const csv = new TextDecoder().decode(exportCsvBytes(handoverTable(state)));
    expect(csv.split("\r\n").at(-2)).toBe(";Controletotaal: 2 posten;;;");
  });

  it("reads messy rows and names the broken ones", () => {
    const decoded = decodeHandovers({
      headers: ["Soort", "Factuurnummer", "Debiteurnummer", "Datum overdracht"],
      rows: [
        ["Deurwaarder", 2026001, 10004, dayToSerial(isoDay("2026-11-20"))],
        [null, "F2", "10004", "20-11-2026"],
        ["leasing", "F3", "10004", "2026-11-20"],
        ["incasso", "F4", "", "2026-11-20"],
        ["incasso", "F5", "10004", "gisteren"],
        [null, null, null, null],
      ],
    });
    expect(decoded.state.records).toEqual([
      {
        customerId: "10004",
        invoiceId: "2026001",
        date: "2026-11-20",
        batch: "",
        kind: "collection",
      },
      { customerId: "10004", invoiceId: "F2", date: "2026-11-20", batch: "", kind: "collection" },
    ]);
    expect(decoded.issues.map(({ row, column, value }) => [row, column, value])).toEqual([
      [4, "Soort", "leasing"],
      [5, "Debiteurnummer", ""],
      [6, "Datum overdracht", "gisteren"],
    ]);
  });
});

// Keep the generators honest: they do produce the awkward values the codecs must survive.
test("the text generator produces formula starts, separators and line breaks", () => {
  const samples = fc.sample(text(1), { numRuns: 2000, seed: 7 });
  expect(samples.some((s) => looksLikeFormula(s))).toBe(true);
  expect(samples.some((s) => s.includes(";"))).toBe(true);
  expect(samples.some((s) => s.includes("\n"))).toBe(true);
  const typed: Cents[] = fc.sample(money, 10);
  expect(typed.every(Number.isSafeInteger)).toBe(true);
  const days: IsoDay[] = fc.sample(day, 10);
  expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
});
