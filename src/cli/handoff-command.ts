/**
 * `openstaand handoff <file> --customers A,B [--format xlsx|csv|json] [--out dir]`: the claim file
 * for an incassobureau or deurwaarder of the named debtors, with its control line.
 */
import { formatCents } from "../core/money";
import { exportCsvBytes, exportJsonText, exportXlsxBytes } from "../documents/export-table";
import { handoffClaims } from "../documents/handoff-claims";
import { handoffJson, handoffTable } from "../documents/handoff-export";
import { readLedgerFile } from "../files/read-ledger-file";
import type { CliCommand } from "./cli-args";
import type { CliIo } from "./cli-io";
import { runDay } from "./remind-command";
import { dossierZips } from "../documents/dossier-zip";
import { factoringFile } from "../documents/factoring-file";
import { factoringDebtorTable, factoringInvoiceTable } from "../documents/factoring-export";
import type { HandoffFile } from "../documents/handoff-claims";
import type { IsoDay } from "../core/day";
import type { Ledger } from "../ledger/types";

type HandoffCommand = Extract<CliCommand, { command: "handoff" }>;

/** Runs `handoff`; returns the exit status (1 when no selected customer has an open claim). */
export async function handoffCommand(command: HandoffCommand, io: CliIo): Promise<number> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const asOf = runDay(command.asOf, io, "handoff");
  const bytes = await io.readFile(command.file);
  const read = await readLedgerFile(bytes, command.file, { sheet: command.sheet, asOf });
  if (command.factoring) return factoringFiles(read.ledger, command, asOf, io);
  const file = handoffClaims(read.ledger, command.customers, asOf);
  for (const id of file.notFound)
    io.stderr(`openstaand: warning: customer ${JSON.stringify(id)} has no open claim.\n`);
  if (file.claims.length === 0)
    throw new Error("none of the selected customers has an open claim.");
  const dir = (command.out ?? ".").replace(/[\\/]+$/, "") || ".";
  if (command.dossier) return dossierFiles(file, dir, io);
  const path = `${dir}/vorderingen-${asOf}.${command.format}`;
  const data =
    command.format === "json"
      ? new TextEncoder().encode(exportJsonText(handoffJson(file)))
      : command.format === "csv"
        ? exportCsvBytes(handoffTable(file))
        : await exportXlsxBytes(handoffTable(file), "Vorderingen");
  await io.writeFile(path, data);
  const k = file.control;
  io.stdout(
    `${k.count} ${k.count === 1 ? "claim" : "claims"} as of ${asOf}: principal ${formatCents(k.principal, "en")}, interest ${formatCents(k.interest, "en")}, costs ${formatCents(k.costs, "en")}, total ${formatCents(k.total, "en")}.\nWrote ${path}\n`
  );
  return 0;
}

/** --factoring: the debtor master list and the invoice assignment list, each with a control line. */
async function factoringFiles(
  ledger: Ledger,
  command: HandoffCommand,
  asOf: IsoDay,
  io: CliIo
): Promise<number> {
  const file = factoringFile(ledger, asOf, {
    customerIds: command.customers.length > 0 ? command.customers : undefined,
  });
  for (const id of file.notFound)
    io.stderr(`openstaand: warning: customer ${JSON.stringify(id)} has no invoice to assign.\n`);
  if (file.invoices.length === 0) throw new Error("there is no open invoice to assign.");
  const dir = (command.out ?? ".").replace(/[\\/]+$/, "") || ".";
  const tables = [
    ["debiteuren", "Debiteuren", factoringDebtorTable(file)],
    ["facturen", "Facturen", factoringInvoiceTable(file)],
  ] as const;
  const paths: string[] = [];
  for (const [name, sheet, table] of tables) {
    const path = `${dir}/factoring-${name}-${asOf}.${command.format}`;
    await io.writeFile?.(
      path,
      command.format === "csv" ? exportCsvBytes(table) : await exportXlsxBytes(table, sheet)
    );
    paths.push(path);
  }
  const k = file.control;
  const x = file.excluded;
  const left = [
    [x.disputed, "disputed"],
    [x.writtenOff, "written off"],
    [x.handedOver, "handed over"],
    [x.otherCurrency, "not in euros"],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, why]) => `${n} ${why}`);
  io.stdout(
    `${k.count} ${k.count === 1 ? "invoice" : "invoices"} of ${file.debtors.length} ${file.debtors.length === 1 ? "debtor" : "debtors"} as of ${asOf}: amount ${formatCents(k.amount, "en")}, open ${formatCents(k.open, "en")}.\n` +
      (left.length > 0 ? `Left out (open invoices): ${left.join(", ")}.\n` : "") +
      paths.map((path) => `Wrote ${path}\n`).join("")
  );
  return 0;
}

/** --dossier: one zip per debtor with the claim statement, the invoice list and a README. */
async function dossierFiles(file: HandoffFile, dir: string, io: CliIo): Promise<number> {
  const dossiers = await dossierZips(file);
  for (const d of dossiers) await io.writeFile?.(`${dir}/${d.fileName}`, d.bytes);
  const k = file.control;
  io.stdout(
    `${dossiers.length} ${dossiers.length === 1 ? "dossier" : "dossiers"}, ${k.count} ${k.count === 1 ? "claim" : "claims"} as of ${file.asOf}: total ${formatCents(k.total, "en")}. Letters sent are not included (the CLI has no reminder log); each README.txt says so.\n` +
      dossiers.map((d) => `Wrote ${dir}/${d.fileName}\n`).join("")
  );
  return 0;
}
