/** Excel failures mapped to {@link HostError}s that name the sheet, table or column. */
import { HostError, type HostErrorPlace } from "../../app";

/** A failure reported by Excel (a RichApi error) or found in the workbook, explained. */
export class ExcelHostError extends HostError {
  constructor(...args: ConstructorParameters<typeof HostError>) {
    super(...args);
    this.name = "ExcelHostError";
  }
}

/** What the adapter was doing, as a sentence in both languages, for the error message. */
export interface ExcelAction {
  /** "Excel could not read the sheet 'Blad1'" */
  en: string;
  /** "Excel kon het blad 'Blad1' niet lezen" */
  nl: string;
  place?: HostErrorPlace;
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/**
 * True for Excel's "request too large" failure (Excel on the web refuses requests and responses
 * over 5 MB with code RequestPayloadSizeLimitExceeded; older builds only say "payload").
 */
export function isPayloadError(error: unknown): boolean {
  return (
    errorCode(error) === "RequestPayloadSizeLimitExceeded" || /payload/i.test(errorText(error))
  );
}

/**
 * Maps any failure during `action` to an ExcelHostError (a HostError passes through unchanged), with
 * Excel's own message and code appended so nothing is lost.
 */
export function toExcelHostError(error: unknown, action: ExcelAction): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const detail = `${errorText(error).replace(/\.$/, "")}${code ? ` (${code})` : ""}`;
  const place = action.place ?? {};
  if (isPayloadError(error)) {
    return new ExcelHostError(
      "payload",
      `${action.en}: the request is larger than Excel accepts, even one row at a time (${detail}).`,
      `${action.nl}: het verzoek is groter dan Excel toestaat, zelfs per rij (${detail}).`,
      place,
      error
    );
  }
  const kind =
    code === "ItemNotFound" ? "not-found" : code === "ApiNotFound" ? "unsupported" : "host";
  return new ExcelHostError(
    kind,
    `${action.en}: ${detail}.`,
    `${action.nl}: ${detail}.`,
    place,
    error
  );
}
