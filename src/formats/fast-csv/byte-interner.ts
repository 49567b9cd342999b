/**
 * Interning of byte strings (the customer ids of a CSV) without decoding them per row: an
 * open-addressing table keyed by a hash of the bytes, with keys of up to 8 bytes held in the slot
 * itself (two 32-bit words), so a lookup is one cache line and no byte comparison. Longer keys are
 * compared with a copy of their first occurrence. A string is decoded once per distinct key. Pure,
 * so the fast CSV scanner runs it in the browser and in a Node worker alike.
 */

const decoder = new TextDecoder("utf-8", { fatal: false });

/** Slot layout, 4 Int32 per slot: meta (0 empty, else (index + 1) * 16 + length code), hash, w0, w1. */
const LONG = 15;

/** A table of distinct byte strings, numbered in order of first appearance. */
export class ByteInterner {
  /** The decoded key of each index. */
  readonly ids: string[] = [];
  private slots = new Int32Array(4 * 4096);
  private mask = 4095;
  private count = 0;
  /** Bytes of keys longer than 8 bytes, one after another. */
  private longKeys = new Uint8Array(4096);
  private longLength = 0;
  /** Two byte strings may decode to the same text (invalid UTF-8): they share an index. */
  private readonly byText = new Map<string, number>();

  /** The index of bytes[start, end). */
  intern(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    let w0 = 0;
    let w1 = 0;
    let h: number;
    if (length <= 8) {
      for (let q = 0; q < length; q++) {
        const c = bytes[start + q] as number;
        if (q < 4) w0 |= c << (q << 3);
        else w1 |= c << ((q - 4) << 3);
      }
      h = Math.imul(w0 ^ length, 0x9e3779b1) ^ Math.imul(w1, 0x85ebca6b);
    } else {
      h = 0x811c9dc5 ^ length;
      for (let q = start; q < end; q++) h = Math.imul(h ^ (bytes[q] as number), 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    const code = length <= 8 ? length : LONG;
    const slots = this.slots;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const at = i << 2;
      const meta = slots[at] as number;
      if (meta === 0) return this.insert(bytes, start, end, at, h, w0, w1, code);
      if ((meta & 15) === code && slots[at + 1] === h) {
        if (
          code === LONG
            ? this.sameLong(slots[at + 2] as number, bytes, start, end)
            : slots[at + 2] === w0 && slots[at + 3] === w1
        )
          return (meta >> 4) - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private sameLong(keyStart: number, bytes: Uint8Array, start: number, end: number): boolean {
    const keys = this.longKeys;
    for (let a = keyStart, b = start; b < end; a++, b++) if (keys[a] !== bytes[b]) return false;
    return true;
  }

  private insert(
    bytes: Uint8Array,
    start: number,
    end: number,
    at: number,
    h: number,
    w0: number,
    w1: number,
    code: number
  ): number {
    const text = decoder.decode(bytes.subarray(start, end));
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.ids.length;
      this.byText.set(text, index);
      this.ids.push(text);
    }
    if (code === LONG) {
      const length = end - start;
      if (this.longLength + length > this.longKeys.length) {
        const bigger = new Uint8Array(2 * (this.longLength + length));
        bigger.set(this.longKeys.subarray(0, this.longLength));
        this.longKeys = bigger;
      }
      this.longKeys.set(bytes.subarray(start, end), this.longLength);
      w0 = this.longLength;
      w1 = length;
      this.longLength += length;
    }
    const slots = this.slots;
    slots[at] = (index + 1) * 16 + code;
    slots[at + 1] = h;
    slots[at + 2] = w0;
    slots[at + 3] = w1;
    this.count++;
    if (this.count * 4 > (this.mask + 1) * 3) this.grow();
    return index;
  }

  /** Doubles the table; slots move by their stored hash. */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(4 * (mask + 1));
    for (let from = 0; from < old.length; from += 4) {
      if (old[from] === 0) continue;
      let i = (old[from + 1] as number) & mask;
      while (slots[i << 2] !== 0) i = (i + 1) & mask;
      slots.set(old.subarray(from, from + 4), i << 2);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
