/**
 * E-mail fields that are more than one address: Word's and Outlook's mail merge would send to every
 * address in the field. The merge file keeps one plain address or nothing, the run warns (both
 * languages) per letter, and the .eml drafts stay safe: no Bcc, no second address, no header break.
 */
import JSZip from "jszip";
import Papa from "papaparse";
import { draftReminders, DEFAULT_SETTINGS, type Settings } from "../../src/app";
import { isoDay } from "../../src/core";
import { reviewReminders } from "../../src/dunning";
import { readLedger } from "../../src/ledger";
import { parseMime } from "../documents/mime-parse";

const AS_OF = isoDay("2026-12-01");
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: {
    ...DEFAULT_SETTINGS.company,
    name: "Jansen Installatietechniek B.V.",
    iban: "NL91 ABNA 0417 1643 00",
    email: "debiteuren@jansen.nl",
  },
};

/** Customer number → the ledger's e-mail field. */
const EMAILS: [string, string][] = [
  ["D1", "a@b.nl, Bcc: x@evil.example"],
  ["D2", "jan@jansen.nl"],
  ["D3", "  piet@devries.nl  "],
  ["D4", "Jan <jan@x.nl>"],
  ["D5", "a@b.nl\r\nBcc: x@evil.example"],
  ["D6", ""],
  ["D7", "a@b.nl;c@d.nl"],
  ["D8", '=HYPERLINK("http://evil.example";"klik")'],
];
const EXPECTED_MERGE = ["", "jan@jansen.nl", "piet@devries.nl", "", "", "", "", ""];
const WARNED = ["D1", "D4", "D5", "D7", "D8"];

async function drafts() {
  const rows: unknown[][] = [
    ["Factuurnummer", "Debiteur", "Naam", "Factuurdatum", "Vervaldatum", "Bedrag", "E-mail"],
    ...EMAILS.map(([id, email], i) => [
      `F-${i + 1}`,
      id,
      `Klant ${id} B.V.`,
      "01-10-2026",
      "31-10-2026",
      "1.250,00",
      email,
    ]),
  ];
  const { ledger } = readLedger(rows, { asOf: AS_OF });
  const { proposals } = reviewReminders(ledger, AS_OF);
  expect(proposals.map((p) => p.customerId)).toEqual(EMAILS.map(([id]) => id));
  return draftReminders(ledger, proposals, settings, AS_OF);
}

describe("hostile e-mail fields in the reminder run", () => {
  it("the merge file holds one plain address or nothing, and the run warns per letter in both languages", async () => {
    const made = await drafts();
    const text = new TextDecoder().decode(made.mailMergeCsv);
    const [header, ...rows] = Papa.parse<string[]>(text, {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    const column = (header as string[]).indexOf("E-mail");
    expect(rows.map((row) => row[column])).toEqual(EXPECTED_MERGE);
    expect(text).not.toContain("evil.example");
    // The owned sheet (Excel) is the same table.
    const sheetRows = made.mailMergeSheet.tables[0]!.rows;
    expect(sheetRows.map((row) => row[column])).toEqual(EXPECTED_MERGE);

    expect(made.mailMergeWarnings.map((w) => w.customerId)).toEqual(WARNED);
    const first = made.mailMergeWarnings[0]!;
    expect(first.value).toBe("a@b.nl, Bcc: x@evil.example");
    expect(first.en).toBe(
      'Customer D1 (Klant D1 B.V.): the e-mail address "a@b.nl, Bcc: x@evil.example" is not one plain address, so the mail merge leaves it empty (a merge would send to every address in it). Correct it in the ledger, or send this letter by post.'
    );
    expect(first.nl).toBe(
      'Debiteur D1 (Klant D1 B.V.): het e-mailadres "a@b.nl, Bcc: x@evil.example" is niet één gewoon adres; het samenvoegbestand laat het daarom leeg (samenvoegen zou naar elk adres erin sturen). Verbeter het in de debiteurenlijst of stuur deze brief per post.'
    );
  });

  it("the .eml drafts add no recipient: one To: address for a plain one, none otherwise, never a Bcc", async () => {
    const made = await drafts();
    const zip = await JSZip.loadAsync(made.emlZip);
    // The drafts (each letter's QR code rides along as an .svg beside its .eml).
    const names = Object.keys(zip.files)
      .filter((name) => name.endsWith(".eml"))
      .sort();
    expect(names).toHaveLength(EMAILS.length);
    const toOf = new Map<string, string | undefined>();
    for (const name of names) {
      const text = await zip.file(name)!.async("string");
      const message = parseMime(text); // throws on a header that appears twice or a broken line
      expect([...message.headers.keys()]).not.toContain("bcc");
      expect([...message.headers.keys()]).not.toContain("cc");
      expect(text).not.toMatch(/^bcc:/im);
      const customer = EMAILS.find(([id]) => text.includes(`Klant ${id} B.V.`))?.[0];
      toOf.set(customer ?? name, message.headers.get("to"));
    }
    expect(toOf.get("D2")).toMatch(/<jan@jansen\.nl>$/);
    expect(toOf.get("D3")).toMatch(/<piet@devries\.nl>$/);
    for (const id of ["D1", "D4", "D5", "D6", "D7", "D8"]) expect(toOf.get(id)).toBeUndefined();
  });
});
