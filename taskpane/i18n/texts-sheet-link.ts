/**
 * The words of "Toon in blad" (Excel only): the pane selects a customer's or an invoice's rows in
 * the sheet, and offers a customer's dossier when the user selects its row there.
 */
import type { Lang } from "./texts";

const nl = {
  showInSheet: "Toon in blad",
  /** The compact button in a list row. */
  short: "Blad",
  customerTitle: (name: string) => `Toon de rijen van ${name} in het blad (alleen selecteren)`,
  invoicesTitle: (ids: readonly string[]) =>
    ids.length === 1
      ? `Toon factuur ${ids[0]} in het blad (alleen selecteren)`
      : `Toon deze ${ids.length} facturen in het blad (alleen selecteren)`,
  selected: (rows: number, sheet: string) =>
    rows === 1 ? `1 rij geselecteerd in '${sheet}'.` : `${rows} rijen geselecteerd in '${sheet}'.`,
  offer: (name: string) => `Open dossier van ${name}`,
  offerRow: (row: number, invoice: string) => `Rij ${row} in het blad: factuur ${invoice}.`,
  dismiss: "Sluiten",
};

type SheetLinkTexts = typeof nl;

const en: SheetLinkTexts = {
  showInSheet: "Show in sheet",
  short: "Sheet",
  customerTitle: (name) => `Show ${name}'s rows in the sheet (selects only)`,
  invoicesTitle: (ids) =>
    ids.length === 1
      ? `Show invoice ${ids[0]} in the sheet (selects only)`
      : `Show these ${ids.length} invoices in the sheet (selects only)`,
  selected: (rows, sheet) =>
    rows === 1 ? `1 row selected in '${sheet}'.` : `${rows} rows selected in '${sheet}'.`,
  offer: (name) => `Open ${name}'s dossier`,
  offerRow: (row, invoice) => `Row ${row} in the sheet: invoice ${invoice}.`,
  dismiss: "Dismiss",
};

/** "Toon in blad" texts per language. */
export const SHEET_LINK_TEXTS: Record<Lang, SheetLinkTexts> = { nl, en };
