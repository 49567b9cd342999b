// `openstaand report --age-on invoice`: the console, --json and --out HTML name the basis and start
// the buckets at 0–30 days since the invoice date (no "not due"), in nl and en; `--age-on due` (the
// default) keeps "not due".
import { run } from "../../src/cli";
import { fakeIo } from "./memory-io";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Invoices 0, 10, 45, 75 and 120 days old on 20-11-2026, each due 30 days after its invoice date. */
const CSV = utf8(
  [
    "Factuurnummer;Debiteurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand",
    "F1;D1;20-11-2026;20-12-2026;1,00;1,00",
    "F2;D1;10-11-2026;10-12-2026;2,00;2,00",
    "F3;D2;06-10-2026;05-11-2026;4,00;4,00",
    "F4;D2;06-09-2026;06-10-2026;8,00;8,00",
    "F5;D3;23-07-2026;22-08-2026;16,00;16,00",
  ].join("\n")
);

async function report(...args: string[]) {
  const io = fakeIo({ "l.csv": CSV });
  io.io.chartBundles = async () => ({ vega: "", vegaLite: "", vegaEmbed: "" });
  const status = await run(["report", "l.csv", "--as-of", "2026-11-20", ...args], io.io);
  expect(io.err()).toBe("");
  expect(status).toBe(0);
  return io;
}

/** The console lines from the ageing heading to the line before "flagged". */
const ageingLines = (out: string): string[] => {
  const lines = out.split("\n").map((l) => l.trimEnd());
  const at = lines.findIndex((l) => /^(Ouderdomsanalyse|Ageing)\s/.test(l));
  return lines.slice(at, at + 6).map((l) => l.trim().replace(/\s{2,}/g, " | "));
};

describe("openstaand report --age-on", () => {
  it("invoice, nl console: basis heading, 0–30 dgn first", async () => {
    const io = await report("--age-on", "invoice");
    expect(ageingLines(io.out())).toEqual([
      "Ouderdomsanalyse | op dagen na factuurdatum",
      "0–30 dgn | € 3,00",
      "31–60 dgn | € 4,00",
      "61–90 dgn | € 8,00",
      "90+ dgn | € 16,00",
      expect.stringMatching(/^Debiteuren met signalen/),
    ]);
    expect(io.out()).not.toContain("Niet vervallen");
  });

  it("invoice, en console", async () => {
    const io = await report("--age-on", "invoice", "--lang", "en");
    expect(ageingLines(io.out()).slice(0, 5)).toEqual([
      "Ageing | on days since invoice",
      "0–30 days | €3.00",
      "31–60 days | €4.00",
      "61–90 days | €8.00",
      "90+ days | €16.00",
    ]);
  });

  it("due (the default), nl and en console: not due first", async () => {
    expect(ageingLines((await report()).out()).slice(0, 3)).toEqual([
      "Ouderdomsanalyse | op dagen na vervaldatum",
      "Niet vervallen | € 3,00",
      "1–30 dgn | € 4,00",
    ]);
    expect(
      ageingLines((await report("--age-on", "due", "--lang", "en")).out()).slice(0, 2)
    ).toEqual(["Ageing | on days past due", "Not due | €3.00"]);
  });

  it("--json: the basis and the bucket labels of each option", async () => {
    const invoice = JSON.parse((await report("--age-on", "invoice", "--json")).out());
    expect(invoice.basis).toBe("invoice");
    expect(invoice.ageing.buckets).toEqual([
      { label: "0-30", amount: 3 },
      { label: "31-60", amount: 4 },
      { label: "61-90", amount: 8 },
      { label: "90+", amount: 16 },
      { label: "No date", amount: 0 },
    ]);
    const due = JSON.parse((await report("--json", "--lang", "en")).out());
    expect(due.basis).toBe("due");
    expect(due.ageing.buckets.map((b: { label: string }) => b.label)).toEqual([
      "Not due",
      "1-30",
      "31-60",
      "61-90",
      "90+",
      "No date",
    ]);
  });

  it("--out: the HTML report in nl and en", async () => {
    for (const [lang, heading, first, notDue] of [
      ["nl", "Ouderdomsanalyse (op dagen na factuurdatum)", "0–30 dgn", "Niet vervallen"],
      ["en", "Ageing (on days since invoice)", "0–30 days", "Not due"],
    ] as const) {
      const io = await report("--age-on", "invoice", "--lang", lang, "--out", "r.html");
      const html = new TextDecoder().decode(io.written.get("r.html"));
      expect(html).toContain(heading);
      expect(html).toContain(first);
      expect(html).not.toContain(notDue);
    }
  });
});
