/**
 * Remembered column mappings, through the app's use-cases over a host that keeps its settings text
 * (as the workbook or the browser does): a mapping confirmed for an export is stored under its header
 * signature and applied when the same export comes back next month (other rows, a title row above),
 * by loadLedger (a host's sheet) and by readLedgerFile (an opened file); another export is not
 * touched by it.
 */
import {
  type Host,
  HostError,
  loadLedger,
  loadSettings,
  mappingOfRead,
  mappingReadOptions,
  rememberedMapping,
  rememberMapping,
  MAX_MAPPING_PROFILES,
  parseSettings,
} from "../../src/app";
import type { IsoDay } from "../../src/core";
import { readLedgerFile } from "../../src/formats";
import { headerSignature, LedgerError } from "../../src/ledger";

/** A host whose sheet can be swapped and whose settings text is kept, like the workbook's. */
function sheetHost(values: unknown[][]) {
  let settings: string | null = null;
  let sheet = values;
  const host: Host = {
    kind: "standalone",
    today: () => "2026-12-07" as IsoDay,
    listSources: async () => ({ sources: [], preferredId: null }),
    readOpenItems: async () => ({
      source: "Openstaand",
      values: sheet,
      firstRow: 1,
      dateSystem: 1900,
    }),
    readSettingsText: async () => settings,
    writeSettingsText: async (text) => {
      settings = text;
    },
  };
  return { host, stored: () => settings, swap: (next: unknown[][]) => void (sheet = next) };
}

const HEADER = ["Nr", "Wie", "Uiterlijk", "Som", "Over"];
const NOVEMBER = [
  HEADER,
  ["A-1", "Bakkerij De Zon", "01-11-2026", "100,00", "100,00"],
  ["A-2", "Garage Van der Berg", "15-11-2026", "250,50", "50,50"],
];
const DECEMBER = [
  ["Openstaande posten per 31-12-2026"],
  [],
  HEADER,
  ["A-7", "Bakkerij De Zon", "01-12-2026", "75,00", "75,00"],
  ["A-8", "Drukkerij Crème", "20-12-2026", "1.200,00", "1.200,00"],
  ["A-9", "Garage Van der Berg", "31-12-2026", "9,99", "9,99"],
];
const CONFIRMED = {
  invoiceId: "Nr",
  customerName: "Wie",
  dueDate: "Uiterlijk",
  amount: "Som",
  openAmount: "Over",
};

describe("a confirmed mapping is remembered per export", () => {
  it("fails first, is stored under the header signature, and reads next month's export by itself", async () => {
    const { host, stored, swap } = sheetHost(NOVEMBER);
    const first = await loadLedger(host, mappingReadOptions(await loadSettings(host))).catch(
      (e: unknown) => e
    );
    expect(first).toBeInstanceOf(HostError);
    const headers = ((first as HostError).cause as LedgerError).headers;
    expect(headers).toEqual(HEADER);

    const saved = await rememberMapping(host, await loadSettings(host), headers, {
      ...CONFIRMED,
      description: "",
    });
    expect(saved.mappingProfiles).toEqual({ "nr|wie|uiterlijk|som|over": CONFIRMED });
    expect(JSON.parse(stored() ?? "{}").mappingProfiles).toEqual(saved.mappingProfiles);

    // Next month: other rows, a title above the header; the settings as the host keeps them.
    swap(DECEMBER);
    const settings = await loadSettings(host);
    const read = await loadLedger(host, mappingReadOptions(settings));
    expect(read.profile).toBe("nr|wie|uiterlijk|som|over");
    expect(read.headerRow).toBe(3);
    expect(read.control).toMatchObject({ accepted: 3, rejected: 0 });
    expect(read.ledger.columns.dueDate).toEqual(["2026-12-01", "2026-12-20", "2026-12-31"]);
    expect(read.ledger.columns.openAmount).toEqual([7500, 120000, 999]);
    expect(mappingOfRead(settings, read)).toEqual(CONFIRMED);
    expect(rememberedMapping(settings, read.headers)).toEqual(CONFIRMED);
  });

  it("applies to the same export opened as a file, and not to another export", async () => {
    const { host } = sheetHost(NOVEMBER);
    const settings = await rememberMapping(host, await loadSettings(host), HEADER, CONFIRMED);
    const csv = (rows: string[][]) =>
      new TextEncoder().encode(rows.map((r) => r.join(";")).join("\r\n"));
    const same = await readLedgerFile(
      csv(DECEMBER as string[][]),
      "december.csv",
      mappingReadOptions(settings)
    );
    expect(same.profile).toBe(headerSignature(HEADER));
    expect(same.control.accepted).toBe(3);
    // A different header row (one more column) is another export: the profile does not apply.
    const other = [
      [...HEADER, "Valuta"],
      ["A-1", "X", "01-11-2026", "1,00", "1,00", "EUR"],
    ];
    await expect(
      readLedgerFile(csv(other), "ander.csv", mappingReadOptions(settings))
    ).rejects.toThrow(LedgerError);
  });

  it("an explicit mapping wins over a remembered one; the newest profiles are kept", async () => {
    const { host } = sheetHost(NOVEMBER);
    let settings = await loadSettings(host);
    for (let k = 0; k < MAX_MAPPING_PROFILES + 3; k++)
      settings = await rememberMapping(host, settings, [`Kolom ${k}`, "Bedrag"], {
        amount: "Bedrag",
      });
    settings = await rememberMapping(host, settings, HEADER, CONFIRMED);
    const keys = Object.keys(settings.mappingProfiles);
    expect(keys).toHaveLength(MAX_MAPPING_PROFILES);
    expect(keys.at(-1)).toBe("nr|wie|uiterlijk|som|over");
    expect(keys).not.toContain("kolom0|bedrag");
    const read = await loadLedger(host, {
      ...mappingReadOptions(settings),
      mapping: { ...CONFIRMED, openAmount: "Som" },
    });
    expect(read.profile).toBeNull();
    expect(read.ledger.columns.openAmount).toEqual([10000, 25050]);
  });

  it("settings name a bad profile by its key, in English and Dutch", () => {
    const bad = JSON.stringify({ mappingProfiles: { "nr|som": { vervaldatum: "Uiterlijk" } } });
    const error = (() => {
      try {
        parseSettings(bad);
      } catch (e) {
        return e as HostError;
      }
      throw new Error("expected a settings error");
    })();
    expect(error.place.key).toBe("mappingProfiles.nr|som.vervaldatum");
    expect(error.messageIn("nl")).toContain("is geen veld van de debiteurenlijst");
  });
});
