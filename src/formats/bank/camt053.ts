/**
 * CAMT.053 (ISO 20022 BankToCustomerStatement), as ING, Rabobank and ABN AMRO deliver it: versions
 * camt.053.001.02 up to .13 share the elements read here (version 08 and newer wrap a party's name in
 * Pty). Parsed with fast-xml-parser after its validator; a DOCTYPE is refused (no entity tricks).
 * Only booked entries (Sts BOOK, or no status) count; every amount is checked to be a decimal amount.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Cents } from "../../core";
import type { BankStatement, StatementBalance, StatementEntry } from "../../payments";
import { StatementFileError } from "./statement-file-error";
import { checkBalances, ibanOrNull, isoDayOf, statementCents } from "./statement-values";

/** A parsed XML element: text, attributes ("@_Ccy"), children (arrays where listed in ARRAYS). */
type Node = { readonly [key: string]: unknown };

const ARRAYS = new Set(["Stmt", "Bal", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd"]);

const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && typeof (value as Node)["#text"] === "string")
    return (value as Node)["#text"] as string;
  return undefined;
};
const child = (node: unknown, ...path: string[]): unknown => {
  let at: unknown = node;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Node)[key];
    if (Array.isArray(at)) at = at[0];
  }
  return at;
};
const list = (node: unknown, key: string): unknown[] => {
  if (node === null || typeof node !== "object") return [];
  const value = (node as Node)[key];
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
};
const textAt = (node: unknown, ...path: string[]): string | undefined =>
  text(child(node, ...path))?.trim();

/** The CAMT version named by the file's namespace, e.g. "camt.053.001.02"; null when there is none. */
export function camtVersion(xml: string): string | null {
  return /urn:iso:std:iso:20022:tech:xsd:(camt\.\d{3}\.\d{3}\.\d{2})/.exec(xml)?.[1] ?? null;
}

/** Reads every statement (Stmt) of a CAMT.053 file; throws {@link StatementFileError} on anything else. */
export function readCamt053(xml: string, fileName: string): BankStatement[] {
  const fail = (en: string, nl: string): never => {
    throw new StatementFileError(`${fileName}: ${en}`, `${fileName}: ${nl}`);
  };
  if (/<!DOCTYPE/i.test(xml))
    fail(
      "the XML declares a DOCTYPE, which no bank statement has; the file is refused.",
      "de XML bevat een DOCTYPE, wat geen bankafschrift heeft; het bestand is geweigerd."
    );
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    fail(
      `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
      `geen geldige XML op regel ${valid.err.line}, kolom ${valid.err.col}: ${valid.err.msg}`
    );
  const version = camtVersion(xml);
  if (version === null || !version.startsWith("camt.053."))
    fail(
      `this XML is ${version ?? "no ISO 20022 message"}, not a CAMT.053 bank statement (camt.053.001.02 or newer). Download the statement as CAMT.053 or MT940.`,
      `deze XML is ${version ?? "geen ISO 20022-bericht"}, geen CAMT.053-bankafschrift (camt.053.001.02 of nieuwer). Download het afschrift als CAMT.053 of MT940.`
    );
  const minor = Number(version?.slice(-2));
  if (!(minor >= 2))
    fail(
      `${version} is older than the versions Dutch banks deliver (camt.053.001.02 and newer).`,
      `${version} is ouder dan de versies die Nederlandse banken leveren (camt.053.001.02 en nieuwer).`
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const document = child(parser.parse(xml), "Document");
  const statements = list(child(document, "BkToCstmrStmt"), "Stmt");
  if (statements.length === 0)
    fail(
      "the file has no statement (Document/BkToCstmrStmt/Stmt).",
      "het bestand bevat geen afschrift (Document/BkToCstmrStmt/Stmt)."
    );
  return statements.map((stmt, s) => {
    const id = textAt(stmt, "Id") ?? `Stmt ${s + 1}`;
    const where = (place: string): string => `statement ${JSON.stringify(id)}, ${place}`;
    const wherNl = (place: string): string => `afschrift ${JSON.stringify(id)}, ${place}`;
    const amountOf = (node: unknown, place: string): { amount: Cents; currency: string } => {
      const amt = child(node, "Amt");
      const raw = text(amt) ?? "";
      const amount = statementCents(raw, ".");
      if (amount === null)
        fail(
          `${where(place)}: the amount ${JSON.stringify(raw)} is not a decimal amount such as 1234.56.`,
          `${wherNl(place)}: het bedrag ${JSON.stringify(raw)} is geen bedrag zoals 1234.56.`
        );
      const currency = (amt as Node | undefined)?.["@_Ccy"];
      return { amount: amount as Cents, currency: typeof currency === "string" ? currency : "" };
    };
    const direction = (node: unknown, place: string): "credit" | "debit" => {
      const indicator = textAt(node, "CdtDbtInd");
      if (indicator === "CRDT") return "credit";
      if (indicator === "DBIT") return "debit";
      return fail(
        `${where(place)}: CdtDbtInd is ${JSON.stringify(indicator ?? "")}; CRDT or DBIT was expected.`,
        `${wherNl(place)}: CdtDbtInd is ${JSON.stringify(indicator ?? "")}; CRDT of DBIT verwacht.`
      );
    };
    const balance = (codes: string[], label: { en: string; nl: string }): StatementBalance => {
      const found = list(stmt, "Bal").find((bal) =>
        codes.includes(textAt(bal, "Tp", "CdOrPrtry", "Cd") ?? "")
      );
      if (found === undefined)
        return fail(
          `${where("Bal")}: no ${label.en} balance (${codes.join(" or ")}); a statement without it cannot be checked.`,
          `${wherNl("Bal")}: geen ${label.nl} (${codes.join(" of ")}); zonder dat saldo is het afschrift niet te controleren.`
        );
      const { amount } = amountOf(found, `Bal ${codes[0]}`);
      const sign = direction(found, `Bal ${codes[0]}`) === "debit" ? -1 : 1;
      return {
        amount: (sign * amount) as Cents,
        day: isoDayOf(textAt(found, "Dt", "Dt") ?? textAt(found, "Dt", "DtTm")),
      };
    };
    const opening = balance(["OPBD", "PRCD"], { en: "opening", nl: "beginsaldo" });
    const closing = balance(["CLBD"], { en: "closing", nl: "eindsaldo" });
    const entries: StatementEntry[] = [];
    list(stmt, "Ntry").forEach((ntry, n) => {
      const place = `Ntry ${n + 1}`;
      const status = textAt(ntry, "Sts", "Cd") ?? textAt(ntry, "Sts");
      if (status !== undefined && status !== "BOOK") return;
      const { amount, currency } = amountOf(ntry, place);
      const dir = direction(ntry, place);
      const bookingDay = isoDayOf(textAt(ntry, "BookgDt", "Dt") ?? textAt(ntry, "BookgDt", "DtTm"));
      const reversal = textAt(ntry, "RvslInd") === "true";
      const bankRef = textAt(ntry, "AcctSvcrRef");
      const details = list(ntry, "NtryDtls").flatMap((d) => list(d, "TxDtls"));
      const party = (tx: unknown): { name: string | null; iban: string | null } => {
        // The counterparty: the debtor of a credit, the creditor of a debit (v08+: …/Pty/Nm).
        const role = dir === "credit" ? "Dbtr" : "Cdtr";
        const name =
          textAt(tx, "RltdPties", role, "Nm") ?? textAt(tx, "RltdPties", role, "Pty", "Nm") ?? null;
        const iban = ibanOrNull(textAt(tx, "RltdPties", `${role}Acct`, "Id", "IBAN"));
        return { name, iban };
      };
      const remittance = (tx: unknown): { text: string; reference: string | null } => {
        const info = child(tx, "RmtInf");
        const lines = list(info, "Ustrd").map((u) => text(u) ?? "");
        const reference = list(info, "Strd")
          .map((st) => textAt(st, "CdtrRefInf", "Ref"))
          .find((r) => r !== undefined);
        return { text: lines.join(" ").trim(), reference: reference ?? null };
      };
      const sub = details.map((tx) => ({
        tx,
        amount: statementCents(text(child(tx, "AmtDtls", "TxAmt", "Amt")) ?? "", "."),
      }));
      const split =
        sub.length > 1 &&
        sub.every((d) => d.amount !== null) &&
        sub.reduce((t, d) => t + (d.amount ?? 0), 0) === amount;
      const base = { currency, direction: dir, bookingDay, reversal };
      if (split) {
        // A batch entry (several transfers booked as one line) whose parts add up: one entry per part.
        sub.forEach(({ tx, amount: part }, t) => {
          entries.push({
            ...base,
            where: `${place}, TxDtls ${t + 1}`,
            key: `${bankRef ?? place}/${t + 1}`,
            amount: part as Cents,
            ...party(tx),
            ...remittance(tx),
          });
        });
        return;
      }
      const first = details[0];
      const { text: remit, reference } = remittance(first);
      const extra = textAt(ntry, "AddtlNtryInf") ?? "";
      entries.push({
        ...base,
        where: place,
        key: bankRef ?? textAt(first, "Refs", "AcctSvcrRef") ?? place,
        amount,
        ...party(first),
        text: remit === "" ? extra : remit,
        reference,
      });
    });
    const statement: BankStatement = {
      format: version ?? "camt.053",
      id,
      account: textAt(stmt, "Acct", "Id", "IBAN") ?? textAt(stmt, "Acct", "Id", "Othr", "Id") ?? "",
      currency: textAt(stmt, "Acct", "Ccy") ?? entries[0]?.currency ?? "EUR",
      from: isoDayOf(textAt(stmt, "FrToDt", "FrDtTm")) ?? opening.day,
      to: isoDayOf(textAt(stmt, "FrToDt", "ToDtTm")) ?? closing.day,
      opening,
      closing,
      entries,
    };
    checkBalances(statement, fileName);
    return statement;
  });
}
