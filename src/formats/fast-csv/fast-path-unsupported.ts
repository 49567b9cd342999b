/** The file is not plain enough for the fast CSV path; use the full reader (readLedgerFile). */
export class FastPathUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FastPathUnsupported";
  }
}
