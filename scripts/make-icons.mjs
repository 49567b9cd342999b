// Draws the Openstaand icon (three ageing bars on a teal tile) at the sizes the manifest needs and
// writes them as PNG into assets/. Run once after changing the design: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18; // corner radius
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  // bars: x from, x to, height fraction (growing: older buckets)
  const bars = [
    [0.2, 0.34, 0.3],
    [0.43, 0.57, 0.48],
    [0.66, 0.8, 0.66],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const fx = (x + 0.5) / size;
      const fy = (y + 0.5) / size;
      if (!inTile(x + 0.5, y + 0.5)) continue;
      let rgb = [0x0f, 0x6c, 0x6e]; // teal
      for (const [a, b, h] of bars) {
        if (fx >= a && fx <= b && fy <= 0.82 && fy >= 0.82 - h) rgb = [0xff, 0xff, 0xff];
      }
      if (fy > 0.84 && fy < 0.84 + Math.max(1.5 / size, 0.04) && fx > 0.16 && fx < 0.84) {
        rgb = [0xf2, 0xb7, 0x05]; // baseline: amber
      }
      px.set([...rgb, 255], i);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, draw(size));
console.log("icons written");
