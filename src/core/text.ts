/**
 * The two languages Openstaand speaks and the one shape of a text in both: every bilingual message,
 * label and reason in the project is a {@link Text}, picked with {@link textIn}.
 */

/** A user-facing language: Dutch or English. */
export type Lang = "nl" | "en";

/** A text in both languages. */
export interface Text {
  en: string;
  nl: string;
}

/** The text in `lang`. */
export function textIn(text: Text, lang: Lang): string {
  return lang === "nl" ? text.nl : text.en;
}
