/**
 * Openstaand's own record tables (the reminder log, the hand-over state) as a host or a file gives
 * them and as they are stored: their shapes, their column definitions, the options for reading
 * them and the issue a row that cannot be read becomes (in English and Dutch).
 */

/** A record table as read: a header row and rows of whatever cells the host gave. */
export interface RecordRows {
  headers: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** A table to store: what {@link RecordRows} reads back; the same shape as the Host's RecordTable. */
export interface RecordTableData {
  headers: string[];
  rows: (string | number | null)[][];
}

/** A row (or column) of a record table that could not be read. */
export interface RecordCodecIssue {
  /** 1-based row in the table as stored: the header row is row 1 when it is the first row. */
  row: number;
  /** The column's header ("Hoofdsom"); "" when the problem is the table itself. */
  column: string;
  /** The cell as text ("" when blank). */
  value: string;
  /** What is wrong, in English. */
  message: string;
  /** The same in Dutch. */
  nl: string;
  /** Set when the table as a whole cannot be read (no header row, a required column missing). */
  table?: true;
}

/** How to read cells. */
export interface RecordDecodeOptions {
  /**
   * The table comes from an export that neutralised formula-like text with a leading apostrophe
   * (see csv-injection): "'=x" is read as "=x". Off for tables from a host.
   */
  neutralised?: boolean;
}

/** What a column holds. */
export type RecordColumnType = "text" | "integer" | "amount" | "date";

/** One column of a record table. */
export interface RecordColumn {
  header: string;
  type: RecordColumnType;
  /** A table without this column cannot be read at all. */
  required: boolean;
}
