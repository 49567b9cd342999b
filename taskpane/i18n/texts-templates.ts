/**
 * The words of the template editor's field picker, its help on the plain form, the conversion of
 * an older {{…}} template and the warning about missing company details — in Dutch and English.
 */
import type { Lang } from "./texts";

const nl = {
  insertField: "Veld invoegen",
  insert: "Invoegen",
  insertHint: "Het veld komt op de plek van de cursor in het onderwerp of de tekst.",
  groups: {
    debtor: "Debiteur",
    letter: "Brief",
    amounts: "Bedragen",
    company: "Uw bedrijf",
    wording: "Enkelvoud, meervoud en voorwaarden",
  },
  howItWorks: "Zo schrijft u een sjabloon",
  howLines: [
    "[Klantnaam], [Te betalen], [Uiterste betaaldatum]: een veld van de brief.",
    "[Specificatie] op een eigen regel: de tabel met facturen, rente, kosten en totaal.",
    "[factuur of facturen] en [staat|staan]: de eerste vorm bij één factuur, de tweede bij meer.",
    "[Rente: , de wettelijke rente van [Rente]]: deze tekst alleen als er rente is; [Contactpersoon: Beste [Contactpersoon]|Geachte heer, mevrouw] geeft anders de tweede tekst.",
    "\\[ en \\] schrijven een los haakje.",
  ],
  oldForm:
    "Dit sjabloon gebruikt nog de oudere vorm met {{…}}. Het werkt zo, maar met velden tussen vierkante haken is het makkelijker te lezen.",
  convert: "Omzetten naar velden",
  cannotConvert:
    "Dit sjabloon gebruikt iets wat de nieuwe vorm niet kent (bijvoorbeeld een lijst per factuur); het blijft in de oudere vorm.",
  companyMissingTitle: "Bedrijfsgegevens ontbreken",
  toSettings: "Naar Instellingen",
};

type TemplateTexts = typeof nl;

const en: TemplateTexts = {
  insertField: "Insert field",
  insert: "Insert",
  insertHint: "The field goes where the cursor is, in the subject or the text.",
  groups: {
    debtor: "Customer",
    letter: "Letter",
    amounts: "Amounts",
    company: "Your company",
    wording: "Singular, plural and conditions",
  },
  howItWorks: "How to write a template",
  howLines: [
    "[Customer name], [Amount due], [Pay by]: a field of the letter.",
    "[Specification] on a line of its own: the table of invoices, interest, costs and total.",
    "[invoice or invoices] and [is|are]: the first form for one invoice, the second for several.",
    "[Interest: , statutory interest of [Interest]]: this text only when there is interest; [Contact person: Dear [Contact person]|Dear Sir or Madam] gives the second text otherwise.",
    "\\[ and \\] write a literal bracket.",
  ],
  oldForm:
    "This template still uses the older form with {{…}}. It works as it is, but fields in square brackets are easier to read.",
  convert: "Convert to fields",
  cannotConvert:
    "This template uses something the new form does not have (such as a list per invoice); it stays in the older form.",
  companyMissingTitle: "Company details missing",
  toSettings: "Go to Settings",
};

/** The template editor's texts per language. */
export const TEMPLATE_TEXTS: Record<Lang, TemplateTexts> = { nl, en };
