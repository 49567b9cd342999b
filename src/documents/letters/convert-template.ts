/**
 * Converts a mustache template (the older form) to the plain form with named placeholders, so a
 * saved template can be edited without tags: `{{debtor.name}}` → `[Klantnaam]`,
 * `{{#single}}a{{/single}}{{^single}}b{{/single}}` → `[a|b]`, `{{#hasInterest}}…{{/hasInterest}}`
 * → `[Rente: …]`, `{{> specificatie}}` → `[Specificatie]`. A template that uses what the plain form
 * cannot say (a loop over the invoices, a negated condition other than single) is not converted.
 */
import Mustache from "mustache";
import { PLACEHOLDERS, type Placeholder } from "./placeholders";
import { SPECIFICATION_PARTIAL } from "./template-check";
import type { LetterTemplate } from "./templates/letter-template";

type Span = [string, string, number, number, Span[]?, number?];

const byPath = (path: string): Placeholder | undefined =>
  PLACEHOLDERS.find((p) => p.path === path && !p.plural);
const byCondition = (path: string): Placeholder | undefined =>
  PLACEHOLDERS.find((p) => (p.when === undefined ? p.path : p.when) === path);

class NotConvertible extends Error {}

function convertSpans(spans: readonly Span[], language: "nl" | "en", inPlural: boolean): string {
  let out = "";
  for (let i = 0; i < spans.length; i++) {
    const [type, name, , , children] = spans[i]!;
    if (type === "text") {
      if (inPlural && name.includes("|")) throw new NotConvertible();
      out += name.replace(/[[\]]/g, (c) => `\\${c}`);
    } else if (type === "!") continue;
    else if (type === ">" && name === SPECIFICATION_PARTIAL)
      out += language === "nl" ? "[Specificatie]" : "[Specification]";
    else if (type === "name") {
      const found = byPath(name);
      if (!found) throw new NotConvertible();
      out += `[${found.names[language][0]}]`;
    } else if ((type === "#" || type === "^") && name === "single") {
      const next = spans[i + 1];
      let one = "";
      let many = "";
      if (type === "#") {
        one = convertSpans(children ?? [], language, true);
        if (next && next[0] === "^" && next[1] === "single") {
          many = convertSpans(next[4] ?? [], language, true);
          i++;
        }
      } else many = convertSpans(children ?? [], language, true);
      out += `[${one}|${many}]`;
    } else if (type === "#" || type === "^") {
      const found = byCondition(name);
      if (!found) throw new NotConvertible();
      const next = spans[i + 1];
      let yes = "";
      let no = "";
      if (type === "#") {
        yes = convertSpans(children ?? [], language, true);
        if (next && next[0] === "^" && next[1] === name) {
          no = convertSpans(next[4] ?? [], language, true);
          i++;
        }
      } else no = convertSpans(children ?? [], language, true);
      // One space after the colon belongs to the writing (see plain-template.ts).
      out += `[${found.names[language][0]}: ${yes}${no !== "" || type === "^" ? `|${no}` : ""}]`;
    } else throw new NotConvertible();
  }
  return out;
}

/** `template` in the plain form (`form: "plain"`), or null when it cannot be said without tags. */
export function convertToPlain(
  template: LetterTemplate,
  language: "nl" | "en"
): LetterTemplate | null {
  if (template.form === "plain") return template;
  try {
    const part = (text: string): string =>
      convertSpans(
        Mustache.parse(text.replace(/\r\n?/g, "\n")) as unknown as Span[],
        language,
        false
      );
    // A standalone {{> specificatie}} line took its newline with it: give the table its own paragraph.
    const body = part(template.body).replace(/(\[Specifi(?:catie|cation)\])\n(?!\n)/g, "$1\n\n");
    return { subject: part(template.subject), body, form: "plain" };
  } catch {
    return null;
  }
}
