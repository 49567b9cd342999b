/** The console form of a single report (no --json, no --out): the key figures and the ageing. */
import type { ReportModel } from "../../analytics";
import { bridgeSentence } from "./bridge-text";
import { bucketLabel, text, type ReportLang } from "./report-texts";
import { formatCents, formatMoney, type Cents, shortDay } from "../../core";

/** The report's key figures as text lines ending in "\n". */
export function reportText(
  outcome: { file: string; model: ReportModel },
  lang: ReportLang
): string {
  const { model, file } = outcome;
  const m = model.metrics;
  const money = (c: number): string => formatCents(c as Cents, lang);
  const num = (x: number | null, suffix = ""): string =>
    x === null || !Number.isFinite(x)
      ? text(lang, "notComputable")
      : (lang === "nl" ? x.toFixed(2).replace(".", ",") : x.toFixed(2)) + suffix;
  const rows: [string, string][] = [
    [text(lang, "asOf"), shortDay(model.asOf, lang)],
    [text(lang, "ar"), money(m.ar)],
    [text(lang, "overdue"), `${money(m.overdue)} (${num(m.overduePct, "%")})`],
    [text(lang, "over90Pct"), num(m.over90Pct, "%")],
    [text(lang, "dsoCountback"), num(m.dsoCountback)],
    [text(lang, "dsoStandard", model.months), num(m.dsoStandard)],
    [text(lang, "bpdso"), num(m.bpdso)],
    [text(lang, "add"), num(m.add)],
    [text(lang, "cei"), num(m.cei, "%")],
    [
      text(lang, "badDebt12m"),
      num(model.history.sales ? model.badDebt.rolling12m.rate : null, "%"),
    ],
  ];
  const age = model.ageing;
  // The basis heads the buckets: "1–30 dgn" is days overdue on the due date, age on the invoice date.
  rows.push([
    text(lang, "ageing"),
    text(lang, model.basis === "invoice" ? "ageingBasisInvoice" : "ageingBasisDue"),
  ]);
  age.labels.forEach((label, b) => {
    if (b < age.labels.length - 1 || age.buckets[b] !== 0)
      rows.push([`  ${bucketLabel(lang, label)}`, money(age.buckets[b] as number)]);
  });
  rows.push([
    text(lang, "flagged"),
    String(model.customers.filter((c) => c.flags.length > 0).length),
  ]);
  rows.push([
    text(lang, "control"),
    text(lang, model.control.reconciles ? "reconciles" : "notReconciled"),
  ]);
  // Other currencies: their own lines, never added to the euro figures above.
  for (const o of model.otherCurrencies)
    rows.push([
      `${text(lang, "open")} ${o.currency} (${text(lang, "bridgeApart")})`,
      `${formatMoney(o.open as Cents, o.currency, lang)} (${o.rows} ${text(lang, "items").toLowerCase()})`,
    ]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const bridge = bridgeSentence(model, lang);
  const notes = [...(bridge === null ? [] : [bridge]), ...model.history.notes.map((n) => n[lang])]
    .map((note) => `\n${note}`)
    .join("");
  return `${file}\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\n${notes ? `${notes.trimStart()}\n` : ""}`;
}
