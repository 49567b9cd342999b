// Test helper (not a test file): text as hostile encodings write it.

/** `text` as UTF-16 without a byte-order mark (little- or big-endian). */
export function utf16NoBom(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
  return bytes;
}
