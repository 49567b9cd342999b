/** Texts of the lists leaving the pane (issue 17): export and print of every list, the printed dossier. */
import type { Lang } from "./texts";

const nl = {
  print: "Afdrukken",
  printTitle: (what: string) => `${what} afdrukken (A4)`,
  printDossier: "Dossier afdrukken",
  downloadHtml: "Afdrukversie (HTML)",
  exclusionsTotal: (n: string, total: string) => `${n} posten, samen ${total}`,
  otherCurrencies: (list: string) => `; apart in andere valuta: ${list}`,
  tableRowsTotal: (n: string) => `${n} rijen`,
};

const en: typeof nl = {
  print: "Print",
  printTitle: (what: string) => `Print ${what} (A4)`,
  printDossier: "Print dossier",
  downloadHtml: "Print version (HTML)",
  exclusionsTotal: (n: string, total: string) => `${n} items, together ${total}`,
  otherCurrencies: (list: string) => `; apart, in other currencies: ${list}`,
  tableRowsTotal: (n: string) => `${n} rows`,
};

/** The texts of list exports and printing per language. */
export const LIST_TEXTS: Record<Lang, typeof nl> = { nl, en };
