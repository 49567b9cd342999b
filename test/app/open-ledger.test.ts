import {
  analyseWithRecords,
  DEFAULT_SETTINGS,
  HostError,
  keptRecordsOf,
  loadKeptRecords,
  mappingNeedOfError,
  NO_RECORDS,
  openLedger,
  storeRecordsOf,
  type ActiveAdministration,
  type Settings,
} from "../../src/app";
import type { Cents, IsoDay } from "../../src/core";
import { demoCsvText, demoHost, memorySettingsStore } from "../../src/hosts/browser";
import type { ReminderLogEntry } from "../../src/records";
import { testLedger } from "../analytics/ledger-fixture";

// 15 January 2027 on the user's clock: not the demo's own (story) day.
const CLOCK = new Date(Date.UTC(2027, 0, 15, 0, 0));
const host = demoHost(undefined, memorySettingsStore(), () => CLOCK);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const ODD = "Nr;Wie;Wanneer;Uiterlijk;Som\r\nF1;Bakkerij De Korf;15-02-2026;17-03-2026;100,00\r\n";
const settings = (mapping: Settings["columnMapping"] = {}) => ({
  columnMapping: mapping,
  mappingProfiles: {},
});

describe("openLedger (what the workbench opens)", () => {
  it("reads a file as of today, and a host source as of its own day, unless a day is chosen", async () => {
    const today = host.today();
    const file = await openLedger(
      host,
      { kind: "file", name: "debiteuren.csv", bytes: bytes(demoCsvText()) },
      { settings: settings(), chosenDay: null }
    );
    expect(file).toMatchObject({ source: "debiteuren.csv", asOf: today, today, dayBasis: "today" });
    const demo = await openLedger(
      host,
      { kind: "host" },
      { settings: settings(), chosenDay: null }
    );
    expect(demo.dayBasis).toBe("source");
    expect(demo.asOf).not.toBe(today);
    // The same books either way: the file is the demo written as a Dutch CSV.
    expect(file.ledger.length).toBe(demo.ledger.length);
    expect(file.control).toEqual(demo.control);

    const day = "2026-06-30" as IsoDay;
    for (const source of [
      { kind: "host" as const },
      { kind: "file" as const, name: "debiteuren.csv", bytes: bytes(demoCsvText()) },
    ]) {
      const chosen = await openLedger(host, source, { settings: settings(), chosenDay: day });
      expect(chosen).toMatchObject({ asOf: day, dayBasis: "chosen", today });
    }
  });

  it("names the file when its columns are not recognised, and offers its header row to map", async () => {
    const read = openLedger(
      host,
      { kind: "file", name: "odd.csv", bytes: bytes(ODD) },
      { settings: settings(), chosenDay: null }
    );
    const error = await read.then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "ledger", place: { sheet: "odd.csv" } });
    expect((error as HostError).message).toMatch(/^'odd\.csv': .*Pick the columns in Settings/);
    expect((error as HostError).nl).toMatch(/^'odd\.csv': .*Kies de kolommen bij Instellingen/);
    expect(mappingNeedOfError(error, {})?.headers).toEqual([
      "Nr",
      "Wie",
      "Wanneer",
      "Uiterlijk",
      "Som",
    ]);
  });

  it("reads that file with the column mapping of the settings", async () => {
    const mapping = {
      invoiceId: "Nr",
      customerName: "Wie",
      invoiceDate: "Wanneer",
      dueDate: "Uiterlijk",
      amount: "Som",
    };
    const read = await openLedger(
      host,
      { kind: "file", name: "odd.csv", bytes: bytes(ODD) },
      { settings: settings(mapping), chosenDay: null }
    );
    expect(read.issues).toEqual([]);
    expect(read.ledger.length).toBe(1);
    expect(read.ledger.columns.amount[0]).toBe(10_000);
    expect(read.ledger.columns.dueDate[0]).toBe("2026-03-17");
  });

  it("refuses an old .xls workbook by name, in both languages", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await openLedger(
      host,
      { kind: "file", name: "oud.xls", bytes: xls },
      { settings: settings(), chosenDay: null }
    ).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toMatchObject({ code: "empty", place: { sheet: "oud.xls" } });
    expect((error as HostError).message).toContain("oud.xls");
    expect((error as HostError).nl).toContain("oud.xls");
    expect((error as HostError).nl).not.toBe((error as HostError).message);
  });
});

describe("the records the workbench keeps per administration", () => {
  const pending: ActiveAdministration = {
    kind: "pending",
    fileName: "debiteuren.csv",
    proposedName: "Debiteuren",
    sameName: null,
    known: [],
  };

  it("keeps nothing for a file not yet tied to an administration, and refuses to store", async () => {
    const host = demoHost(undefined, memorySettingsStore(), () => CLOCK);
    const none = await keptRecordsOf(host, pending, "debiteuren.csv", () => {
      throw new Error("no error expected");
    });
    expect(none).toEqual({ ...NO_RECORDS, kept: true });
    await expect(
      storeRecordsOf(host, pending, "debiteuren.csv", { log: [] })
    ).rejects.toMatchObject({ code: "settings" });
  });

  it("stores under the source's key and reads them back from there", async () => {
    const host = demoHost(undefined, memorySettingsStore(), () => CLOCK);
    const active: ActiveAdministration = { kind: "source", name: "Demo", key: "demo-key" };
    const handovers = {
      records: [
        {
          customerId: "10004",
          invoiceId: "2026-0100",
          date: "2026-11-20" as IsoDay,
          batch: "incasso-2026-11-20",
          kind: "collection" as const,
        },
      ],
    };
    await storeRecordsOf(host, active, "Demo", { handovers });
    const back = await keptRecordsOf(host, active, "Demo", () => undefined);
    expect(back.handovers.records).toEqual(handovers.records);
    expect((await loadKeptRecords(host, "demo-key", () => undefined)).handovers.records).toEqual(
      handovers.records
    );
    expect((await loadKeptRecords(host, "Demo", () => undefined)).handovers.records).toEqual([]);
  });
});

describe("analyseWithRecords", () => {
  const TODAY = "2026-11-20" as IsoDay;
  const open = testLedger([
    {
      customerId: "100",
      invoiceId: "F1",
      amount: 12_100,
      invoiceDate: "2026-09-01",
      dueDate: "2026-10-01",
    },
    {
      customerId: "200",
      invoiceId: "F2",
      amount: 5_000,
      invoiceDate: "2026-09-15",
      dueDate: "2026-10-15",
    },
  ]);
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

  it("applies the kept log and says which records were not applied", () => {
    const result = analyseWithRecords(
      {
        ledger: open,
        asOf: TODAY,
        dayBasis: "today",
        today: TODAY,
        records: { log: [sent("100", "F1"), sent("100", "F9")], handovers: NO_RECORDS.handovers },
        administration: { kind: "workbook" },
      },
      DEFAULT_SETTINGS
    );
    expect(result.analysis.asOf).toBe(TODAY);
    expect(result.analysis.runDay).toBe(TODAY);
    expect(result.ledger.columns.reminderStage[0]).toBe(1);
    expect(result.ledger.columns.reminderStage[1] ?? 0).toBe(0);
    expect(result.recordsNotApplied?.en).toMatch(/^1 recorded invoice is not in this list/);
    expect(result.recordsNotApplied?.nl).toMatch(/^1 vastgelegde factuur staat niet in deze lijst/);
  });

  it("analyses a settled history on its last invoice day only when the day was not chosen", () => {
    const settled = testLedger([
      { customerId: "100", amount: 1_000, invoiceDate: "2026-03-01", settledDate: "2026-03-20" },
      { customerId: "100", amount: 2_000, invoiceDate: "2026-05-04", settledDate: "2026-06-01" },
    ]);
    const input = {
      ledger: settled,
      asOf: TODAY,
      today: TODAY,
      records: NO_RECORDS,
      administration: null,
    };
    const byDefault = analyseWithRecords({ ...input, dayBasis: "today" }, DEFAULT_SETTINGS);
    expect(byDefault.analysis.asOf).toBe("2026-05-04");
    expect(byDefault.recordsNotApplied).toBeNull();
    const chosen = analyseWithRecords({ ...input, dayBasis: "chosen" }, DEFAULT_SETTINGS);
    expect(chosen.analysis.asOf).toBe(TODAY);
  });

  it("applies only the do-not-remind marks of these books", () => {
    const mark = (scope: string | null) => ({
      customerId: "200",
      invoiceId: null,
      reason: "betalingsregeling",
      until: null,
      scope,
    });
    const run = (scope: string | null) =>
      analyseWithRecords(
        {
          ledger: open,
          asOf: TODAY,
          dayBasis: "chosen",
          today: TODAY,
          records: NO_RECORDS,
          administration: { kind: "source", name: "Klant A", key: "klant-a" },
        },
        { ...DEFAULT_SETTINGS, doNotRemind: [mark(scope)] }
      ).analysis.reminders.excluded.filter((e) => e.reason === "do-not-remind");
    expect(run("klant-a").map((e) => e.invoiceId)).toEqual(["F2"]);
    expect(run(null).map((e) => e.invoiceId)).toEqual(["F2"]);
    expect(run("klant-b")).toEqual([]);
  });
});
