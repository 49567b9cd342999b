import JSZip from "jszip";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";
import { isoDay, formatCents } from "../../src/core";
import { reminderRun } from "../../src/dunning";
import { DEMO_COMPANY, handoffClaims, lettersFor } from "../../src/documents";
import { dossierZips } from "../../src/app";
import { reminderLogEntries } from "../../src/records";
import { ledgerOf } from "../dunning/ledger-fixture";
import { csvCells, csvCents, DANGER, HOSTILE, hostileLedger } from "./export-fixture";

const demo = demoLedger();
const ledger = readLedger(demo.values(), { asOf: demo.asOf }).ledger;
const allCustomers = [...new Set(ledger.columns.customerId)];
const AS_OF = isoDay("2026-11-20");

async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort())
    files.set(name, await zip.file(name)!.async("uint8array"));
  return files;
}
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe("dossier zips of the demo ledger", () => {
  const file = handoffClaims(ledger, allCustomers, demo.asOf);
  const proposals = reminderRun(ledger, demo.asOf);
  const letters = lettersFor(ledger, proposals, { company: DEMO_COMPANY });
  const log = reminderLogEntries(letters);

  it("one zip per debtor whose totals equal the claim export for that debtor", async () => {
    const dossiers = await dossierZips(file);
    const debtors = [...new Set(file.claims.map((c) => c.debtor.customerId))];
    expect(dossiers.map((d) => d.customerId)).toEqual(debtors);
    expect(dossiers.map((d) => d.fileName)).toEqual(debtors.map((id) => `dossier-${id}.zip`));
    for (const d of dossiers) {
      const own = handoffClaims(ledger, [d.customerId], demo.asOf);
      expect(d.claims.control).toEqual(own.control);
      const files = await unzip(d.bytes);
      expect([...files.keys()]).toEqual([
        "README.txt",
        "facturen.csv",
        "vordering.csv",
        "vordering.html",
      ]);
      const claimRows = csvCells(files.get("vordering.csv")!);
      const control = claimRows.at(-1)!;
      const rows = claimRows.slice(1, -1);
      expect(rows.map((r) => r[12])).toEqual(own.claims.map((c) => c.invoiceId));
      expect(control[0]).toBe("Controletotaal");
      expect([17, 20, 22, 23].map((i) => csvCents(control[i]!))).toEqual([
        own.control.principal,
        own.control.interest,
        own.control.costs,
        own.control.total,
      ]);
      expect(rows.reduce((s, r) => s + csvCents(r[23]!), 0)).toBe(own.control.total);
      const invoices = csvCells(files.get("facturen.csv")!);
      expect(invoices).toHaveLength(own.claims.length + 2);
      expect(csvCents(invoices.at(-1)![5]!)).toBe(own.control.principal);
      const html = text(files.get("vordering.html"));
      expect(html).toContain(`${formatCents(own.control.total, "nl")}`);
      expect(html).toContain("default-src 'none'");
      const readme = text(files.get("README.txt"));
      expect(readme).toContain(`totaal ${formatCents(own.control.total, "nl")}`);
      expect(readme).toContain("Verstuurde brieven: niet bijgevoegd");
    }
  });

  it("the HTML statement shows the worked interest specification of a claim", async () => {
    const [d] = await dossierZips(file);
    const html = text((await unzip(d!.bytes)).get("vordering.html"));
    const claim = d!.claims.claims[0]!;
    expect(claim.interestPeriods.length).toBeGreaterThan(0);
    for (const p of claim.interestPeriods) {
      expect(html).toContain(formatCents(p.interest, "nl"));
      expect(html).toContain(`${String(p.ratePct).replace(".", ",")}%`);
    }
    expect(html).toContain("Stand per 20 november 2026");
  });

  it("adds the letters sent and the log for debtors that have them", async () => {
    expect(letters.length).toBeGreaterThan(0);
    const withLetter = new Set(letters.map((l) => l.model.customerId));
    const dossiers = await dossierZips(file, { letters, log });
    let seen = 0;
    for (const d of dossiers) {
      const files = await unzip(d.bytes);
      const readme = text(files.get("README.txt"));
      if (withLetter.has(d.customerId)) {
        seen++;
        const html = text(files.get("brieven.html"));
        const mine = letters.filter((l) => l.model.customerId === d.customerId);
        expect(html.match(/<section class="letter"/g)).toHaveLength(mine.length);
        expect(files.has("herinneringslog.csv")).toBe(true);
        expect(readme).toContain("brieven.html");
        expect(readme).not.toContain("niet bijgevoegd");
      } else {
        expect(files.has("brieven.html")).toBe(false);
        expect(readme).toContain("niet bijgevoegd");
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("with the log but not the letters, the README says where the letters' record is", async () => {
    const logged = new Set(log.map((e) => e.customerId));
    const dossiers = await dossierZips(file, { log });
    const mine = dossiers.filter((d) => logged.has(d.customerId));
    expect(mine.length).toBeGreaterThan(0);
    for (const d of mine) {
      const files = await unzip(d.bytes);
      const readme = text(files.get("README.txt"));
      expect(files.has("brieven.html")).toBe(false);
      expect(files.has("herinneringslog.csv")).toBe(true);
      expect(readme).toContain("de brieven zelf zijn niet bijgevoegd");
      expect(readme).toContain("staat in herinneringslog.csv");
      expect(readme).not.toContain("er zijn geen brieven meegegeven");
    }
  });

  it("gives the same bytes for the same input", async () => {
    const one = handoffClaims(ledger, [file.claims[0]!.debtor.customerId], demo.asOf);
    expect(one.claims.length).toBeGreaterThan(0);
    const [a] = await dossierZips(one);
    const [b] = await dossierZips(one);
    expect(a!.bytes).toEqual(b!.bytes);
  });
});

it("file names are safe and unique, also when two numbers clean to the same name", async () => {
  const small = ledgerOf([
    { invoiceId: "F1", customerId: "A/1", dueDate: "2026-09-01", openAmount: 10_000 },
    { invoiceId: "F2", customerId: "A_1", dueDate: "2026-09-01", openAmount: 10_000 },
    { invoiceId: "F3", customerId: "a_1", dueDate: "2026-09-01", openAmount: 10_000 },
    { invoiceId: "F4", customerId: "../x", dueDate: "2026-09-01", openAmount: 10_000 },
  ]);
  const file = handoffClaims(small, ["A/1", "A_1", "a_1", "../x"], AS_OF);
  expect((await dossierZips(file)).map((d) => d.fileName)).toEqual([
    "dossier-A_1.zip",
    "dossier-A_1-2.zip",
    "dossier-a_1-3.zip",
    "dossier-x.zip",
  ]);
});

describe("a hostile ledger through the dossier zips", () => {
  const file = handoffClaims(hostileLedger, [...new Set(hostileLedger.columns.customerId)], AS_OF);

  it("csv cells are neutralised, HTML is escaped, nothing is lost", async () => {
    const dossiers = await dossierZips(file);
    expect(dossiers).toHaveLength(HOSTILE.length);
    const htmlNames: string[] = [];
    for (const d of dossiers) {
      const files = await unzip(d.bytes);
      for (const name of ["vordering.csv", "facturen.csv"]) {
        const cells = csvCells(files.get(name)!).flat();
        for (const cell of cells) expect(cell).not.toMatch(DANGER);
      }
      const claimCsv = csvCells(files.get("vordering.csv")!).flat().join("\n");
      expect(claimCsv).toContain(d.claims.claims[0]!.debtor.name.trim());
      const html = text(files.get("vordering.html"));
      expect(html).not.toMatch(/<script|<img|<b>|onerror=/i);
      htmlNames.push(html);
    }
    const all = htmlNames.join("\n");
    expect(all).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(all).toContain("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
    expect(all).toContain("&#61;HYPERLINK(&quot;http://x&quot;;&quot;y&quot;)");
    expect(all).toContain("&lt;b&gt;open&lt;/b&gt;");
    expect(all).toContain("Dorpsstraat 1\nBcc: victim@example.com\n&#61;HYPERLINK");
  });
});
