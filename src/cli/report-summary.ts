/**
 * The summary of a folder report: one line per ledger file with its key figures, as text for the
 * console and as an HTML index linking to each file's report.
 */
import { escapeHtml } from "../core/html-escape";
import type { ReportModel } from "../analytics/report-model";
import { text, type ReportLang } from "../analytics/report-texts";
import { formatCents, type Cents } from "../core/money";

/** What came of one file: a report model, or an error saying why there is none. */
export type FileOutcome =
  | { file: string; model: ReportModel; issues: number; rejected: number }
  | { file: string; error: string };

function fixed(lang: ReportLang, x: number | null, suffix = ""): string {
  if (x === null || !Number.isFinite(x)) return text(lang, "notComputable");
  const s = x.toFixed(2);
  return (lang === "nl" ? s.replace(".", ",") : s) + suffix;
}

function figures(model: ReportModel, lang: ReportLang): string[] {
  const m = model.metrics;
  return [
    model.asOf,
    formatCents(m.ar as Cents, lang),
    fixed(lang, m.overduePct, "%"),
    fixed(lang, m.dsoCountback),
    String(model.customers.filter((c) => c.flags.length > 0).length),
    model.control.reconciles ? "ok" : "!",
  ];
}

const HEAD = {
  nl: ["Bestand", "Peildatum", "Openstaand", "% vervallen", "DSO", "Signalen", "Aansluiting"],
  en: ["File", "As of", "Open", "% overdue", "DSO", "Flagged", "Reconciles"],
};

/** Console lines: a header and one line per file. */
export function reportSummaryLines(outcomes: readonly FileOutcome[], lang: ReportLang): string[] {
  const rows = outcomes.map((o) =>
    "model" in o
      ? [o.file, ...figures(o.model, lang)]
      : [o.file, `${text(lang, "error")}: ${o.error}`]
  );
  const all = [HEAD[lang], ...rows];
  const widths = HEAD[lang].map((_, i) =>
    Math.max(...all.map((r) => (r.length > 2 || i < 2 ? (r[i] ?? "").length : 0)))
  );
  return all.map((r) =>
    r.length === 2
      ? `${r[0]}  ${r[1]}`
      : r
          .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
          .join("  ")
  );
}

/** An HTML index of the folder's reports; `link` gives the report file of a ledger file. */
export function reportSummaryHtml(
  outcomes: readonly FileOutcome[],
  lang: ReportLang,
  link: (file: string) => string
): string {
  const head = HEAD[lang].map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = outcomes
    .map((o) => {
      const name = o.file.split(/[\\/]/).pop() ?? o.file;
      if (!("model" in o))
        return `<tr><td>${escapeHtml(name)}</td><td colspan="6">${escapeHtml(`${text(lang, "error")}: ${o.error}`)}</td></tr>`;
      const cells = figures(o.model, lang)
        .map((f) => `<td>${escapeHtml(f)}</td>`)
        .join("");
      return `<tr><td><a href="${escapeHtml(encodeURI(link(o.file)))}">${escapeHtml(name)}</a></td>${cells}</tr>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(text(lang, "summaryTitle"))}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px}th{background:#eef2f4}</style>
</head><body><h1>${escapeHtml(text(lang, "summaryTitle"))}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>
`;
}
