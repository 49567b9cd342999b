/**
 * Reads a money cell (amount, open amount, credit limit) with its column's notation decision.
 * Numbers are exact euros; text goes through the core parser. A text in a column whose values mix
 * notations is read with the majority notation and flagged, never silently.
 */
import { amountNotationOf, parseAmount, type Notation, formatCents, type Cents } from "../../core";
import type { Cell } from "./cell";
import type { ColumnDecision } from "../header/column-decision";
import { splitForeignCurrency } from "./currency-code";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";

/** A money value and, when the text carried one, its foreign currency ("USD 12"). */
export interface Money {
  cents: Cents;
  currency: string | null;
}

const NOTATION_NAMES: Readonly<Record<Notation, string>> = {
  nl: "Dutch (1.234,56)",
  en: "English (1,234.56)",
};
const NOTATION_NAMES_NL: Readonly<Record<Notation, string>> = {
  nl: "de Nederlandse notatie (1.234,56)",
  en: "de Engelse notatie (1,234.56)",
};

/**
 * Reads a non-blank money cell; `label` and `labelNl` name the field in the English and Dutch
 * messages ("Amount", "Factuurbedrag").
 */
export function readMoneyCell(
  cell: Cell,
  label: string,
  labelNl: string,
  decision: ColumnDecision<Notation>
): FieldRead<Money> {
  switch (cell.kind) {
    case "blank":
      return readFailed(`${label} is empty.`, `${labelNl} is leeg.`);
    case "error":
      return readFailed(
        `${label} is the Excel error ${cell.code}, not an amount.`,
        `${labelNl} bevat de Excel-foutwaarde ${cell.code}, geen bedrag.`
      );
    case "number":
    case "boolean":
    case "date": {
      const raw = cell.kind === "date" ? cell.date : cell.value;
      const result = parseAmount(raw);
      return result.ok
        ? readOk({ cents: result.cents, currency: null })
        : readFailed(`${label}: ${result.reason.en}`, `${labelNl}: ${result.reason.nl}`);
    }
    case "text":
      return readMoneyText(cell.text, label, labelNl, decision);
  }
}

function readMoneyText(
  text: string,
  label: string,
  labelNl: string,
  decision: ColumnDecision<Notation>
): FieldRead<Money> {
  const foreign = splitForeignCurrency(text);
  const body = foreign?.amount ?? text;
  const result = parseAmount(body, decision.value ?? undefined);
  if (!result.ok) {
    const hint = decision.value === null && amountNotationOf(body) === "ambiguous";
    return readFailed(
      `${label}: ${result.reason.en}${hint ? " Give the notation (nl or en) to read it." : ""}`,
      `${labelNl}: ${result.reason.nl}${hint ? " Geef de notatie op (nl of en) om het bedrag te lezen." : ""}`
    );
  }
  const money = { cents: result.cents, currency: foreign?.currency ?? null };
  if (!decision.conflicting || decision.value === null) return readOk(money);
  const evidence = amountNotationOf(body);
  const shown = formatCents(result.cents, "en");
  const shownNl = formatCents(result.cents, "nl");
  if (evidence === "ambiguous") {
    return readOk(
      money,
      `${label} ${quote(text)} was read as ${shown} in ${NOTATION_NAMES[decision.value]} notation, the column's majority, but the column mixes notations.`,
      `${labelNl} ${quote(text)} is gelezen als ${shownNl} in ${NOTATION_NAMES_NL[decision.value]}, zoals de meeste bedragen in de kolom, maar de kolom mengt notaties.`
    );
  }
  if (evidence !== "none" && evidence !== decision.value) {
    return readOk(
      money,
      `${label} ${quote(text)} is written in ${NOTATION_NAMES[evidence]} notation while most of the column is ${NOTATION_NAMES[decision.value]}; read as ${shown}.`,
      `${labelNl} ${quote(text)} staat in ${NOTATION_NAMES_NL[evidence]}, terwijl de meeste bedragen in de kolom ${NOTATION_NAMES_NL[decision.value]} volgen; gelezen als ${shownNl}.`
    );
  }
  return readOk(money);
}
