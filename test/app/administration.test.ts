// Records belong to an administration, not to a file name: two clients' exports that are both called
// debiteuren.csv stay apart; next week's export of the same client is recognised by its customers
// and invoices (whatever it is called); records that do not match the ledger are not applied and
// this is said. Through the workbench host (its store), as the pane uses it.
import {
  administrationOfFile,
  compareFingerprint,
  confirmAdministration,
  identifyAdministration,
  ledgerFingerprint,
  loadAdministrations,
  recordScope,
  sameBooks,
  tieToAdministration,
  isHostError,
  applyRecords,
  loadRecords,
  saveHandovers,
  unmatchedRecords,
  unmatchedRecordsText,
} from "../../src/app";
import { isoDay } from "../../src/core";
import { markHandedOver, NO_HANDOVERS, type ReminderLogEntry } from "../../src/records";
import { reviewReminders } from "../../src/dunning";
import { ADMINISTRATIONS_KEY, demoHost, memorySettingsStore } from "../../src/hosts/browser";
import { readLedger, type Ledger } from "../../src/ledger";

const AS_OF = isoDay("2026-12-07");
const HEADER = ["Factuurnummer", "Debiteurnummer", "Naam", "Factuurdatum", "Vervaldatum", "Bedrag"];

/** A ledger of `rows` [invoice, customer, name, invoice date, due date, amount]. */
function ledgerOf(rows: (string | number)[][]): Ledger {
  return readLedger([HEADER, ...rows], { asOf: AS_OF }).ledger;
}

// Client A (a bakery's wholesaler) and client B (an installer): the same numbering, other debtors.
const clientA = ledgerOf([
  ["F2026-001", "1000", "Bakkerij Jansen", "2026-09-01", "2026-10-01", 1210],
  ["F2026-002", "1001", "Van Dijk Horeca", "2026-09-15", "2026-10-15", 484],
  ["F2026-003", "1002", "De Graaf B.V.", "2026-10-01", "2026-10-31", 2500],
  ["F2026-004", "1000", "Bakkerij Jansen", "2026-11-01", "2026-12-01", 605],
]);
const clientB = ledgerOf([
  ["F2026-001", "1000", "Installatiebedrijf Smit", "2026-08-20", "2026-09-19", 3025],
  ["F2026-002", "1001", "Klusbedrijf Mulder", "2026-09-10", "2026-10-10", 1815],
  ["F2026-003", "1003", "Bouwbedrijf Visser", "2026-10-05", "2026-11-04", 9680],
]);
// Client A a week later: F2026-002 was paid, F2026-005 is new; the rest is as it was.
const clientANextWeek = ledgerOf([
  ["F2026-001", "1000", "Bakkerij Jansen", "2026-09-01", "2026-10-01", 1210],
  ["F2026-003", "1002", "De Graaf B.V.", "2026-10-01", "2026-10-31", 2500],
  ["F2026-004", "1000", "Bakkerij Jansen", "2026-11-01", "2026-12-01", 605],
  ["F2026-005", "1001", "Van Dijk Horeca", "2026-12-01", "2026-12-31", 242],
]);

describe("fingerprints tell two clients' books apart", () => {
  it("next week's export of the same books agrees; the other client's conflicts", () => {
    const a = ledgerFingerprint(clientA);
    expect(compareFingerprint(a, clientANextWeek)).toEqual({ agree: 6, conflict: 0 });
    // Same customer and invoice numbers, but other names, dates and amounts.
    expect(compareFingerprint(a, clientB)).toEqual({ agree: 0, conflict: 5 });
    expect(sameBooks(compareFingerprint(a, clientANextWeek))).toBe(true);
    expect(sameBooks(compareFingerprint(a, clientB))).toBe(false);
  });

  it("a renamed customer or a corrected invoice does not make other books; nothing shared does", () => {
    const renamed = ledgerOf([
      ["F2026-001", "1000", "Bakkerij Jansen en Zn.", "2026-09-01", "2026-10-01", 1210],
      ["F2026-002", "1001", "Van Dijk Horeca", "2026-09-15", "2026-10-15", 484],
      ["F2026-003", "1002", "De Graaf B.V.", "2026-10-01", "2026-10-31", 2500],
      ["F2026-004", "1000", "Bakkerij Jansen en Zn.", "2026-11-01", "2026-12-01", 605],
    ]);
    const comparison = compareFingerprint(ledgerFingerprint(clientA), renamed);
    expect(comparison).toEqual({ agree: 6, conflict: 1 });
    expect(sameBooks(comparison)).toBe(true);
    const unrelated = ledgerOf([["X-1", "77", "Iemand Anders", "2026-11-01", "2026-12-01", 10]]);
    expect(compareFingerprint(ledgerFingerprint(clientA), unrelated)).toEqual({
      agree: 0,
      conflict: 0,
    });
  });

  it("keeps a bounded sample chosen by number, the same for the same books", () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      `F${String(i).padStart(5, "0")}`,
      String(10_000 + (i % 700)),
      `Debiteur ${i % 700}`,
      "2026-10-01",
      "2026-10-31",
      100 + i,
    ]);
    const big = ledgerOf(rows);
    const print = ledgerFingerprint(big);
    expect(print.invoices).toHaveLength(256);
    expect(print.customers).toHaveLength(256);
    // The same ledger with its rows in another order gives the same sample.
    expect(ledgerFingerprint(ledgerOf([...rows].reverse()))).toEqual(print);
    // Half of the invoices paid: the rest still agrees, nothing conflicts.
    const half = compareFingerprint(print, ledgerOf(rows.filter((_, i) => i % 2 === 0)));
    expect(half.conflict).toBe(0);
    expect(half.agree).toBeGreaterThan(256);
  });
});

describe("records are kept per administration, never per file name", () => {
  it("two same-named files with different customers stay apart", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    // Client A's debiteuren.csv: not known yet, so the user is asked, with the file's name proposed.
    const first = await administrationOfFile(host, "debiteuren.csv", clientA);
    expect(first).toEqual({
      kind: "pending",
      fileName: "debiteuren.csv",
      proposedName: "debiteuren",
      sameName: null,
      known: [],
    });
    expect(recordScope(first, "debiteuren.csv")).toBeNull();
    const a = await confirmAdministration(
      host,
      { name: "Groothandel Peters" },
      "debiteuren.csv",
      clientA
    );
    expect(a.key).toBe("adm:groothandel-peters");
    // Invoice F2026-001 of customer 1000 is handed over in A.
    const handed = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "1000", invoiceId: "F2026-001" }],
      AS_OF,
      `incasso-${AS_OF}`,
      "collection"
    );
    await saveHandovers(host, a.key, handed);

    // Client B's file is also called debiteuren.csv: it is not A, and A's records are not used.
    const second = await administrationOfFile(host, "debiteuren.csv", clientB);
    expect(second.kind).toBe("pending");
    if (second.kind !== "pending") return;
    expect(second.proposedName).toBe("debiteuren");
    expect(second.sameName?.administration.key).toBe(a.key);
    expect(second.sameName?.comparison).toEqual({ agree: 0, conflict: 5 });
    expect(second.known).toEqual([{ key: a.key, name: "Groothandel Peters" }]);
    const b = await confirmAdministration(
      host,
      { name: "Installateur Smit" },
      "debiteuren.csv",
      clientB
    );
    const bRecords = await loadRecords(host, b.key);
    expect(bRecords.handovers.records).toEqual([]);
    // So B's own F2026-001 (customer 1000) is proposed a reminder, as it should be.
    const bLedger = applyRecords(clientB, bRecords);
    expect(bLedger.columns.handedOver).toEqual([false, false, false]);
    expect(reviewReminders(bLedger, AS_OF).proposals.some((p) => p.customerId === "1000")).toBe(
      true
    );

    // A's export of next week, renamed, is recognised as A and gets A's records.
    const again = await administrationOfFile(host, "export-week-50.csv", clientANextWeek);
    expect(again).toMatchObject({ kind: "confirmed", recognised: true });
    if (again.kind !== "confirmed") return;
    expect(again.administration.key).toBe(a.key);
    expect(again.administration.files).toEqual(["debiteuren.csv", "export-week-50.csv"]);
    const aRecords = await loadRecords(host, recordScope(again, "export-week-50.csv")!);
    expect(applyRecords(clientANextWeek, aRecords).columns.handedOver).toEqual([
      true,
      false,
      false,
      false,
    ]);
    // And B's file, opened once more, is B.
    const bAgain = await administrationOfFile(host, "debiteuren.csv", clientB);
    expect(bAgain).toMatchObject({ kind: "confirmed", administration: { key: b.key } });
    // The list is kept in the browser's store, under one key.
    expect(JSON.parse(store.getItem(ADMINISTRATIONS_KEY)!)).toHaveLength(2);
  });

  it("a name already used is refused; a damaged list is an error, not an empty list", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    await confirmAdministration(host, { name: "Groothandel Peters" }, "a.csv", clientA);
    const refused = await confirmAdministration(
      host,
      { name: " groothandel  peters " },
      "b.csv",
      clientB
    ).catch((e: unknown) => e);
    expect(isHostError(refused, "settings")).toBe(true);
    expect((refused as Error).message).toContain("already an administration 'Groothandel Peters'");
    const empty = await confirmAdministration(host, { name: "  " }, "b.csv", clientB).catch(
      (e: unknown) => e
    );
    expect(isHostError(empty, "settings")).toBe(true);
    store.setItem(ADMINISTRATIONS_KEY, "[{kapot");
    const damaged = await loadAdministrations(host).catch((e: unknown) => e);
    expect(isHostError(damaged, "host")).toBe(true);
  });

  it("proposes a free name and a unique key; picking a known one brings its sample up to date", () => {
    const one = tieToAdministration([], { name: "debiteuren" }, "debiteuren.csv", clientA);
    const match = identifyAdministration(one.list, "debiteuren.csv", clientB);
    expect(match).toMatchObject({ status: "new", proposedName: "debiteuren (2)" });
    const two = tieToAdministration(one.list, { name: "Débiteuren!" }, "x.csv", clientB);
    expect(two.administration.key).toBe("adm:debiteuren-2");
    const picked = tieToAdministration(
      two.list,
      { key: one.administration.key },
      "y.csv",
      clientANextWeek
    );
    expect(picked.list).toHaveLength(2);
    expect(picked.administration.fingerprint).toEqual(ledgerFingerprint(clientANextWeek));
    expect(() => tieToAdministration([], { key: "adm:nergens" }, "y.csv", clientA)).toThrow(
      /no administration 'adm:nergens'/
    );
  });
});

describe("records that do not match the ledger are not applied, and this is said", () => {
  const entry = (customerId: string, invoiceId: string): ReminderLogEntry => ({
    date: AS_OF,
    customerId,
    customerName: "",
    channel: "letter",
    stage: 2,
    stageKind: "reminder",
    stageName: "Tweede herinnering",
    templateId: "b2b-2-tweede-herinnering",
    language: "nl",
    invoices: [{ invoiceId, stage: 2 }],
    principal: 0 as never,
    interest: 0 as never,
    costs: 0 as never,
    total: 0 as never,
    deadline: null,
  });

  it("applies a record only to the invoice of the same number and customer", () => {
    const records = {
      log: [entry("1000", "F2026-001"), entry("1002", "F2026-001"), entry("1000", "F9999")],
      handovers: markHandedOver(
        NO_HANDOVERS,
        [
          { customerId: "1001", invoiceId: "F2026-002" },
          { customerId: "1003", invoiceId: "F2026-003" },
        ],
        AS_OF,
        "incasso-2026-12-07",
        "collection"
      ),
    };
    const applied = applyRecords(clientA, records);
    // Only customer 1000's F2026-001 gets the logged stage 2; the others keep the ledger's.
    expect(applied.columns.reminderStage).toEqual([2, ...clientA.columns.reminderStage.slice(1)]);
    expect(clientA.columns.reminderStage[0]).not.toBe(2);
    expect(applied.columns.handedOver).toEqual([false, true, false, false]);
    const unmatched = unmatchedRecords(clientA, records);
    expect(unmatched).toEqual([
      {
        kind: "reminderLog",
        customerId: "1002",
        invoiceId: "F2026-001",
        reason: "other-customer",
        ledgerCustomerId: "1000",
      },
      { kind: "reminderLog", customerId: "1000", invoiceId: "F9999", reason: "absent" },
      {
        kind: "handovers",
        customerId: "1003",
        invoiceId: "F2026-003",
        reason: "other-customer",
        ledgerCustomerId: "1002",
      },
    ]);
    const text = unmatchedRecordsText(unmatched)!;
    expect(text.nl).toContain("1 vastgelegde factuur staat niet in deze lijst");
    expect(text.nl).toContain(
      "2 vastgelegde facturen horen in deze lijst bij een andere debiteur en tellen niet mee: F2026-001 (vastgelegd bij 1002, hier bij 1000), F2026-003 (vastgelegd bij 1003, hier bij 1002)"
    );
    expect(text.en).toContain("2 recorded invoices belong to another customer in this list");
    expect(
      unmatchedRecordsText(
        unmatchedRecords(clientA, { log: [entry("1000", "F2026-001")], handovers: NO_HANDOVERS })
      )
    ).toBeNull();
  });
});

describe("records an earlier version kept under the file name", () => {
  const handedA = markHandedOver(
    NO_HANDOVERS,
    [{ customerId: "1000", invoiceId: "F2026-001" }],
    AS_OF,
    `incasso-${AS_OF}`,
    "collection"
  );

  it("move to the new administration when they fit the ledger, and leave the file name", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    await saveHandovers(host, "debiteuren.csv", handedA);
    const a = await confirmAdministration(
      host,
      { name: "Groothandel Peters" },
      "debiteuren.csv",
      clientA
    );
    expect((await loadRecords(host, a.key)).handovers).toEqual(handedA);
    expect((await loadRecords(host, "debiteuren.csv")).handovers.records).toEqual([]);
    // Another client's file of that name, confirmed later, finds nothing left to take.
    const b = await confirmAdministration(
      host,
      { name: "Installateur Smit" },
      "debiteuren.csv",
      clientB
    );
    expect((await loadRecords(host, b.key)).handovers.records).toEqual([]);
  });

  it("stay where they are when they name invoices of other customers in this ledger", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    await saveHandovers(host, "debiteuren.csv", handedA);
    // A hand-over of customer 1002's F2026-002, while B's F2026-002 is customer 1001's: other books.
    const other = markHandedOver(
      NO_HANDOVERS,
      [{ customerId: "1002", invoiceId: "F2026-002" }],
      AS_OF,
      `incasso-${AS_OF}`,
      "collection"
    );
    await saveHandovers(host, "export.csv", other);
    const b = await confirmAdministration(
      host,
      { name: "Installateur Smit" },
      "export.csv",
      clientB
    );
    expect((await loadRecords(host, b.key)).handovers.records).toEqual([]);
    expect((await loadRecords(host, "export.csv")).handovers).toEqual(other);
  });
});
