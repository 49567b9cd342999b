/**
 * The words of the record-keeping parts of the pane — the reminder log, the hand-over (Overdracht)
 * and the letter templates — in Dutch and English.
 */
import type { Lang } from "./texts";

const nl = {
  // reminder log
  record: (n: number) => `Vastleggen als verstuurd (${n === 1 ? "1 bericht" : `${n} berichten`})`,
  mergeSheet: "Samenvoegblad in de werkmap",
  mergeSheetWritten: (sheet: string) =>
    `Het samenvoegbestand staat in het blad ‘${sheet}’: kies in Word bij Adressen selecteren deze werkmap en dit blad.`,
  recordHint:
    "Leg de brieven en e-mails vast zodra u ze hebt verstuurd. De volgende ronde begint dan bij de volgende stap; zonder vastlegging stelt Openstaand dezelfde herinnering opnieuw voor.",
  recorded: (n: number, day: string) =>
    `${n === 1 ? "1 bericht" : `${n} berichten`} vastgelegd als verstuurd op ${day}.`,
  undoRecord: "Vastlegging ongedaan maken",
  sentVia: "Verstuurd per",
  viaLadder: "zoals de ladder per fase voorschrijft",
  undone: "De vastlegging is ongedaan gemaakt.",
  logTitle: "Verzendlog",
  logIntroExcel:
    "Alles wat als verstuurd is vastgelegd, staat op het blad ‘Openstaand – Verzendlog’ in deze werkmap. Verwijder daar een regel om een vastlegging te schrappen.",
  logIntroWorkbench: (source: string) =>
    `Alles wat als verstuurd is vastgelegd voor ‘${source}’, bewaard in deze browser.`,
  logIntroMemory:
    "Deze omgeving bewaart niets: de vastleggingen gelden alleen zolang deze pagina open is.",
  logEmpty: "Nog niets vastgelegd.",
  logCount: (n: number) => (n === 1 ? "1 bericht" : `${n} berichten`),
  logShown: (n: number) => `De ${n} meest recente staan hieronder.`,
  date: "Datum",
  customer: "Debiteur",
  customers: "Debiteuren",
  stage: "Fase",
  channel: "Kanaal",
  invoices: "Facturen",
  total: "Totaal",
  remove: "Verwijderen",
  channels: { email: "e-mail", letter: "brief", "phone-task": "telefoon" } as Record<
    string,
    string
  >,
  recordsUnreadable: (why: string) =>
    `De vastleggingen (verzendlog en overdrachten) konden niet worden gelezen: ${why} Tot dat is opgelost gaat Openstaand uit van de debiteurenlijst alleen, dus zonder wat eerder als verstuurd of overgedragen is vastgelegd, en kan het niets vastleggen.`,
  recordIssues: (n: number) =>
    `${n === 1 ? "1 regel" : `${n} regels`} van de bewaarde gegevens ${n === 1 ? "is" : "zijn"} niet te lezen en ${n === 1 ? "telt" : "tellen"} niet mee:`,
  recordIssue: (row: number, column: string, value: string, message: string) =>
    `rij ${row}, kolom ‘${column}’, waarde ‘${value}’: ${message}`,
  // hand-over
  tabHandover: "Overdracht",
  handoverIntro:
    "Draag vorderingen over aan een incassobureau of deurwaarder, of bied facturen aan een factoringmaatschappij aan. Wat u exporteert, wordt als overgedragen gemarkeerd: de herinneringsladder stopt dan voor die posten. Een overdracht is ongedaan te maken.",
  candidates: "Debiteuren met vervallen posten",
  candidatesHint:
    "Debiteuren die volgens de ladder aan de beurt zijn voor overdracht staan bovenaan en zijn al aangevinkt.",
  due: "Aan de beurt voor overdracht",
  selectAll: "Alles selecteren",
  selectNone: "Niets selecteren",
  selected: (n: number, amount: string) =>
    `${n === 1 ? "1 debiteur" : `${n} debiteuren`} geselecteerd, ${amount} vervallen`,
  overdue: "Vervallen",
  oldest: "Oudste (dagen)",
  stageShort: "Stap",
  collection: "Incassobureau / deurwaarder",
  collectionIntro:
    "Eén regel per vordering met hoofdsom, wettelijke rente tot de peildatum (met specificatie), incassokosten, betalingen, herinneringen en de 14-dagenbrief, met een controleregel.",
  exportXlsx: "Vorderingen (xlsx)",
  exportCsv: "Vorderingen (csv)",
  exportJson: "Vorderingen (JSON)",
  exportDossiers: "Dossiers per debiteur (zip)",
  factoring: "Factoring",
  factoringIntro: (maxDays: number | null, consumers: boolean) =>
    `Debiteurenlijst en cessielijst van de openstaande facturen (met ouderdomsklasse), met controletotalen: van de geselecteerde debiteuren, of zonder selectie van alle debiteuren, ook met facturen die nog niet vervallen zijn. Betwiste, afgeschreven en al overgedragen posten blijven erbuiten${consumers ? "" : ", net als facturen op particulieren"}${maxDays === null ? "" : ` en facturen die meer dan ${maxDays} dagen over de vervaldatum zijn`}: daarop geeft een factor geen voorschot (aan te passen bij Instellingen).`,
  factoringXlsx: "Factoringbestanden (xlsx)",
  factoringCsv: "Factoringbestanden (csv)",
  exporting: "Bezig met exporteren…",
  exported: (n: number, total: string) =>
    `${n === 1 ? "1 vordering" : `${n} vorderingen`} geëxporteerd en gemarkeerd als overgedragen, samen ${total}.`,
  exportedFactoring: (n: number, total: string) =>
    `${n === 1 ? "1 factuur" : `${n} facturen`} aangeboden en gemarkeerd als overgedragen aan de factor, samen ${total} open.`,
  factoringLeftOut: "Niet aangeboden:",
  nothingSelected: "Selecteer eerst een of meer debiteuren.",
  nothingToExport:
    "De geselecteerde debiteuren hebben geen openstaande vordering om over te dragen.",
  handedOverTitle: "Overgedragen",
  handedOverEmpty: "Nog niets overgedragen.",
  batch: "Overdracht",
  kind: "Soort",
  claims: (n: number) => (n === 1 ? "1 post" : `${n} posten`),
  undoBatch: "Ongedaan maken",
  handoverKeptExcel: "Bewaard op het blad ‘Openstaand – Overdracht’ in deze werkmap.",
  handoverKeptWorkbench: "Bewaard in deze browser.",
  // templates
  templatesTitle: "Briefsjablonen",
  templatesIntro:
    "Pas de tekst van een brief of e-mail aan. Velden staan tussen vierkante haken, bijvoorbeeld [Klantnaam] of [Te betalen]; kies ze bij ‘Veld invoegen’. [Specificatie] plaatst de tabel met facturen, rente, kosten en totaal; enkelvoud en meervoud regelt Openstaand zelf. De sjablonen worden bewaard in de werkmap (in Excel) of in deze browser.",
  template: "Sjabloon",
  templateLanguage: "Taal van de brief",
  subject: "Onderwerp",
  body: "Tekst",
  edited: "aangepast",
  fields: "Beschikbare velden",
  preview: "Voorbeeld",
  previewOn: "Voorbeeld op debiteur",
  previewNone:
    "Er is geen debiteur van deze soort met vervallen posten; het voorbeeld verschijnt zodra die er is.",
  problems: "Dit sjabloon kan zo niet worden gebruikt:",
  saveTemplate: "Sjabloon opslaan",
  restoreDefault: "Standaardtekst terugzetten",
  templateSaved: "Het sjabloon is opgeslagen.",
  templateRestored: "De standaardtekst geldt weer.",
  business: "zakelijk",
  consumer: "particulier",
};

export type RecordTexts = typeof nl;

const en: RecordTexts = {
  record: (n) => `Record as sent (${n === 1 ? "1 message" : `${n} messages`})`,
  mergeSheet: "Mail-merge sheet in the workbook",
  mergeSheetWritten: (sheet) =>
    `The mail-merge list is on the sheet ‘${sheet}’: in Word, Select Recipients › Use an Existing List, pick this workbook and this sheet.`,
  recordHint:
    "Record the letters and e-mails once you have sent them. The next run then starts at the next step; without a record Openstaand proposes the same reminder again.",
  recorded: (n, day) => `${n === 1 ? "1 message" : `${n} messages`} recorded as sent on ${day}.`,
  undoRecord: "Undo this record",
  sentVia: "Sent by",
  viaLadder: "as the ladder says for each stage",
  undone: "The record has been undone.",
  logTitle: "Reminder log",
  logIntroExcel:
    "Everything recorded as sent is on the sheet ‘Openstaand – Verzendlog’ in this workbook. Delete a row there to strike a record.",
  logIntroWorkbench: (source) =>
    `Everything recorded as sent for ‘${source}’, kept in this browser.`,
  logIntroMemory: "This environment keeps nothing: the records last as long as this page is open.",
  logEmpty: "Nothing recorded yet.",
  logCount: (n) => (n === 1 ? "1 message" : `${n} messages`),
  logShown: (n) => `The ${n} most recent are listed below.`,
  date: "Date",
  customer: "Customer",
  customers: "Customers",
  stage: "Stage",
  channel: "Channel",
  invoices: "Invoices",
  total: "Total",
  remove: "Remove",
  channels: { email: "e-mail", letter: "letter", "phone-task": "phone" },
  recordsUnreadable: (why) =>
    `The records (reminder log and hand-overs) could not be read: ${why} Until that is put right, Openstaand works from the ledger alone, without what was recorded as sent or handed over, and cannot record anything.`,
  recordIssues: (n) =>
    `${n === 1 ? "1 row" : `${n} rows`} of the kept records cannot be read and ${n === 1 ? "does" : "do"} not count:`,
  recordIssue: (row, column, value, message) =>
    `row ${row}, column ‘${column}’, value ‘${value}’: ${message}`,
  tabHandover: "Hand-over",
  handoverIntro:
    "Hand claims over to a collection agency or bailiff, or offer invoices to a factoring company. What you export is marked as handed over, so the reminder ladder stops for those items. A hand-over can be undone.",
  candidates: "Customers with overdue items",
  candidatesHint:
    "Customers whose ladder has reached the hand-over step are listed first and already ticked.",
  due: "Due for hand-over",
  selectAll: "Select all",
  selectNone: "Select none",
  selected: (n, amount) =>
    `${n === 1 ? "1 customer" : `${n} customers`} selected, ${amount} overdue`,
  overdue: "Overdue",
  oldest: "Oldest (days)",
  stageShort: "Step",
  collection: "Collection agency / bailiff",
  collectionIntro:
    "One row per claim with principal, statutory interest to the reporting day (with its specification), collection costs, payments, reminders and the 14-day letter, with a control line.",
  exportXlsx: "Claims (xlsx)",
  exportCsv: "Claims (csv)",
  exportJson: "Claims (JSON)",
  exportDossiers: "Dossier per customer (zip)",
  factoring: "Factoring",
  factoringIntro: (maxDays, consumers) =>
    `Debtor list and assignment list of the open invoices (with ageing bucket), with control totals: of the selected customers or, with none selected, of every customer, including invoices not yet due. Disputed, written-off and already handed-over items stay out${consumers ? "" : ", as do invoices on consumers"}${maxDays === null ? "" : ` and invoices more than ${maxDays} days past due`}: a factor does not advance on them (change this in Settings).`,
  factoringXlsx: "Factoring files (xlsx)",
  factoringCsv: "Factoring files (csv)",
  exporting: "Exporting…",
  exported: (n, total) =>
    `${n === 1 ? "1 claim" : `${n} claims`} exported and marked as handed over, ${total} in total.`,
  exportedFactoring: (n, total) =>
    `${n === 1 ? "1 invoice" : `${n} invoices`} offered and marked as assigned to the factor, ${total} open in total.`,
  factoringLeftOut: "Not offered:",
  nothingSelected: "Select one or more customers first.",
  nothingToExport: "The selected customers have no open claim to hand over.",
  handedOverTitle: "Handed over",
  handedOverEmpty: "Nothing handed over yet.",
  batch: "Hand-over",
  kind: "Kind",
  claims: (n) => (n === 1 ? "1 item" : `${n} items`),
  undoBatch: "Undo",
  handoverKeptExcel: "Kept on the sheet ‘Openstaand – Overdracht’ in this workbook.",
  handoverKeptWorkbench: "Kept in this browser.",
  templatesTitle: "Letter templates",
  templatesIntro:
    "Change the text of a letter or e-mail. Fields go between square brackets, for example [Customer name] or [Amount due]; pick them under ‘Insert field’. [Specification] places the table of invoices, interest, costs and total; Openstaand takes care of singular and plural. Templates are kept in the workbook (in Excel) or in this browser.",
  template: "Template",
  templateLanguage: "Language of the letter",
  subject: "Subject",
  body: "Text",
  edited: "edited",
  fields: "Available fields",
  preview: "Preview",
  previewOn: "Preview on customer",
  previewNone:
    "There is no customer of this kind with overdue items; the preview appears once there is one.",
  problems: "This template cannot be used as it is:",
  saveTemplate: "Save template",
  restoreDefault: "Restore the default text",
  templateSaved: "The template has been saved.",
  templateRestored: "The default text applies again.",
  business: "business",
  consumer: "consumer",
};

/** The record-keeping texts per language. */
export const RECORD_TEXTS: Record<Lang, RecordTexts> = { nl, en };
