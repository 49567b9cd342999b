/**
 * The report as one self-contained HTML file: inline CSS, the vega / vega-lite / vega-embed bundles
 * inlined (passed in by the caller, who reads them from node_modules, so this file does no I/O), the
 * chart specs as JSON. No network needed to open it. Every text from the ledger is escaped; scripts
 * and JSON are guarded against "</script>".
 */
import { creditYieldText } from "./credit-yield-text";
import {
  cspHash,
  escapeHtml,
  type IsoDay,
  formatCents,
  formatMoney,
  type Cents,
  shortDay,
} from "../../core";
import { bridgeSentence } from "./bridge-text";
import { reportCharts } from "./chart-specs";
import { KPI_KEYS, isoOf, type ReportModel } from "../../analytics";
import { kpiDefinition } from "./kpi-definitions";
import { bucketLabel, text, type ReportLang } from "./report-texts";

/** The chart libraries' browser bundles, as script text. Without them the report has tables only. */
export interface ChartBundles {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  lang?: ReportLang;
  /** The file the report is about (shown in the title). */
  source?: string;
  bundles?: ChartBundles | null;
  /** Customers listed in the customer table (default 50; flagged customers are listed apart). */
  maxCustomers?: number;
}

/**
 * The report's Content-Security-Policy: nothing by default; exactly its own inline scripts, each
 * allowed by its SHA-256 (no 'unsafe-inline' for scripts, no 'unsafe-eval': the charts run vega's
 * expression interpreter); images only from data: (vega's own). A text from the ledger that got
 * past the escaping still could not run.
 */
function reportCsp(scriptHashes: readonly string[]): string {
  const sources = (hashes: readonly string[]): string =>
    hashes.length === 0 ? "'none'" : hashes.join(" ");
  return [
    "default-src 'none'",
    `script-src ${sources(scriptHashes)}`,
    // vega-tooltip adds a <style> of its own: inline styles are allowed (styles only, as in the
    // workbench); scripts stay limited to the hashes.
    "style-src 'unsafe-inline'",
    "img-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The hashes of a set of chart bundles are worked out once (about 1 MB of script). */
const bundleHashes = new WeakMap<ChartBundles, string[]>();

/** Script text that cannot end its <script> element early. */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2327;margin:0;background:#f6f7f8}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1f6f8b;padding-bottom:4px}
.sub{color:#555;margin:0 0 16px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:10px}
.card{background:#fff;border:1px solid #dde1e4;border-radius:6px;padding:10px 12px}
.card .k{font-size:12px;color:#555}.card .v{font-size:20px;font-weight:600}
table{border-collapse:collapse;background:#fff;width:100%;margin:6px 0}
th,td{border:1px solid #dde1e4;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef2f4;font-weight:600}td.n,th.n{text-align:right;white-space:nowrap}
tr.total td{font-weight:600;background:#f2f5f6}
.chart{width:100%;box-sizing:border-box;background:#fff;border:1px solid #dde1e4;border-radius:6px;padding:8px;margin:8px 0}
.note{background:#fff8e1;border:1px solid #f0d98a;padding:8px 12px;border-radius:6px}
.ok{color:#2e7d32;font-weight:600}.bad{color:#b71c1c;font-weight:600}
ul.flags{margin:0;padding-left:18px}
footer{color:#777;font-size:12px;margin-top:32px}
@page{size:A4;margin:12mm 10mm}
@media print{body{background:#fff;font-size:10pt}main{max-width:none;padding:0}
.chart{break-inside:avoid;padding:4px}.chart .vega-embed{display:block;width:100%}.chart svg{max-width:100%;height:auto}
table{font-size:8pt;break-inside:auto}th,td{padding:2px 4px}th,th.n{white-space:normal}td:first-child{min-width:17mm}tr{break-inside:avoid}
thead{display:table-header-group}h2{break-after:avoid}.cards{grid-template-columns:repeat(5,1fr)}}
`;

function money(lang: ReportLang, c: number): string {
  return formatCents(c as Cents, lang);
}

function number(lang: ReportLang, x: number | null, suffix = ""): string {
  if (x === null || !Number.isFinite(x)) return text(lang, "notComputable");
  const fixed = x.toFixed(2);
  return (lang === "nl" ? fixed.replace(".", ",") : fixed) + suffix;
}

function table(head: string[], rows: string[][], numeric: boolean[], totalRow = false): string {
  const th = head
    .map((h, i) => `<th${numeric[i] ? ' class="n"' : ""}>${escapeHtml(h)}</th>`)
    .join("");
  const body = rows
    .map(
      (row, r) =>
        `<tr${totalRow && r === rows.length - 1 ? ' class="total"' : ""}>${row
          .map((cell, i) => `<td${numeric[i] ? ' class="n"' : ""}>${cell}</td>`)
          .join("")}</tr>`
    )
    .join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The HTML document of `model`. */
export function reportHtml(model: ReportModel, options: ReportHtmlOptions = {}): string {
  const lang = options.lang ?? "nl";
  const t = (key: Parameters<typeof text>[1], n?: number | string): string => text(lang, key, n);
  const m = model.metrics;
  const e = (s: string): string => escapeHtml(s);
  // Days as the reader writes them: dd-mm-jjjj in a Dutch report, ISO in an English one.
  const day = (d: string): string => shortDay(d as IsoDay, lang);
  const parts: string[] = [];
  const title = `${t("title")}${options.source ? ` – ${options.source}` : ""}`;
  parts.push(`<h1>${e(title)}</h1><p class="sub">${e(t("asOf"))}: ${e(day(model.asOf))}</p>`);
  for (const note of model.history.notes) parts.push(`<p class="note">${e(note[lang])}</p>`);
  const others = model.otherCurrencies;
  const otherMoney = (c: number, code: string): string => formatMoney(c as Cents, code, lang);
  if (others.length > 0) {
    const list = others.map((o) => otherMoney(o.open, o.currency)).join(", ");
    parts.push(`<p class="note" id="other-currencies-note">${e(t("otherCurrencyNote", list))}</p>`);
  }

  const cards: [string, string][] = [
    [t("ar"), money(lang, m.ar)],
    [t("overdue"), money(lang, m.overdue)],
    [t("overduePct"), number(lang, m.overduePct, "%")],
    [t("over90Pct"), number(lang, m.over90Pct, "%")],
    [t("dsoCountback"), number(lang, m.dsoCountback)],
    [t("dsoStandard", model.months), number(lang, m.dsoStandard)],
    [t("bpdso"), number(lang, m.bpdso)],
    [t("add"), number(lang, m.add)],
    [t("cei"), number(lang, m.cei, "%")],
    [
      t("badDebt12m"),
      number(lang, model.history.sales ? model.badDebt.rolling12m.rate : null, "%"),
    ],
  ];
  parts.push(
    `<h2>${e(t("summary"))}</h2><div class="cards">${cards
      .map(
        ([k, v]) =>
          `<div class="card"><div class="k">${e(k)}</div><div class="v">${e(v)}</div></div>`
      )
      .join("")}</div>`
  );
  const bridge = bridgeSentence(model, lang);
  if (bridge !== null) parts.push(`<p class="sub" id="bridge">${e(bridge)}</p>`);

  const charts = options.bundles ? reportCharts(model, lang) : {};
  const chartDiv = (name: string): string =>
    charts[name] ? `<div class="chart" id="chart-${name}"></div>` : "";

  const age = model.ageing;
  const ageRows = age.labels
    .map((label, b) => [e(bucketLabel(lang, label)), e(money(lang, age.buckets[b] as number))])
    .filter((row, b) => b < age.labels.length - 1 || age.buckets[b] !== 0);
  ageRows.push([e(t("total")), e(money(lang, age.total))]);
  parts.push(
    `<h2>${e(t("ageing"))} (${e(t(model.basis === "due" ? "ageingBasisDue" : "ageingBasisInvoice"))})</h2>`
  );
  parts.push(chartDiv("ageing"), table([t("bucket"), t("amount")], ageRows, [false, true], true));

  if (model.trends.length > 0) {
    parts.push(`<h2>${e(t("trends"))}</h2>`, chartDiv("dso"), chartDiv("badDebt"));
    parts.push(
      table(
        [
          t("monthEnd"),
          t("ar"),
          t("dsoCountback"),
          t("dsoStandard", model.months),
          t("bpdso"),
          t("add"),
          t("cei"),
          t("overduePct"),
          t("badDebtRate"),
        ],
        model.trends.map(({ metrics: p, badDebt }) => [
          e(day(isoOf(p.day))),
          e(money(lang, p.ar)),
          e(number(lang, p.dsoCountback)),
          e(number(lang, p.dsoStandard)),
          e(number(lang, p.bpdso)),
          e(number(lang, p.add)),
          e(number(lang, p.cei, "%")),
          e(number(lang, p.overduePct, "%")),
          e(number(lang, badDebt.month.rate, "%")),
        ]),
        [false, true, true, true, true, true, true, true, true]
      )
    );
  }

  const gains = creditYieldText(model.creditYield, lang);
  parts.push(
    `<h2 id="credit-yield">${e(gains.title)}</h2><p class="sub">${e(gains.intro)}</p>`,
    table(
      [lang === "nl" ? "Wat" : "What", t("amount"), lang === "nl" ? "Zo berekend" : "How"],
      gains.lines.map((line) => [
        e(line.label),
        e(line.amount === null ? t("notComputable") : money(lang, line.amount)),
        e(line.how),
      ]),
      [false, true, false],
      true
    )
  );

  parts.push(`<h2>${e(t("forecast"))}</h2>`, chartDiv("forecast"));
  const forecastRows = model.forecast.amounts.map((amount, k) => [
    e(day(isoOf(model.forecast.weekStart[k] as number))),
    e(money(lang, amount)),
  ]);
  forecastRows.push([e(t("later")), e(money(lang, model.forecast.later))]);
  forecastRows.push([e(t("total")), e(money(lang, model.forecast.total))]);
  parts.push(table([t("weekStart"), t("amount")], forecastRows, [false, true], true));

  const customerName = (row: { id: string; name: string | null }): string =>
    e(row.name ? `${row.name} (${row.id})` : row.id);
  const flagged = model.customers.filter((row) => row.flags.length > 0);
  parts.push(`<h2>${e(t("flagged"))}</h2>`);
  parts.push(
    flagged.length === 0
      ? `<p>${e(t("none"))}</p>`
      : table(
          [t("customer"), t("open"), t("flags")],
          flagged.map((row) => [
            customerName(row),
            e(money(lang, row.open)),
            `<ul class="flags">${row.flags.map((f) => `<li>${e(f.reason[lang])}</li>`).join("")}</ul>`,
          ]),
          [false, true, false]
        )
  );

  const max = options.maxCustomers ?? 50;
  const withBalance = model.customers.filter((row) => row.open !== 0);
  const labels = age.labels.slice(0, -1);
  parts.push(`<h2>${e(t("customers"))}</h2>`);
  parts.push(
    table(
      [t("customer"), t("open"), ...labels.map((l) => bucketLabel(lang, l)), t("avgDaysLate")],
      withBalance
        .slice(0, max)
        .map((row) => [
          customerName(row),
          e(money(lang, row.open)),
          ...labels.map((_, b) => e(money(lang, row.buckets[b] as number))),
          e(number(lang, row.avgDaysLate)),
        ]),
      [false, true, ...labels.map(() => true), true]
    )
  );
  if (withBalance.length > max)
    parts.push(`<p>${e(t("moreCustomers", withBalance.length - max))}</p>`);

  parts.push(`<h2>${e(t("vatRelief"))}</h2>`);
  parts.push(
    model.vatRelief.length === 0
      ? `<p>${e(t("none"))}</p>`
      : table(
          [t("invoice"), t("customer"), t("due"), t("reliefDate"), t("open"), t("vat")],
          model.vatRelief.map((c) => [
            e(c.invoiceId),
            e(model.frame.customers[c.customer]?.id ?? ""),
            e(day(isoOf(c.dueDay))),
            e(day(isoOf(c.reliefDay))),
            e(money(lang, c.open)),
            e(money(lang, c.vat)),
          ]),
          [false, false, false, false, true, true]
        )
  );

  if (others.length > 0) {
    parts.push(`<h2 id="other-currencies">${e(t("otherCurrencies"))}</h2>`);
    parts.push(
      table(
        [t("currency"), t("items"), t("amount"), t("open")],
        others.map((o) => [
          e(o.currency),
          String(o.rows),
          e(otherMoney(o.amount, o.currency)),
          e(otherMoney(o.open, o.currency)),
        ]),
        [false, true, true, true]
      )
    );
    const items = others.flatMap((o) => o.openItems);
    if (items.length > 0)
      parts.push(
        table(
          [t("invoice"), t("customer"), t("due"), t("open")],
          items.map((item) => [
            e(item.invoiceId),
            customerName({ id: item.customerId, name: item.customerName }),
            e(item.dueDate ?? ""),
            e(otherMoney(item.open, item.currency)),
          ]),
          [false, false, false, true]
        )
      );
  }

  const control = model.control;
  parts.push(`<h2>${e(t("control"))}</h2>`);
  parts.push(
    table(
      ["", t("amount")],
      [
        [
          e(`${t("ledgerOpen")}${others.length > 0 ? ` (${model.currency})` : ""}`),
          e(money(lang, control.ledgerOpen)),
        ],
        [e(t("invoicedAfter")), e(money(lang, control.invoicedAfter))],
        [e(t("writtenOff")), e(money(lang, control.writtenOff))],
        [e(t("settledAfter")), e(money(lang, control.settledAfter))],
        [e(t("settledButListedOpen")), e(money(lang, control.settledButListedOpen))],
        [e(t("ar")), e(money(lang, control.ar))],
      ],
      [false, true],
      true
    )
  );
  parts.push(
    control.reconciles
      ? `<p class="ok">${e(t("reconciles"))}</p>`
      : `<p class="bad">${e(t("notReconciled"))}</p>`
  );
  if (others.length > 0)
    parts.push(
      `<p>${e(t("notInBridge"))}: ${e(others.map((o) => otherMoney(o.open, o.currency)).join(", "))}</p>`
    );
  parts.push(
    `<h2>${e(t("definitions"))}</h2><ul>${KPI_KEYS.map(
      (key) => `<li>${e(kpiDefinition(key, lang, model.months))}</li>`
    ).join("")}${(["defDso", "defCurrency", "defBridge"] as const)
      .map((key) => `<li>${e(t(key))}</li>`)
      .join("")}</ul>`
  );
  parts.push(`<footer>${e(t("generated"))} · ${e(day(model.asOf))}</footer>`);

  // ast: vega's expression interpreter instead of Function() (the policy has no 'unsafe-eval');
  const bundles = options.bundles;
  const scriptTexts = bundles
    ? [
        scriptSafe(bundles.vega),
        scriptSafe(bundles.vegaLite),
        scriptSafe(bundles.vegaEmbed),
        `(function(){var specs=${scriptSafe(JSON.stringify(charts).replace(/</g, "\\u003c"))};` +
          `for(var name in specs){var el=document.getElementById("chart-"+name);` +
          `if(el&&window.vegaEmbed){window.vegaEmbed(el,specs[name],{actions:false,renderer:"svg",ast:true}).catch(function(err){el.textContent=String(err);});}}})();`,
      ]
    : [];
  const scripts = scriptTexts.map((code) => `<script>${code}</script>`).join("\n");
  let hashes = bundles ? bundleHashes.get(bundles) : undefined;
  if (bundles && !hashes) {
    hashes = scriptTexts.slice(0, 3).map(cspHash);
    bundleHashes.set(bundles, hashes);
  }
  const scriptHashes = [...(hashes ?? []), ...scriptTexts.slice(3).map(cspHash)];
  const policy = reportCsp(scriptHashes);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${parts.join("\n")}
</main>
${scripts}
</body>
</html>
`;
}
