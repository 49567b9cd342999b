/**
 * Windows-1252 ("ANSI", what Excel on Windows writes when a CSV is saved without UTF-8) to text.
 *
 * Why not `new TextDecoder("windows-1252")`: Node 20's decoder maps 0x80-0x9F like Latin-1 (0x80
 * becomes U+0080 instead of "€"), unlike browsers. The table is small, so we decode it ourselves and
 * get the same result everywhere. Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in 1252 and
 * map to the same code point, as the WHATWG Encoding Standard specifies.
 */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes to a string (every byte sequence is valid 1252). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode with a spread argument list has a size limit
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] as number) : byte
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
