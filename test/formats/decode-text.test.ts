import { decodeText } from "../../src/formats";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + 2 * i] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 without BOM", () => {
    expect(decodeText(utf8("Café;€ 12,50"))).toEqual({ text: "Café;€ 12,50", encoding: "utf-8" });
  });

  it("strips a UTF-8 byte-order mark and says so", () => {
    expect(decodeText(utf8("\uFEFFFactuur;Bedrag"))).toEqual({
      text: "Factuur;Bedrag",
      encoding: "utf-8-bom",
    });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8 (0xE9 é, 0x80 €)", () => {
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x31, 0x32]);
    expect(decodeText(bytes)).toEqual({ text: "Café;€ 12", encoding: "windows-1252" });
  });

  it("reads UTF-16 LE and BE with their byte-order marks (Excel's 'Unicode text')", () => {
    expect(decodeText(utf16("Café\t€", true))).toEqual({ text: "Café\t€", encoding: "utf-16le" });
    expect(decodeText(utf16("Café\t€", false))).toEqual({ text: "Café\t€", encoding: "utf-16be" });
  });

  it("reads empty input as empty UTF-8 text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});
