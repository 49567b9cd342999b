/**
 * The columns of the demo ledger, in order, with the Dutch headers a bookkeeping export uses and the
 * kind of value each holds (so file writers can give dates a date format and amounts a € format).
 */

/** How a column's values are stored: text, whole numbers, euro amounts (2 decimals) or ISO days. */
export type DemoColumnType = "text" | "integer" | "amount" | "date";

/** One demo column. */
export interface DemoColumn {
  header: string;
  type: DemoColumnType;
}

/** The demo ledger's columns, in sheet order. */
export const DEMO_COLUMNS: readonly DemoColumn[] = [
  { header: "Factuurnummer", type: "text" },
  { header: "Debiteurnummer", type: "integer" },
  { header: "Debiteurnaam", type: "text" },
  { header: "Factuurdatum", type: "date" },
  { header: "Vervaldatum", type: "date" },
  { header: "Bedrag", type: "amount" },
  { header: "Openstaand", type: "amount" },
  { header: "Betaaldatum", type: "date" },
  { header: "Valuta", type: "text" },
  { header: "Omschrijving", type: "text" },
  { header: "Status", type: "text" },
  { header: "Betwist", type: "text" },
  { header: "Aanmaning", type: "integer" },
  { header: "Datum aanmaning", type: "date" },
  { header: "Contactpersoon", type: "text" },
  { header: "Adres", type: "text" },
  { header: "Postcode", type: "text" },
  { header: "Plaats", type: "text" },
  { header: "E-mail", type: "text" },
  { header: "Telefoon", type: "text" },
  { header: "KvK-nummer", type: "text" },
  { header: "Btw-nummer", type: "text" },
  { header: "IBAN", type: "text" },
  { header: "Kredietlimiet", type: "amount" },
  { header: "Soort", type: "text" },
  { header: "Taal", type: "text" },
  { header: "Betalingstermijn", type: "integer" },
];

/** The type of the demo column with this header ("text" for a header the demo does not have). */
export function demoColumnType(header: string): DemoColumnType {
  return DEMO_COLUMNS.find((column) => column.header === header)?.type ?? "text";
}
