/**
 * `openstaand payments <ledger> <statement> [--records DIR] [--json] [--out DIR] [--as-of DAY]
 * [--lang nl|en] [--sheet NAME]`: a CAMT.053 or MT940 statement matched to the ledger's open
 * invoices, with the payments record of --records applied first; --out writes the record with
 * these proposals confirmed (DIR/betalingen.csv: delete a row to correct it, or all rows of an
 * Afschrift to undo that statement). Its options are parsed in cli-args.ts.
 */
import { formatCents, type Cents } from "../core";
import { paymentsCsvBytes, paymentsJson, proposePayments, recordProposals } from "../app";
import { shownValue, type CliIo } from "../hosts/node";
import type { CliCommand } from "./cli-args";
import { commandRecords } from "./calls-command";
import { describeFailure } from "./describe-failure";
import { readCommandLedger, runDay } from "./remind-command";

type PaymentsCommand = Extract<CliCommand, { command: "payments" }>;

const dir = (path: string): string => path.replace(/[\\/]+$/, "") || ".";

/** Runs `payments`; returns the exit status (0: read and matched). */
export async function paymentsCommand(options: PaymentsCommand, io: CliIo): Promise<number> {
  const { lang } = options;
  const nl = lang === "nl";
  const asOf = runDay(options.asOf, io, "payments");
  const read = await readCommandLedger(options.file, { ...options, asOf }, io);
  // The payments record of the folder (it may not exist yet: --out creates it).
  const recorded = (await commandRecords(options.records, io, true)).payments;
  let statementBytes: Uint8Array;
  try {
    statementBytes = await io.readFile(options.statement);
  } catch (error) {
    throw Object.assign(
      new Error(`cannot read ${options.statement}: ${describeFailure(error, "en")}`),
      {
        messageNl: `kan ${options.statement} niet lezen: ${describeFailure(error, "nl")}`,
      }
    );
  }
  const name = options.statement.replace(/^.*[\\/]/, "");
  const proposals = proposePayments(read.ledger, statementBytes, name, recorded);
  const { match, applied } = proposals;
  for (const missing of applied.notFound)
    io.stderr(
      nl
        ? `openstaand: waarschuwing: betaling op factuur ${shownValue(missing.invoiceId)} van ${shownValue(missing.customerId)} staat niet in deze debiteurenlijst.\n`
        : `openstaand: warning: payment on invoice ${shownValue(missing.invoiceId)} of ${shownValue(missing.customerId)} is not in this ledger.\n`
    );
  if (options.out !== undefined) {
    if (!io.writeFile) throw new Error("this environment cannot write files.");
    await io.writeFile(
      `${dir(options.out)}/betalingen.csv`,
      paymentsCsvBytes(recordProposals(recorded, proposals))
    );
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(paymentsJson(match), null, 2)}\n`);
    return 0;
  }
  const euro = (c: number): string => formatCents(c as Cents, lang);
  const { totals } = match;
  const lines: string[] = [];
  for (const s of match.statements)
    lines.push(
      nl
        ? `Afschrift ${s.account} (${s.id}), ${s.from ?? "?"} t/m ${s.to ?? "?"}: ${s.credits.count} bijschrijvingen, ${euro(s.credits.total)}`
        : `Statement ${s.account} (${s.id}), ${s.from ?? "?"} to ${s.to ?? "?"}: ${s.credits.count} credits, ${euro(s.credits.total)}`
    );
  const row = (label: string, amount: number): string =>
    `  ${label.padEnd(22)}${euro(amount).padStart(16)}`;
  lines.push(
    row(nl ? "Gekoppeld" : "Matched", totals.matched),
    row(nl ? "Niet gekoppeld" : "Unmatched", totals.unmatched),
    row(nl ? "Niet van toepassing" : "Not applicable", totals.notApplicable),
    row(nl ? "Totaal bijschrijvingen" : "Total credits", totals.credits.total),
    row(
      nl ? `Afschrijvingen (${totals.debits.count})` : `Debits (${totals.debits.count})`,
      totals.debits.total
    ),
    ""
  );
  for (const p of match.proposals) {
    const who = shownValue(p.entry.name ?? p.entry.iban ?? "?");
    const to = p.allocations.map((a) => `${shownValue(a.invoiceId)} ${euro(a.amount)}`).join(", ");
    lines.push(
      `  ${p.entry.bookingDay ?? ""} ${euro(p.entry.amount).padStart(14)}  ${who}${to ? ` → ${to}` : ""}`
    );
    lines.push(`      ${nl ? p.reason.nl : p.reason.en}`);
  }
  for (const n of match.notApplicable)
    lines.push(
      `  ${n.entry.bookingDay ?? ""} ${euro(n.entry.amount).padStart(14)}  ${shownValue(n.entry.name ?? "?")}: ${nl ? n.reason.nl : n.reason.en}`
    );
  if (options.out !== undefined)
    lines.push(
      "",
      nl
        ? `Geschreven: ${dir(options.out)}/betalingen.csv`
        : `Written: ${dir(options.out)}/betalingen.csv`
    );
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
