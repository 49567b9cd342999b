/**
 * The record files of the CLI: `--log` (reminder logs that `openstaand remind` wrote) and
 * `--handovers` (the `overdracht-<date>.csv` that `openstaand handoff` writes). A file with a row
 * that cannot be read stops the run with the rows named: a letter recorded in such a row would be
 * proposed again, a claim handed over would get a reminder.
 */
import type {
  HandoverRecord,
  HandoverState,
  RecordCodecIssue,
  ReminderLogEntry,
} from "../../records";
import { handoversFromCsv, reminderLogFromCsv } from "../../formats";
import { textIn } from "../../core";
import type { CliIo } from "./cli-io";

/** Issues listed in the error; the rest are counted. */
const LISTED = 10;

/**
 * The most bytes a record file may have. A reminder log of ten years of weekly runs is a few
 * megabytes; anything far larger is the wrong file, and reading it whole would only fail later.
 */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

async function readBytes(path: string, option: string, io: CliIo): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
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
  if (bytes.length > MAX_RECORD_BYTES) {
    const mb = Math.ceil(bytes.length / (1024 * 1024));
    throw Object.assign(
      new Error(
        `${option} file ${path} is ${mb} MB, more than the 64 MB a reminder log or hand-over file can be; is it the right file?`
      ),
      {
        messageNl: `${option}-bestand ${path} is ${mb} MB, groter dan de 64 MB die een herinneringslog of overdrachtsbestand kan zijn; is het het goede bestand?`,
      }
    );
  }
  return bytes;
}

/**
 * A cell value as an error line shows it: quoted, at most 60 characters, with control and
 * direction characters escaped so a hostile file cannot steer the terminal or reorder the line.
 */
export function shownValue(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(short).replace(
    /[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

export function unreadable(
  path: string,
  issues: readonly RecordCodecIssue[],
  risk: string,
  riskNl: string
): Error {
  const lines = (lang: "en" | "nl"): string => {
    const listed = issues.slice(0, LISTED).map((i) => {
      const where =
        lang === "en"
          ? `${i.table ? "" : `row ${i.row}, `}${i.column ? `column ${i.column}` : "the table"}`
          : `${i.table ? "" : `regel ${i.row}, `}${i.column ? `kolom ${i.column}` : "de tabel"}`;
      return `  ${where}${i.value ? ` (${shownValue(i.value)})` : ""}: ${textIn(i.text, lang)}`;
    });
    if (issues.length > LISTED)
      listed.push(
        lang === "en"
          ? `  … and ${issues.length - LISTED} more.`
          : `  … en nog ${issues.length - LISTED}.`
      );
    return listed.join("\n");
  };
  const n = issues.length;
  return Object.assign(
    new Error(
      `${path} cannot be read completely (${n} ${n === 1 ? "problem" : "problems"}); ${risk} Fix or delete these rows and run again:\n${lines("en")}`
    ),
    {
      messageNl: `${path} is niet helemaal te lezen (${n} ${n === 1 ? "probleem" : "problemen"}); ${riskNl} Verbeter of verwijder deze regels en probeer het opnieuw:\n${lines("nl")}`,
    }
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
        "a letter recorded in an unreadable row would be proposed again.",
        "een brief die in een onleesbare regel staat, zou opnieuw worden voorgesteld."
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
        "a claim handed over in an unreadable row would get reminders again.",
        "een vordering die in een onleesbare regel als overgedragen staat, zou weer herinneringen krijgen."
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
