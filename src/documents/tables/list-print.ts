/**
 * A list of the pane (Debiteuren, Kredietcheck, the reminder exclusions, a table of the report) as
 * a printable HTML document (issue 17): A4, the company name, the list's title and the reporting
 * day at the top of every page (the table's head, which the browser repeats on each page, with the
 * column headers below it), "Pagina 2 van 5" at the foot (the @page margin box), rows never split
 * across pages, the control line in bold. Portrait up to six columns, landscape above; long texts
 * wrap inside their column and amounts never wrap, so no column is cut off at the page's edge.
 * Every value is escaped and the document allows no script at all (the letters' CSP).
 */
import { centsFromEuros, escapeHtml as e, formatCents, shortDay, type IsoDay } from "../../core";
import type { Lang } from "../../core";
import { CSP } from "../letters/letters-html";
import type { SheetColumnType, SheetTable } from "./sheet-table";

/** What stands above and below a printed list. */
export interface ListPrintOptions {
  /** The list's title: "Debiteuren", "Uitgezonderd van herinneringen". */
  title: string;
  /** The company whose books these are ("" when not set in Instellingen). */
  company: string;
  /** The reporting day (peildatum) of the list. */
  asOf: IsoDay;
  lang: Lang;
  /** How many rows at the end of `table` are control lines (printed bold); default 0. */
  controlRows?: number;
  /** A line under the title (what the list holds, what was left out). */
  note?: string;
}

const WORDS = {
  nl: { asOf: "Peildatum", page: "Pagina", of: "van", noCompany: "(bedrijfsnaam niet ingesteld)" },
  en: { asOf: "Reporting day", page: "Page", of: "of", noCompany: "(company name not set)" },
} as const;

/** The print CSS of lists; `landscape` for wide tables. */
function listCss(landscape: boolean, lang: Lang): string {
  const w = WORDS[lang];
  return `
@page { size: A4 ${landscape ? "landscape" : "portrait"}; margin: 12mm 12mm 16mm 12mm;
  @bottom-right { content: "${w.page} " counter(page) " ${w.of} " counter(pages); font: 8pt Arial, Helvetica, sans-serif; } }
body { font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; color: #000; margin: 0; }
table.list { width: 100%; border-collapse: collapse; table-layout: auto; }
table.list > thead { display: table-header-group; }
table.list th, table.list td { padding: 1mm 1.5mm; text-align: left; vertical-align: top; border-bottom: 0.5px solid #bbb; overflow-wrap: break-word; }
table.list th { border-bottom: 1px solid #000; font-weight: bold; }
table.list thead tr.running th { border-bottom: none; font-weight: normal; padding: 0 0 3mm; }
.running .company { font-size: 11pt; font-weight: bold; }
.running .title { font-size: 10pt; font-weight: bold; margin-top: 1mm; }
.running .note { margin-top: 1mm; color: #333; }
table.list .n { text-align: right; white-space: nowrap; overflow-wrap: normal; }
table.list tr { break-inside: avoid; page-break-inside: avoid; }
table.list tr.control td { font-weight: bold; border-top: 1.5px solid #000; border-bottom: none; }
@media screen { body { background: #eee; } .page { background: #fff; max-width: ${landscape ? "273mm" : "186mm"}; margin: 8mm auto; padding: 12mm; box-shadow: 0 0 4px #999; } }
`;
}

/** A figure written as text ("22,6%", "38,25"): with decimals or a percent sign, never an id. */
const FIGURE_TEXT = /^-?(\d{1,3}([.,]\d{3})*[.,]\d+%?|\d+%)$/;

/**
 * Whether column `c` holds figures (right-aligned, never wrapped): amounts, whole numbers, and text
 * columns whose every filled cell is a figure as the report writes it.
 */
function figureColumn(table: SheetTable, c: number, type: SheetColumnType): boolean {
  if (type === "amount" || type === "integer") return true;
  if (type !== "text") return false;
  const cells = table.rows
    .map((row) => row[c])
    .filter((v) => v !== null && v !== undefined && v !== "");
  return cells.length > 0 && cells.every((v) => typeof v === "string" && FIGURE_TEXT.test(v));
}

/** A cell as printed: euros as "€ 1.234,56", days as 20-11-2026 (en: 2026-11-20), whole numbers grouped. */
export function printedCell(
  value: string | number | null,
  type: SheetColumnType,
  lang: Lang
): string {
  if (value === null) return "";
  if (type === "amount" && typeof value === "number")
    return formatCents(centsFromEuros(value), lang);
  if (type === "integer" && typeof value === "number")
    return value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 0 });
  if (type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return shortDay(value as IsoDay, lang);
  return String(value);
}

/** `table` as one printable A4 HTML document (see the module's comment). */
export function listPrintHtml(table: SheetTable, options: ListPrintOptions): string {
  const { lang } = options;
  const w = WORDS[lang];
  const width = table.headers.length;
  const types = table.headers.map((_, c) => table.types[c] ?? "text");
  const figures = types.map((type, c) => figureColumn(table, c, type));
  const controlFrom = table.rows.length - (options.controlRows ?? 0);
  const company = options.company.trim() === "" ? w.noCompany : options.company;
  const running = `<tr class="running"><th colspan="${width}"><div class="company">${e(company)}</div><div class="title">${e(options.title)} · ${e(w.asOf)} ${e(shortDay(options.asOf, lang))}</div>${options.note ? `<div class="note">${e(options.note)}</div>` : ""}</th></tr>`;
  const head = `<tr>${table.headers.map((h, c) => `<th${figures[c] ? ' class="n"' : ""}>${e(h)}</th>`).join("")}</tr>`;
  const body = table.rows
    .map((row, r) => {
      const cells = types
        .map((type, c) => {
          const cls = figures[c] ? ' class="n"' : "";
          return `<td${cls}>${e(printedCell(row[c] ?? null, type, lang))}</td>`;
        })
        .join("");
      return `<tr${r >= controlFrom ? ' class="control"' : ""}>${cells}</tr>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8">${CSP}<title>${e(options.title)} ${e(shortDay(options.asOf, lang))}</title><style>${listCss(width > 6, lang)}</style></head>
<body><div class="page">
<table class="list">
<thead>${running}${head}</thead>
<tbody>
${body}
</tbody>
</table>
</div></body></html>
`;
}
