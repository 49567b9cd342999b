/**
 * The Betalingen record kept by the workbench: in the browser's store per administration (scope),
 * found again after a reload, apart from other administrations; a row broken by hand is an issue
 * and survives the next save; and what is kept is what the next analysis applies.
 */
import {
  loadRecords,
  proposePayments,
  recordProposals,
  savePayments,
  type RecordTable,
} from "../../src/app";
import { demoHost, memorySettingsStore, recordsKey } from "../../src/hosts/browser";
import { applyPayments } from "../../src/payments";
import { CREDITS, fixtureLedger } from "./payments-fixture";
import { writeCamt053 } from "./statement-writers";

const ledger = fixtureLedger();
const proposals = proposePayments(
  ledger,
  new TextEncoder().encode(writeCamt053("NL44RABO0123456789", "2026-12-01", 0, CREDITS)),
  "afschrift.xml"
);
const record = recordProposals([], proposals);

describe("the workbench keeps the Betalingen record per administration", () => {
  it("saves, reloads, and keeps administrations apart", async () => {
    const store = memorySettingsStore();
    await savePayments(demoHost(undefined, store), "adm:bakkerij", record);
    const stored = JSON.parse(
      store.getItem(recordsKey("payments", "adm:bakkerij"))!
    ) as RecordTable;
    expect(stored.headers.slice(0, 6)).toEqual([
      "Afschrift",
      "Boeking",
      "Boekdatum",
      "Debiteurnummer",
      "Factuurnummer",
      "Bedrag",
    ]);
    expect(stored.rows).toHaveLength(record.length);
    const again = await loadRecords(demoHost(undefined, store), "adm:bakkerij");
    expect(again.payments).toEqual(record);
    expect(again.issues).toEqual([]);
    expect((await loadRecords(demoHost(undefined, store), "adm:ander")).payments).toEqual([]);
    // What is kept is what the analysis applies: every matched cent off the open total.
    const open = (l: typeof ledger) => l.columns.openAmount.reduce((s, v) => s + (v ?? 0), 0);
    expect(open(ledger) - open(applyPayments(ledger, again.payments).ledger)).toBe(
      proposals.match.totals.matched
    );
  });

  it("a row broken by hand is named and kept on the next save", async () => {
    const store = memorySettingsStore();
    const host = demoHost(undefined, store);
    await savePayments(host, "s", record);
    const key = recordsKey("payments", "s");
    const table = JSON.parse(store.getItem(key)!) as RecordTable;
    table.rows[1]![5] = "veel";
    store.setItem(key, JSON.stringify(table));
    const read = await loadRecords(host, "s");
    expect(read.payments).toEqual(record.filter((_, i) => i !== 1));
    expect(read.issues).toEqual([
      expect.objectContaining({ kind: "payments", row: 3, column: "Bedrag", value: "veel" }),
    ]);
    await savePayments(host, "s", read.payments);
    const after = JSON.parse(store.getItem(key)!) as RecordTable;
    expect(after.rows.map((r) => r[5])).toEqual([
      ...read.payments.map((r) => r.amount / 100),
      "veel",
    ]);
  });
});
