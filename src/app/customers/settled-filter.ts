/**
 * Noise in the pane's customer lists (Debiteuren, Kredietcheck): a customer with € 0,00 open is
 * settled, and its signals ("Geen IBAN") are not today's work. The lists hide them unless the user
 * asks for them ("Toon ook afgeloste klanten"); how many were hidden is said next to the toggle.
 */

/** The rows to list and how many settled customers (nothing open) were left out. */
export interface SettledFilter<T> {
  rows: T[];
  hidden: number;
}

/** Keeps `rows` with something open (a credit balance counts), or all of them when `showSettled`. */
export function withoutSettled<T extends { open: number }>(
  rows: readonly T[],
  showSettled: boolean
): SettledFilter<T> {
  if (showSettled) return { rows: [...rows], hidden: 0 };
  const kept = rows.filter((row) => row.open !== 0);
  return { rows: kept, hidden: rows.length - kept.length };
}
