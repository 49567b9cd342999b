/**
 * The unpack budget of the streaming XLSX reader: what it lets a workbook unpack to, part by part,
 * counted while inflating. The streamed sheet is never held — each chunk is parsed and dropped — so
 * its cap follows Excel's own maximum, not the reader's memory: {@link XLSX_STREAM_MAX_SHEET_BYTES}
 * is 1,048,576 rows of 1 KiB (a row of 20-odd filled cells with their references, styles and
 * values; a seven-column ledger row as Excel writes it is about 270 bytes). The other parts it reads
 * (workbook, relationships, styles, shared strings) are held as values and keep the workbook cap of
 * {@link XLSX_MAX_UNPACKED_BYTES} in all.
 *
 * A zip bomb is refused by its packing: every part the reader unpacks may unpack to at most
 * {@link XLSX_MAX_PACK_RATIO} times its packed size (worksheet XML packs 6–8-fold, a sheet of empty
 * formatted rows about 28-fold; deflate reaches about 1,000-fold on repeated bytes, as bombs are
 * built). Each part is checked from its declared sizes before it is unpacked, then while it
 * inflates: a running count against the size it declares (more is a lie), its packed size times
 * the ratio, and the caps above — so reading stops within one chunk of any limit. Parts the sheet
 * does not need are never unpacked and not held to any of this.
 */
import { LedgerFileError } from "../ledger-file-error";
import {
  ADVICE,
  ADVICE_NL,
  MAX_PARTS,
  XLSX_MAX_UNPACKED_BYTES,
  declaredParts,
  megabytes,
  megabytesNl,
  notAWorkbook,
  partLies,
  tooManyBytes,
} from "../xlsx-size-guard";

/** Excel's last row. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Most bytes the streamed sheet may unpack to: Excel's 1,048,576 rows of 1 KiB each (1 GiB). */
export const XLSX_STREAM_MAX_SHEET_BYTES = EXCEL_MAX_ROWS * 1024;
/** Most bytes a part may unpack to per packed byte (a zip bomb packs far tighter). */
export const XLSX_MAX_PACK_RATIO = 100;
/** Parts up to this size are not held to the ratio (a small part of repeated text may pack tighter, harmlessly). */
export const XLSX_RATIO_FREE_BYTES = 1024 * 1024;

/** The limits of a {@link StreamBudget} (the constants above; a test may pass smaller ones). */
export interface StreamLimits {
  sheetBytes: number;
  otherBytes: number;
  packRatio: number;
  ratioFreeBytes: number;
}

export const STREAM_LIMITS: StreamLimits = {
  sheetBytes: XLSX_STREAM_MAX_SHEET_BYTES,
  otherBytes: XLSX_MAX_UNPACKED_BYTES,
  packRatio: XLSX_MAX_PACK_RATIO,
  ratioFreeBytes: XLSX_RATIO_FREE_BYTES,
};

function packedTooTight(
  fileName: string,
  part: string,
  unpacked: number,
  packed: number,
  declared: boolean
): LedgerFileError {
  const ratio = Math.floor(unpacked / Math.max(packed, 1)).toLocaleString("en-US");
  const ratioNl = ratio.replace(/,/g, ".");
  const size = declared ? megabytes(unpacked) : `more than ${megabytes(unpacked)}`;
  const sizeNl = declared ? megabytesNl(unpacked) : `meer dan ${megabytesNl(unpacked)}`;
  return new LedgerFileError(
    `${fileName} is not read: its part ${part} unpacks to ${size} from ${packed.toLocaleString("en-US")} bytes packed (${ratio} to 1). A real workbook packs at most about ${XLSX_MAX_PACK_RATIO} to 1; this one is damaged or made to overload the reader (a "zip bomb"). Openstaand stopped reading it. ${ADVICE}`,
    `${fileName} wordt niet ingelezen: het onderdeel ${part} is uitgepakt ${sizeNl} uit ${packed.toLocaleString("en-US").replace(/,/g, ".")} bytes ingepakt (${ratioNl} op 1). Een echte werkmap pakt hooguit ongeveer ${XLSX_MAX_PACK_RATIO} op 1 in; deze is beschadigd of gemaakt om de lezer te overbelasten (een "zipbom"). Openstaand is gestopt met lezen. ${ADVICE_NL}`
  );
}

function sheetTooLarge(
  fileName: string,
  part: string,
  bytes: number,
  limit: number,
  declared: boolean
): LedgerFileError {
  const rows = EXCEL_MAX_ROWS.toLocaleString("en-US");
  return new LedgerFileError(
    `${fileName} is too large to read: its sheet ${part} unpacks to ${declared ? "" : "more than "}${megabytes(bytes)}, and Openstaand reads a sheet of at most ${megabytes(limit)} unpacked (Excel's ${rows} rows of 1 KB each). ${ADVICE}`,
    `${fileName} is te groot om in te lezen: het blad ${part} is uitgepakt ${declared ? "" : "meer dan "}${megabytesNl(bytes)}, en Openstaand leest een blad van hooguit ${megabytesNl(limit)} uitgepakt (de ${rows.replace(/,/g, ".")} rijen van Excel, van 1 KB elk). ${ADVICE_NL}`
  );
}

interface PartCount {
  declared: number;
  packed: number;
  read: number;
  sheet: boolean;
}

/**
 * The running budget of one streamed read. {@link StreamBudget.open} checks a part's declared sizes
 * before it is unpacked, {@link StreamBudget.count} each unpacked chunk.
 */
export class StreamBudget {
  private readonly declared = new Map<string, { unpacked: number; packed: number }>();
  private readonly parts = new Map<string, PartCount>();
  private other = 0;

  /** Reads the package's table of contents; throws for a damaged one or too many parts. */
  constructor(
    bytes: Uint8Array,
    private readonly fileName: string,
    private readonly limits: StreamLimits = STREAM_LIMITS
  ) {
    const parts = declaredParts(bytes, fileName);
    if (parts.length > MAX_PARTS)
      throw notAWorkbook(
        fileName,
        `the package holds ${parts.length} parts, more than a workbook has`,
        `het pakket bevat ${parts.length} onderdelen, meer dan een werkmap heeft`
      );
    for (const part of parts)
      this.declared.set(part.name.replace(/^\//, ""), {
        unpacked: part.unpackedBytes,
        packed: part.packedBytes,
      });
  }

  /** Before part `name` is unpacked (`sheet`: the streamed sheet): its declared sizes. */
  open(name: string, sheet: boolean): void {
    const declared = this.declared.get(name) ?? { unpacked: Infinity, packed: Infinity };
    const { fileName, limits } = this;
    if (
      declared.unpacked > limits.ratioFreeBytes &&
      declared.unpacked > declared.packed * limits.packRatio
    )
      throw packedTooTight(fileName, name, declared.unpacked, declared.packed, true);
    if (sheet && declared.unpacked > limits.sheetBytes && declared.unpacked !== Infinity)
      throw sheetTooLarge(fileName, name, declared.unpacked, limits.sheetBytes, true);
    if (
      !sheet &&
      this.other + declared.unpacked > limits.otherBytes &&
      declared.unpacked !== Infinity
    )
      throw tooManyBytes(fileName, this.other + declared.unpacked, true);
    this.parts.set(name, { declared: declared.unpacked, packed: declared.packed, read: 0, sheet });
  }

  /** `n` more bytes of part `name` unpacked: stops the read at the first limit passed. */
  count(n: number, name: string): void {
    const part = this.parts.get(name);
    if (part === undefined) throw new Error(`part ${name} was not opened`);
    part.read += n;
    const { fileName, limits } = this;
    if (part.read > part.declared) throw partLies(fileName, name);
    if (part.read > limits.ratioFreeBytes && part.read > part.packed * limits.packRatio)
      throw packedTooTight(fileName, name, part.read, part.packed, false);
    if (part.sheet) {
      if (part.read > limits.sheetBytes)
        throw sheetTooLarge(fileName, name, limits.sheetBytes, limits.sheetBytes, false);
    } else {
      this.other += n;
      if (this.other > limits.otherBytes) throw tooManyBytes(fileName, this.other, false);
    }
  }
}
