/** The task pane's words in Dutch and English; the Office display language or the browser's decides. */
export type Lang = "nl" | "en";

export const TEXTS = {
  nl: {
    loading: "Laden…",
    standalone: "Werkbank (zonder Excel) — demo-administratie",
    excel: "Actief werkblad",
    readSheet: "Lees actief werkblad",
    source: "Bron",
    asOf: "Peildatum",
    headerRow: "Kopregel op rij",
    control: "Controletotalen",
    rows: "Rijen",
    amount: "Factuurbedrag",
    open: "Openstaand",
    read: "Gelezen",
    accepted: "Geaccepteerd",
    rejected: "Afgekeurd",
    blankRows: "Lege rijen overgeslagen",
    columns: "Herkende kolommen",
    field: "Veld",
    header: "Kolomkop",
    confidence: "Zekerheid",
    issues: "Meldingen",
    noIssues: "Geen meldingen: alle rijen zijn gelezen.",
    row: "Rij",
    column: "Kolom",
    value: "Waarde",
    message: "Melding",
    more: (n: number) => `… en nog ${n} meldingen`,
    failed: "Kon de gegevens niet lezen",
  },
  en: {
    loading: "Loading…",
    standalone: "Workbench (without Excel) — demo ledger",
    excel: "Active worksheet",
    readSheet: "Read active worksheet",
    source: "Source",
    asOf: "As of",
    headerRow: "Header on row",
    control: "Control totals",
    rows: "Rows",
    amount: "Invoice amount",
    open: "Open amount",
    read: "Read",
    accepted: "Accepted",
    rejected: "Rejected",
    blankRows: "Blank rows skipped",
    columns: "Detected columns",
    field: "Field",
    header: "Header",
    confidence: "Confidence",
    issues: "Issues",
    noIssues: "No issues: every row was read.",
    row: "Row",
    column: "Column",
    value: "Value",
    message: "Message",
    more: (n: number) => `… and ${n} more issues`,
    failed: "Could not read the data",
  },
} as const;

export type Texts = (typeof TEXTS)[Lang];

/** "nl-NL", "nl-BE", "nl" → nl; everything else → en. */
export function langOf(locale: string | null | undefined): Lang {
  return locale && locale.toLowerCase().startsWith("nl") ? "nl" : "en";
}
