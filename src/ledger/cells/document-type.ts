/**
 * The document type of an open item, as exports write it in a column of its own (e-Boekhouden's
 * "Soort": Factuur / Creditfactuur; others: "Creditnota", "Debetnota", "Invoice", "Credit note").
 * A credit note reduces what the customer owes: an export that lists it with a positive amount and
 * says "Creditfactuur" beside it means a negative amount, so the reader gives it its minus sign.
 */
import { textOfCell, type Cell } from "./cell";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";
import { normalizeHeader } from "../header/header-text";

/** Invoice, credit note, or another kind of item (a payment on account, an interest note). */
export type DocumentType = "invoice" | "creditNote" | "other";

const CREDIT =
  /^(credit|creditfactuur|creditfactuurverkoop|verkoopcreditfactuur|creditnota|verkoopcreditnota|creditnote|creditmemo|creditering|creditboeking|cn|cr|creditinvoice)$/;
const INVOICE =
  /^(factuur|verkoopfactuur|invoice|salesinvoice|debet|debit|debetnota|debitnote|debetfactuur|nota|inv|vf|f)$/;
const OTHER =
  /^(betaling|ontvangst|vooruitbetaling|betalingvooruit|payment|prepayment|memoriaal|memoriaalboeking|beginbalans|openingbalance|rentefactuur|rentenota|interest|aanmaankosten|herinneringskosten|kosten|termijnfactuur|voorschotfactuur|journal|journaal)$/;

/** The document type a word names, or null. */
export function documentTypeOf(text: string): DocumentType | null {
  const word = normalizeHeader(text);
  if (CREDIT.test(word)) return "creditNote";
  if (INVOICE.test(word) || /^(termijn|voorschot)factuur$/.test(word)) return "invoice";
  if (OTHER.test(word)) return "other";
  return null;
}

/** Reads a document-type cell; blank is null (the amount's own sign decides). */
export function readDocumentType(
  cell: Cell,
  label: string,
  labelNl: string
): FieldRead<DocumentType | null> {
  if (cell.kind === "blank") return readOk(null);
  const text = textOfCell(cell);
  const type = documentTypeOf(text);
  if (type !== null) return readOk(type);
  return readFailed(
    `${label} ${quote(text)} is not a known document type (invoice, credit note); the amount is read with its own sign.`,
    `${labelNl} ${quote(text)} is geen bekende soort (factuur, creditfactuur); het bedrag is gelezen met zijn eigen teken.`
  );
}
