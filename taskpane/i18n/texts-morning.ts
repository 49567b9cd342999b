/**
 * The words of the morning notice (top of Overzicht), its consent in Instellingen, and the
 * workbench's offer to reopen the last file — in Dutch and English.
 */
import type { Lang } from "./texts";

const nl = {
  title: "Vandaag",
  fellDue: "Vervallen sinds de vorige keer",
  agreements: "Betaalafspraken",
  disputes: "Geschillen opvolgen",
  calls: "Bellen",
  more: (n: number, amount: string) =>
    n === 1 ? `en nog 1 factuur (${amount})` : `en nog ${n} facturen (samen ${amount})`,
  toCalls: "Naar Vandaag bellen",
  loading: "Nagaan wat vandaag aandacht vraagt…",
  // Instellingen
  startHeading: "Begin van de dag",
  consent: "Openstaand openen met deze werkmap en melden wat vandaag aandacht vraagt",
  consentHint:
    "Excel laadt Openstaand dan bij het openen van deze werkmap en opent het taakvenster op Overzicht als er iets te doen is: facturen die sinds de vorige keer zijn vervallen, betaalafspraken die vandaag aflopen of niet zijn nagekomen, geschillen om op te volgen en wie u vandaag belt. Uitvinken zet dit weer uit.",
  consentWorkbench:
    "In de werkbank staat dit overzicht altijd bovenaan Overzicht; deze instelling werkt alleen in Excel.",
  keepFile: "Laatst geopende bestand in deze browser bewaren, om het na herladen opnieuw te openen",
  keepFileHint:
    "Het bestand (inhoud, naam, grootte, datum) blijft alleen in deze browser, per administratie; het wordt nergens heen gestuurd. U kunt het altijd vergeten.",
  // the offer
  lastFile: (name: string, size: string, when: string) =>
    `Laatst geopend: ${name} (${size}, ${when}).`,
  reopen: "Laatste bestand opnieuw openen",
  forget: "Vergeet dit bestand",
  forgotten: "Het bewaarde bestand is uit deze browser verwijderd.",
};

type MorningTexts = typeof nl;

const en: MorningTexts = {
  title: "Today",
  fellDue: "Fell due since last time",
  agreements: "Payment agreements",
  disputes: "Disputes to follow up",
  calls: "Calls",
  more: (n: number, amount: string) =>
    n === 1 ? `and 1 more invoice (${amount})` : `and ${n} more invoices (together ${amount})`,
  toCalls: "Go to Calls for today",
  loading: "Checking what needs attention today…",
  startHeading: "Start of the day",
  consent: "Open Openstaand with this workbook and report what needs attention today",
  consentHint:
    "Excel then loads Openstaand when this workbook opens and shows the task pane on Overview when there is something to do: invoices fallen due since last time, payment agreements due today or missed, disputes to follow up and whom to call today. Untick to turn this off.",
  consentWorkbench:
    "In the workbench this summary is always at the top of Overview; this setting only works in Excel.",
  keepFile: "Keep the last opened file in this browser, to open it again after a reload",
  keepFileHint:
    "The file (contents, name, size, date) stays in this browser only, per administration; it is never sent anywhere. You can forget it at any time.",
  lastFile: (name: string, size: string, when: string) =>
    `Last opened: ${name} (${size}, ${when}).`,
  reopen: "Open the last file again",
  forget: "Forget this file",
  forgotten: "The kept file was removed from this browser.",
};

/** The morning notice's and last file's words by language. */
export const MORNING_TEXTS: Record<Lang, MorningTexts> = { nl, en };
