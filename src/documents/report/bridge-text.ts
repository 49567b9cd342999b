/**
 * The control bridge in words, for where the two open totals stand side by side (the pane's
 * overview, the report's summary, the console): from the open total the ledger lists to the
 * receivables the analysis works with, naming every step that is not zero, and the amounts in other
 * currencies that are kept apart — e.g. "Openstaand volgens de lijst € 139.577,46 − afgeschreven als
 * oninbaar € 18.889,24 = openstaande debiteuren in deze analyse € 120.688,22".
 */
import { formatMoney, type Cents } from "../../core";
import type { ReportControl, OtherCurrencyTotal } from "../../analytics";
import { text, type ReportLang, type TextKey } from "./report-texts";

/** One step of the bridge: a text key and its amount in cents (signed as it moves the total). */
export interface BridgeStep {
  key: Extract<TextKey, "invoicedAfter" | "writtenOff" | "settledAfter" | "settledButListedOpen">;
  amount: number;
}

/** The steps from the ledger's open total to AR that are not zero, in the bridge's order. */
export function bridgeSteps(control: ReportControl): BridgeStep[] {
  const steps: BridgeStep[] = [
    { key: "invoicedAfter", amount: control.invoicedAfter },
    { key: "writtenOff", amount: control.writtenOff },
    { key: "settledAfter", amount: control.settledAfter },
    { key: "settledButListedOpen", amount: control.settledButListedOpen },
  ];
  return steps.filter((step) => step.amount !== 0);
}

const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/**
 * The bridge as one sentence in `lang`: ledger open total (in `currency`), each step with its sign,
 * "=" AR; then the other currencies' open totals, which are not in it. Null when there is nothing to
 * explain (no step and no other currency: the two totals are the same).
 */
export function bridgeSentence(
  model: {
    control: ReportControl;
    currency: string;
    otherCurrencies: readonly OtherCurrencyTotal[];
  },
  lang: ReportLang
): string | null {
  const { control, currency } = model;
  const steps = bridgeSteps(control);
  const others = model.otherCurrencies.filter((o) => o.rows > 0);
  if (steps.length === 0 && others.length === 0) return null;
  const money = (c: number, code = currency): string => formatMoney(c as Cents, code, lang);
  const lead = `${text(lang, "bridgeLead")}${others.length > 0 ? ` (${currency})` : ""}`;
  const parts = [`${lead} ${money(control.ledgerOpen)}`];
  for (const step of steps)
    parts.push(
      `${step.amount < 0 ? "−" : "+"} ${lowerFirst(text(lang, step.key))} ${money(Math.abs(step.amount))}`
    );
  parts.push(`= ${text(lang, "bridgeAr")} ${money(control.ar)}`);
  let sentence = parts.join(" ");
  if (others.length > 0)
    sentence += `; ${text(lang, "bridgeApart")}: ${others.map((o) => money(o.open, o.currency)).join(", ")}`;
  return `${sentence}.`;
}
