import { type Host, HostError, loadKeptRecords, storeRecords } from "../../src/app";
import type { IsoDay } from "../../src/core";
import { demoHost, memorySettingsStore } from "../../src/hosts/browser";

const bare: Host = {
  kind: "excel",
  today: () => "2026-11-20" as IsoDay,
  listSources: async () => ({ sources: [], preferredId: null }),
  readOpenItems: async () => ({ source: "x", values: [], firstRow: 1, dateSystem: 1900 }),
  readSettingsText: async () => null,
  writeSettingsText: async () => undefined,
};

describe("the records the pane loads", () => {
  it("are marked unreadable, with the reason in both languages, when the host cannot read them", async () => {
    const refused = new HostError(
      "not-owned",
      "The sheet 'Openstaand – Verzendlog' was not made by Openstaand.",
      "Het blad 'Openstaand – Verzendlog' is niet door Openstaand gemaakt.",
      { sheet: "Openstaand – Verzendlog" }
    );
    const host: Host = {
      ...bare,
      readRecords: async () => {
        throw refused;
      },
      writeRecords: async () => undefined,
    };
    const errors: unknown[] = [];
    const records = await loadKeptRecords(host, "Debiteuren", (e) => errors.push(e));
    expect(errors).toEqual([refused]);
    expect(records).toMatchObject({
      log: [],
      issues: [],
      kept: true,
      unreadable: {
        en: "The sheet 'Openstaand – Verzendlog' was not made by Openstaand.",
        nl: "Het blad 'Openstaand – Verzendlog' is niet door Openstaand gemaakt.",
      },
    });
    expect(records.handovers.records).toEqual([]);
  });

  it("are not kept, and not unreadable, on a host that keeps none", async () => {
    const records = await loadKeptRecords(bare, "Debiteuren", () => {
      throw new Error("no error expected");
    });
    expect(records.kept).toBe(false);
    expect(records.unreadable).toBeUndefined();
  });

  it("come back as stored in the workbench, per source", async () => {
    const host = demoHost(undefined, memorySettingsStore());
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
    await storeRecords(host, "a.xlsx", { handovers });
    const back = await loadKeptRecords(host, "a.xlsx", () => undefined);
    expect(back.kept).toBe(true);
    expect(back.handovers.records).toEqual(handovers.records);
    expect((await loadKeptRecords(host, "b.xlsx", () => undefined)).handovers.records).toEqual([]);
  });
});
