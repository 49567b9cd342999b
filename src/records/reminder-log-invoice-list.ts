/**
 * The invoices of a reminder-log entry as one cell of the log ("F2026-001 (fase 2); F2026-007
 * (fase 2)") and back.
 */
import type { ReminderLogEntry } from "./reminder-log";

const escapeId = (id: string): string => id.replace(/[\\;]/g, (ch) => `\\${ch}`);

/**
 * The invoices of an entry as one cell: "F2026-001 (fase 2); F2026-007 (fase 2)". A ";" or "\" in
 * an invoice number is written with a backslash before it, so the text always reads back the same.
 */
export function invoiceListText(invoices: ReminderLogEntry["invoices"]): string {
  return invoices.map((i) => `${escapeId(i.invoiceId)} (fase ${i.stage})`).join("; ");
}

/**
 * Reads {@link invoiceListText}: items split at unescaped ";"; an item without "(fase n)" gets
 * `stage` (the entry's). A list with neither ";" nor "(fase" but with ", " is the older form
 * "F1, F2". Null when an item is empty.
 */
export function parseInvoiceList(
  text: string,
  stage: number
): { invoiceId: string; stage: number }[] | null {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\\" && i + 1 < text.length) {
      current += text[++i] as string;
    } else if (ch === ";") {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  const older = items.length === 1 && !/\(fase\s*\d+\)/i.test(text);
  const list = older ? current.split(", ") : items;
  const out: { invoiceId: string; stage: number }[] = [];
  for (const item of list) {
    const m = /^(.*?)\s*\(fase\s*(\d+)\)\s*$/is.exec(item);
    const invoiceId = (m ? (m[1] as string) : item).trim();
    const itemStage = m ? Number(m[2]) : stage;
    // Stage 0: an invoice the letter lists that was not yet due for a reminder.
    if (invoiceId === "" || !Number.isSafeInteger(itemStage) || itemStage < 0) return null;
    out.push({ invoiceId, stage: itemStage });
  }
  return out;
}
