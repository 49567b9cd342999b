/**
 * The EPC QR code's text (EPC069-12 "Quick Response Code: guidelines to enable data capture for the
 * initiation of a SEPA credit transfer", version 002): the code Dutch and European banking apps scan
 * to fill in a transfer. Lines, separated by LF: BCD, 002, 1 (UTF-8), SCT, BIC (optional in 002),
 * beneficiary name (≤ 70), IBAN, amount (EUR0.01 … EUR999999999.99), purpose (empty), a structured
 * creditor reference (≤ 35) or an unstructured remittance (≤ 140) — never both — and no trailing
 * empty lines; at most 331 bytes in all.
 */
import { checkIban, type Cents, type Lang } from "../../core";

/** The largest amount an EPC QR code can ask: € 999.999.999,99. */
export const EPC_MAX_CENTS = 99_999_999_999;

/** What the code asks the debtor's bank to fill in. */
export interface EpcPayment {
  /** The creditor (beneficiary) as on the account. */
  readonly name: string;
  readonly iban: string;
  readonly bic?: string | null;
  readonly amount: Cents;
  /** A structured creditor reference (RF…), at most 35 characters. */
  readonly reference?: string | null;
  /** Or an unstructured remittance text, at most 140 characters. */
  readonly text?: string | null;
}

/** The payload, or why there is none (en and nl). */
export type EpcPayloadResult =
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly code: string; readonly reason: Readonly<Record<Lang, string>> };

const fail = (code: string, en: string, nl: string): EpcPayloadResult => ({
  ok: false,
  code,
  reason: { en, nl },
});
/** One line of the payload: no line breaks inside, spaces trimmed. */
const field = (text: string | null | undefined): string =>
  (text ?? "").replace(/[\r\n\t]+/g, " ").trim();

/** Builds the EPC069-12 payload of a payment, or says why it cannot (amount over the limit, no IBAN …). */
export function epcPayload(payment: EpcPayment): EpcPayloadResult {
  const name = field(payment.name);
  if (name === "")
    return fail(
      "epc.no-name",
      "No creditor name for the QR code.",
      "Geen naam van de begunstigde voor de QR-code."
    );
  if ([...name].length > 70)
    return fail(
      "epc.name-too-long",
      `The creditor name ${JSON.stringify(name)} is longer than the 70 characters an EPC QR code allows.`,
      `De naam ${JSON.stringify(name)} is langer dan de 70 tekens die een EPC-QR-code toestaat.`
    );
  const iban = checkIban(payment.iban ?? "");
  if (!iban.ok)
    return fail(
      "epc.no-iban",
      `No QR code without the company's IBAN: ${iban.reason.en}`,
      `Geen QR-code zonder IBAN van het bedrijf: ${iban.reason.nl}`
    );
  const bic = field(payment.bic);
  if (bic !== "" && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic))
    return fail(
      "epc.bic",
      `${JSON.stringify(bic)} is not a BIC (8 or 11 characters).`,
      `${JSON.stringify(bic)} is geen BIC (8 of 11 tekens).`
    );
  const amount = payment.amount;
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > EPC_MAX_CENTS)
    return fail(
      "epc.amount",
      `No QR code for ${amount} cents: an EPC QR code asks between €0.01 and €999,999,999.99.`,
      `Geen QR-code voor ${amount} cent: een EPC-QR-code vraagt tussen € 0,01 en € 999.999.999,99.`
    );
  const reference = field(payment.reference).replace(/\s+/g, "");
  const text = field(payment.text);
  if (reference !== "" && text !== "")
    return fail(
      "epc.reference-and-text",
      "An EPC QR code carries a structured reference or a remittance text, not both.",
      "Een EPC-QR-code bevat een betalingsreferentie of een omschrijving, niet allebei."
    );
  if (reference.length > 35)
    return fail(
      "epc.reference",
      `The reference ${JSON.stringify(reference)} is longer than 35 characters.`,
      `De referentie ${JSON.stringify(reference)} is langer dan 35 tekens.`
    );
  if ([...text].length > 140)
    return fail(
      "epc.text",
      "The remittance text is longer than 140 characters.",
      "De omschrijving is langer dan 140 tekens."
    );
  const euros = `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, "0")}`;
  const lines = [
    "BCD",
    "002",
    "1",
    "SCT",
    bic,
    name,
    iban.value,
    `EUR${euros}`,
    "",
    reference,
    text,
  ];
  while (lines[lines.length - 1] === "") lines.pop();
  const payload = lines.join("\n");
  if (new TextEncoder().encode(payload).length > 331)
    return fail(
      "epc.too-long",
      "The QR code's text is longer than the 331 bytes EPC allows.",
      "De tekst van de QR-code is langer dan de 331 bytes die EPC toestaat."
    );
  return { ok: true, payload };
}
