/**
 * A small seeded pseudo-random generator (mulberry32) for the demo ledger.
 *
 * Why our own: the demo must be identical on every machine and every run (it is a test fixture and
 * the workbench's default data), so `Math.random()` is out, and mulberry32 is 10 lines, fast and
 * statistically good enough for made-up invoices. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  /** @param seed any integer; the same seed always gives the same sequence. */
  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new RangeError(`Seed ${String(seed)} is not an integer.`);
    this.state = seed >>> 0;
  }

  /** Next float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Cannot pick from an empty list.");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A string of `length` random decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let text = "";
    for (let i = 0; i < length; i++) text += String(this.int(0, 9));
    return text;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}
