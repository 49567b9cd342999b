/**
 * MT940 (SWIFT customer statement) as Dutch banks deliver it: ING's structured :86: (/CNTP/ /REMI/),
 * Rabobank's (/ORDP//NAME/ /REMI/), ABN AMRO's (/TRTP/ /IBAN/ /NAME/ /REMI/, or the older labelled
 * text "NAAM: … OMSCHRIJVING: …"), with or without the SWIFT envelope ({1:…}{4: … -}) or a bank's
 * header lines. A file may hold several statements (each starts at :20:).
 */
import type { Cents, IsoDay } from "../../core";
import type { BankStatement, StatementBalance, StatementEntry } from "../../payments";
import { StatementFileError } from "./statement-file-error";
import { checkBalances, ibanOrNull, statementCents } from "./statement-values";

/** A tag with its value (continuation lines joined) and the 1-based line where it starts. */
interface Field {
  readonly tag: string;
  value: string;
  readonly line: number;
}

/** Splits an MT940 text into fields; lines before the first tag and envelope lines are skipped. */
function fieldsOf(text: string): Field[] {
  const fields: Field[] = [];
  let current: Field | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/^\{4:/, "");
    const tag = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (tag) {
      current = { tag: tag[1] ?? "", value: tag[2] ?? "", line: i + 1 };
      fields.push(current);
    } else if (/^-\}?\s*$|^\{[1-5]:/.test(line)) {
      current = null; // end of a message, or an envelope block
    } else if (current !== null) {
      // :86: lines are wrapped at a fixed width, mid-word: join without a space. :61: keeps its
      // second line (supplementary details) apart.
      current.value += current.tag === "61" ? `\n${line}` : line;
    }
  });
  return fields;
}

/** 20YY for YY < 80, else 19YY (the usual SWIFT window). */
const fullYear = (yy: string): number => (Number(yy) < 80 ? 2000 : 1900) + Number(yy);
const dayOf = (yymmdd: string): IsoDay | null => {
  const day = `${fullYear(yymmdd.slice(0, 2))}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  return /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(day) ? (day as IsoDay) : null;
};

/** Keys of the SWIFT-style :86: structure that Dutch banks use. */
const KEYS = new Set([
  "TRTP",
  "IBAN",
  "BIC",
  "NAME",
  "REMI",
  "EREF",
  "MARF",
  "CSID",
  "RTRN",
  "ORDP",
  "BENM",
  "ID",
  "ADDR",
  "CNTP",
  "PURP",
  "ULTC",
  "ULTD",
  "ULTB",
  "SVCL",
  "ISDT",
  "TRCD",
  "BUSP",
  "CHGS",
  "EXCH",
  "IREF",
  "PREF",
  "OAMT",
]);

/** What the :86: says of the counterparty and the remittance. */
interface Info {
  name: string | null;
  iban: string | null;
  text: string;
  reference: string | null;
}

/** Reads a structured :86: ("/KEY/value/KEY/value…"). */
function structuredInfo(value: string): Info {
  const parts = value.split("/").slice(1);
  const fields = new Map<string, string[]>();
  let key: string | null = null;
  for (const part of parts) {
    // "ORDP//NAME/x": a key followed by an empty part and a sub-key; keep going.
    if (KEYS.has(part) && !(key === "REMI" && part === "ID")) {
      key = part;
      if (!fields.has(key)) fields.set(key, []);
    } else if (key !== null) fields.get(key)?.push(part);
  }
  const joined = (k: string): string | null => {
    const v = fields.get(k);
    if (v === undefined) return null;
    const t = v.join("/").replace(/\/+$/, "").trim();
    return t === "" ? null : t;
  };
  const cntp = fields.get("CNTP") ?? [];
  const name = joined("NAME") ?? (cntp[2]?.trim() || null);
  const iban = ibanOrNull(joined("IBAN")) ?? ibanOrNull(cntp[0]);
  const remi = fields.get("REMI") ?? [];
  let text = "";
  let reference: string | null = null;
  if (remi[0] === "USTD")
    text = remi
      .slice(1)
      .join("/")
      .replace(/^\/+|\/+$/g, "")
      .trim();
  else if (remi[0] === "STRD" || remi[0] === "CUR") {
    reference =
      remi
        .filter((p) => p.trim() !== "")
        .pop()
        ?.trim() ?? null;
    if (reference === "ISO" || reference === "CUR") reference = null;
  } else
    text = remi
      .join("/")
      .replace(/^\/+|\/+$/g, "")
      .trim();
  return { name, iban, text, reference };
}

/** Reads the older labelled :86: text ("SEPA OVERBOEKING IBAN: … NAAM: … OMSCHRIJVING: …"). */
function labelledInfo(value: string): Info {
  const labels =
    /\b(IBAN|BIC|NAAM|NAME|OMSCHRIJVING|KENMERK|BETALINGSKENM\.|MACHTIGING|INCASSANT):\s*/g;
  const found = [...value.matchAll(labels)];
  if (found.length === 0) {
    const iban = [...value.matchAll(/\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g)]
      .map((m) => ibanOrNull(m[0]))
      .find((x) => x);
    return {
      name: null,
      iban: iban ?? null,
      text: value.replace(/\s+/g, " ").trim(),
      reference: null,
    };
  }
  const part = (label: string): string | null => {
    const i = found.findIndex((m) => m[1] === label);
    if (i < 0) return null;
    const m = found[i];
    const start = (m?.index ?? 0) + (m?.[0].length ?? 0);
    const end = found[i + 1]?.index ?? value.length;
    return value.slice(start, end).replace(/\s+/g, " ").trim() || null;
  };
  return {
    name: part("NAAM") ?? part("NAME"),
    iban: ibanOrNull(part("IBAN")),
    text: part("OMSCHRIJVING") ?? part("KENMERK") ?? "",
    reference: part("BETALINGSKENM."),
  };
}

/** Reads every statement of an MT940 file; throws {@link StatementFileError} on a malformed one. */
export function readMt940(text: string, fileName: string): BankStatement[] {
  const fields = fieldsOf(text);
  const fail = (field: Field, en: string, nl: string): never => {
    throw new StatementFileError(
      `${fileName}, line ${field.line} (:${field.tag}:): ${en}`,
      `${fileName}, regel ${field.line} (:${field.tag}:): ${nl}`
    );
  };
  const balanceOf = (field: Field): StatementBalance => {
    const m = /^([CD])(\d{6})([A-Z]{3})([\d,]+)\s*$/.exec(field.value);
    const amount = m ? statementCents(m[4] ?? "", ",") : null;
    if (!m || amount === null)
      return fail(
        field,
        `the balance ${JSON.stringify(field.value)} is not C or D, a day YYMMDD, a currency and an amount such as C261130EUR1234,56.`,
        `het saldo ${JSON.stringify(field.value)} is niet C of D, een datum JJMMDD, een valuta en een bedrag zoals C261130EUR1234,56.`
      );
    return { amount: ((m[1] === "D" ? -1 : 1) * amount) as Cents, day: dayOf(m[2] ?? "") };
  };
  const statements: BankStatement[] = [];
  let i = 0;
  while (i < fields.length) {
    const start = fields[i];
    if (start?.tag !== "20") {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < fields.length && fields[end]?.tag !== "20") end++;
    const block = fields.slice(i, end);
    i = end;
    const find = (...tags: string[]): Field | undefined => block.find((f) => tags.includes(f.tag));
    const account = find("25");
    const openingField = find("60F", "60M");
    const closingField = find("62F", "62M");
    if (!account || !openingField || !closingField)
      fail(
        start,
        `the statement lacks ${[!account && ":25: (account)", !openingField && ":60F: (opening balance)", !closingField && ":62F: (closing balance)"].filter(Boolean).join(", ")}.`,
        `het afschrift mist ${[!account && ":25: (rekening)", !openingField && ":60F: (beginsaldo)", !closingField && ":62F: (eindsaldo)"].filter(Boolean).join(", ")}.`
      );
    const opening = balanceOf(openingField as Field);
    const closing = balanceOf(closingField as Field);
    const currency = /^[CD]\d{6}([A-Z]{3})/.exec((openingField as Field).value)?.[1] ?? "EUR";
    const rawAccount = (account as Field).value.replace(/\s/g, "");
    const accountIban =
      ibanOrNull(rawAccount) ??
      (/[A-Z]{3}$/.test(rawAccount) ? ibanOrNull(rawAccount.slice(0, -3)) : null);
    const entries: StatementEntry[] = [];
    block.forEach((field, f) => {
      if (field.tag !== "61") return;
      const [first = "", ...rest] = field.value.split("\n");
      const m = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d{0,2})([A-Z][A-Z0-9]{3})(.*)$/.exec(
        first
      );
      const amount = m ? statementCents(m[5] ?? "", ",") : null;
      if (!m || amount === null)
        return fail(
          field,
          `the statement line ${JSON.stringify(first)} is not a value day YYMMDD, C/D/RC/RD, an amount such as 1234,56 and a transaction type.`,
          `de boekingsregel ${JSON.stringify(first)} is geen valutadatum JJMMDD, C/D/RC/RD, een bedrag zoals 1234,56 en een transactiesoort.`
        );
      const mark = m[3] ?? "";
      const valueDay = dayOf(m[1] ?? "");
      let bookingDay = valueDay;
      if (m[2] !== undefined && valueDay !== null) {
        // The entry date has no year: the value day's, or the next year's over a year end.
        const year =
          Number(valueDay.slice(0, 4)) +
          (m[2].slice(0, 2) === "01" && valueDay.slice(5, 7) === "12" ? 1 : 0);
        bookingDay = dayOf(`${String(year).slice(2)}${m[2]}`) ?? valueDay;
      }
      const next = block[f + 1];
      const info: Info =
        next?.tag === "86"
          ? next.value.trimStart().startsWith("/")
            ? structuredInfo(next.value.trim())
            : labelledInfo(next.value)
          : { name: null, iban: null, text: "", reference: null };
      const supplementary = rest.join(" ");
      const bankRef = (m[7] ?? "").split("//")[1]?.trim();
      entries.push({
        where: `line ${field.line}`,
        key: bankRef ? `${bankRef}@${field.line}` : `line ${field.line}`,
        amount,
        direction: mark === "C" || mark === "RD" ? "credit" : "debit",
        currency,
        bookingDay,
        name: info.name,
        iban: info.iban ?? ibanOrNull(supplementary.split(/\s+/)[0]),
        text: info.text,
        reference: info.reference,
        reversal: mark.startsWith("R"),
      });
    });
    const sequence = find("28C", "28")?.value.trim();
    const statement: BankStatement = {
      format: "MT940",
      id: [start.value.trim(), sequence].filter(Boolean).join(" / "),
      account: accountIban ?? rawAccount,
      currency,
      from: opening.day,
      to: closing.day,
      opening,
      closing,
      entries,
    };
    checkBalances(statement, fileName);
    statements.push(statement);
  }
  if (statements.length === 0)
    throw new StatementFileError(
      `${fileName}: no MT940 statement found (no :20: field).`,
      `${fileName}: geen MT940-afschrift gevonden (geen :20:-veld).`
    );
  return statements;
}
