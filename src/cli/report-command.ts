/**
 * `openstaand report <file|folder>`: reads each ledger, builds the receivables report model and
 * prints it as JSON (--json), writes a self-contained HTML report (--out), or prints the key figures.
 * A folder gives one report per ledger file plus a summary (the accountant with several clients).
 */
import type { ReportModel } from "../analytics";
import type { ChartBundles, FileOutcome } from "../documents";
import { formatCents, type Cents } from "../core";
import { type CliCommand, UsageError } from "./cli-args";
import type { CliIo } from "../hosts/node";
import {
  CONSOLE_COLUMNS,
  fileReport,
  jsonText,
  readReportInputWithRecords,
  type Records,
  type RecordsBridge,
  localDay,
  readReportInput,
  reportHtml,
  reportJson,
  reportSummaryHtml,
  reportSummaryLines,
  reportText,
  wrapLine,
  type ReportInput,
} from "../app";
import { commandRecords, commandSettings } from "./calls-command";
import type { CreditYieldInputs } from "../analytics";
import { describeFailure } from "./describe-failure";
import { inputName, readLedgerBytes, readProgress, STDIN_ARGUMENT } from "./ledger-input";

type ReportCommand = Extract<CliCommand, { command: "report" }>;

/** File extensions a folder report picks up. */
const LEDGER_FILE = /\.(csv|txt|tsv|xlsx|xlsm)$/i;

function clock(io: CliIo): () => number {
  return io.now ?? (() => performance.now());
}

/** A report's outcome; with --records, the bridge from the export's open total. */
type Outcome = FileOutcome & { bridge?: RecordsBridge };

async function reportOne(
  command: ReportCommand,
  path: string,
  io: CliIo,
  records: Records | null = null,
  creditYield?: CreditYieldInputs
): Promise<Outcome> {
  const now = clock(io);
  const t0 = now();
  const file = inputName(path, command.lang);
  const progress = readProgress(io, file, command.lang);
  let bytes: Uint8Array;
  try {
    bytes = await readLedgerBytes(path, io, progress);
  } catch (error) {
    progress.done();
    if (error instanceof UsageError) throw error;
    return { file, error: describeFailure(error, command.lang) };
  }
  let input: ReportInput;
  let bridge: RecordsBridge | undefined;
  try {
    const readOptions = {
      ...(command.mapping ? { mapping: command.mapping } : {}),
      sheet: command.sheet,
      headerRow: command.headerRow,
      dayOrder: command.dayOrder,
      notation: command.notation,
    };
    if (records) {
      // The records apply to the ledger, so the full reader reads it (not the fast frame).
      const withRecords = await readReportInputWithRecords(
        bytes,
        file,
        readOptions,
        records,
        command.asOf
      );
      input = withRecords.input;
      bridge = withRecords.bridge;
    } else input = await readReportInput(bytes, file, readOptions, io);
    progress.rows(input.rows);
  } catch (error) {
    // The reader's own messages name the file already; others get it in front.
    const why = describeFailure(error, command.lang);
    return { file, error: why.includes(file) ? why : `${file}: ${why}` };
  } finally {
    progress.done();
  }
  const t1 = now();
  const nl = command.lang === "nl";
  const seconds = (ms: number): string => {
    const text = (ms / 1000).toFixed(1);
    return nl ? text.replace(".", ",") : text;
  };
  if (input.declined !== null && t1 - t0 > 1000)
    io.stderr(
      nl
        ? `${file}: gelezen met de volledige lezer, niet de snelle: ${input.declined}\n`
        : `${file}: read with the full reader, not the fast one: ${input.declined}\n`
    );
  if (t1 - t0 > 1000)
    io.stderr(
      nl
        ? `${file}: ${input.rows.toLocaleString("nl-NL")} regels gelezen in ${seconds(t1 - t0)} s\n`
        : `${file}: ${input.rows.toLocaleString("en")} rows read in ${seconds(t1 - t0)} s\n`
    );
  const options = {
    edges: command.edges,
    basis: command.ageOn,
    months: command.months,
    ...(creditYield ? { creditYield } : {}),
  };
  // The day: --as-of, else today (or the last invoice day of a ledger with nothing open).
  const model = fileReport(input, options, command.asOf, io.today ?? (() => localDay(new Date())));
  const t2 = now();
  if (t2 - t1 > 1000)
    io.stderr(
      nl
        ? `${file}: rapport opgesteld in ${seconds(t2 - t1)} s\n`
        : `${file}: report built in ${seconds(t2 - t1)} s\n`
    );
  return {
    file,
    model,
    issues: input.issues,
    rejected: input.rejected,
    ...(bridge ? { bridge } : {}),
  };
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, "");
}

/** Runs the report command; returns the exit status (0 all reported, 1 a file failed). */
export async function reportCommand(command: ReportCommand, io: CliIo): Promise<number> {
  const listing =
    io.listFolder && command.path !== STDIN_ARGUMENT ? await io.listFolder(command.path) : null;
  const bundles = command.out !== undefined || listing !== null ? await loadBundles(io) : null;
  if (listing !== null && command.records !== undefined)
    throw new UsageError(
      "--records applies to one ledger file, not a folder of ledgers (each has its own records)."
    );
  // --settings: what better credit control yields, as Instellingen sets it.
  const creditYield =
    command.settings === undefined
      ? undefined
      : (await commandSettings(command.settings, io)).creditYield;
  if (listing === null) {
    const records =
      command.records === undefined ? null : await commandRecords(command.records, io);
    const outcome = await reportOne(command, command.path, io, records, creditYield);
    const name = inputName(command.path, command.lang);
    if (!("model" in outcome))
      throw new Error(
        outcome.error
          .replace(/^cannot read [^:]*: /, `cannot read ${name}: `)
          .replace(/^kan .* niet lezen: /, `kan ${name} niet lezen: `)
      );
    await emit(command, outcome, command.out, bundles, io);
    return 0;
  }
  const files = listing.filter((name) => LEDGER_FILE.test(name) && !name.startsWith("~$")).sort();
  const dir = command.path.replace(/[\\/]+$/, "");
  const outDir = (command.out ?? `${dir}/openstaand-rapport`).replace(/[\\/]+$/, "");
  const outcomes: FileOutcome[] = [];
  const json: unknown[] = [];
  for (const name of files) {
    const outcome = await reportOne(command, `${dir}/${name}`, io, null, creditYield);
    outcomes.push(outcome);
    if (!("model" in outcome)) {
      io.stderr(`openstaand: ${outcome.error}\n`);
      json.push({ file: outcome.file, error: outcome.error });
      continue;
    }
    if (command.json)
      json.push({ file: outcome.file, report: reportJson(outcome.model, command.lang) });
    else await emit(command, outcome, `${outDir}/${baseName(name)}.html`, bundles, io);
  }
  if (command.json) {
    for (const piece of jsonText({ folder: command.path, reports: json }, command.pretty))
      io.stdout(piece);
  } else {
    if (!io.writeFile) throw new Error("this environment cannot write files.");
    const summary = reportSummaryHtml(outcomes, command.lang, (file) => `${baseName(file)}.html`);
    await io.writeFile(`${outDir}/index.html`, new TextEncoder().encode(summary));
    const reports = outcomes.filter((o) => "model" in o).length;
    const failed = outcomes.length - reports;
    const done =
      command.lang === "nl"
        ? `${outDir}/index.html en ${reports} ${reports === 1 ? "rapport" : "rapporten"} geschreven.${failed > 0 ? ` ${failed} ${failed === 1 ? "bestand was" : "bestanden waren"} niet te lezen (zie hierboven).` : ""}`
        : `Wrote ${outDir}/index.html and ${reports} reports.${failed > 0 ? ` ${failed} ${failed === 1 ? "file" : "files"} could not be read (see above).` : ""}`;
    io.stdout(
      [...reportSummaryLines(outcomes, command.lang), ...wrapLine(done, CONSOLE_COLUMNS)].join(
        "\n"
      ) + "\n"
    );
  }
  return outcomes.every((o) => "model" in o) ? 0 : 1;
}

/** The bridge as the JSON shows it: euros, the payments recorded named as the bridge item. */
function bridgeJson(bridge: RecordsBridge, model: ReportModel, dir: string) {
  const euros = (cents: number): number => cents / 100;
  return {
    folder: dir,
    exportedOpen: euros(bridge.exportedOpen),
    paymentsRecorded: euros(-bridge.paymentsRecorded),
    invoicesPaid: bridge.invoicesPaid,
    ledgerOpen: euros(bridge.ledgerOpen),
    reconciles: bridge.ledgerOpen === model.control.ledgerOpen,
  };
}

/** The console line of the bridge. */
function bridgeLine(bridge: RecordsBridge, dir: string, lang: "nl" | "en"): string {
  const euro = (cents: number): string => formatCents(cents as Cents, lang);
  const n = bridge.invoicesPaid;
  return lang === "nl"
    ? `Vastleggingen uit ${dir}: openstaand volgens de export ${euro(bridge.exportedOpen)}, vastgelegde betalingen −${euro(bridge.paymentsRecorded)} (${n} ${n === 1 ? "factuur" : "facturen"}), openstaand in dit rapport ${euro(bridge.ledgerOpen)}.\n`
    : `Records from ${dir}: open per the export ${euro(bridge.exportedOpen)}, payments recorded −${euro(bridge.paymentsRecorded)} (${n} ${n === 1 ? "invoice" : "invoices"}), open in this report ${euro(bridge.ledgerOpen)}.\n`;
}

async function emit(
  command: ReportCommand,
  outcome: Extract<FileOutcome, { model: ReportModel }> & { bridge?: RecordsBridge },
  out: string | undefined,
  bundles: ChartBundles | null,
  io: CliIo
): Promise<void> {
  const { model, file, bridge } = outcome;
  const records =
    bridge && command.records !== undefined
      ? { records: bridgeJson(bridge, model, command.records) }
      : {};
  const json = () => ({ file, ...reportJson(model, command.lang), ...records });
  if (command.json && command.out === undefined) {
    // Written as it is serialised: a million-row report is never one string in memory.
    for (const piece of jsonText(json(), command.pretty)) io.stdout(piece);
    return;
  }
  if (out !== undefined) {
    if (!io.writeFile) throw new Error("this environment cannot write files.");
    const html = reportHtml(model, { lang: command.lang, source: baseName(file), bundles });
    await io.writeFile(out, new TextEncoder().encode(html));
    if (command.json) for (const piece of jsonText(json(), command.pretty)) io.stdout(piece);
    else if (!/\/index\.html$/.test(out) && inputName(command.path, command.lang) === file)
      io.stdout(`Wrote ${out}.\n`);
    if (bundles === null)
      io.stderr(
        "openstaand: the chart libraries (vega, vega-lite, vega-embed) were not found; the report has tables only.\n"
      );
    return;
  }
  io.stdout(reportText(outcome, command.lang));
  if (bridge && command.records !== undefined)
    io.stdout(bridgeLine(bridge, command.records, command.lang));
}

async function loadBundles(io: CliIo): Promise<ChartBundles | null> {
  return io.chartBundles ? await io.chartBundles() : null;
}
