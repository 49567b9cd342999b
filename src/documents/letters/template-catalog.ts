/**
 * The default templates by template id and language; the check an edited template must pass lives
 * in template-check.ts (re-exported here) so the settings can use it without the default texts.
 */
import type { LetterLanguage } from "./letter-format";
import { B2B_EN } from "./templates/b2b-en";
import { B2B_NL } from "./templates/b2b-nl";
import { B2C_EN } from "./templates/b2c-en";
import { B2C_NL } from "./templates/b2c-nl";
import type { LetterTemplate } from "./templates/letter-template";

export type { LetterTemplate } from "./templates/letter-template";
export { editedForm, templateForm } from "./templates/letter-template";
export { checkTemplate, SPECIFICATION_PARTIAL, TEMPLATE_FIELDS } from "./template-check";

/** The shipped texts are written in the plain form (named placeholders such as "[Klantnaam]"). */
const plain = (
  ...sets: Readonly<Record<string, LetterTemplate>>[]
): Readonly<Record<string, LetterTemplate>> =>
  Object.fromEntries(
    sets.flatMap((set) =>
      Object.entries(set).map(([id, t]) => [id, { ...t, form: "plain" as const }])
    )
  );

const DEFAULTS: Readonly<Record<LetterLanguage, Readonly<Record<string, LetterTemplate>>>> = {
  nl: plain(B2B_NL, B2C_NL),
  en: plain(B2B_EN, B2C_EN),
};

/** The shipped template for a policy stage's template id, or null when there is none. */
export function defaultTemplate(
  templateId: string,
  language: LetterLanguage
): LetterTemplate | null {
  return DEFAULTS[language][templateId] ?? null;
}

/** Every shipped template id (the same for both languages). */
export function defaultTemplateIds(): string[] {
  return Object.keys(DEFAULTS.nl);
}
