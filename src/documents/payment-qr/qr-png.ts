/**
 * A QR code as a PNG file, for Word's mail merge: an INCLUDEPICTURE field takes PNG in every Word
 * version (SVG only in recent Microsoft 365 builds). Black and white, 1 bit per pixel, a 4-module
 * quiet zone, `scale` pixels per module, and a pHYs chunk so Word places it at `millimetres` wide
 * (30 mm, as on the printed letters). The image data is zlib "stored" (uncompressed) blocks: a few
 * kilobytes per code, no compression library needed, and the zip around it deflates it anyway.
 */
import { qrMatrix } from "./qr-svg";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG chunks carry it). */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32 (RFC 1950, the zlib stream's checksum). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array(4 + data.length);
  typed.set([...type].map((ch) => ch.charCodeAt(0)));
  typed.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  out.set(u32(data.length));
  out.set(typed, 4);
  out.set(u32(crc32(typed)), 8 + data.length);
  return out;
}

/** A zlib stream of `raw` in stored (uncompressed) deflate blocks of at most 65,535 bytes. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4);
  out.set([0x78, 0x01]);
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
    const len = part.length;
    out.set([i === blocks - 1 ? 1 : 0, len & 255, len >>> 8, ~len & 255, (~len >>> 8) & 255], at);
    out.set(part, at + 5);
    at += 5 + len;
  }
  out.set(u32(adler32(raw)), at);
  return out;
}

/** The PNG of the QR code of `text` (see the file comment). */
export function qrPng(text: string, scale = 8, millimetres = 30): Uint8Array {
  const matrix = qrMatrix(text);
  const modules = matrix.length + 8;
  const side = modules * scale;
  const rowBytes = Math.ceil(side / 8);
  const raw = new Uint8Array((rowBytes + 1) * side);
  for (let y = 0; y < side; y++) {
    const r = Math.floor(y / scale) - 4;
    const at = y * (rowBytes + 1);
    // Filter type 0; a set bit is white (grayscale 1-bit: 1 = white).
    for (let x = 0; x < side; x++) {
      const c = Math.floor(x / scale) - 4;
      const dark = matrix[r]?.[c] === true;
      if (!dark) raw[at + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const perMetre = Math.round(side / (millimetres / 1000));
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width, height, bit depth 1, colour type 0 (grayscale), deflate, filter 0, no interlace.
  const ihdr = chunk("IHDR", new Uint8Array([...u32(side), ...u32(side), 1, 0, 0, 0, 0]));
  const phys = chunk("pHYs", new Uint8Array([...u32(perMetre), ...u32(perMetre), 1]));
  const idat = chunk("IDAT", zlibStored(raw));
  const iend = chunk("IEND", new Uint8Array(0));
  const parts = [signature, ihdr, phys, idat, iend];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
