/**
 * A letter template: a subject line and a body, in one of two forms. The plain form (`form:
 * "plain"`, what the shipped texts and the editor use) has named placeholders such as
 * "[Klantnaam]" (see plain-template.ts); the mustache form (no `form`: templates saved before the
 * plain form existed, and the confirmations' texts) has `{{name}}` tags, `{{#single}}…{{/single}}`
 * sections and `{{> specificatie}}`. In the body, blank lines separate paragraphs.
 */
export interface LetterTemplate {
  subject: string;
  body: string;
  /** "plain": named placeholders; absent or "mustache": mustache tags. */
  form?: "plain" | "mustache";
}

/** The form of `template`: "plain" only when it says so (a template saved without a form is mustache). */
export function templateForm(template: LetterTemplate): "plain" | "mustache" {
  return template.form === "plain" ? "plain" : "mustache";
}

/**
 * The form an edited text is in: mustache when it holds a `{{` tag (the form of older templates and
 * of what a user pastes from one), else plain.
 */
export function editedForm(subject: string, body: string): "plain" | "mustache" {
  return /\{\{/.test(subject) || /\{\{/.test(body) ? "mustache" : "plain";
}
