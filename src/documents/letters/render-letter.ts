/**
 * Renders a letter model with its template (mustache) as a plain-text variant and an HTML variant.
 * HTML: every value is HTML-escaped (mustache's `{{x}}` with our escape). Text: values go in as they
 * are, but they were cleaned of control characters in the model and the subject is forced onto one
 * line, so no value can add a mail header or a formula cell.
 */
import Mustache from "mustache";
import { oneLine } from "../tables/clean-text";
import { escapeHtml } from "../../core";
import type { LetterModel } from "./letter-model";
import { defaultTemplate, SPECIFICATION_PARTIAL, type LetterTemplate } from "./template-catalog";
import { specificationHtml, specificationText } from "./specification";
import { parsePlainTemplate, plainProblemText, renderPlainNodes } from "./plain-template";
import { templateForm } from "./templates/letter-template";

/** A rendered letter: subject (one line), plain-text body, HTML body fragment. */
export interface RenderedLetter {
  subject: string;
  text: string;
  html: string;
}

/** Stands for the specification while the paragraphs are laid out; no cleaned value contains it. */
const SPEC = "\u0000SPEC\u0000";

function renderRaw(template: string, view: object, escape: (value: unknown) => string): string {
  const source = template.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  return Mustache.render(source, view, { [SPECIFICATION_PARTIAL]: SPEC }, { escape });
}

/**
 * A plain template's text rendered over `view`; `html`: literal text and values HTML-escaped.
 * Throws on a template with problems (they are checked before a template is stored).
 */
function renderPlain(template: string, view: object, html: boolean): string {
  const parsed = parsePlainTemplate(template.replaceAll("\u0000", ""));
  if (!parsed.ok)
    throw new Error(
      `The template cannot be used: ${parsed.problems.map((p) => plainProblemText(p, "en")).join(" ")}`
    );
  const plain = (value: unknown): string =>
    value === null || value === undefined ? "" : String(value);
  return renderPlainNodes(
    parsed.nodes,
    view,
    html ? escapeHtml : plain,
    html ? escapeHtml : (t) => t,
    SPEC
  );
}

/**
 * The template with its literal text HTML-escaped and its tags left as they are: a template is
 * plain text, so "Bedrag < € 100" or a pasted "<script>" in an edited template prints as text in
 * the HTML variant instead of becoming markup.
 */
function escapeLiterals(template: string): string {
  return template
    .split(/(\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\})/)
    .map((part, i) => (i % 2 === 1 ? part : escapeHtml(part)))
    .join("");
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]+\n/g, "\n").trim())
    .filter((p) => p !== "");
}

/**
 * Renders `model` with `template` (default: the shipped template for its template id and language).
 * Throws when there is no template for the model's template id.
 */
export function renderLetter(model: LetterModel, template?: LetterTemplate): RenderedLetter {
  const chosen = template ?? defaultTemplate(model.templateId, model.language);
  if (!chosen)
    throw new Error(
      `No template ${JSON.stringify(model.templateId)} in language ${JSON.stringify(model.language)}.`
    );
  return renderTemplate(chosen, model.view, {
    text: specificationText(model),
    html: specificationHtml(model),
  });
}

/**
 * Renders any template over any view the way letters are rendered: the subject on one line, the
 * text with values as they are, the HTML with every value and the template's literal text escaped;
 * `[Specificatie]` (plain form) or `{{> specificatie}}` (mustache form) places `table` (its text
 * and its HTML). Confirmations of promises and
 * arrangements use it with their own views and tables.
 */
export function renderTemplate(
  chosen: LetterTemplate,
  view: object,
  table: { text: string; html: string }
): RenderedLetter {
  const plain = (value: unknown): string =>
    value === null || value === undefined ? "" : String(value);
  const isPlain = templateForm(chosen) === "plain";
  const raw = (text: string, html: boolean): string =>
    isPlain
      ? renderPlain(text, view, html)
      : html
        ? renderRaw(escapeLiterals(text), view, escapeHtml)
        : renderRaw(text, view, plain);
  const subject = oneLine(raw(chosen.subject, false).replaceAll(SPEC, ""));

  const textParts = raw(chosen.body, false).split(SPEC);
  const spec = table.text;
  const text = textParts
    .map((part) => paragraphs(part).join("\n\n"))
    .join(`\n\n${spec}\n\n`)
    .replace(/\n{3,}/g, "\n\n");

  const htmlParts = raw(chosen.body, true).split(SPEC);
  const tableHtml = table.html;
  const html = htmlParts
    .map((part) =>
      paragraphs(part)
        .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
        .join("\n")
    )
    .join(`\n${tableHtml}\n`);
  return { subject, text: `${text.trim()}\n`, html };
}
