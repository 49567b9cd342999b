/**
 * The conversation records of the CLI: a folder (`--records DIR`) holding `gesprekken.csv` (the
 * conversation log) and `contactpersonen.csv` (the contacts), the same columns as the owned sheets
 * in Excel. A missing file is an empty record; a file with a row that cannot be read stops the run
 * with the rows named (a promise in such a row would be ignored and the customer reminded).
 */
import type { Contact, ConversationEntry } from "../../dunning";
import { contactsFromCsv, conversationsFromCsv, exportCsvBytes } from "../../formats";
import {
  CONTACT_TYPES,
  CONVERSATION_TYPES,
  encodeContacts,
  encodeConversations,
} from "../../records";
import type { CliIo } from "./cli-io";
import { unreadable } from "./record-files";

/** The file names inside the records folder. */
export const CONVERSATION_FILE = "gesprekken.csv";
export const CONTACTS_FILE = "contactpersonen.csv";

const join = (dir: string, name: string): string => `${dir.replace(/[\\/]+$/, "") || "."}/${name}`;

async function readOptional(path: string, io: CliIo): Promise<Uint8Array | null> {
  try {
    return await io.readFile(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return null;
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot read ${path}: ${why}`);
  }
}

/** The conversation log and contacts kept in `dir` (none when the files are absent). */
export async function readConversationFolder(
  dir: string,
  io: CliIo
): Promise<{ entries: ConversationEntry[]; contacts: Contact[] }> {
  const logPath = join(dir, CONVERSATION_FILE);
  const contactPath = join(dir, CONTACTS_FILE);
  const logBytes = await readOptional(logPath, io);
  const contactBytes = await readOptional(contactPath, io);
  const log = logBytes ? conversationsFromCsv(logBytes) : { entries: [], issues: [] };
  if (log.issues.length > 0)
    throw unreadable(
      logPath,
      log.issues,
      "a promise, arrangement or dispute in an unreadable row would be ignored.",
      "een belofte, regeling of geschil in een onleesbare regel zou worden genegeerd."
    );
  const contacts = contactBytes ? contactsFromCsv(contactBytes) : { contacts: [], issues: [] };
  if (contacts.issues.length > 0)
    throw unreadable(
      contactPath,
      contacts.issues,
      "a contact in an unreadable row would be lost on the next save.",
      "een contactpersoon in een onleesbare regel zou bij de volgende keer opslaan verloren gaan."
    );
  return { entries: log.entries, contacts: contacts.contacts };
}

/** Writes the conversation log into `dir`; returns the path written. */
export async function writeConversationFile(
  dir: string,
  entries: readonly ConversationEntry[],
  io: CliIo
): Promise<string> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const path = join(dir, CONVERSATION_FILE);
  await io.writeFile(
    path,
    exportCsvBytes({ ...encodeConversations(entries), types: CONVERSATION_TYPES })
  );
  return path;
}

/** Writes the contacts into `dir`; returns the path written. */
export async function writeContactsFile(
  dir: string,
  contacts: readonly Contact[],
  io: CliIo
): Promise<string> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const path = join(dir, CONTACTS_FILE);
  await io.writeFile(path, exportCsvBytes({ ...encodeContacts(contacts), types: CONTACT_TYPES }));
  return path;
}

/** Writes the plan of the arrangement whose instalment rows are `instalments` as `regeling-<id>.csv`. */
export async function writeArrangementPlan(
  dir: string,
  instalments: readonly ConversationEntry[],
  io: CliIo
): Promise<string> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const id = instalments[0]?.arrangementId ?? "";
  const path = join(dir, `regeling-${id}.csv`);
  await io.writeFile(
    path,
    exportCsvBytes({
      headers: ["Regeling", "Debiteurnummer", "Termijn", "Datum", "Bedrag", "Facturen"],
      rows: instalments.map((e, n) => [
        id,
        e.customerId,
        n + 1,
        e.due,
        (e.amount ?? 0) / 100,
        e.invoiceIds.join("; "),
      ]),
      types: ["text", "text", "integer", "date", "amount", "text"],
    })
  );
  return path;
}
