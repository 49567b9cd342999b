/* global CustomFunctions */
import { ArgumentError } from "./args";

/**
 * Runs a custom function's body and turns a bad argument into #VALUE! with a message that names the
 * argument and the value. Anything else is a defect and propagates (Excel shows #VALUE! too).
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    }
    throw error;
  }
}
