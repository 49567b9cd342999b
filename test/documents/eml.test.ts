import JSZip from "jszip";
import {
  DEMO_COMPANY,
  emlZip,
  letterEml,
  encodeHeaderText,
  quotedPrintable,
  lettersFor,
} from "../../src/documents";
import { decodeQp, decodeWords, parseMime } from "./mime-parse";
import { AS_OF, stageLedger } from "./letter-fixture";
import { reminderRun } from "../../src/dunning";

const ledger = stageLedger();
const letters = lettersFor(ledger, reminderRun(ledger, AS_OF), { company: DEMO_COMPANY });

describe(".eml drafts parse back", () => {
  it("headers, X-Unsent, multipart/alternative with text and HTML in UTF-8 quoted-printable", () => {
    const letter = letters.find((l) => l.model.customerId === "C2-nl")!;
    const eml = letterEml(letter, DEMO_COMPANY);
    expect([...eml].every((ch) => ch.charCodeAt(0) < 128)).toBe(true); // 7-bit clean on the wire
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(eml.replace(/\r\n/g, "")).not.toContain("\n");
    const msg = parseMime(eml);
    expect(msg.headers.get("x-unsent")).toBe("1");
    expect(msg.headers.get("mime-version")).toBe("1.0");
    expect(msg.headers.get("from")).toBe(
      '"Openstaand Demo B.V." <debiteuren@openstaand-demo.example>'
    );
    expect(msg.headers.get("to")).toBe('"Bram Timmermans" <bram.timmermans@xs4all.nl>');
    expect(msg.headers.get("date")).toBe("Fri, 20 Nov 2026 09:00:00 +0000");
    expect(decodeWords(msg.headers.get("subject")!)).toBe(letter.rendered.subject);
    expect(msg.headers.get("content-type")).toMatch(/^multipart\/alternative; boundary="/);
    const [text, html] = msg.parts;
    expect(text!.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    expect(html!.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(text!.body.replace(/\r\n/g, "\n")).toBe(letter.rendered.text);
    expect(text!.body).toContain("binnen veertien dagen na de dag van ontvangst van deze brief");
    expect(html!.body.replace(/\r\n/g, "\n")).toContain(letter.rendered.html);
  });

  it("encodes non-ASCII subjects as encoded words and folds long ones", () => {
    const subject = "Herinnering factuur 2026-0001 – Café Übersee, één keer betalen graag";
    const encoded = encodeHeaderText(subject);
    expect(encoded).toMatch(/^=\?UTF-8\?B\?/);
    for (const word of encoded.split("\r\n ")) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeWords(encoded.replace(/\r\n /g, " "))).toBe(subject);
    expect(encodeHeaderText("Plain =?x?= subject")).toMatch(/^=\?UTF-8\?B\?/);
  });

  it("quoted-printable round-trips any text, long lines, trailing spaces and '='", () => {
    const text = `${"é".repeat(50)} = a=b   \n${"x".repeat(200)}\ttab\t\nlast `;
    const qp = quotedPrintable(text);
    for (const line of qp.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeQp(qp)).toBe(text.replace(/\n/g, "\r\n"));
  });

  it("the zip holds one draft per debtor", async () => {
    const zip = await JSZip.loadAsync(await emlZip(letters, DEMO_COMPANY));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(letters.length);
    expect(names).toContain("B1-en Amstel Horeca Groep B.V.eml");
    for (const name of names)
      expect(parseMime(await zip.file(name)!.async("string")).parts).toHaveLength(2);
  });
});
