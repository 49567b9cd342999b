/**
 * The `openstaand` command line, independent of Node's globals so tests run it in-process:
 * `run(argv, io)` returns the exit status (0 read, 1 could not read, 2 usage error).
 */
import { demoLedger, loadLedgerFile, VERSION } from "../app";
import { demoCsvText, demoXlsxBytes } from "../hosts/browser";
import { parseCliArgs, UsageError, type CliCommand } from "./cli-args";
import type { CliIo } from "../hosts/node";
import { checkJson } from "./check-json";
import { checkReport } from "./check-report";
import { describeFailure } from "./describe-failure";
import { HELP_TEXT } from "./help-text";
import { reportCommand } from "./report-command";
import { remindCommand } from "./remind-command";
import { handoffCommand } from "./handoff-command";
import { paymentsCommand } from "./payments-command";
import { inputName, readLedgerBytes, readProgress } from "./ledger-input";
import { conversationCommand } from "./calls-command";

export type { CliIo } from "../hosts/node";

/** Exit status: the file was read (with or without issues) / could not be read / bad command line. */
export const EXIT_OK = 0;
/** The file could not be read, or the demo could not be written. */
export const EXIT_FAILED = 1;
/** The command line was wrong. */
export const EXIT_USAGE = 2;

/** Runs the command line `argv` (without node and script name) and returns the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`openstaand: ${error.message}\nRun "openstaand --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (command.command === "help") {
    io.stdout(HELP_TEXT);
    return EXIT_OK;
  }
  if (command.command === "version") {
    io.stdout(`openstaand ${VERSION}\n`);
    return EXIT_OK;
  }
  try {
    if (command.command === "report") return await reportCommand(command, io);
    if (command.command === "remind") return await remindCommand(command, io);
    if (command.command === "handoff") return await handoffCommand(command, io);
    if (command.command === "calls" || command.command === "arrange")
      return await conversationCommand(command, io);
    if (command.command === "payments") return await paymentsCommand(command, io);
    return command.command === "check" ? await check(command, io) : await demo(command, io);
  } catch (error) {
    // A required option the command found missing (--as-of where there is no clock): usage.
    if (error instanceof UsageError) {
      io.stderr(`openstaand: ${error.message}\nRun "openstaand --help" for usage.\n`);
      return EXIT_USAGE;
    }
    // --lang nl: the Dutch text of the error (LedgerFileError, LedgerError).
    const lang = command.command === "demo" ? "en" : command.lang;
    io.stderr(`openstaand: ${describeFailure(error, lang)}\n`);
    return EXIT_FAILED;
  }
}

async function check(
  command: Extract<CliCommand, { command: "check" }>,
  io: CliIo
): Promise<number> {
  const name = inputName(command.file, command.lang);
  const progress = readProgress(io, name, command.lang);
  let result: Awaited<ReturnType<typeof loadLedgerFile>>;
  try {
    const bytes = await readLedgerBytes(command.file, io, progress);
    result = await loadLedgerFile(bytes, name, {
      ...(command.mapping ? { mapping: command.mapping } : {}),
      sheet: command.sheet,
      asOf: command.asOf,
      headerRow: command.headerRow,
      dayOrder: command.dayOrder,
      notation: command.notation,
    });
    progress.rows(result.control.rowsRead);
  } finally {
    progress.done();
  }
  io.stdout(
    command.json
      ? `${JSON.stringify(checkJson(name, result), null, 2)}\n`
      : checkReport(name, result, {
          locale: command.locale,
          maxIssues: command.maxIssues,
          lang: command.lang,
        })
  );
  return EXIT_OK;
}

async function demo(command: Extract<CliCommand, { command: "demo" }>, io: CliIo): Promise<number> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const ledger = demoLedger({ seed: command.seed, asOf: command.asOf });
  const dir = command.out.replace(/[\\/]+$/, "") || ".";
  const xlsxPath = `${dir}/demo.xlsx`;
  const csvPath = `${dir}/demo.csv`;
  await io.writeFile(xlsxPath, await demoXlsxBytes(ledger));
  await io.writeFile(csvPath, new TextEncoder().encode(demoCsvText(ledger)));
  io.stdout(
    `Wrote ${xlsxPath} and ${csvPath} (${ledger.rows.length} invoices, as of ${ledger.asOf}).\n`
  );
  return EXIT_OK;
}
