// The morning notice in Excel, against the fake: Openstaand loads with the workbook
// (Office.addin.setStartupBehavior) only after the user's consent in Instellingen and no longer
// once it is withdrawn; the notice comes from the workbook's own ledger and records (the
// conversation on its owned sheet), counts from the last run kept in the workbook's settings, and
// shows the pane (Office.addin.showAsTaskpane) only with consent and something to say.
import {
  DEFAULT_SETTINGS,
  applyRecords,
  loadLedger,
  loadRecords,
  loadSettings,
  morningNotice,
  openOnNotice,
  paneMorningNotice,
  parseLastRun,
  resetSettings,
  saveConversation,
  saveSettings,
} from "../../../src/app";
import { cents, dayToSerial, isoDay, type IsoDay } from "../../../src/core";
import type { ConversationEntry } from "../../../src/dunning";
import { LAST_RUN_KEY, createExcelHost, setExcelRuntime } from "../../../src/hosts/excel";
import { FakeExcel } from "./fake-excel";

const d = isoDay;
const serial = (day: string) => dayToSerial(d(day));
const monday = d("2026-12-07");

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel();
  excel.addSheet("Debiteuren", [
    [
      "Factuurnummer",
      "Debiteurnummer",
      "Naam",
      "Factuurdatum",
      "Vervaldatum",
      "Bedrag",
      "Openstaand",
    ],
    [
      "F-101",
      "D01",
      "Bakkerij De Korenaar",
      serial("2026-11-03"),
      serial("2026-12-03"),
      1210,
      1210,
    ],
    [
      "F-102",
      "D02",
      "Installatiebedrijf Smit",
      serial("2026-11-06"),
      serial("2026-12-06"),
      484,
      484,
    ],
    ["F-070", "D03", "Drukkerij Van Dam", serial("2026-10-10"), serial("2026-11-10"), 605, 605],
    ["F-090", "D01", "Bakkerij De Korenaar", serial("2026-11-01"), serial("2026-12-01"), 300, 300],
  ]);
  setExcelRuntime(excel.runtime());
});
afterAll(() => setExcelRuntime(null));

const withSharedRuntime = () => excel.otherSets.set("SharedRuntime", 1);

describe("start-up behaviour follows the consent", () => {
  it("is set to load only after consent, and back to none when withdrawn", async () => {
    withSharedRuntime();
    const host = createExcelHost();
    await saveSettings(host, { ...DEFAULT_SETTINGS, toleranceCents: 1000 });
    expect(excel.startupBehaviours).toEqual([]); // no consent: the workbook opens as it did
    await saveSettings(host, { ...DEFAULT_SETTINGS, morningNotice: true });
    expect(excel.startupBehaviours).toEqual(["load"]);
    expect((await loadSettings(host)).morningNotice).toBe(true);
    await saveSettings(host, { ...DEFAULT_SETTINGS, morningNotice: true, toleranceCents: 700 });
    expect(excel.startupBehaviours).toEqual(["load"]); // consent unchanged: not set again
    await saveSettings(host, { ...DEFAULT_SETTINGS, morningNotice: false });
    expect(excel.startupBehaviours).toEqual(["load", "none"]);
  });

  it("resetting the settings withdraws the consent", async () => {
    withSharedRuntime();
    const host = createExcelHost();
    await resetSettings(host);
    expect(excel.startupBehaviours).toEqual([]);
    await saveSettings(host, { ...DEFAULT_SETTINGS, morningNotice: true });
    await resetSettings(host);
    expect(excel.startupBehaviours).toEqual(["load", "none"]);
    expect((await loadSettings(host)).morningNotice).toBe(false);
  });

  it("an Excel without SharedRuntime 1.1 keeps the consent but is not asked to load", async () => {
    const host = createExcelHost();
    await saveSettings(host, { ...DEFAULT_SETTINGS, morningNotice: true });
    expect(excel.startupBehaviours).toEqual([]);
    expect(await host.setOpenWithWorkbook!(true)).toBe(false);
    expect((await loadSettings(host)).morningNotice).toBe(true);
  });
});

describe("the notice from the workbook", () => {
  const promise: ConversationEntry = {
    date: d("2026-11-25"),
    customerId: "D03",
    kind: "promise",
    invoiceIds: ["F-070"],
    amount: cents(60_500),
    due: monday,
    openAtStart: cents(60_500),
    arrangementId: null,
    reason: "",
    status: null,
    owner: "JB",
    note: "Belt terug als betaald",
  };

  async function workbookNotice(host: ReturnType<typeof createExcelHost>, asOf: IsoDay) {
    const loaded = await loadLedger(host, { asOf });
    const records = await loadRecords(host, loaded.source);
    const ledger = applyRecords(loaded.ledger, records);
    const settings = await loadSettings(host);
    return {
      ledger,
      notice: await paneMorningNotice(
        host,
        { kind: "workbook" },
        loaded.source,
        ledger,
        asOf,
        settings
      ),
    };
  }

  it("names the invoices fallen due since the last run and the promise due today", async () => {
    withSharedRuntime();
    let now = new Date("2026-12-07T07:45:00");
    const host = createExcelHost({ now: () => now });
    await saveConversation(host, "Debiteuren", [promise]);
    excel.settings.set(LAST_RUN_KEY, JSON.stringify({ day: "2026-12-03", before: null }));
    const { ledger, notice } = await workbookNotice(host, monday);
    expect(notice.since).toBe("2026-12-03");
    expect(notice.newlyOverdue.map((x) => [x.name, x.invoiceId, x.open])).toEqual([
      ["Bakkerij De Korenaar", "F-101", 121_000],
      ["Installatiebedrijf Smit", "F-102", 48_400],
    ]);
    expect(notice.agreements.map((a) => [a.kind, a.state, a.name, a.amount])).toEqual([
      ["promise", "due", "Drukkerij Van Dam", 60_500],
    ]);
    // The same engine as any door: the notice equals the pure use-case over what the workbook holds.
    expect(notice).toEqual(
      morningNotice(
        ledger,
        { entries: [promise], contacts: [] },
        { day: d("2026-12-03"), before: null },
        monday,
        { tolerance: cents(500), newCustomerDays: 90, doNotRemind: [] }
      )
    );
    // The run is kept in the workbook: Monday, counting from Thursday on a second look.
    expect(parseLastRun(excel.settings.get(LAST_RUN_KEY) as string)).toEqual({
      day: monday,
      before: "2026-12-03",
    });
    expect((await workbookNotice(host, monday)).notice).toEqual(notice);
    // Tuesday counts from Monday: nothing fell due since; the promise was kept or not yet missed.
    now = new Date("2026-12-08T08:10:00");
    const tuesday = (await workbookNotice(host, d("2026-12-08"))).notice;
    expect(tuesday.since).toBe(monday);
    expect(tuesday.newlyOverdue).toEqual([]);
  });

  it("shows the pane on the notice only with consent and something to say", async () => {
    withSharedRuntime();
    const host = createExcelHost({ now: () => new Date("2026-12-07T08:00:00") });
    await saveConversation(host, "Debiteuren", [promise]);
    const { notice } = await workbookNotice(host, monday);
    expect(notice.quiet).toBe(false);
    expect(await openOnNotice(host, DEFAULT_SETTINGS, notice)).toBe(false);
    expect(excel.panesShown).toBe(0);
    expect(await openOnNotice(host, { morningNotice: true }, { quiet: true })).toBe(false);
    expect(excel.panesShown).toBe(0);
    expect(await openOnNotice(host, { morningNotice: true }, notice)).toBe(true);
    expect(excel.panesShown).toBe(1);
  });
});
