// A stand-in for the CustomFunctions global of Office's runtime: what the wrappers use (Error,
// ErrorCode, associate). Importing this module installs it; import it before the functions.

/** What `new CustomFunctions.Error(code, message)` makes in the tests. */
export class FakeCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: () => undefined,
  },
});

/** The CustomFunctions.Error that `fn` throws; fails the test when it returns or throws another. */
export function errorOf(fn: () => unknown): FakeCustomFunctionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FakeCustomFunctionError) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error");
}
