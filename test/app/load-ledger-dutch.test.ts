/** loadLedger in the Dutch pane: the reader's own Dutch text, not its English one, in the HostError. */
import { type Host, HostError, loadLedger } from "../../src/app";
import type { IsoDay } from "../../src/core";

const valuesHost = (values: unknown[][]): Host => ({
  kind: "standalone",
  today: () => "2026-11-20" as IsoDay,
  listSources: async () => ({ sources: [], preferredId: null }),
  readOpenItems: async () => ({ source: "Debiteuren", values, firstRow: 1, dateSystem: 1900 }),
  readSettingsText: async () => null,
  writeSettingsText: async () => undefined,
});

test("a sheet without an amount column fails in Dutch for the Dutch pane", async () => {
  const error = await loadLedger(
    valuesHost([
      ["Factuurnummer", "Klant"],
      ["F1", "Bakkerij"],
    ])
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  const hostError = error as HostError;
  expect(hostError.messageIn("nl")).toBe(
    "'Debiteuren': De kopregel (rij 1) heeft geen kolom voor Factuurbedrag. Gevonden kolomkoppen: " +
      '"Factuurnummer", "Klant". Geef de kolom een herkenbare naam of wijs hem toe in de ' +
      "kolomindeling. Kies de kolommen bij Instellingen (kolomindeling)."
  );
  expect(hostError.messageIn("en")).toMatch(
    /^'Debiteuren': The header row \(row 1\) has no column for Amount\. .+ Pick the columns in Settings/
  );
});
