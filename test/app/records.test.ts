// The records use-cases over the workbench host (its store) and over hosts that keep nothing or
// fail, and applyRecords: a recorded letter is not proposed again, a handed-over claim leaves the
// ladder.
import {
  type Host,
  type RecordKind,
  type RecordTable,
  isHostError,
  applyRecords,
  loadRecords,
  NO_RECORDS,
  saveHandovers,
  saveReminderLog,
} from "../../src/app";
import { type IsoDay, isoDay } from "../../src/core";
import { DEMO_COMPANY, lettersFor } from "../../src/documents";
import { markHandedOver, NO_HANDOVERS, undoHandover, reminderLogEntries } from "../../src/records";
import { reminderRun, reviewReminders } from "../../src/dunning";
import { demoHost, memorySettingsStore, recordsKey } from "../../src/hosts/browser";
import { AS_OF, stageLedger } from "../documents/letter-fixture";

const ledger = stageLedger();
const proposals = reminderRun(ledger, AS_OF);
const log = reminderLogEntries(lettersFor(ledger, proposals, { company: DEMO_COMPANY }));

describe("the workbench keeps records in its store, per kind and scope", () => {
  it("saves and loads the log and the hand-overs, apart per source", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    const state = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "B4-nl", invoiceId: "B4-nl-1" }],
      AS_OF,
      "incasso-2026-11-20",
      "collection"
    );
    await saveReminderLog(host, "debiteuren.xlsx", log);
    await saveHandovers(host, "debiteuren.xlsx", state);
    const stored = JSON.parse(store.getItem(recordsKey("reminderLog", "debiteuren.xlsx"))!);
    expect(stored.headers[0]).toBe("Datum");
    expect(stored.rows).toHaveLength(log.length);
    // A new host on the same store (the page reloaded) finds them; another file has none.
    const again = await loadRecords(demoHost(undefined, store), "debiteuren.xlsx");
    expect(again).toEqual({ ...NO_RECORDS, log, handovers: state, kept: true });
    expect(await loadRecords(host, "andere.csv")).toEqual({ ...NO_RECORDS, kept: true });
    expect(recordsKey("handovers", "a.csv")).toBe("openstaand.records.handovers:a.csv");
  });

  it("a row edited into nonsense is an issue with its kind, and survives the next save", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    await saveReminderLog(host, "s", log.slice(0, 2));
    const key = recordsKey("reminderLog", "s");
    const table = JSON.parse(store.getItem(key)!) as RecordTable;
    table.rows[0]![3] = "drie";
    store.setItem(key, JSON.stringify(table));
    const records = await loadRecords(host, "s");
    expect(records.log).toEqual([log[1]]);
    expect(records.issues).toEqual([
      {
        kind: "reminderLog",
        row: 2,
        column: "Fase",
        value: "drie",
        text: {
          en: 'Fase "drie" is not a whole number from 1 up.',
          nl: 'Fase "drie" is geen heel getal vanaf 1.',
        },
      },
    ]);
    await saveReminderLog(host, "s", [...records.log, log[2]!]);
    const after = JSON.parse(store.getItem(key)!) as RecordTable;
    expect(after.rows.map((r) => r[3])).toEqual([log[1]!.stage, log[2]!.stage, "drie"]);
  });

  it("damaged stored records are a HostError in both languages, naming the key", async () => {
    const store = memorySettingsStore();
    store.setItem(recordsKey("handovers", "s"), "{niet: json");
    const error = await loadRecords(demoHost(undefined, store), "s").catch((e: unknown) => e);
    expect(isHostError(error, "host")).toBe(true);
    expect(error).toMatchObject({
      place: { key: "openstaand.records.handovers:s" },
      message: expect.stringContaining("damaged"),
      nl: expect.stringContaining("beschadigd"),
    });
  });

  it("a full browser store is a HostError, not a lost save", async () => {
    const store = memorySettingsStore();
    store.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    await expect(saveReminderLog(demoHost(undefined, store), "s", log)).rejects.toMatchObject({
      code: "host",
      message: expect.stringContaining("storage may be full"),
      nl: expect.stringContaining("opslag is mogelijk vol"),
    });
  });

  it("without a store (a private window) nothing is kept, and saving is harmless", async () => {
    const host = demoHost();
    expect(host.readRecords).toBeUndefined();
    await saveReminderLog(host, "s", log);
    await saveHandovers(host, "s", NO_HANDOVERS);
    expect(await loadRecords(host, "s")).toEqual(NO_RECORDS);
    expect(NO_RECORDS.kept).toBe(false);
    expect(Object.isFrozen(NO_RECORDS)).toBe(true);
  });
});

test("a failing host leaves as a HostError with English and Dutch text", async () => {
  const failing = (what: "read" | "write"): Host => ({
    kind: "standalone",
    today: () => "2026-11-20" as IsoDay,
    listSources: async () => ({ sources: [], preferredId: null }),
    readOpenItems: async () => {
      throw new Error("unused");
    },
    readSettingsText: async () => null,
    writeSettingsText: async () => undefined,
    readRecords: async (kind: RecordKind) => {
      if (what === "read") throw new TypeError(`disk gone (${kind})`);
      return null;
    },
    writeRecords: async () => {
      throw new Error("disk full");
    },
  });
  await expect(loadRecords(failing("read"), "s")).rejects.toMatchObject({
    code: "host",
    message: "Openstaand could not read the reminder log: disk gone (reminderLog)",
    nl: "Openstaand kon het verzendlog niet lezen: disk gone (reminderLog)",
  });
  await expect(saveHandovers(failing("write"), "s", NO_HANDOVERS)).rejects.toMatchObject({
    code: "host",
    message: "Openstaand could not save the hand-over list: disk full",
    nl: "Openstaand kon de overdrachtslijst niet opslaan: disk full",
  });
});

describe("applyRecords", () => {
  it("after the log, the letters sent are not proposed again; the next stage follows later", () => {
    expect(proposals.length).toBeGreaterThan(5);
    const applied = applyRecords(ledger, { log, handovers: NO_HANDOVERS });
    expect(reminderRun(applied, AS_OF)).toEqual([]);
    const later = reminderRun(applied, isoDay("2027-03-01"));
    expect(later.length).toBeGreaterThan(0);
    for (const p of later) {
      const sent = log.find((e) => e.customerId === p.customerId);
      if (sent) expect(p.stage).toBeGreaterThan(sent.stage);
    }
    expect(ledger.columns.reminderStage).not.toEqual(applied.columns.reminderStage); // pure
  });

  it("a claim handed over leaves the ladder; undoing the batch brings it back", () => {
    const customer = proposals[0]!.customerId;
    const claims = proposals[0]!.invoices.map((i) => ({
      customerId: customer,
      invoiceId: i.invoiceId,
    }));
    const state = markHandedOver(NO_HANDOVERS, claims, AS_OF, "b1", "factoring");
    const applied = applyRecords(ledger, { log: [], handovers: state });
    expect(reminderRun(applied, AS_OF).map((p) => p.customerId)).not.toContain(customer);
    const review = reviewReminders(applied, AS_OF);
    expect(review.excluded.filter((e) => e.customerId === customer).map((e) => e.reason)).toEqual(
      claims.map(() => "handed-over")
    );
    const undone = undoHandover(state, "b1");
    expect(reminderRun(applyRecords(ledger, { log: [], handovers: undone }), AS_OF)).toEqual(
      proposals
    );
  });
});
