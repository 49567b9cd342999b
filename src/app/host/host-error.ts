/** What went wrong at the host boundary, in words the task pane can show as they are. */
import { textIn, type Lang, type Text } from "../../core";

/** The kind of failure; the task pane may pick an action from it (e.g. open the mapping dialog). */
export type HostErrorCode =
  | "empty" // the sheet or table has no values
  | "not-found" // the sheet, table or source the user picked is gone
  | "not-owned" // a sheet with Openstaand's name exists but is the user's own
  | "payload" // Excel refused a request as too large even one row at a time
  | "cancelled" // the user cancelled a long read
  | "unsupported" // this Excel lacks an API version (or the host cannot write sheets)
  | "settings" // the stored settings are invalid
  | "ledger" // the values were read but hold no readable ledger (no header, missing column)
  | "moved" // a row no longer holds the invoice read from it (the sheet was sorted or edited)
  | "report" // a report spec the host cannot write (bad sheet name, chart columns)
  | "host"; // anything else Excel reported

/** Where the failure is, so the message and the task pane can point at it. */
export interface HostErrorPlace {
  sheet?: string;
  table?: string;
  column?: string;
  /** The settings key that is wrong ("ageingEdges.1"). */
  key?: string;
  /** 1-based sheet row. */
  row?: number;
}

/**
 * A failure at the host boundary with one {@link Text} that names the sheet, table, column or
 * settings key; `message` is its English side (as for any Error) and `nl` its Dutch side. Hosts and
 * use-cases throw it; nothing is swallowed.
 */
export class HostError extends Error {
  readonly code: HostErrorCode;
  /** What went wrong, in English and Dutch. */
  readonly text: Text;
  readonly place: HostErrorPlace;
  /** The error this one explains (an Excel RichApi error, a LedgerError), kept for the console. */
  override readonly cause: unknown;

  constructor(
    code: HostErrorCode,
    en: string,
    nl: string,
    place: HostErrorPlace = {},
    cause?: unknown
  ) {
    super(en);
    this.name = "HostError";
    this.code = code;
    this.text = { en, nl };
    this.place = place;
    this.cause = cause;
  }

  /** The Dutch side of {@link text}. */
  get nl(): string {
    return this.text.nl;
  }

  /** The message in the user's language. */
  messageIn(lang: Lang): string {
    return textIn(this.text, lang);
  }
}

/** True for a {@link HostError} with the given code (any code when omitted). */
export function isHostError(error: unknown, code?: HostErrorCode): error is HostError {
  return error instanceof HostError && (code === undefined || error.code === code);
}
