/** A small ledger of open invoices for the payment tests, read by the real ledger reader. */
import { customerReference } from "../../src/core";
import { readLedger } from "../../src/ledger";
import type { WrittenEntry } from "./statement-writers";

export const HEADER = [
  "Factuurnummer",
  "Klantnummer",
  "Klantnaam",
  "Factuurdatum",
  "Vervaldatum",
  "Bedrag",
  "Openstaand",
  "Valuta",
  "Kenmerk",
  "IBAN",
];

export const ROWS: (string | number)[][] = [
  [
    "2026-0101",
    "C1",
    "Bakkerij De Korenschoof B.V.",
    "2026-09-01",
    "2026-10-01",
    1210,
    1210,
    "EUR",
    "",
    "NL91ABNA0417164300",
  ],
  [
    "2026-0102",
    "C1",
    "Bakkerij De Korenschoof B.V.",
    "2026-10-01",
    "2026-11-01",
    300,
    300,
    "EUR",
    "",
    "NL91ABNA0417164300",
  ],
  [
    "2026-0117",
    "C2",
    "J. de Vries & Zn.",
    "2026-10-05",
    "2026-11-04",
    450.17,
    450.17,
    "EUR",
    "",
    "NL44RABO0123456789",
  ],
  [
    "2026-0202",
    "C3",
    "Installatiebedrijf Van Dijk",
    "2026-10-10",
    "2026-11-09",
    400,
    400,
    "EUR",
    "",
    "",
  ],
  [
    "2026-0201",
    "C3",
    "Installatiebedrijf Van Dijk",
    "2026-10-01",
    "2026-10-31",
    1000,
    1000,
    "EUR",
    "",
    "",
  ],
  [
    "2026-0300",
    "C4",
    "Stichting Het Anker",
    "2026-10-15",
    "2026-11-14",
    800,
    800,
    "EUR",
    "5000056789012345",
    "",
  ],
  ["2026-0301", "C5", "Global Trading Ltd", "2026-10-15", "2026-11-14", 50, 50, "USD", "", ""],
];

export function fixtureLedger(rows = ROWS) {
  const { ledger, issues } = readLedger([HEADER, ...rows], { asOf: "2026-11-30" as never });
  if (issues.some((i) => i.severity === "error")) throw new Error(JSON.stringify(issues));
  return ledger;
}

/** The credits of the worked example (and one debit), in statement order. */
export const CREDITS: WrittenEntry[] = [
  {
    amount: 121000,
    direction: "credit",
    name: "Bakkerij De Korenschoof",
    iban: "NL91ABNA0417164300",
    text: "",
    reference: customerReference("C1"),
  },
  {
    amount: 45017,
    direction: "credit",
    name: "J. de Vries",
    iban: "NL20INGB0001234567",
    text: "Factuur 2026-0117",
  },
  {
    amount: 150000,
    direction: "credit",
    name: "Van Dijk Installatie",
    iban: "NL20INGB0001234567",
    text: "fact 2026-0201 en 2026-0202",
  },
  {
    amount: 50000,
    direction: "credit",
    name: "Het Anker",
    iban: "NL66ASNB0707070707",
    text: "kenmerk 5000 0567 8901 2345",
  },
  {
    amount: 97735,
    direction: "credit",
    name: "Onbekende Betaler",
    iban: "DE89370400440532013000",
    text: "gift <b>dank</b> =1+1",
  },
  {
    amount: 8500,
    direction: "debit",
    name: "KPN B.V.",
    iban: "NL02ABNA0123456789",
    text: "Incasso",
  },
  {
    amount: 30000,
    direction: "credit",
    name: "Bakkerij De Korenschoof B.V.",
    iban: "NL91ABNA0417164300",
    text: "",
  },
];
