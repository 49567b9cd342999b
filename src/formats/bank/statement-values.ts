/**
 * The small readers both statement formats share: amounts written with a decimal point (CAMT) or
 * comma (MT940) into cents, days, IBANs, and the balance check every statement must pass.
 */
import { checkIban, formatCents, isIsoDay, type Cents, type IsoDay } from "../../core";
import type { BankStatement } from "../../payments";
import { StatementFileError } from "./statement-file-error";

/**
 * Cents of an unsigned decimal amount as a bank writes it ("1234.56", "1234,5", "1234,"); more than
 * two decimals only when they are zeros. Null when the text is no such amount.
 */
export function statementCents(text: string, separator: "." | ","): Cents | null {
  const pattern = separator === "." ? /^(\d{1,15})(?:\.(\d*))?$/ : /^(\d{1,15}),(\d*)$/;
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const decimals = match[2] ?? "";
  if (decimals.length > 2 && !/^0*$/.test(decimals.slice(2))) return null;
  return (Number(match[1]) * 100 + Number(decimals.slice(0, 2).padEnd(2, "0"))) as Cents;
}

/** An ISO day from "2026-11-30" or "2026-11-30T10:15:00+01:00"; null when it is not one. */
export function isoDayOf(text: string | undefined): IsoDay | null {
  if (text === undefined) return null;
  const day = text.trim().slice(0, 10);
  return isIsoDay(day) ? (day as IsoDay) : null;
}

/** The compact IBAN when `text` is a valid one, else null. */
export function ibanOrNull(text: string | null | undefined): string | null {
  if (text == null || text.trim() === "") return null;
  const check = checkIban(text);
  return check.ok ? check.value : null;
}

/**
 * Checks that opening + credits − debits = closing, to the cent; throws when not, naming the
 * statement and the four figures (a statement that does not add up lacks lines, and then no
 * match can account for every cent).
 */
export function checkBalances(statement: BankStatement, fileName: string): void {
  let sum = statement.opening.amount as number;
  for (const entry of statement.entries)
    sum += entry.direction === "credit" ? entry.amount : -entry.amount;
  if (sum === statement.closing.amount) return;
  const credits = statement.entries
    .filter((e) => e.direction === "credit")
    .reduce((s, e) => s + e.amount, 0);
  const debits = statement.entries
    .filter((e) => e.direction === "debit")
    .reduce((s, e) => s + e.amount, 0);
  const en = (c: number): string => formatCents(c as Cents, "en");
  const nl = (c: number): string => formatCents(c as Cents, "nl");
  const { opening, closing } = statement;
  throw new StatementFileError(
    `${fileName}, statement ${JSON.stringify(statement.id)}: the balances do not add up: opening ${en(opening.amount)} + credits ${en(credits)} − debits ${en(debits)} = ${en(sum)}, but the bank states closing ${en(closing.amount)} (a difference of ${en(closing.amount - sum)}). Export the complete statement again.`,
    `${fileName}, afschrift ${JSON.stringify(statement.id)}: de saldi sluiten niet aan: beginsaldo ${nl(opening.amount)} + bijschrijvingen ${nl(credits)} − afschrijvingen ${nl(debits)} = ${nl(sum)}, maar de bank geeft eindsaldo ${nl(closing.amount)} (verschil ${nl(closing.amount - sum)}). Exporteer het volledige afschrift opnieuw.`
  );
}
