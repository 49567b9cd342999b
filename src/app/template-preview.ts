/**
 * Use-case: the letter templates a user can edit (one per stage of the default ladders, in Dutch
 * and English) and the preview of an edited template on a real debtor of this run. Loaded lazily
 * by the task pane (it pulls the default texts and mustache). Templates are edited in the plain
 * form (named placeholders, inserted by the field picker); an older mustache template keeps working
 * and can be converted.
 */
import { defaultPolicy, type DebtorKind, stageDeadline, type ReminderProposal } from "../dunning";
import type { IsoDay } from "../core";
import {
  debtorDetails,
  type DebtorDetails,
  type LetterLanguage,
  letterModel,
  renderLetter,
  type RenderedLetter,
  checkTemplate,
  checkPlainTemplate,
  convertToPlain,
  defaultTemplate,
  editedForm,
  PLACEHOLDERS,
  placeholderToken,
  type PlaceholderGroup,
  SPECIFICATION_PARTIAL,
  TEMPLATE_FIELDS,
  templateForm,
  type LetterTemplate,
} from "../documents";
import type { Ledger } from "../ledger";
import type { Settings } from "./settings/settings";

/** One editable template: a stage of a default ladder. */
export interface TemplateChoice {
  templateId: string;
  debtor: DebtorKind;
  /** 1-based stage number in the ladder. */
  stage: number;
  stageName: { nl: string; en: string };
}

/** Every stage's template of the business ladder, then of the consumer ladder. */
export function templateChoices(): TemplateChoice[] {
  return (["business", "consumer"] as const).flatMap((debtor) =>
    defaultPolicy(debtor).stages.map((stage, i) => ({
      templateId: stage.templateId,
      debtor,
      stage: i + 1,
      stageName: stage.name,
    }))
  );
}

/** The key under which settings keep an edited template. */
export function templateKey(templateId: string, language: LetterLanguage): string {
  return `${templateId}/${language}`;
}

/** The template in use: the edited one from the settings, else the shipped default. */
export function templateInUse(
  settings: Settings,
  templateId: string,
  language: LetterLanguage
): LetterTemplate {
  const edited = settings.templates[templateKey(templateId, language)];
  if (edited) return edited;
  const shipped = defaultTemplate(templateId, language);
  if (!shipped) throw new Error(`No template ${templateId} in language ${language}.`);
  return shipped;
}

/**
 * The problems of an edited template, subject and body, in the pane's language: for the plain form
 * each names the placeholder and its line and column ("Tekst: Regel 3, kolom 12: Onbekend veld
 * [Klantnam]; bedoelt u [Klantnaam]?").
 */
export function templateProblems(template: LetterTemplate, lang: "nl" | "en"): string[] {
  const label = lang === "nl" ? { s: "Onderwerp", b: "Tekst" } : { s: "Subject", b: "Text" };
  const check = templateForm(template) === "plain" ? checkPlainTemplate : checkTemplate;
  return [
    ...check(template.subject, lang).map((p) => `${label.s}: ${p}`),
    ...check(template.body, lang).map((p) => `${label.b}: ${p}`),
  ];
}

/**
 * The template as the user typed it: the plain form, unless the text holds a `{{` tag (a template
 * of the older mustache form, kept working as it is).
 */
export function editedTemplate(subject: string, body: string): LetterTemplate {
  return { subject, body, form: editedForm(subject, body) };
}

/** An older (mustache) template in the plain form, or null when it cannot be said without tags. */
export function plainTemplate(
  template: LetterTemplate,
  language: LetterLanguage
): LetterTemplate | null {
  return convertToPlain(template, language);
}

/** One entry of the editor's field picker. */
export interface PickerField {
  key: string;
  group: PlaceholderGroup;
  /** What the picker inserts: "[Klantnaam]". */
  token: string;
  /** What it stands for, in the pane's language. */
  help: string;
}

/**
 * The field picker's entries for a letter in `language` (the inserted names are that language's),
 * explained in the pane's language `paneLang`, grouped as the picker lists them, and two examples
 * of wording the product fits to one or several invoices.
 */
export function pickerFields(language: LetterLanguage, paneLang: "nl" | "en"): PickerField[] {
  const fields = PLACEHOLDERS.filter((p) => p.path !== null || p.plural || p.specification).map(
    (p) => ({
      key: p.key,
      group: p.group,
      token: placeholderToken(p, language),
      help: p.help[paneLang],
    })
  );
  const example =
    language === "nl"
      ? { token: "[staat|staan]", one: "staat", many: "staan" }
      : { token: "[is|are]", one: "is", many: "are" };
  const conditional =
    language === "nl"
      ? "[Rente: , de wettelijke rente van [Rente]]"
      : "[Interest: , statutory interest of [Interest]]";
  return [
    ...fields,
    {
      key: "plural",
      group: "wording",
      token: example.token,
      help:
        paneLang === "nl"
          ? `Eén factuur: „${example.one}”, meer facturen: „${example.many}”. Schrijf [enkelvoud|meervoud].`
          : `One invoice: “${example.one}”, several: “${example.many}”. Write [singular|plural].`,
    },
    {
      key: "conditional",
      group: "wording",
      token: conditional,
      help:
        paneLang === "nl"
          ? "Tekst die alleen in de brief staat als het veld iets bevat: [Veld: tekst] of [Veld: tekst|anders]."
          : "Text the letter shows only when the field has something: [Field: text] or [Field: text|otherwise].",
    },
  ];
}

/**
 * `token` typed into `text` over the selection `start`–`end` (the cursor when they are equal), as
 * the field picker inserts it; returns the new text and where the cursor goes (after the token).
 */
export function insertAtCursor(
  text: string,
  start: number,
  end: number,
  token: string
): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end, from));
  return { text: text.slice(0, from) + token + text.slice(to), cursor: from + token.length };
}

/** The proposals whose debtors can show a template of `choice`'s ladder (same debtor kind). */
export function previewCandidates(
  proposals: readonly ReminderProposal[],
  choice: TemplateChoice
): ReminderProposal[] {
  return proposals.filter((p) => p.debtor === choice.debtor);
}

/**
 * The debtors' details of `ledger` for {@link previewLetter}: one pass over the ledger, to make
 * once per ledger rather than for every keystroke in the editor.
 */
export function previewDebtors(ledger: Ledger): ReadonlyMap<string, DebtorDetails> {
  return debtorDetails(ledger);
}

/**
 * `template` rendered for the debtor of `proposal` (details from {@link previewDebtors}) as if this run sent it the stage of `choice`:
 * the same overdue invoices and credit notes, that stage's interest, costs and payment term, in
 * `language`.
 */
export function previewLetter(
  debtors: ReadonlyMap<string, DebtorDetails>,
  proposal: ReminderProposal,
  choice: TemplateChoice,
  language: LetterLanguage,
  template: LetterTemplate,
  settings: Settings,
  asOf: IsoDay
): RenderedLetter {
  const policy = defaultPolicy(choice.debtor);
  const policyStage = policy.stages[choice.stage - 1];
  if (!policyStage)
    throw new RangeError(`Stage ${choice.stage} is not in the ${policy.id} ladder.`);
  const staged: ReminderProposal = {
    ...proposal,
    language,
    stage: choice.stage,
    policyStage,
    stageName: policyStage.name[language],
    sendOn: asOf,
    paymentDeadline: stageDeadline(policy, policyStage, asOf),
    invoices: proposal.invoices.map((inv) => ({
      ...inv,
      toStage: choice.stage,
      mayChargeInterest: policyStage.mayChargeInterest,
      mayChargeCollectionCosts: policyStage.mayChargeCollectionCosts,
    })),
  };
  const model = letterModel(staged, debtors.get(proposal.customerId), {
    // A preview is never sent: it shows the company details as they are, even when incomplete.
    company: { ...settings.company },
    costsIncludeVat: settings.letters.costsIncludeVat,
  });
  return renderLetter(model, template);
}

/** The placeholders a template may use, as listed to the user. */
export const TEMPLATE_FIELD_LIST: readonly string[] = [
  ...TEMPLATE_FIELDS,
  `> ${SPECIFICATION_PARTIAL}`,
];
