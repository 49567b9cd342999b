import JSZip from "jszip";
import { run } from "../../src/cli";
import { fakeIo } from "./memory-io";
import { demoCsvText } from "../../src/hosts/browser";

const utf8 = (t: string) => new TextEncoder().encode(t);
const demo = utf8(demoCsvText());

describe("openstaand remind", () => {
  it("writes mail merge, eml zip, letters and log; warns without --company", async () => {
    const f = fakeIo({ "demo.csv": demo });
    expect(await run(["remind", "demo.csv", "--as-of", "2026-11-20", "--out", "out"], f.io)).toBe(
      0
    );
    expect(f.err()).toContain('fake demo company "Openstaand Demo B.V."');
    expect([...f.written.keys()].sort()).toEqual([
      "out/herinneringen-2026-11-20-brieven.html",
      "out/herinneringen-2026-11-20-eml.zip",
      "out/herinneringen-2026-11-20-log.csv",
      "out/herinneringen-2026-11-20-mailmerge.csv",
    ]);
    expect(f.out()).toMatch(/^3 letters as of 2026-11-20/);
    const zip = await JSZip.loadAsync(f.written.get("out/herinneringen-2026-11-20-eml.zip")!);
    expect(Object.keys(zip.files)).toHaveLength(3);
    const merge = new TextDecoder().decode(
      f.written.get("out/herinneringen-2026-11-20-mailmerge.csv")!
    );
    expect(merge.split("\r\n")[0]).toBe(
      "Aanhef;Naam;Contactpersoon;Adres;Postcode;Plaats;E-mail;Onderwerp;Brieftekst;Openstaand;Rente;Incassokosten;Totaal;Termijn;Kenmerk;Fase;Debiteurnummer;Datum;Taal;QR-code"
    );
  });

  it("uses --company and names a bad key", async () => {
    const company = {
      name: "Jansen Installatietechniek B.V.",
      iban: "NL91 ABNA 0417 1643 00",
      email: "debiteuren@jansen.nl",
      contact: "Petra Jansen",
    };
    const f = fakeIo({ "demo.csv": demo, "c.json": utf8(JSON.stringify(company)) });
    expect(
      await run(["remind", "demo.csv", "--as-of", "2026-11-20", "--company", "c.json"], f.io)
    ).toBe(0);
    // The letters are made, but the company file lacks the letterhead's address and KvK number.
    expect(f.err()).toBe(
      "openstaand: warning: c.json: The letters lack these details of your company: address, postcode, city and KvK number. Add them in the --company file; do not send the letters like this.\n"
    );
    const html = new TextDecoder().decode(
      f.written.get("./herinneringen-2026-11-20-brieven.html")!
    );
    expect(html).toContain("Jansen Installatietechniek B.V.");
    expect(html).toContain("Petra Jansen");
    // With an IBAN every letter has a QR code: a PNG beside the merge file, named in its last column.
    const merge = new TextDecoder()
      .decode(f.written.get("./herinneringen-2026-11-20-mailmerge.csv")!)
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter((line) => line !== "");
    const named = merge.slice(1).map((line) => line.split(";").pop()!);
    expect(named).toHaveLength(3);
    for (const name of named) {
      expect(name).toMatch(/ QR\.png$/);
      expect([...f.written.get(`./${name}`)!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
    const bad = fakeIo({ "demo.csv": demo, "c.json": utf8('{"naam":"x"}') });
    expect(await run(["remind", "demo.csv", "--company", "c.json"], bad.io)).toBe(1);
    expect(bad.err()).toContain('unknown key(s) "naam"');
  });
});

describe("openstaand handoff", () => {
  it("writes the claim file in each format with its control line", async () => {
    for (const format of ["csv", "json", "xlsx"]) {
      const f = fakeIo({ "demo.csv": demo });
      expect(
        await run(
          [
            "handoff",
            "demo.csv",
            "--customers",
            "10004, 10003",
            "--as-of",
            "2026-11-20",
            "--format",
            format,
            "--out",
            "o",
          ],
          f.io
        )
      ).toBe(0);
      expect(f.written.has(`o/vorderingen-2026-11-20.${format}`)).toBe(true);
      expect(f.out()).toMatch(/^\d+ claims as of 2026-11-20: principal €/);
    }
  });

  it("usage errors: no --customers, bad --format", async () => {
    const f = fakeIo({});
    expect(await run(["handoff", "demo.csv"], f.io)).toBe(2);
    expect(await run(["handoff", "demo.csv", "--customers", "1", "--format", "pdf"], f.io)).toBe(2);
    expect(f.err()).toContain('--format "pdf" is not one of xlsx, csv, json');
  });
});
