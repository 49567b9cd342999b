/** The pane's navigation words (tab strip, compact header), in Dutch and English. */
import type { Lang } from "./texts";

const nl = {
  more: "Meer",
  moreTabs: (n: number) => `Meer tabbladen (${n} niet zichtbaar)`,
  // the compact header's buttons (the full text stays their tooltip)
  demoShort: "Demo",
  openShort: "Openen",
  reportShort: "Rapport",
  // a KPI explained (Overzicht)
  explain: (kpi: string) => `Toelichting bij ${kpi}`,
  definition: "Wat betekent dit?",
  computation: "Zo is het berekend",
  figures: "Gebruikte cijfers",
  countbackMonths: "Teruggetelde maanden",
  month: "Maand tot en met",
  sales: "Omzet",
  daysInMonth: "Dagen",
  counted: "Meegeteld",
  bridge: "Aansluiting met de lijst",
  notComputable: "Niet berekenbaar",
  customers: (n: number) => `Debiteuren (${n})`,
  invoices: (n: number) => `Facturen (${n})`,
  customer: "Debiteur",
  invoice: "Factuur",
  invoiceDate: "Factuurdatum",
  dueDate: "Vervaldatum",
  daysOverdue: "Dagen na verval",
  amount: "Bedrag",
  count: "Facturen",
  total: "Totaal",
  firstInvoices: (shown: number, all: number) =>
    `De ${shown} grootste van ${all} facturen; open een debiteur voor al zijn facturen.`,
  openDossier: (name: string) => `Dossier van ${name} openen`,
  close: "Sluiten",
  // noise: settled customers
  showSettled: "Toon ook afgeloste klanten",
  settledHidden: (n: number) =>
    n === 1
      ? "1 afgeloste klant (€ 0,00 open) verborgen"
      : `${n} afgeloste klanten (€ 0,00 open) verborgen`,
  // lists leave the pane
  listTotal: (n: string, total: string) => `${n} debiteuren, samen ${total}`,
  exportXlsx: "Exporteren (xlsx)",
  exportCsv: "Exporteren (csv)",
  exportWorkbook: "Als werkmap (xlsx)",
  exportSheet: "Naar een blad",
  showAllRows: (n: number) => `Toon alle ${n} rijen`,
};

/** The navigation texts of one language. */
export type NavTexts = typeof nl;

const en: NavTexts = {
  more: "More",
  moreTabs: (n: number) => `More tabs (${n} hidden)`,
  demoShort: "Demo",
  openShort: "Open",
  reportShort: "Report",
  explain: (kpi: string) => `Explanation of ${kpi}`,
  definition: "What does it mean?",
  computation: "How it was computed",
  figures: "Figures used",
  countbackMonths: "Months counted back",
  month: "Month up to",
  sales: "Sales",
  daysInMonth: "Days",
  counted: "Counted",
  bridge: "Reconciliation with the ledger",
  notComputable: "Not computable",
  customers: (n: number) => `Customers (${n})`,
  invoices: (n: number) => `Invoices (${n})`,
  customer: "Customer",
  invoice: "Invoice",
  invoiceDate: "Invoice date",
  dueDate: "Due date",
  daysOverdue: "Days past due",
  amount: "Amount",
  count: "Invoices",
  total: "Total",
  firstInvoices: (shown: number, all: number) =>
    `The ${shown} largest of ${all} invoices; open a customer for all of its invoices.`,
  openDossier: (name: string) => `Open the file of ${name}`,
  close: "Close",
  showSettled: "Also show settled customers",
  settledHidden: (n: number) =>
    n === 1
      ? "1 settled customer (€0.00 open) hidden"
      : `${n} settled customers (€0.00 open) hidden`,
  listTotal: (n: string, total: string) => `${n} customers, together ${total}`,
  exportXlsx: "Export (xlsx)",
  exportCsv: "Export (csv)",
  exportWorkbook: "As a workbook (xlsx)",
  exportSheet: "To a sheet",
  showAllRows: (n: number) => `Show all ${n} rows`,
};

/** The navigation texts per language. */
export const NAV_TEXTS: Record<Lang, NavTexts> = { nl, en };
