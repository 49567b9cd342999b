/**
 * The inputs of "what better credit control yields" as a user types them (Overzicht's inline
 * fields, Instellingen): a percentage with at most two decimals becomes basis points, a day count a
 * whole number. One parse for both places, so they accept the same text.
 */

/** "6,00" / "6.5" / "6" / "6 %" → basis points (0…10.000), or null when it is not such a percentage. */
export function percentToBasisPoints(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return bp <= 10_000 ? bp : null;
}

/** "10" → 10 (0…365), or null. */
export function yieldDaysOf(text: string): number | null {
  const m = /^\s*(\d{1,3})\s*$/.exec(text);
  return m && Number(m[1]) <= 365 ? Number(m[1]) : null;
}
