/* global CustomFunctions */
import { CoreError } from "../src/core";
import { ArgumentError, OutOfCalendarError } from "./args";

/**
 * The start of the message of an error nobody foresaw (a defect). The property test over every
 * function (test/functions/hostile-arguments.test.ts) fails when any argument shape reaches it.
 */
export const INTERNAL_ERROR_PREFIX = "Openstaand could not compute this";

/** Core error codes that mean "the answer lies outside Excel's calendar (1900-01-01..9999-12-31)". */
const OUT_OF_CALENDAR = new Set(["day.out-of-range", "serial.out-of-range"]);

/**
 * Runs a custom function's body so that it never throws raw: Excel would show #VALUE! without a
 * message. A bad argument becomes #VALUE! naming the argument and the value; a CustomFunctions.Error
 * the body chose (#N/A, #NUM!) passes; a core error becomes #NUM! (outside the calendar) or #VALUE!
 * with its message; anything else is a defect, still shown as #VALUE! with a message.
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * What {@link guarded} throws for `error`. Hot functions (a volatile column) call it from their own
 * try/catch instead of allocating a closure per call.
 */
export function asExcelError(error: unknown): unknown {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof ArgumentError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  if (error instanceof OutOfCalendarError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, error.message);
  }
  if (error instanceof CoreError) {
    const code = OUT_OF_CALENDAR.has(error.code)
      ? CustomFunctions.ErrorCode.invalidNumber
      : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `${INTERNAL_ERROR_PREFIX}: ${detail}`.slice(0, 250)
  );
}
