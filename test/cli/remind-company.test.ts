// `remind --company` goes through the pane's rule for the creditor (letterCompany): a company file
// without an IBAN is refused as the settings form refuses it, and the error names the file and the
// key, in English and in Dutch; nothing is written.
import { run } from "../../src/cli";
import { fakeIo } from "./memory-io";
import { demoCsvText } from "../../src/hosts/browser";

const utf8 = (t: string) => new TextEncoder().encode(t);
const demo = utf8(demoCsvText());
const noIban = utf8(JSON.stringify({ name: "Jansen Installatietechniek B.V." }));

describe("openstaand remind --company without an IBAN", () => {
  it("refuses, naming the file and the missing key", async () => {
    const f = fakeIo({ "demo.csv": demo, "c.json": noIban });
    const args = ["remind", "demo.csv", "--as-of", "2026-11-20", "--company", "c.json"];
    expect(await run(args, f.io)).toBe(1);
    expect(f.err()).toBe('openstaand: Reminders need your IBAN; add it to c.json ("iban").\n');
    expect(f.written.size).toBe(0);
    const nl = fakeIo({ "demo.csv": demo, "c.json": noIban });
    expect(await run([...args, "--lang", "nl"], nl.io)).toBe(1);
    expect(nl.err()).toBe(
      'openstaand: Voor herinneringen is uw IBAN nodig; vul dit aan in c.json ("iban").\n'
    );
  });
});
