/**
 * The record files of the CLI: `--log` (reminder logs that `openstaand remind` wrote) and
 * `--handovers` (the `overdracht-<date>.csv` that `openstaand handoff` writes). A file with a row
 * that cannot be read stops the run with the rows named: a letter recorded in such a row would be
 * proposed again, a claim handed over would get a reminder.
 */
import type { HandoverRecord, HandoverState } from "../documents/handover-state";
import type { RecordCodecIssue } from "../documents/record-table";
import { handoversFromCsv, reminderLogFromCsv } from "../documents/record-csv";
import type { ReminderLogEntry } from "../documents/reminder-log";
import type { CliIo } from "./cli-io";

/** Issues listed in the error; the rest are counted. */
const LISTED = 10;

async function readBytes(path: string, option: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === "ENOENT"
        ? "no such file or directory"
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`cannot read ${option} file ${path}: ${why}`);
  }
}

function unreadable(path: string, issues: readonly RecordCodecIssue[], risk: string): Error {
  const lines = issues
    .slice(0, LISTED)
    .map(
      (i) =>
        `  ${i.table ? "" : `row ${i.row}, `}${i.column ? `column ${i.column}` : "the table"}${i.value ? ` (${JSON.stringify(i.value)})` : ""}: ${i.message}`
    );
  if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more.`);
  return new Error(
    `${path} cannot be read completely (${issues.length} ${issues.length === 1 ? "problem" : "problems"}); ${risk} Fix or delete these rows and run again:\n${lines.join("\n")}`
  );
}

/** The entries of the `--log` files, in order; the same entry in two files counts once. */
export async function readLogFiles(
  paths: readonly string[],
  io: CliIo
): Promise<ReminderLogEntry[]> {
  const seen = new Set<string>();
  const entries: ReminderLogEntry[] = [];
  for (const path of paths) {
    const decoded = reminderLogFromCsv(await readBytes(path, "--log", io));
    if (decoded.issues.length > 0)
      throw unreadable(
        path,
        decoded.issues,
        "a letter recorded in an unreadable row would be proposed again."
      );
    for (const entry of decoded.entries) {
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push(entry);
    }
  }
  return entries;
}

/** The hand-over state of the `--handovers` files; a claim in two files keeps its first record. */
export async function readHandoverFiles(
  paths: readonly string[],
  io: CliIo
): Promise<HandoverState> {
  const seen = new Set<string>();
  const records: HandoverRecord[] = [];
  for (const path of paths) {
    const decoded = handoversFromCsv(await readBytes(path, "--handovers", io));
    if (decoded.issues.length > 0)
      throw unreadable(
        path,
        decoded.issues,
        "a claim handed over in an unreadable row would get reminders again."
      );
    for (const record of decoded.state.records) {
      const key = `${record.customerId}\u0000${record.invoiceId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(record);
    }
  }
  return { records };
}

/** "a.csv" / "a.csv and b.csv" / "a.csv, b.csv and c.csv". */
export function fileNames(paths: readonly string[]): string {
  if (paths.length <= 1) return paths[0] ?? "";
  return `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)}`;
}
