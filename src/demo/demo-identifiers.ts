/**
 * Random Dutch identifiers for demo customers (IBAN, btw-id) with correct check digits, and the
 * deliberate mistakes a real ledger contains: a typo'd IBAN, IBAN check digits 00, a btw-id that fails
 * both checks, a KvK number with a digit missing.
 */
import {
  completeElfproef,
  completeRsin,
  ibanCheckDigits,
  isValidDutchVatId,
  soleTraderVatSuffix,
} from "./dutch-identifiers";
import type { DemoCustomer } from "./demo-customers";
import type { SeededRandom } from "./seeded-random";

const BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ"] as const;

/** A Dutch IBAN at one of the common banks, account number passing the elfproef, check digits right. */
export function randomIban(random: SeededRandom): string {
  const bank = random.pick(BANKS);
  let account: string | null = null;
  while (account === null) account = completeElfproef(`${random.int(1, 9)}${random.digits(8)}`);
  return `NL${ibanCheckDigits("NL", bank + account)}${bank}${account}`;
}

/** A btw-id: RSIN-based "B01" for legal entities, the mod-97 kind (since 2020) for sole traders. */
export function randomVatId(random: SeededRandom, soleTrader: boolean): string {
  if (soleTrader) {
    const digits = random.digits(9);
    return `NL${digits}B${soleTraderVatSuffix(digits)}`;
  }
  let rsin: string | null = null;
  while (rsin === null) rsin = completeRsin(`${random.int(1, 8)}${random.digits(7)}`);
  return `NL${rsin}B01`;
}

/** Makes a few identifiers invalid on purpose: two IBANs, one btw-id, one KvK number. */
export function spoilIdentifiers(random: SeededRandom, customers: DemoCustomer[]): void {
  const candidates = random.shuffle(
    customers.filter((c) => c.debtorType === "business" && c.role === "regular")
  );
  const [a, b, c, d] = candidates;
  if (!a || !b || !c || !d)
    throw new Error("Demo generator: not enough customers to spoil identifiers.");
  a.iban = swapTwoDigits(a.iban ?? randomIban(random));
  b.iban = `NL00${(b.iban ?? randomIban(random)).slice(4)}`;
  let vat = c.vatId ?? randomVatId(random, false);
  while (isValidDutchVatId(vat)) vat = `NL${random.digits(9)}B${vat.slice(-2)}`; // fails the 11-test and mod 97
  c.vatId = vat;
  d.kvk = (d.kvk ?? "12345678").slice(0, 7); // 7 digits: a typo'd KvK number
}

/** Swaps the last two distinct adjacent digits: the classic typing error mod 97 and the 11-test catch. */
function swapTwoDigits(text: string): string {
  for (let i = text.length - 1; i > 0; i--) {
    const x = text[i] as string;
    const y = text[i - 1] as string;
    if (x !== y && /\d/.test(x) && /\d/.test(y))
      return text.slice(0, i - 1) + x + y + text.slice(i + 1);
  }
  return text.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
}
