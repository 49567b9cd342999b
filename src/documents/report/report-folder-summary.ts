/**
 * The summary of a folder report: one line per ledger file with its key figures, as text for the
 * console and as an HTML index linking to each file's report.
 */
import { escapeHtml, formatCents, type Cents, shortDay } from "../../core";
import type { ReportModel } from "../../analytics";
import { text, type ReportLang } from "./report-texts";

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
    shortDay(model.asOf, lang),
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

/** The console's width the summary keeps within (a classic terminal, and a Dutch one). */
export const CONSOLE_COLUMNS = 100;

/** The file's own name (the folder is the one the user gave), at most `width` characters. */
function shortName(file: string, width: number): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (name.length <= width) return name;
  const keep = width - 1;
  const tail = Math.min(8, Math.floor(keep / 3));
  return `${name.slice(0, keep - tail)}…${name.slice(name.length - tail)}`;
}

/** `text` broken at spaces into lines of at most `width` characters (a longer word is cut). */
export function wrapLine(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > width) {
      if (line) lines.push(line);
      lines.push(w.slice(0, width));
      w = w.slice(width);
      line = "";
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Console lines: a header and one line per file, each at most {@link CONSOLE_COLUMNS} wide — the
 * file's own name (shortened with "…" when needed), its figures, and for a file that could not be
 * read the reason, wrapped under the name.
 */
export function reportSummaryLines(outcomes: readonly FileOutcome[], lang: ReportLang): string[] {
  const head = HEAD[lang];
  const figureRows = outcomes.flatMap((o) => ("model" in o ? [figures(o.model, lang)] : []));
  const widths = head
    .slice(1)
    .map((h, i) => Math.max(h.length, ...figureRows.map((r) => (r[i] ?? "").length)));
  const rest = widths.reduce((sum, w) => sum + w + 2, 0);
  const nameWidth = Math.max(
    12,
    Math.min(
      CONSOLE_COLUMNS - rest,
      Math.max(head[0]!.length, ...outcomes.map((o) => shortName(o.file, Infinity).length))
    )
  );
  const line = (name: string, cells: readonly string[]): string =>
    [name.padEnd(nameWidth), ...cells.map((c, i) => c.padStart(widths[i] ?? 0))].join("  ");
  const lines = [line(head[0]!, head.slice(1))];
  for (const o of outcomes) {
    const name = shortName(o.file, nameWidth);
    if ("model" in o) lines.push(line(name, figures(o.model, lang)));
    else {
      lines.push(name);
      for (const part of wrapLine(`${text(lang, "error")}: ${o.error}`, CONSOLE_COLUMNS - 2))
        lines.push(`  ${part}`);
    }
  }
  return lines;
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
