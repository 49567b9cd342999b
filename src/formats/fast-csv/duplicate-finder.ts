/**
 * Finds a repeated byte string among many ranges of one byte array (the invoice numbers of a CSV)
 * without decoding them. Cache-conscious: the ranges' hashes (made while scanning) are partitioned by the
 * top bits of their hash, and each partition is checked in a small hash table, so a million ranges
 * cost a few sequential passes instead of a million cache misses. Equal hashes are compared byte by
 * byte. Pure.
 */

function same(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (bytes[a] !== bytes[b]) return false;
  return true;
}

/**
 * The index of the first range (in partition order, so not necessarily the earliest in the file)
 * whose bytes equal an earlier range's, or -1 when they are all different. Range i starts at
 * starts[i] and ends at endOf(i) (asked only when two hashes are equal); equal bytes must have equal
 * hashes (the scanner computes them while it reads).
 */
export function findDuplicateHashed(
  bytes: Uint8Array,
  starts: Int32Array,
  hashes: Int32Array,
  count: number,
  endOf: (i: number) => number
): number {
  // Partitions of about 512 ranges by the top bits of the hash.
  let bits = 0;
  while (bits < 16 && count >> bits > 512) bits++;
  const parts = 1 << bits;
  const shift = 32 - bits;
  const first = new Int32Array(parts + 1);
  for (let i = 0; i < count; i++) {
    const b = bits === 0 ? 0 : (hashes[i] as number) >>> shift;
    first[b + 1] = (first[b + 1] as number) + 1;
  }
  for (let b = 0; b < parts; b++) first[b + 1] = (first[b + 1] as number) + (first[b] as number);
  const cursor = first.slice(0, parts);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const b = bits === 0 ? 0 : (hashes[i] as number) >>> shift;
    order[cursor[b] as number] = i;
    cursor[b] = (cursor[b] as number) + 1;
  }
  let size = 16;
  for (let b = 0; b < parts; b++)
    while (size < 2 * ((first[b + 1] as number) - (first[b] as number))) size *= 2;
  const table = new Int32Array(size);
  for (let b = 0; b < parts; b++) {
    const from = first[b] as number;
    const to = first[b + 1] as number;
    let mask = 15;
    while (mask + 1 < 2 * (to - from)) mask = mask * 2 + 1;
    table.fill(0, 0, mask + 1);
    for (let j = from; j < to; j++) {
      const i = order[j] as number;
      const h = hashes[i] as number;
      let slot = h & mask;
      for (;;) {
        const k = (table[slot] as number) - 1;
        if (k < 0) break;
        if (
          hashes[k] === h &&
          same(bytes, starts[k] as number, endOf(k), starts[i] as number, endOf(i))
        )
          return i;
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }
  return -1;
}
