/**
 * Deciding whether a file is CSV or XLSX, and refusing the formats we cannot read with a message
 * that says what to do. The content decides where it is conclusive (a zip is a workbook, an OLE2
 * container is an old .xls or a password-protected workbook), the extension otherwise: exports
 * named ".xls" that are really CSV or HTML are common in the wild.
 */
import { LedgerFileError } from "./ledger-file-error";

/** The two file kinds we read. */
export type FileKind = "csv" | "xlsx";

const SAVE_AS =
  "Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, then try again.";
const SAVE_AS_NL =
  "Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV, en probeer het opnieuw.";

/** The kind of `bytes` named `fileName`, or throws {@link LedgerFileError} for an unsupported format. */
export function detectFileKind(fileName: string, bytes: Uint8Array, explicit?: FileKind): FileKind {
  if (explicit) return explicit;
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension === "ods" || extension === "numbers" || extension === "xlsb") {
    throw new LedgerFileError(
      `${fileName} is a .${extension} file, which Openstaand cannot read. ${SAVE_AS}`,
      `${fileName} is een .${extension}-bestand; dat kan Openstaand niet lezen. ${SAVE_AS_NL}`
    );
  }
  if (isZip(bytes)) return "xlsx";
  if (isOle2(bytes)) {
    const encrypted = extension === "xlsx" || extension === "xlsm";
    throw new LedgerFileError(
      encrypted
        ? `${fileName} is password-protected (encrypted), so it cannot be read. Remove the password in Excel and try again.`
        : `${fileName} is an old Excel 97-2003 workbook (.xls), which Openstaand cannot read. ${SAVE_AS}`,
      encrypted
        ? `${fileName} is met een wachtwoord beveiligd (versleuteld) en daardoor niet te lezen. Haal het wachtwoord er in Excel af en probeer het opnieuw.`
        : `${fileName} is een oude Excel 97-2003-werkmap (.xls); die kan Openstaand niet lezen. ${SAVE_AS_NL}`
    );
  }
  if (
    extension === "xlsx" ||
    extension === "xlsm" ||
    extension === "xltx" ||
    extension === "xltm"
  ) {
    throw new LedgerFileError(
      `${fileName} is not a valid Excel workbook: its content is not an .xlsx package. ${SAVE_AS}`,
      `${fileName} is geen geldige Excel-werkmap: de inhoud is geen .xlsx-bestand. ${SAVE_AS_NL}`
    );
  }
  if (looksLikeHtml(bytes)) {
    throw new LedgerFileError(
      `${fileName} is a web page (HTML) saved under a spreadsheet name. ${SAVE_AS}`,
      `${fileName} is een webpagina (HTML) die onder de naam van een spreadsheet is opgeslagen. ${SAVE_AS_NL}`
    );
  }
  return "csv";
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOle2(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((byte, i) => bytes[i] === byte);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table");
}
