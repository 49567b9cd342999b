import { formatCents } from "../src/core/money";
import type { LoadedLedger } from "../src/app/load-ledger";
import { FIELD_LABELS, FIELD_LABELS_NL } from "../src/ledger/ledger-fields";
import type { Lang, Texts } from "./texts";

const MAX_ISSUES = 50;

/** Builds an element with text content; no HTML strings, so no value from a sheet can inject markup. */
function el(tag: string, text?: string | number, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function table(
  headers: string[],
  rows: (string | number)[][],
  numeric: number[] = []
): HTMLTableElement {
  const t = document.createElement("table");
  const head = t.createTHead().insertRow();
  headers.forEach((h, i) => head.appendChild(el("th", h, numeric.includes(i) ? "num" : undefined)));
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    r.forEach((v, i) => tr.appendChild(el("td", v, numeric.includes(i) ? "num" : undefined)));
  }
  return t;
}

/** Renders the control totals, detected columns and issues of a read ledger. */
export function renderLedger(root: HTMLElement, ledger: LoadedLedger, t: Texts, lang: Lang): void {
  const c = ledger.control;
  const money = (v: Parameters<typeof formatCents>[0]) => formatCents(v, lang);
  root.replaceChildren(
    el(
      "p",
      `${t.source}: ${ledger.source} · ${t.asOf}: ${ledger.asOf} · ${t.headerRow} ${ledger.headerRow}`,
      "muted"
    ),
    el("h2", t.control),
    table(
      ["", t.read, t.accepted, t.rejected],
      [
        [t.rows, c.rowsRead, c.accepted, c.rejected],
        [t.amount, money(c.amount.read), money(c.amount.accepted), money(c.amount.rejected)],
        [t.open, money(c.open.read), money(c.open.accepted), money(c.open.rejected)],
      ],
      [1, 2, 3]
    ),
    el("p", `${t.blankRows}: ${c.blankRows}`, "muted"),
    el("h2", t.columns),
    table(
      [t.field, t.header, t.confidence],
      ledger.columns.map((m) => [
        (lang === "nl" ? FIELD_LABELS_NL : FIELD_LABELS)[m.field],
        `${m.letter}: ${m.header}`,
        `${Math.round(m.confidence * 100)}%`,
      ]),
      [2]
    ),
    el("h2", t.issues),
    ledger.issues.length === 0
      ? el("p", t.noIssues)
      : table(
          [t.row, t.column, t.value, t.message],
          ledger.issues
            .slice(0, MAX_ISSUES)
            .map((i) => [i.row, i.column ?? "", i.value, i.message]),
          [0]
        )
  );
  if (ledger.issues.length > MAX_ISSUES)
    root.appendChild(el("p", t.more(ledger.issues.length - MAX_ISSUES), "muted"));
}

/** Shows what went wrong, in the words of the error (they name the sheet, column and value). */
export function renderError(root: HTMLElement, error: unknown, t: Texts): void {
  const message = error instanceof Error ? error.message : String(error);
  root.replaceChildren(el("p", t.failed, "error"), el("p", message));
}
