/**
 * The reminder log ("leg alles vast"): one entry per communication generated, and the pure update
 * of the ledger's reminder columns from it, so the next reminderRun starts from what was sent.
 */
import type { IsoDay } from "../core";
import type { DunningChannel, ReminderLogEntry } from "../dunning";
import type { Ledger } from "../ledger";
import { type SheetTable, controlLine, type ControlLine, type Letter } from "../documents";
import { REMINDER_LOG_COLUMNS, reminderLogSheetTable } from "./reminder-log-codec";

export type { ReminderLogEntry } from "../dunning";

/** Log entries for letters sent through `channel` (default: each stage's first channel). */
export function reminderLogEntries(
  letters: readonly Letter[],
  channel?: DunningChannel
): ReminderLogEntry[] {
  return letters.map(({ model: m }) => ({
    date: m.sendOn,
    customerId: m.customerId,
    customerName: m.view.debtor.name,
    channel: channel ?? m.channels[0] ?? "letter",
    stage: m.stage,
    stageKind: m.stageKind,
    stageName: m.stageName,
    templateId: m.templateId,
    language: m.language,
    invoices: m.invoiceStages.map((s) => ({ invoiceId: s.invoiceId, stage: s.toStage })),
    principal: m.amounts.principal,
    interest: m.amounts.interest,
    costs: m.amounts.costs,
    total: m.amounts.total,
    deadline: m.paymentDeadline,
  }));
}

/**
 * The ledger with its reminder columns brought up to date with `log`: an invoice whose logged stage
 * is higher than its recorded one gets that stage and the date it first reached it. A later letter
 * that lists the invoice again at the same stage (an aanmaning repeated because a new invoice fell
 * due) does not restart that stage's term. Pure: the input is not changed.
 */
export function applyReminderLog(ledger: Ledger, log: readonly ReminderLogEntry[]): Ledger {
  const latest = new Map<string, { stage: number; date: IsoDay }>();
  for (const entry of log)
    for (const inv of entry.invoices) {
      const seen = latest.get(`${entry.customerId}\u0000${inv.invoiceId}`);
      if (!seen || inv.stage > seen.stage || (inv.stage === seen.stage && entry.date < seen.date))
        latest.set(`${entry.customerId}\u0000${inv.invoiceId}`, {
          stage: inv.stage,
          date: entry.date,
        });
    }
  const c = ledger.columns;
  const reminderStage = c.reminderStage.slice();
  const reminderDate = c.reminderDate.slice();
  for (let i = 0; i < ledger.length; i++) {
    const hit = latest.get(`${c.customerId[i]}\u0000${c.invoiceId[i]}`);
    if (hit && hit.stage > (reminderStage[i] ?? 0)) {
      reminderStage[i] = hit.stage;
      reminderDate[i] = hit.date;
    }
  }
  return { length: ledger.length, columns: { ...c, reminderStage, reminderDate } };
}

/** The control line of a log: count of communications and the sums they state. */
export function reminderLogControl(log: readonly ReminderLogEntry[]): ControlLine {
  return controlLine(log);
}

/**
 * The log as a table for a file (Dutch headers, the columns of the Verzendlog sheet, so
 * {@link reminderLogFromCsv} reads it back without loss), with the control line as its last row:
 * the count in the Naam column and the sums under the amounts.
 */
export function reminderLogTable(log: readonly ReminderLogEntry[]): SheetTable {
  const control = reminderLogControl(log);
  const table = reminderLogSheetTable(log);
  const cell: Partial<Record<keyof typeof REMINDER_LOG_COLUMNS, string | number>> = {
    customerName: `Controletotaal: ${control.count} ${control.count === 1 ? "bericht" : "berichten"}`,
    principal: control.principal / 100,
    interest: control.interest / 100,
    costs: control.costs / 100,
    total: control.total / 100,
  };
  const keys = Object.keys(REMINDER_LOG_COLUMNS) as (keyof typeof REMINDER_LOG_COLUMNS)[];
  return { ...table, rows: [...table.rows, keys.map((k) => cell[k] ?? null)] };
}
