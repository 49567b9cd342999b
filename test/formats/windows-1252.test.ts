import { decodeWindows1252 } from "../../src/formats";

describe("decodeWindows1252", () => {
  it("maps 0x80-0x9F to the Windows-1252 characters (€, quotes, dashes), not to C1 controls", () => {
    expect(
      decodeWindows1252(
        new Uint8Array([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99])
      )
    ).toBe("€„…‘’“”–—™");
    expect(decodeWindows1252(new Uint8Array([0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]))).toBe(
      "ŠŒŽšœžŸ"
    );
  });

  it("maps the undefined bytes 0x81 0x8D 0x8F 0x90 0x9D to the same code point (WHATWG)", () => {
    expect(
      [...decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))].map((c) =>
        c.charCodeAt(0)
      )
    ).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it("maps ASCII and 0xA0-0xFF like Latin-1 (Café, ë, ü)", () => {
    expect(
      decodeWindows1252(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xeb, 0xfc, 0xa0, 0xff]))
    ).toBe("Café ëü\u00a0ÿ");
  });

  it("decodes long input in chunks without losing or reordering bytes", () => {
    const bytes = new Uint8Array(50_000).map((_, i) => 0x41 + (i % 26));
    const text = decodeWindows1252(bytes);
    const expected = Array.from({ length: 50_000 }, (_, i) =>
      String.fromCharCode(0x41 + (i % 26))
    ).join("");
    expect(text).toBe(expected);
  });
});
