/**
 * `openstaand handoff <file> --customers A,B [--format xlsx|csv|json] [--out dir] [--log a.csv]
 * [--handovers overdracht.csv] [--costs-vat]`: the claim file for an incassobureau or deurwaarder of
 * the named debtors, with its control line; `--dossier` one zip per debtor instead; `--factoring`
 * the debtor and invoice lists for a factor. Earlier reminder logs (--log) give the reminder
 * history, the 14-dagenbrief date and the log in each dossier. Every run also writes the hand-over
 * state `overdracht-<date>.csv` (the earlier state of --handovers plus the claims of this run), which
 * `openstaand remind --handovers` reads to stop the ladder for them.
 */
import { type IsoDay, formatCents, type Cents } from "../core";
import {
  applyRecords,
  collectionExport,
  type CollectionExport,
  factoringExport,
  handedOverOn,
  handoverKindText,
  handoverStateCsv,
} from "../app";
import type { HandoverKind, HandoverState, ReminderLogEntry } from "../records";
import type { Ledger } from "../ledger";
import type { CliCommand } from "./cli-args";
import { type CliIo, fileNames, readHandoverFiles, readLogFiles } from "../hosts/node";
import { readCommandLedger, runDay, runSettings } from "./remind-command";

type HandoffCommand = Extract<CliCommand, { command: "handoff" }>;

/** What every kind of hand-off shares: the day, the folder, the records read. */
interface HandoffRun {
  command: HandoffCommand;
  asOf: IsoDay;
  dir: string;
  log: ReminderLogEntry[];
  earlier: HandoverState;
  io: CliIo;
}

/** Runs `handoff`; returns the exit status (1 when no selected customer has an open claim). */
export async function handoffCommand(command: HandoffCommand, io: CliIo): Promise<number> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const asOf = runDay(command.asOf, io, "handoff");
  const read = await readCommandLedger(command.file, { ...command, asOf }, io);
  const log = await readLogFiles(command.log ?? [], io);
  const earlier = await readHandoverFiles(command.handovers ?? [], io);
  // Claims handed over before are flagged (the factoring selection leaves them out). The log is
  // not applied to the ledger's reminder columns: the claim file merges it with them, so the date
  // of an earlier stage the ledger knows stays in the history.
  const ledger = applyRecords(read.ledger, { log: [], handovers: earlier });
  const dir = (command.out ?? ".").replace(/[\\/]+$/, "") || ".";
  const run: HandoffRun = { command, asOf, dir, log, earlier, io };
  if (command.factoring) return factoringFiles(ledger, run);
  // Claims handed over before go in again, each with a warning (the pane offers only new ones).
  const file = await collectionExport(
    ledger,
    command.customers,
    asOf,
    command.dossier ? "dossier" : command.format,
    runSettings(null, command.costsVat),
    log,
    { includeHandedOver: true }
  );
  const nl = command.lang === "nl";
  for (const id of file.notFound)
    io.stderr(
      nl
        ? `openstaand: waarschuwing: klant ${JSON.stringify(id)} heeft geen openstaande vordering.\n`
        : `openstaand: warning: customer ${JSON.stringify(id)} has no open claim.\n`
    );
  if (file.claims.length === 0)
    throw Object.assign(new Error("none of the selected customers has an open claim."), {
      messageNl: "geen van de gekozen klanten heeft een openstaande vordering.",
    });
  const before = new Map(earlier.records.map((r) => [`${r.customerId}\u0000${r.invoiceId}`, r]));
  for (const claim of file.claims) {
    const was = before.get(`${claim.customerId}\u0000${claim.invoiceId}`);
    if (was)
      io.stderr(
        nl
          ? `openstaand: waarschuwing: factuur ${JSON.stringify(claim.invoiceId)} van klant ${JSON.stringify(claim.customerId)} is eerder overgedragen (${was.date}, batch ${was.batch}); hij staat opnieuw in dit bestand.\n`
          : `openstaand: warning: invoice ${JSON.stringify(claim.invoiceId)} of customer ${JSON.stringify(claim.customerId)} was handed over before (${was.date}, batch ${was.batch}); it is in this file again.\n`
      );
  }
  const { claims } = file;
  if (command.dossier) return dossierFiles(file, run, claims);
  const paths = await writeFiles(run, file.files);
  const path = paths[0] ?? "";
  const state = await writeState(run, claims, "collection");
  const k = file.control;
  const euro = (cents: Cents): string => formatCents(cents, command.lang);
  io.stdout(
    (nl
      ? `${k.count} ${k.count === 1 ? "vordering" : "vorderingen"} per ${asOf}: hoofdsom ${euro(k.principal)}, rente ${euro(k.interest)}, kosten ${euro(k.costs)}, totaal ${euro(k.total)}.\n`
      : `${k.count} ${k.count === 1 ? "claim" : "claims"} as of ${asOf}: principal ${euro(k.principal)}, interest ${euro(k.interest)}, costs ${euro(k.costs)}, total ${euro(k.total)}.\n`) +
      recordNotes(run) +
      state.note +
      (nl
        ? `Geschreven: ${path}\nGeschreven: ${state.path}\n`
        : `Wrote ${path}\nWrote ${state.path}\n`)
  );
  return 0;
}

/** Writes the files of an export into the output folder; returns their paths. */
async function writeFiles(
  run: HandoffRun,
  files: readonly { name: string; data: Uint8Array | string }[]
): Promise<string[]> {
  const paths: string[] = [];
  for (const { name, data } of files) {
    const path = `${run.dir}/${name}`;
    await run.io.writeFile?.(
      path,
      typeof data === "string" ? new TextEncoder().encode(data) : data
    );
    paths.push(path);
  }
  return paths;
}

/** What the records of the run say, one line each (nothing when none were given). */
function recordNotes(run: HandoffRun): string {
  const lines: string[] = [];
  const { command, log } = run;
  const nl = command.lang === "nl";
  if (command.log && nl)
    lines.push(
      `Aanmaningshistorie en data van de 14-dagenbrief bevatten ${log.length} gelogde ${log.length === 1 ? "brief" : "brieven"} uit ${fileNames(command.log)}.`
    );
  else if (command.log)
    lines.push(
      `Reminder history and 14-dagenbrief dates include ${log.length} logged ${log.length === 1 ? "letter" : "letters"} from ${fileNames(command.log)}.`
    );
  if (command.costsVat)
    lines.push(
      nl
        ? "Incassokosten inclusief 21% btw (--costs-vat)."
        : "Collection costs include 21% VAT (--costs-vat)."
    );
  return lines.map((line) => `${line}\n`).join("");
}

/**
 * Writes overdracht-<date>.csv: the earlier state plus `claims` marked as handed over in a new
 * batch. Returns its path and a line for the summary.
 */
async function writeState(
  run: HandoffRun,
  claims: readonly { customerId: string; invoiceId: string }[],
  kind: HandoverKind
): Promise<{ path: string; note: string }> {
  // Recorded on the run day, which for the CLI is its --as-of day (else today).
  const { state, batch } = handedOverOn(run.earlier, claims, kind, run.asOf);
  const path = `${run.dir}/overdracht-${run.asOf}.csv`;
  await run.io.writeFile?.(path, handoverStateCsv(state));
  const added = state.records.length - run.earlier.records.length;
  const earlier = run.earlier.records.length;
  if (run.command.lang === "nl" && kind === "factoring")
    return {
      path,
      note:
        `${added} ${added === 1 ? "factuur" : "facturen"} gemarkeerd als ${handoverKindText(kind, "nl")} (batch ${batch})` +
        (run.command.handovers ? `, naast de ${earlier} eerdere` : "") +
        `; geef ${path} bij de volgende run mee als remind --handovers, zodat de aanmaningsladder voor deze facturen stopt (verwijder de regels om dit ongedaan te maken).\n`,
    };
  if (run.command.lang === "nl" && kind === "collection")
    return {
      path,
      note:
        `${added} ${added === 1 ? "vordering" : "vorderingen"} gemarkeerd als overgedragen (batch ${batch})` +
        (run.command.handovers ? `, naast de ${earlier} eerdere` : "") +
        `; geef ${path} bij de volgende run mee als remind --handovers, zodat de aanmaningsladder voor deze vorderingen stopt (verwijder de regels om dit ongedaan te maken).\n`,
    };
  const what =
    kind === "factoring"
      ? `${added} ${added === 1 ? "invoice" : "invoices"} as ${handoverKindText(kind, "en")} ("${handoverKindText(kind, "nl")}")`
      : `${added} ${added === 1 ? "claim" : "claims"} as handed over`;
  return {
    path,
    note:
      `Marked ${what} (batch ${batch})` +
      (run.command.handovers
        ? `, with the ${earlier} earlier ${earlier === 1 ? "one" : "ones"}`
        : "") +
      `; pass ${path} to the next run as remind --handovers so the ladder stops for them (delete its rows to undo).\n`,
  };
}

/** How many left-out invoices the factoring summary names one by one. */
const LISTED = 20;

/** --factoring: the debtor master list and the invoice assignment list, each with a control line. */
async function factoringFiles(ledger: Ledger, run: HandoffRun): Promise<number> {
  const { command, asOf, io } = run;
  const nl = command.lang === "nl";
  const lang = nl ? "nl" : "en";
  const settings = runSettings(null, command.costsVat);
  const file = await factoringExport(
    ledger,
    command.customers.length > 0 ? command.customers : null,
    asOf,
    // --factoring takes xlsx or csv only (cli-args refuses json).
    command.format === "csv" ? "csv" : "xlsx",
    {
      ...settings,
      factoring: {
        ...settings.factoring,
        ...(command.maxDaysPastDue !== undefined ? { maxDaysPastDue: command.maxDaysPastDue } : {}),
        includeConsumers: command.includeConsumers === true,
      },
    },
    lang
  );
  for (const id of file.notFound)
    io.stderr(
      nl
        ? `openstaand: waarschuwing: klant ${JSON.stringify(id)} heeft geen factuur om over te dragen.\n`
        : `openstaand: warning: customer ${JSON.stringify(id)} has no invoice to assign.\n`
    );
  if (file.claims.length === 0)
    throw Object.assign(new Error("there is no open invoice to assign."), {
      messageNl: "er is geen openstaande factuur om over te dragen.",
    });
  const paths = await writeFiles(run, file.files);
  const state = await writeState(run, file.claims, "factoring");
  paths.push(state.path);
  const k = file.control;
  const euro = (cents: Cents): string => formatCents(cents, lang);
  const left = file.leftOutLines;
  const limits = nl
    ? [
        file.maxDaysPastDue === null
          ? "geen grens aan het aantal dagen over de vervaldatum"
          : `hooguit ${file.maxDaysPastDue} dagen over de vervaldatum (--max-days-past-due)`,
        file.includeConsumers
          ? "facturen aan particulieren inbegrepen"
          : "alleen zakelijke facturen",
      ]
    : [
        file.maxDaysPastDue === null
          ? "no limit on days past due"
          : `at most ${file.maxDaysPastDue} days past due (--max-days-past-due)`,
        file.includeConsumers ? "consumer invoices included" : "business invoices only",
      ];
  const n = k.count;
  const d = file.debtors;
  const head = nl
    ? `${n} ${n === 1 ? "factuur" : "facturen"} van ${d} ${d === 1 ? "debiteur" : "debiteuren"} per ${asOf} (${limits.join(", ")}): bedrag ${euro(k.amount)}, openstaand ${euro(k.open)}.\n`
    : `${n} ${n === 1 ? "invoice" : "invoices"} of ${d} ${d === 1 ? "debtor" : "debtors"} as of ${asOf} (${limits.join(", ")}): amount ${euro(k.amount)}, open ${euro(k.open)}.\n`;
  io.stdout(
    head +
      (left.length > 0
        ? `${nl ? "Niet aangeboden (openstaande facturen)" : "Left out (open invoices)"}:\n${left.map((line) => `  ${line}\n`).join("")}` +
          file.leftOut
            .slice(0, LISTED)
            .map(
              (x) =>
                `  - ${x.invoiceId} (${nl ? "klant" : "customer"} ${x.customerId}, ${x.currency === "EUR" ? euro(x.open) : `${x.currency} ${(x.open / 100).toFixed(2)}`}): ${x.reason}\n`
            )
            .join("") +
          (file.leftOut.length > LISTED
            ? nl
              ? `  … en nog ${file.leftOut.length - LISTED}\n`
              : `  … and ${file.leftOut.length - LISTED} more\n`
            : "")
        : "") +
      state.note +
      paths.map((path) => (nl ? `Geschreven: ${path}\n` : `Wrote ${path}\n`)).join("")
  );
  return 0;
}

/** --dossier: one zip per debtor with the claim statement, the invoice list, the log and a README. */
async function dossierFiles(
  file: CollectionExport,
  run: HandoffRun,
  claims: readonly { customerId: string; invoiceId: string }[]
): Promise<number> {
  const { dir, asOf, io } = run;
  const dossiers = file.files;
  await writeFiles(run, dossiers);
  const state = await writeState(run, claims, "collection");
  const k = file.control;
  // One dossier per debtor of the claims: those with entries in the reminder log.
  const debtors = new Set(claims.map((c) => c.customerId));
  const logged = [...debtors].filter((id) => run.log.some((e) => e.customerId === id)).length;
  const nl = run.command.lang === "nl";
  const euro = (cents: Cents): string => formatCents(cents, nl ? "nl" : "en");
  const n = dossiers.length;
  const letters = nl
    ? run.command.log
      ? `${logged} van de ${n} dossiers bevatten de regels van de debiteur uit het verzendlog (herinneringslog.csv: datum, fase, facturen en bedragen van elke brief); de brieven zelf bewaart de CLI niet.`
      : "Verstuurde brieven zitten er niet in (geen --log meegegeven); elke README.txt zegt dat."
    : run.command.log
      ? `${logged} of the ${n} dossiers hold the debtor's entries of the reminder log (herinneringslog.csv: date, stage, invoices and amounts of each letter); the letters themselves are not kept by the CLI.`
      : "Letters sent are not included (no --log given); each README.txt says so.";
  const wrote = (path: string): string => (nl ? `Geschreven: ${path}\n` : `Wrote ${path}\n`);
  io.stdout(
    (nl
      ? `${n} ${n === 1 ? "dossier" : "dossiers"}, ${k.count} ${k.count === 1 ? "vordering" : "vorderingen"} per ${asOf}: totaal ${euro(k.total)}. ${letters}\n`
      : `${n} ${n === 1 ? "dossier" : "dossiers"}, ${k.count} ${k.count === 1 ? "claim" : "claims"} as of ${asOf}: total ${euro(k.total)}. ${letters}\n`) +
      recordNotes(run) +
      state.note +
      dossiers.map((d) => wrote(`${dir}/${d.name}`)).join("") +
      wrote(state.path)
  );
  return 0;
}
