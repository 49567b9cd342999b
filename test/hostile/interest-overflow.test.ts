/**
 * Interest on a huge open amount over years passes the exact range of cents: the hand-off names the
 * invoice (English and Dutch) instead of the core's bare "The interest on … cents is too large".
 */
import { CoreError, isoDay } from "../../src/core";
import { handoffClaims } from "../../src/documents";
import { readLedger } from "../../src/ledger";

const AS_OF = isoDay("2026-12-01");
const header = ["Factuurnummer", "Debiteur", "Naam", "Factuurdatum", "Vervaldatum", "Bedrag"];
const ledgerOf = (...rows: unknown[][]) => readLedger([header, ...rows], { asOf: AS_OF }).ledger;

function thrown(run: () => unknown): CoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("hostile amounts: hand-off interest too large for exact cents", () => {
  it("names the invoice, its principal and period in both languages", () => {
    const ledger = ledgerOf(
      ["F-OK", "D1", "Groot B.V.", "01-01-2020", "31-01-2020", 1000],
      ["F-GROOT", "D1", "Groot B.V.", "01-01-2020", "31-01-2020", 45_000_000_000_000]
    );
    const error = thrown(() => handoffClaims(ledger, ["D1"], AS_OF));
    expect(error.code).toBe("claim.too-large");
    expect(error.message).toBe(
      "Invoice F-GROOT of customer D1: the statutory interest on €45,000,000,000,000.00 from 2020-01-31 to 2026-12-01 is too large to count exactly to the cent (amounts above €90,071,992,547,409.91 cannot be). Check the invoice's amount, or leave it out."
    );
    expect(error.messageNl).toBe(
      "Factuur F-GROOT van debiteur D1: de wettelijke rente over € 45.000.000.000.000,00 van 31-01-2020 tot 01-12-2026 is te groot om tot op de cent exact te berekenen (bedragen boven € 90.071.992.547.409,91 kunnen dat niet). Controleer het bedrag van de factuur of laat haar weg."
    );
  });

  it("claims that fit one by one but not together name the invoice that passes the total", () => {
    // Each claim with its interest fits; the control line over both would not.
    const ledger = ledgerOf(
      ["F-A", "D1", "Groot B.V.", "01-10-2026", "31-10-2026", 40_000_000_000_000],
      ["F-B", "D2", "Ander B.V.", "01-10-2026", "31-10-2026", 40_000_000_000_000],
      ["F-C", "D3", "Derde B.V.", "01-10-2026", "31-10-2026", 10_000_000_000_000]
    );
    const error = thrown(() => handoffClaims(ledger, ["D1", "D2", "D3"], AS_OF));
    expect(error.message).toMatch(
      /^Invoice F-C of customer D3: the amount owed with interest and costs is too large to count exactly to the cent/
    );
    expect(error.messageNl).toMatch(
      /^Factuur F-C van debiteur D3: het verschuldigde bedrag met rente en kosten is te groot/
    );
    // Without the last one the file is made, and it reconciles.
    const file = handoffClaims(ledger, ["D1", "D2"], AS_OF);
    expect(file.control.total).toBe(file.claims.reduce((sum, claim) => sum + claim.total, 0));
  });
});
