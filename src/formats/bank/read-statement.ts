/**
 * A bank statement file into statements: CAMT.053 (XML) or MT940, told apart by their content, not
 * their name; anything else (a CSV export, camt.052/054, a PDF) is refused with a message that says
 * which formats to download.
 */
import type { BankStatement } from "../../payments";
import { decodeText } from "../decode-text";
import { readCamt053 } from "./camt053";
import { readMt940 } from "./mt940";
import { StatementFileError } from "./statement-file-error";

/** Reads a CAMT.053 or MT940 file (bytes in any encoding {@link decodeText} knows). */
export function readBankStatement(bytes: Uint8Array, fileName: string): BankStatement[] {
  const { text } = decodeText(bytes);
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return readCamt053(start, fileName);
  if (/^:20:/m.test(start) && /^:60[FM]:/m.test(start)) return readMt940(start, fileName);
  throw new StatementFileError(
    `${fileName} is neither a CAMT.053 (XML) nor an MT940 bank statement. Download the statement from your bank's internet banking as CAMT.053 or MT940.`,
    `${fileName} is geen CAMT.053- (XML) of MT940-bankafschrift. Download het afschrift in uw internetbankieren als CAMT.053 of MT940.`
  );
}
