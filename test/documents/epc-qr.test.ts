import fc from "fast-check";
import jsQR from "jsqr";
import { customerReference, type Cents } from "../../src/core";
import { EPC_MAX_CENTS, epcPayload, qrMatrix, qrSvg } from "../../src/documents";

/** Decodes a QR matrix with jsQR (an independent decoder): module matrix → RGBA pixels → bytes → text. */
function decode(matrix: boolean[][]): string | null {
  const scale = 4;
  const quiet = 4;
  const n = (matrix.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(n * n * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const at = (((r + quiet) * scale + y) * n + (c + quiet) * scale + x) * 4;
          pixels.fill(0, at, at + 3);
        }
    })
  );
  const code = jsQR(pixels, n, n);
  return code === null ? null : new TextDecoder().decode(new Uint8Array(code.binaryData));
}

const company = { name: "Openstaand Demo B.V.", iban: "NL69 INGB 0123 4567 89", bic: "INGBNL2A" };

describe("EPC069-12 payload", () => {
  it("is exactly the standard's fields, LF-separated, no trailing empty lines", () => {
    const result = epcPayload({
      ...company,
      amount: 121000 as Cents,
      reference: customerReference("C1"),
    });
    expect(result).toEqual({
      ok: true,
      payload: [
        "BCD",
        "002",
        "1",
        "SCT",
        "INGBNL2A",
        "Openstaand Demo B.V.",
        "NL69INGB0123456789",
        "EUR1210.00",
        "",
        "RF78DC1",
      ].join("\n"),
    });
    const text = epcPayload({
      name: "Bakker & Zn",
      iban: "NL91ABNA0417164300",
      amount: 5 as Cents,
      text: "Factuur 2026-0117",
    });
    expect(text.ok && text.payload).toBe(
      "BCD\n002\n1\nSCT\n\nBakker & Zn\nNL91ABNA0417164300\nEUR0.05\n\n\nFactuur 2026-0117"
    );
  });

  it("refuses above € 999.999.999,99, without an IBAN, a long name, both reference and text", () => {
    expect(epcPayload({ ...company, amount: (EPC_MAX_CENTS + 1) as Cents })).toMatchObject({
      ok: false,
      code: "epc.amount",
    });
    expect(epcPayload({ ...company, amount: EPC_MAX_CENTS as Cents }).ok).toBe(true);
    expect(epcPayload({ ...company, amount: 0 as Cents })).toMatchObject({
      ok: false,
      code: "epc.amount",
    });
    const noIban = epcPayload({ ...company, iban: "", amount: 100 as Cents });
    expect(noIban).toMatchObject({ ok: false, code: "epc.no-iban" });
    if (!noIban.ok) expect(noIban.reason.nl).toMatch(/^Geen QR-code zonder IBAN van het bedrijf/);
    expect(epcPayload({ ...company, name: "x".repeat(71), amount: 100 as Cents })).toMatchObject({
      code: "epc.name-too-long",
    });
    expect(
      epcPayload({ ...company, amount: 100 as Cents, reference: "RF18539007547034", text: "x" })
    ).toMatchObject({ code: "epc.reference-and-text" });
    expect(epcPayload({ ...company, amount: 100 as Cents, text: "y".repeat(141) })).toMatchObject({
      code: "epc.text",
    });
  });

  it("a name with a line break cannot add a line to the payload", () => {
    const result = epcPayload({ ...company, name: "Evil\nEUR1.00", amount: 100 as Cents });
    expect(result.ok && result.payload.split("\n")).toHaveLength(8);
  });
});

describe("the QR code decodes to exactly the payload (jsQR)", () => {
  it("a Dutch letter's code, with an é in the name (UTF-8)", () => {
    const result = epcPayload({
      ...company,
      name: "Café De Hoek V.O.F.",
      amount: 45017 as Cents,
      reference: customerReference("DEB-1001"),
    });
    if (!result.ok) throw new Error(result.reason.en);
    expect(decode(qrMatrix(result.payload))).toBe(result.payload);
  });

  it("property: any valid payment's code decodes to its payload", () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 70 })
          .filter((s) => s.trim() !== "" && !/[\r\n\t]/.test(s) && s.trim() === s),
        fc.integer({ min: 1, max: EPC_MAX_CENTS }),
        fc.stringMatching(/^[A-Z0-9]{1,20}$/),
        (name, amount, id) => {
          const result = epcPayload({
            name,
            iban: "NL91ABNA0417164300",
            amount: amount as Cents,
            reference: customerReference(id),
          });
          if (!result.ok) return;
          expect(decode(qrMatrix(result.payload))).toBe(result.payload);
        }
      ),
      { numRuns: 15 }
    );
  });

  it("the SVG is one path with a label, no script, the label escaped", () => {
    const svg = qrSvg("BCD\n002", 'Scan en betaal <"x">');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*aria-label="Scan en betaal &lt;&quot;x&quot;&gt;"/
    );
    expect(svg).not.toMatch(/<script|href=/);
    expect(svg.match(/<path /g)).toHaveLength(1);
  });
});
