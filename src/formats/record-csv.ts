/**
 * Reading back the record files Openstaand writes — the reminder log CSV of `openstaand remind`
 * and the `overdracht-<date>.csv` of `openstaand handoff` — or any CSV with their columns: decoded
 * and split as the ledger reader does (UTF-8 with BOM, ";" or ","), formula-neutralising
 * apostrophes removed, the control line recognised, and every unreadable row an issue.
 */
import { readCsvValues } from "./read-csv-values";
import {
  decodeHandovers,
  type DecodedHandovers,
  type RecordCodecIssue,
  type RecordRows,
  decodeReminderLog,
  type DecodedReminderLog,
  decodeContacts,
  decodeConversations,
  type DecodedContacts,
  type DecodedConversations,
} from "../records";
import { decodePayments, type DecodedPayments } from "../records";

/** The CSV as a record table (every cell text), with the CSV's own problems as issues. */
export function recordCsvRows(bytes: Uint8Array): {
  table: RecordRows;
  issues: RecordCodecIssue[];
} {
  const csv = readCsvValues(bytes);
  const [headers = [], ...rows] = csv.values;
  return {
    table: { headers, rows },
    issues: csv.issues.map((issue) => ({
      row: issue.row,
      column: "",
      value: issue.value,
      text: {
        en: issue.message,
        nl:
          issue.severity === "error"
            ? "Een veld tussen aanhalingstekens in deze regel wordt nooit gesloten; de rest van het bestand is mogelijk als één veld gelezen."
            : "Deze regel van het CSV-bestand is niet netjes in velden te splitsen.",
      },
    })),
  };
}

/** A reminder log CSV (as `openstaand remind` writes it) read back into entries. */
export function reminderLogFromCsv(bytes: Uint8Array): DecodedReminderLog {
  const { table, issues } = recordCsvRows(bytes);
  const decoded = decodeReminderLog(table, { neutralised: true });
  return { ...decoded, issues: [...issues, ...decoded.issues] };
}

/** A hand-over CSV (`overdracht-<date>.csv`) read back into a state. */
export function handoversFromCsv(bytes: Uint8Array): DecodedHandovers {
  const { table, issues } = recordCsvRows(bytes);
  const decoded = decodeHandovers(table, { neutralised: true });
  return { ...decoded, issues: [...issues, ...decoded.issues] };
}

/** A conversation log CSV (`gesprekken.csv`) read back into entries. */
export function conversationsFromCsv(bytes: Uint8Array): DecodedConversations {
  const { table, issues } = recordCsvRows(bytes);
  const decoded = decodeConversations(table, { neutralised: true });
  return { ...decoded, issues: [...issues, ...decoded.issues] };
}

/** A contacts CSV (`contactpersonen.csv`) read back. */
export function contactsFromCsv(bytes: Uint8Array): DecodedContacts {
  const { table, issues } = recordCsvRows(bytes);
  const decoded = decodeContacts(table, { neutralised: true });
  return { ...decoded, issues: [...issues, ...decoded.issues] };
}

/** A payments record CSV (`betalingen.csv` of `openstaand payments`) read back into records. */
export function paymentsFromCsv(bytes: Uint8Array): DecodedPayments {
  const { table, issues } = recordCsvRows(bytes);
  const decoded = decodePayments(table, { neutralised: true });
  return { ...decoded, issues: [...issues, ...decoded.issues] };
}
