/**
 * The records of the CLI in a folder (`--records DIR`): one CSV per kind, the same columns as the
 * owned sheets in Excel and the workbench's saved records —
 *   verzendlog.csv       the reminder log (letters and e-mails recorded as sent)
 *   overdrachten.csv     the hand-over state (claims handed over to an incassobureau or a factor)
 *   gesprekken.csv       the conversation log (calls, promises, arrangements, disputes)
 *   contactpersonen.csv  the contact person per customer
 *   betalingen.csv       the payments record (bank-statement credits confirmed against invoices)
 * A missing file is an empty record. The folder is read through app's loadRecords, as the pane
 * reads its host: unreadable rows are issues naming row, column and value (the CSV's own problems
 * too), and a save keeps them at the end so a fix by hand is never lost.
 */
import {
  loadRecords,
  type Host,
  type RecordIssue,
  type RecordKind,
  type Records,
  type RecordTable,
} from "../../app";
import { csvCellOriginal, type SheetColumnType } from "../../documents";
import { exportCsvBytes, recordCsvRows } from "../../formats";
import {
  CONTACT_COLUMNS,
  CONVERSATION_COLUMNS,
  HANDOVER_COLUMNS,
  headerKey,
  PAYMENT_COLUMNS,
  REMINDER_LOG_COLUMNS,
} from "../../records";
import type { CliIo } from "./cli-io";
import { unreadable } from "./record-files";

/** The file of each kind of record inside the records folder. */
export const RECORD_FILES: { readonly [K in RecordKind]: string } = {
  reminderLog: "verzendlog.csv",
  handovers: "overdrachten.csv",
  conversations: "gesprekken.csv",
  contacts: "contactpersonen.csv",
  payments: "betalingen.csv",
};

const COLUMNS: {
  readonly [K in RecordKind]: Record<string, { header: string; type: SheetColumnType }>;
} = {
  reminderLog: REMINDER_LOG_COLUMNS,
  handovers: HANDOVER_COLUMNS,
  conversations: CONVERSATION_COLUMNS,
  contacts: CONTACT_COLUMNS,
  payments: PAYMENT_COLUMNS,
};

/** What a wrong record would do, per kind: the reason an unreadable row stops a run. */
const RISK: { readonly [K in RecordKind]: { en: string; nl: string } } = {
  reminderLog: {
    en: "a letter recorded in an unreadable row would be proposed again.",
    nl: "een brief die in een onleesbare regel staat, zou opnieuw worden voorgesteld.",
  },
  handovers: {
    en: "a claim handed over in an unreadable row would get reminders again.",
    nl: "een vordering die in een onleesbare regel als overgedragen staat, zou weer herinneringen krijgen.",
  },
  conversations: {
    en: "a promise, arrangement or dispute in an unreadable row would be ignored.",
    nl: "een belofte, regeling of geschil in een onleesbare regel zou worden genegeerd.",
  },
  contacts: {
    en: "a contact in an unreadable row would be lost on the next save.",
    nl: "een contactpersoon in een onleesbare regel zou bij de volgende keer opslaan verloren gaan.",
  },
  payments: {
    en: "a payment in an unreadable row would be matched again and its invoice reminded.",
    nl: "een betaling in een onleesbare regel zou opnieuw worden gekoppeld en de factuur herinnerd.",
  },
};

/** `dir/name`, without a doubled separator. */
export function recordPath(dir: string, kind: RecordKind): string {
  return `${dir.replace(/[\\/]+$/, "") || "."}/${RECORD_FILES[kind]}`;
}

/** The records folder as app's Host sees records: read and write one table per kind. */
export type RecordsFolderHost = Pick<Host, "readRecords" | "writeRecords">;

/**
 * A host over the records folder `dir`. `csvIssues` collects the CSV's own problems (a quote
 * never closed) of the files read, with their kind, for {@link readRecordsFolder}.
 */
export function recordsFolderHost(
  dir: string,
  io: CliIo,
  csvIssues: RecordIssue[] = []
): RecordsFolderHost {
  return {
    async readRecords(kind: RecordKind): Promise<RecordTable | null> {
      const path = recordPath(dir, kind);
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(path);
      } catch (error) {
        if ((error as { code?: unknown }).code === "ENOENT") return null;
        throw error;
      }
      const { table, issues } = recordCsvRows(bytes);
      for (const issue of issues) csvIssues.push({ ...issue, kind });
      // The CSV neutralised formula-like text with an apostrophe; the records hold it as typed.
      const cell = (value: unknown): string | number | null =>
        typeof value === "string"
          ? csvCellOriginal(value)
          : typeof value === "number"
            ? value
            : null;
      return {
        headers: table.headers.map((h) => String(cell(h) ?? "")),
        rows: table.rows.map((row) => row.map(cell)),
      };
    },
    async writeRecords(kind: RecordKind, _scope: string, table: RecordTable): Promise<void> {
      if (!io.writeFile) throw new Error("this environment cannot write files.");
      const types = new Map(Object.values(COLUMNS[kind]).map((c) => [headerKey(c.header), c.type]));
      await io.writeFile(
        recordPath(dir, kind),
        exportCsvBytes({
          ...table,
          types: table.headers.map((h) => types.get(headerKey(h)) ?? "text"),
        })
      );
    },
  };
}

/**
 * The records kept in the folder `dir` (all five kinds; missing files are empty records). A path
 * that is a file, not a folder, is an error; so is a folder that does not exist unless `mayBeNew`
 * (a command that writes records creates it).
 */
export async function readRecordsFolder(
  dir: string,
  io: CliIo,
  options: { mayBeNew?: boolean } = {}
): Promise<Records> {
  if (io.listFolder) {
    const listing = await io.listFolder(dir).catch(() => null);
    if (listing === null) {
      const exists = await io.readFile(dir).then(
        () => true,
        (error: unknown) => (error as { code?: unknown }).code !== "ENOENT"
      );
      if (exists || !options.mayBeNew)
        throw Object.assign(
          new Error(
            `--records ${dir} is not a folder of records (verzendlog.csv, overdrachten.csv, gesprekken.csv, contactpersonen.csv, betalingen.csv).`
          ),
          {
            messageNl: `--records ${dir} is geen map met vastleggingen (verzendlog.csv, overdrachten.csv, gesprekken.csv, contactpersonen.csv, betalingen.csv).`,
          }
        );
    }
  }
  const csvIssues: RecordIssue[] = [];
  // A file that cannot be read at all leaves as app's HostError ("could not read the payments
  // record: …", the file named in the system's message).
  const records = await loadRecords(recordsFolderHost(dir, io, csvIssues), dir);
  return { ...records, issues: [...csvIssues, ...records.issues] };
}

/**
 * Stops the run when a record in the folder has a row that cannot be read: the error names the
 * file, and per row the row, column and value (a record in such a row would count for nothing).
 */
export function assertRecordsReadable(dir: string, records: Pick<Records, "issues">): void {
  for (const kind of Object.keys(RECORD_FILES) as RecordKind[]) {
    const issues = records.issues.filter((i) => i.kind === kind);
    if (issues.length > 0)
      throw unreadable(recordPath(dir, kind), issues, RISK[kind].en, RISK[kind].nl);
  }
}
