// remind --log with a log of other books: an entry naming an invoice this ledger has for another
// customer is not applied (the invoice is still proposed) and the run says so on stderr.
import { run } from "../../src/cli";
import { reminderLogFromCsv } from "../../src/formats";
import { demoCsvText } from "../../src/hosts/browser";
import { fakeIo } from "./memory-io";

const utf8 = (t: string) => new TextEncoder().encode(t);

describe("remind --log with records of other books", () => {
  it("does not apply an entry whose invoice belongs to another customer here, and warns", async () => {
    const first = fakeIo({ "demo.csv": utf8(demoCsvText()) });
    expect(await run(["remind", "demo.csv", "--as-of", "2026-11-20"], first.io)).toBe(0);
    const logBytes = first.written.get("./herinneringen-2026-11-20-log.csv")!;
    const entry = reminderLogFromCsv(logBytes).entries[0]!;
    const invoice = entry.invoices[0]!.invoiceId;
    // Other books: the same invoice number, for customer Z9, overdue and never reminded.
    const other = utf8(
      [
        "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand",
        `${invoice};Z9;Installatiebedrijf Smit;15-09-2026;15-10-2026;1210,00;1210,00`,
        "",
      ].join("\r\n")
    );
    const second = fakeIo({ "other.csv": other, "log.csv": logBytes });
    expect(
      await run(["remind", "other.csv", "--as-of", "2026-11-20", "--log", "log.csv"], second.io)
    ).toBe(0);
    expect(second.err()).toContain(
      `1 recorded invoice belongs to another customer in this list and is not applied: ${invoice} (recorded for ${entry.customerId}, here Z9).`
    );
    // Z9's invoice is reminded as its own ledger says (never reminded), not at the logged stage.
    const written = reminderLogFromCsv(second.written.get("./herinneringen-2026-11-20-log.csv")!);
    const z9 = written.entries.filter((e) => e.customerId === "Z9");
    expect(z9).toHaveLength(1);
    expect(z9[0]!.invoices).toEqual([{ invoiceId: invoice, stage: 1 }]);

    // Its own books: no such warning.
    expect(first.err()).not.toContain("another customer");
  });
});
