/**
 * `openstaand remind <file> [--as-of] [--out dir] [--company company.json] [--log a.csv]
 * [--handovers overdracht.csv] [--costs-vat]`: the reminder run's proposals as a mail-merge csv, a
 * zip of .eml drafts, a printable HTML file of letters and the reminder log (csv, with control
 * line). The ledger's own columns say what was sent before (reminder stage and date) and whether a
 * debtor is a consumer; earlier logs (--log) bring those columns up to date first, and claims in a
 * hand-over state file (--handovers) get no reminder. The log written holds the earlier entries
 * plus this run's, so the next run needs only that one file.
 */
import type { CompanyDetails } from "../documents";
import type { ConversationEntry } from "../dunning";
import type { LedgerFileResult } from "../formats";
import {
  applyRecordsWithEffects,
  companyFromJson,
  companyWarning,
  DEFAULT_SETTINGS,
  DEMO_COMPANY_NAME,
  draftReminders,
  exclusionLines,
  loadLedgerFile,
  reviewJson,
  reviewRun,
  saveReminderLog,
  type Settings,
  unmatchedRecords,
  unmatchedRecordsText,
  type AppliedRecords,
  type Records,
} from "../app";
import { formatCents, textIn, type Cents, type IsoDay } from "../core";
import { type CliCommand, UsageError, type ColumnMapping } from "./cli-args";
import {
  type CliIo,
  fileNames,
  readHandoverFiles,
  readLogFiles,
  recordPath,
  recordsFolderHost,
} from "../hosts/node";
import { commandRecords } from "./calls-command";
import { inputName, readLedgerBytes, readProgress } from "./ledger-input";

type RemindCommand = Extract<CliCommand, { command: "remind" }>;

/**
 * Reads `--company` (JSON); without it, warns that the letters come from the fake demo company
 * (draftReminders' `demoCompany` option) and returns null.
 */
export async function loadCompany(
  path: string | undefined,
  io: CliIo,
  lang: "nl" | "en" = "en"
): Promise<CompanyDetails | null> {
  if (path === undefined) {
    io.stderr(
      lang === "nl"
        ? `openstaand: waarschuwing: geen --company opgegeven; de brieven gebruiken het fictieve demobedrijf "${DEMO_COMPANY_NAME}". Verstuur ze niet.\n`
        : `openstaand: warning: no --company given; letters use the fake demo company "${DEMO_COMPANY_NAME}". Do not send them.\n`
    );
    return null;
  }
  const text = new TextDecoder().decode(await io.readFile(path));
  try {
    return companyFromJson(text);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The settings of a CLI run: the defaults (the CLI keeps no settings), with the company of
 * `--company` and the VAT choice of `--costs-vat`.
 */
export function runSettings(
  company: CompanyDetails | null,
  costsVat: boolean | undefined
): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(company ? { company: { ...DEFAULT_SETTINGS.company, ...company } } : {}),
    letters: { ...DEFAULT_SETTINGS.letters, costsIncludeVat: costsVat === true },
  };
}

/**
 * The run day: --as-of, else today (from the io). Without either the option is required: a usage
 * error naming it (exit status 2).
 */
export function runDay(asOf: IsoDay | undefined, io: CliIo, name: string): IsoDay {
  const day = asOf ?? io.today?.();
  if (!day) throw new UsageError(`${name} needs --as-of YYYY-MM-DD here (there is no clock).`);
  return day;
}

/**
 * Reads the ledger argument of remind and handoff ("-": standard input) as of `asOf`, with the
 * progress line on a terminal; the result is named as messages name it ("stdin" for "-").
 */
export async function readCommandLedger(
  path: string,
  options: { sheet?: string; asOf: IsoDay; lang: "nl" | "en"; mapping?: ColumnMapping },
  io: CliIo
): Promise<LedgerFileResult> {
  const name = inputName(path, options.lang);
  const progress = readProgress(io, name, options.lang);
  try {
    const bytes = await readLedgerBytes(path, io, progress);
    const read = await loadLedgerFile(bytes, name, {
      ...(options.mapping ? { mapping: options.mapping } : {}),
      sheet: options.sheet,
      asOf: options.asOf,
    });
    progress.rows(read.control.rowsRead);
    return read;
  } finally {
    progress.done();
  }
}

/** Runs `remind`; returns the exit status. */
export async function remindCommand(command: RemindCommand, io: CliIo): Promise<number> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const company = await loadCompany(command.company, io, command.lang);
  const asOf = runDay(command.asOf, io, "remind");
  const read = await readCommandLedger(command.file, { ...command, asOf }, io);
  // The records folder (--records DIR) and the record files (--log, --handovers) together; the
  // same letter or claim in both counts once.
  const kept = await commandRecords(command.records, io);
  const earlier = dedupe([...kept.log, ...(await readLogFiles(command.log ?? [], io))], (e) =>
    JSON.stringify(e)
  );
  const filed = await readHandoverFiles(command.handovers ?? [], io);
  const handovers = {
    records: dedupe(
      [...kept.handovers.records, ...filed.records],
      (r) => `${r.customerId}\u0000${r.invoiceId}`
    ),
  };
  const records = { ...kept, log: earlier, handovers };
  // Every record applied first, in applyRecords' order: payments, log, hand-overs, disputes.
  const applied = applyRecordsWithEffects(read.ledger, records, asOf);
  const ledger = applied.ledger;
  // Records of an invoice this ledger has for another customer are not applied: say so.
  const foreign = unmatchedRecordsText(
    unmatchedRecords(read.ledger, records).filter((u) => u.reason === "other-customer")
  );
  if (foreign) io.stderr(`openstaand: warning: ${foreign.en}\n`);
  // The one reminder review and the one set of drafts the pane makes too; a handed-over invoice
  // says to whom (an invoice of a factoring batch: "assigned to the factor"). The CLI's run day
  // is its --as-of day (else today): the letters and the log entries carry it.
  const settings = runSettings(company, command.costsVat);
  const review = reviewRun(ledger, asOf, settings, handovers, records.conversation);
  const drafts = await draftReminders(ledger, review.proposals, settings, asOf, {
    demoCompany: company === null,
    ...(command.company === undefined ? {} : { companyFile: command.company }),
    earlierLog: earlier,
    runDay: asOf,
  });
  const { letters, log } = drafts;
  // The letters of a company file without address or KvK number: say which details they lack.
  const lacking = company && companyWarning(company, command.lang, "cli");
  if (lacking)
    io.stderr(
      `openstaand: ${command.lang === "nl" ? "waarschuwing" : "warning"}: ${command.company}: ${lacking}\n`
    );
  const dir = (command.out ?? ".").replace(/[\\/]+$/, "") || ".";
  const logPath = `${dir}/${drafts.fileNames.log}`;
  const files: [string, Uint8Array][] = [
    [`${dir}/${drafts.fileNames.mailMerge}`, drafts.mailMergeCsv],
    [`${dir}/${drafts.fileNames.eml}`, drafts.emlZip],
    [`${dir}/${drafts.fileNames.html}`, new TextEncoder().encode(drafts.lettersHtml)],
    [logPath, drafts.logCsv],
    // The QR codes beside the merge file, as its "QR-code" column names them (Word's picture field).
    ...drafts.qrImages.map(({ name, png }): [string, Uint8Array] => [`${dir}/${name}`, png]),
  ];
  for (const [path, data] of files) await io.writeFile(path, data);
  // The records folder keeps the log: the earlier entries plus this run's.
  if (command.records !== undefined && log.length > 0) {
    await saveReminderLog(recordsFolderHost(command.records, io), command.records, [
      ...earlier,
      ...log,
    ]);
    files.push([recordPath(command.records, "reminderLog"), new Uint8Array()]);
  }
  const nl = command.lang === "nl";
  const euro = (cents: Cents): string => formatCents(cents, command.lang);
  const mergeWarnings = drafts.mailMergeWarnings;
  for (const warning of mergeWarnings)
    io.stderr(`openstaand: ${nl ? "waarschuwing" : "warning"}: ${textIn(warning, command.lang)}\n`);
  const control = drafts.control;
  const notes: string[] = [];
  if (command.log)
    notes.push(
      nl
        ? `Eerder log: ${earlier.length} ${earlier.length === 1 ? "regel" : "regels"} uit ${fileNames(command.log)} eerst verwerkt, zodat al verstuurde brieven niet opnieuw worden voorgesteld. ${logPath} bevat die ${earlier.length} plus de ${log.length} van deze run.`
        : `Earlier log: ${earlier.length} ${earlier.length === 1 ? "entry" : "entries"} from ${fileNames(command.log)} applied first, so letters already sent are not proposed again. ${logPath} holds those ${earlier.length} plus this run's ${log.length}.`
    );
  if (command.records !== undefined)
    notes.push(...folderNotes(command.records, records, applied, nl, euro));
  if (command.handovers) {
    const n = filed.records.length;
    notes.push(
      nl
        ? `Overgedragen: ${n} ${n === 1 ? "vordering" : "vorderingen"} uit ${fileNames(command.handovers)} buiten de aanmaningsladder gehouden.`
        : `Handed over: ${n} ${n === 1 ? "claim" : "claims"} from ${fileNames(command.handovers)} left out of the reminder ladder.`
    );
  }
  if (command.costsVat)
    notes.push(
      nl
        ? "Incassokosten inclusief 21% btw (--costs-vat)."
        : "Collection costs include 21% VAT (--costs-vat)."
    );
  if (command.json) {
    const json = {
      ...reviewJson(review),
      files: files.map(([path]) => path),
      mailMergeWarnings: mergeWarnings,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const summary = nl
    ? `${letters.length} ${letters.length === 1 ? "brief" : "brieven"} per ${asOf}: hoofdsom ${euro(control.principal)}, rente ${euro(control.interest)}, kosten ${euro(control.costs)}, totaal ${euro(control.total)}.`
    : `${letters.length} ${letters.length === 1 ? "letter" : "letters"} as of ${asOf}: principal ${euro(control.principal)}, interest ${euro(control.interest)}, costs ${euro(control.costs)}, total ${euro(control.total)}.`;
  io.stdout(
    `${summary}\n` +
      notes.map((note) => `${note}\n`).join("") +
      exclusionLines(review, 200, command.lang)
        .map((line) => `${line}\n`)
        .join("") +
      files.map(([path]) => `${nl ? "Geschreven:" : "Wrote"} ${path}\n`).join("")
  );
  return 0;
}

/** The first of each key, in order. */
function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What the records folder brought to the run, one line per kind that holds anything. */
function folderNotes(
  dir: string,
  records: Pick<Records, "log" | "handovers" | "conversation" | "payments">,
  applied: Pick<AppliedRecords, "payments" | "paymentsApplied">,
  nl: boolean,
  euro: (cents: Cents) => string
): string[] {
  const paid = applied.payments.filter((e) => e.openAfter < e.openBefore).length;
  const count = (kind: ConversationEntry["kind"]) =>
    records.conversation.filter((e) => e.kind === kind).length;
  const promises = count("promise");
  const disputes = count("dispute");
  const arrangements = new Set(
    records.conversation.filter((e) => e.kind === "instalment").map((e) => e.arrangementId)
  ).size;
  return [
    nl
      ? `Vastleggingen uit ${dir}: ${records.log.length} verzonden, ${records.handovers.records.length} overgedragen, ${records.payments.length} ${records.payments.length === 1 ? "betaling" : "betalingen"}, ${promises} ${promises === 1 ? "belofte" : "beloften"}, ${arrangements} ${arrangements === 1 ? "regeling" : "regelingen"}, ${disputes} ${disputes === 1 ? "geschil" : "geschillen"}.`
      : `Records from ${dir}: ${records.log.length} sent, ${records.handovers.records.length} handed over, ${records.payments.length} ${records.payments.length === 1 ? "payment" : "payments"}, ${promises} ${promises === 1 ? "promise" : "promises"}, ${arrangements} ${arrangements === 1 ? "arrangement" : "arrangements"}, ${disputes} ${disputes === 1 ? "dispute" : "disputes"}.`,
    ...(applied.paymentsApplied > 0
      ? [
          nl
            ? `Betalingen: openstaand ${euro(applied.paymentsApplied as Cents)} lager op ${paid} ${paid === 1 ? "factuur" : "facturen"} (nog niet in de export verwerkt).`
            : `Payments: open amounts ${euro(applied.paymentsApplied as Cents)} lower on ${paid} ${paid === 1 ? "invoice" : "invoices"} (not yet in the export).`,
        ]
      : []),
  ];
}
