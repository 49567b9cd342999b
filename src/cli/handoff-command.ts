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

type HandoffCommand = Extract<CliCommand, { command: "handoff" }>;

/** Runs `handoff`; returns the exit status (1 when no selected customer has an open claim). */
export async function handoffCommand(command: HandoffCommand, io: CliIo): Promise<number> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const asOf = runDay(command.asOf, io, "handoff");
  const bytes = await io.readFile(command.file);
  const read = await readLedgerFile(bytes, command.file, { sheet: command.sheet, asOf });
  const file = handoffClaims(read.ledger, command.customers, asOf);
  for (const id of file.notFound)
    io.stderr(`openstaand: warning: customer ${JSON.stringify(id)} has no open claim.\n`);
  if (file.claims.length === 0)
    throw new Error("none of the selected customers has an open claim.");
  const dir = (command.out ?? ".").replace(/[\\/]+$/, "") || ".";
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
