/** The pane's navigation words (tab strip, compact header), in Dutch and English. */
import type { Lang } from "./texts";

const nl = {
  more: "Meer",
  moreTabs: (n: number) => `Meer tabbladen (${n} niet zichtbaar)`,
  // the compact header's buttons (the full text stays their tooltip)
  demoShort: "Demo",
  openShort: "Openen",
  reportShort: "Rapport",
};

/** The navigation texts of one language. */
export type NavTexts = typeof nl;

const en: NavTexts = {
  more: "More",
  moreTabs: (n: number) => `More tabs (${n} hidden)`,
  demoShort: "Demo",
  openShort: "Open",
  reportShort: "Report",
};

/** The navigation texts per language. */
export const NAV_TEXTS: Record<Lang, NavTexts> = { nl, en };
