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

describe("openstaand remind --company with details missing", () => {
  const partial = utf8(
    JSON.stringify({ name: "Jansen Installatietechniek B.V.", iban: "NL91 ABNA 0417 1643 00" })
  );
  const complete = utf8(
    JSON.stringify({
      name: "Jansen Installatietechniek B.V.",
      iban: "NL91 ABNA 0417 1643 00",
      address: "Industrieweg 12",
      postcode: "3542 AD",
      city: "Utrecht",
      kvk: "30123456",
    })
  );
  const args = ["remind", "demo.csv", "--as-of", "2026-11-20", "--company", "c.json"];

  it("makes the letters and warns which details they lack, in English and Dutch", async () => {
    const en = fakeIo({ "demo.csv": demo, "c.json": partial });
    expect(await run(args, en.io)).toBe(0);
    expect(en.err()).toBe(
      "openstaand: warning: c.json: The letters lack these details of your company: address, postcode, city and KvK number. Add them in the --company file; do not send the letters like this.\n"
    );
    expect(en.written.size).toBeGreaterThan(0);
    const nl = fakeIo({ "demo.csv": demo, "c.json": partial });
    expect(await run([...args, "--lang", "nl"], nl.io)).toBe(0);
    expect(nl.err()).toBe(
      "openstaand: waarschuwing: c.json: De brieven missen deze gegevens van uw bedrijf: adres, postcode, plaats en KvK-nummer. Vul ze aan in het --company-bestand; verstuur de brieven niet zo.\n"
    );
  });

  it("says nothing when the letterhead is complete, and prints address and KvK on it", async () => {
    const f = fakeIo({ "demo.csv": demo, "c.json": complete });
    expect(await run(args, f.io)).toBe(0);
    expect(f.err()).toBe("");
    const html = new TextDecoder().decode(
      f.written.get("./herinneringen-2026-11-20-brieven.html")!
    );
    expect(html).toContain("<div>Industrieweg 12, 3542 AD Utrecht</div>");
    expect(html).toContain("KvK 30123456");
  });
});
