/**
 * Issue 16, "a reference and a QR code out": every letter and e-mail carries the customer's RF
 * creditor reference in the payment instruction and an EPC QR code (decoded here with jsQR, an
 * independent decoder) asking the letter's total with that reference; the payment matcher finds the
 * customer from the reference as the letter prints it.
 */
import { crc32, inflateSync } from "node:zlib";
import JSZip from "jszip";
import jsQR from "jsqr";
import { checkCreditorReference, customerReference, type Cents } from "../../src/core";
import { readBankStatement } from "../../src/formats";
import {
  DEMO_COMPANY,
  EPC_MAX_CENTS,
  emailHtml,
  emlZip,
  lettersFor,
  lettersHtml,
  mailMergeTable,
  MAIL_MERGE_HEADERS,
  type Letter,
} from "../../src/documents";
import { matchPayments } from "../../src/payments";
import { writeCamt053 } from "../payments/statement-writers";
import { AS_OF, stageProposals } from "./letter-fixture";
import { decodeQrs } from "./qr-decode";

const COMPANY = { ...DEMO_COMPANY, iban: "NL91 ABNA 0417 1643 00" };
const { proposals, ledger } = stageProposals();
const all = [...proposals.values()];

/**
 * A PNG decoded by hand with Node's zlib (an independent inflate that checks the Adler-32): every
 * chunk's CRC checked, the 1-bit grayscale rows unfiltered to pixels, and the QR code read by jsQR.
 */
function decodePng(png: Uint8Array): { text: string; width: number; perMetre: number } {
  const view = Buffer.from(png);
  expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  const chunks = new Map<string, Buffer>();
  while (at < view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString("latin1", at + 4, at + 8);
    const data = view.subarray(at + 8, at + 8 + length);
    expect(view.readUInt32BE(at + 8 + length)).toBe(crc32(view.subarray(at + 4, at + 8 + length)));
    chunks.set(type, data);
    at += 12 + length;
  }
  expect([...chunks.keys()]).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
  const ihdr = chunks.get("IHDR")!;
  const width = ihdr.readUInt32BE(0);
  expect(ihdr.readUInt32BE(4)).toBe(width);
  expect([...ihdr.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
  const raw = inflateSync(chunks.get("IDAT")!);
  const rowBytes = Math.ceil(width / 8);
  expect(raw.length).toBe((rowBytes + 1) * width);
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    expect(raw[y * (rowBytes + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const white = (raw[y * (rowBytes + 1) + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
      if (!white) pixels.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  const code = jsQR(pixels, width, width);
  if (code === null) throw new Error("PNG QR code not decodable");
  return {
    text: new TextDecoder().decode(new Uint8Array(code.binaryData)),
    width,
    perMetre: chunks.get("pHYs")!.readUInt32BE(0),
  };
}

const euros = (c: number): string =>
  `EUR${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;

describe("the RF reference and the EPC QR code on letters", () => {
  const letters = lettersFor(ledger, all, { company: COMPANY });

  it("every printed letter's QR decodes to the creditor, IBAN, the letter's total and its RF", () => {
    const decoded = decodeQrs(lettersHtml(letters));
    expect(decoded).toHaveLength(letters.length);
    letters.forEach((letter, i) => {
      const rf = customerReference(letter.model.customerId);
      expect(letter.model.creditorReference).toBe(rf);
      expect(checkCreditorReference(rf).ok).toBe(true);
      expect(decoded[i]).toBe(
        [
          "BCD",
          "002",
          "1",
          "SCT",
          "",
          "Openstaand Demo B.V.",
          "NL91ABNA0417164300",
          euros(letter.model.amounts.total),
          "",
          rf,
        ].join("\n")
      );
    });
  });

  it("worked example: B1-nl asks € 1.609,50 quoting RF88 DB1N L, with 'Scan en betaal'", () => {
    const letter = letters.find((l) => l.model.customerId === "B1-nl")!;
    expect(letter.rendered.text).toContain("onder vermelding van RF88 DB1N L.");
    const html = lettersHtml([letter]);
    expect(decodeQrs(html)).toEqual([
      "BCD\n002\n1\nSCT\n\nOpenstaand Demo B.V.\nNL91ABNA0417164300\nEUR1609.50\n\nRF88DB1NL",
    ]);
    expect(html).toContain("<div>Scan en betaal</div>");
    const en = letters.find((l) => l.model.customerId === "B1-en")!;
    expect(en.rendered.text).toContain(`quoting ${en.model.view.paymentReference}`);
    expect(emailHtml(en)).toContain("<div>Scan to pay</div>");
    expect(decodeQrs(emailHtml(en))).toHaveLength(1);
  });

  it("the e-mail HTML carries the same code; the CSP still allows no script", () => {
    for (const letter of letters.slice(0, 4)) {
      const html = emailHtml(letter);
      expect(decodeQrs(html)).toEqual([letter.model.epcPayload]);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline';`);
      expect(html).not.toMatch(/<script|<img|href=|xlink/i);
    }
  });

  it("no IBAN: no QR code, and the letter text is otherwise the same", () => {
    const without = lettersFor(ledger, all, { company: { ...COMPANY, iban: "" } });
    const html = lettersHtml(without);
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("Scan en betaal");
    without.forEach((l, i) => {
      expect(l.model.epcPayload).toBeNull();
      // An empty placeholder takes its space along: "rekeningnummer ten name van".
      expect(l.rendered.text).toBe(
        letters[i]!.rendered.text.replaceAll(" NL91 ABNA 0417 1643 00", "")
      );
    });
  });

  it("above the EPC limit: no QR code, the reference still printed", () => {
    const base = proposals.get("B1-nl")!;
    const huge = {
      ...base,
      amountDue: (EPC_MAX_CENTS + 1) as Cents,
      overdueTotal: (EPC_MAX_CENTS + 1) as Cents,
      creditTotal: 0 as Cents,
      credits: [],
      invoices: [{ ...base.invoices[0]!, openAmount: (EPC_MAX_CENTS + 1) as Cents }],
    };
    const [letter] = lettersFor(ledger, [huge], { company: COMPANY }) as [Letter];
    expect(letter.model.amounts.total).toBeGreaterThan(EPC_MAX_CENTS);
    expect(letter.model.epcPayload).toBeNull();
    expect(lettersHtml([letter])).not.toContain("<svg");
    expect(letter.rendered.text).toContain("onder vermelding van RF88 DB1N L.");
  });

  it("the mail merge's Kenmerk column holds the RF reference", () => {
    const table = mailMergeTable(letters);
    const col = table.headers.indexOf("Kenmerk");
    expect(table.rows.map((r) => r[col])).toEqual(
      letters.map((l) => l.model.view.paymentReference)
    );
    expect(table.rows[0]![col]).toMatch(/^RF\d\d /);
  });

  it("the e-mail zip holds a QR SVG beside each letter's .eml, none without an IBAN", async () => {
    const zip = await JSZip.loadAsync(await emlZip(letters, COMPANY));
    const svgs = Object.keys(zip.files).filter((f) => f.endsWith(" QR.svg"));
    expect(svgs).toHaveLength(letters.length);
    const b1 = zip.file("B1-nl Amstel Horeca Groep B.V QR.svg");
    expect(b1).not.toBeNull();
    expect(zip.file("B1-nl Amstel Horeca Groep B.V.eml")).not.toBeNull();
    expect(decodeQrs(await b1!.async("string"))).toEqual([
      "BCD\n002\n1\nSCT\n\nOpenstaand Demo B.V.\nNL91ABNA0417164300\nEUR1609.50\n\nRF88DB1NL",
    ]);
    const without = lettersFor(ledger, all, { company: { ...COMPANY, iban: "" } });
    const plain = await JSZip.loadAsync(await emlZip(without, COMPANY));
    expect(Object.keys(plain.files).filter((f) => f.endsWith(".svg"))).toEqual([]);
    expect(Object.keys(plain.files)).toHaveLength(letters.length);
  });

  it("the mail merge's QR-code column names a PNG in the e-mail zip that decodes to the letter's payload", async () => {
    const table = mailMergeTable(letters);
    const qrCol = MAIL_MERGE_HEADERS.indexOf("QR-code");
    const refCol = MAIL_MERGE_HEADERS.indexOf("Kenmerk");
    const zip = await JSZip.loadAsync(await emlZip(letters, COMPANY));
    expect(table.rows).toHaveLength(letters.length);
    for (const [i, row] of table.rows.entries()) {
      const letter = letters[i]!;
      const name = String(row[qrCol]);
      expect(name).toMatch(/ QR\.png$/);
      // The .eml of the same letter has the same stem.
      expect(zip.file(name.replace(/ QR\.png$/, ".eml"))).not.toBeNull();
      const png = await zip.file(name)!.async("uint8array");
      const decoded = decodePng(png);
      expect(decoded.text).toBe(letter.model.epcPayload);
      // The reference in the QR code is the merge file's Kenmerk, spaces aside.
      expect(decoded.text.split("\n")[9]).toBe(String(row[refCol]).replace(/\s/g, ""));
      // 30 mm wide in Word: pixels per metre = width / 0.030.
      expect(decoded.perMetre).toBe(Math.round(decoded.width / 0.03));
    }
    expect(table.rows.map((r) => r[qrCol])).toContain("B1-nl Amstel Horeca Groep B.V QR.png");
    // Without an IBAN no letter has a code: the column is empty and no PNG is in the zip.
    const without = lettersFor(ledger, all, { company: { ...COMPANY, iban: "" } });
    expect(mailMergeTable(without).rows.map((r) => r[qrCol])).toEqual(without.map(() => ""));
    const plain = await JSZip.loadAsync(await emlZip(without, COMPANY));
    expect(Object.keys(plain.files).filter((f) => f.endsWith(".png"))).toEqual([]);
  });

  it("the payment matcher finds the customer from the reference as the letter prints it", () => {
    const letter = letters.find((l) => l.model.customerId === "C2-en")!;
    const statement = readBankStatement(
      new TextEncoder().encode(
        writeCamt053("NL91ABNA0417164300", AS_OF, 0, [
          {
            amount: letter.model.amounts.principal,
            direction: "credit",
            name: "B. Timmermans",
            iban: "NL44RABO0123456789",
            text: `Betaling ${letter.model.view.paymentReference} dank u`,
          },
        ])
      ),
      "letter.xml"
    );
    const match = matchPayments(statement, ledger);
    expect(match.proposals).toHaveLength(1);
    expect(match.proposals[0]).toMatchObject({
      basis: "rf",
      customerId: "C2-en",
      reference: letter.model.creditorReference,
    });
    expect(match.proposals[0]!.allocations.map((a) => a.customerId)).toEqual(["C2-en", "C2-en"]);
  });
});
