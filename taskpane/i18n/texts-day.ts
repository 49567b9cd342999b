/**
 * The words of the header's reporting day (peildatum) and administration, in Dutch and English.
 */
import type { Lang } from "./texts";

const nl = {
  asOf: "Peildatum",
  today: "Vandaag",
  monthEnd: "Laatste maandeinde",
  basisToday: "vandaag",
  basisMonthEnd: "laatste maandeinde",
  basisChosen: "gekozen dag",
  basisDemo: (today: string) =>
    `de dag van de demo: het verhaal van de demo speelt op deze dag (vandaag is het ${today})`,
  basisHistory:
    "laatste factuurdatum: deze lijst heeft alleen betaalde facturen, dus zonder gekozen dag telt de stand op die dag",
  notToday: (runDay: string) =>
    `De cijfers, voorstellen en brieven gelden per de peildatum; wat u vastlegt (verzendlog, overdracht) krijgt de datum van vandaag, ${runDay}.`,
  administration: "Administratie",
  workbook: "deze werkmap (vastleggingen staan in de werkmap)",
  demoAdministration: (name: string) => `${name} (demo)`,
  recognised: "herkend aan de debiteuren en facturen",
  confirmed: "bevestigd",
  pendingTitle: "Bij welke administratie hoort dit bestand?",
  pendingText: (file: string) =>
    `Openstaand bewaart het verzendlog en de overdrachten per administratie, niet per bestandsnaam. ‘${file}’ lijkt op geen administratie die deze browser kent. Bevestig een naam (bijvoorbeeld die van de klant); tot dan wordt niets vastgelegd.`,
  sameName: (name: string, agree: number, conflict: number) =>
    `Let op: administratie ‘${name}’ is eerder uit een bestand met dezelfde naam gelezen, maar de inhoud komt niet overeen (${conflict} ${conflict === 1 ? "debiteur of factuur wijkt" : "debiteuren of facturen wijken"} af, ${agree} ${agree === 1 ? "komt" : "komen"} overeen). De vastleggingen van ‘${name}’ worden daarom niet gebruikt.`,
  name: "Naam van de administratie",
  confirmNew: "Nieuwe administratie bevestigen",
  orPick: "Of kies een bestaande administratie",
  pick: "Hoort bij deze administratie",
  notApplied: "Niet toegepast",
  // The compact reporting day of a narrow pane (one line; the full texts behind "Wijzig").
  shortDemo: "dag van de demo",
  shortHistory: "laatste factuurdatum",
  shortNotToday: "niet vandaag",
  change: "Wijzig",
  changeLabel: (day: string) => `Peildatum ${day} wijzigen`,
};

const en: typeof nl = {
  asOf: "As of",
  today: "Today",
  monthEnd: "Last month-end",
  basisToday: "today",
  basisMonthEnd: "last month-end",
  basisChosen: "chosen day",
  basisDemo: (today: string) =>
    `the demo's day: the demo's story is set on this day (today is ${today})`,
  basisHistory:
    "last invoice date: this list holds settled invoices only, so without a chosen day it is shown as it stood that day",
  notToday: (runDay: string) =>
    `The figures, proposals and letters are as of the reporting day; what you record (reminder log, hand-over) is dated today, ${runDay}.`,
  administration: "Administration",
  workbook: "this workbook (records are kept in the workbook)",
  demoAdministration: (name: string) => `${name} (demo)`,
  recognised: "recognised by its customers and invoices",
  confirmed: "confirmed",
  pendingTitle: "Which administration does this file belong to?",
  pendingText: (file: string) =>
    `Openstaand keeps the reminder log and the hand-overs per administration, not per file name. ‘${file}’ matches no administration this browser knows. Confirm a name (the client's, for instance); nothing is recorded until then.`,
  sameName: (name: string, agree: number, conflict: number) =>
    `Note: administration ‘${name}’ was read from a file of the same name before, but the content does not match (${conflict} ${conflict === 1 ? "customer or invoice differs" : "customers or invoices differ"}, ${agree} ${agree === 1 ? "matches" : "match"}). Its records are therefore not used.`,
  name: "Name of the administration",
  confirmNew: "Confirm new administration",
  orPick: "Or pick a known administration",
  pick: "Belongs to this administration",
  notApplied: "Not applied",
  shortDemo: "the demo's day",
  shortHistory: "last invoice date",
  shortNotToday: "not today",
  change: "Change",
  changeLabel: (day: string) => `Change the reporting day ${day}`,
};

/** The header's texts per language. */
export const DAY_TEXTS: Record<Lang, typeof nl> = { nl, en };
