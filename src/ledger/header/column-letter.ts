/** Excel column letters ("A", "Z", "AA", "XFD") and back, for column mappings and reports. */

/** The Excel letter of a 0-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`Column index ${index} is not a whole number >= 0.`);
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based column index of an Excel letter ("a" and "A" both -> 0), or null when it is not 1-3 letters. */
export function columnIndexOfLetter(letter: string): number | null {
  const text = letter.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
