/**
 * `openstaand calls <ledger> [--records DIR] [--as-of YYYY-MM-DD] [--json] [--lang nl|en]`: who to
 * call today and why, most urgent first ("Vandaag bellen"), honouring the promises, arrangements
 * and disputes kept in the records folder.
 * `openstaand arrange <ledger> --customer C --instalments N --first YYYY-MM-DD
 * [--every month|2weeks|week] [--amount EUR] [--records DIR] [--out DIR]`: a payment arrangement
 * for the customer's open invoices — the plan (CSV) and the arrangement recorded in the
 * conversation log of the records folder.
 * Both are thin: the use-cases are in src/app.
 */
import { parseArgs } from "node:util";
import { WEEKDAY_LABELS, outcomeEntries, todaysCalls, type CallOptions } from "../app";
import { centsFromEuros, formatCents, isIsoDay, type IsoDay } from "../core";
import {
  readConversationFolder,
  writeArrangementPlan,
  writeConversationFile,
  type CliIo,
} from "../hosts/node";
import { UsageError } from "./cli-args";
import { readCommandLedger, runDay } from "./remind-command";

type Lang = "nl" | "en";

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      records: { type: "string" },
      "as-of": { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
      sheet: { type: "string" },
      customer: { type: "string" },
      instalments: { type: "string" },
      first: { type: "string" },
      every: { type: "string" },
      amount: { type: "string" },
      out: { type: "string" },
    },
  });
}

const dutchDay = (d: IsoDay): string => d.split("-").reverse().join("-");

/** Runs `calls` or `arrange` (`argv` starts with the command); returns the exit status. */
export async function conversationCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv.slice(1));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const name = argv[0] as "calls" | "arrange";
  if (positionals.length !== 1)
    throw new UsageError(`${name} needs exactly one ledger file, got ${positionals.length}.`);
  const lang: Lang =
    values.lang === undefined
      ? "en"
      : values.lang === "nl" || values.lang === "en"
        ? values.lang
        : (() => {
            throw new UsageError(`--lang ${JSON.stringify(values.lang)} is not nl or en.`);
          })();
  const asOfText = values["as-of"];
  if (asOfText !== undefined && !isIsoDay(asOfText))
    throw new UsageError(`--as-of ${JSON.stringify(asOfText)} is not a day as YYYY-MM-DD.`);
  const asOf = runDay(asOfText, io, name);
  const file = positionals[0] as string;
  const read = await readCommandLedger(file, { sheet: values.sheet, asOf, lang }, io);
  const dir = values.records ?? ".";
  const records = values.records
    ? await readConversationFolder(dir, io)
    : { entries: [], contacts: [] };
  const options: CallOptions = {};
  if (name === "calls")
    return calls(read.ledger, records, asOf, lang, values.json === true, io, options);

  // arrange
  const customer = values.customer;
  if (!customer) throw new UsageError("arrange needs --customer with the customer number.");
  const count = Number(values.instalments);
  if (!/^\d+$/.test(values.instalments ?? "") || count < 1 || count > 60)
    throw new UsageError(
      `--instalments ${JSON.stringify(values.instalments ?? "")} is not a whole number from 1 to 60.`
    );
  const first = values.first;
  if (first === undefined || !isIsoDay(first))
    throw new UsageError(`--first ${JSON.stringify(first ?? "")} is not a day as YYYY-MM-DD.`);
  const every = values.every ?? "month";
  if (every !== "month" && every !== "2weeks" && every !== "week")
    throw new UsageError(`--every ${JSON.stringify(every)} is not month, 2weeks or week.`);
  let total: number | undefined;
  if (values.amount !== undefined) {
    const euros = Number(values.amount.replace(",", "."));
    if (!Number.isFinite(euros) || euros <= 0)
      throw new UsageError(
        `--amount ${JSON.stringify(values.amount)} is not an amount in euros above zero.`
      );
    total = centsFromEuros(euros);
  }
  if (!read.ledger.columns.customerId.includes(customer))
    throw new UsageError(`customer ${JSON.stringify(customer)} is not in ${file}.`);
  const added = outcomeEntries(
    read.ledger,
    customer,
    {
      kind: "arrangement",
      count,
      first,
      every,
      ...(total !== undefined ? { total: total as never } : {}),
    },
    asOf,
    records.entries
  );
  const out = (values.out ?? dir).replace(/[\\/]+$/, "") || ".";
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const id = added[0]?.arrangementId ?? "";
  const planPath = await writeArrangementPlan(out, added, io);
  const logPath = await writeConversationFile(
    values.records ?? out,
    [...records.entries, ...added],
    io
  );
  const sum = added.reduce((s, e) => s + (e.amount ?? 0), 0);
  const nl = lang === "nl";
  io.stdout(
    [
      nl
        ? `Betalingsregeling ${id} voor ${customer}: ${formatCents(sum as never, "nl")} in ${count} termijnen.`
        : `Payment arrangement ${id} for ${customer}: ${formatCents(sum as never, "en")} in ${count} instalments.`,
      ...added.map(
        (e, n) =>
          `  ${n + 1}. ${nl ? dutchDay(e.due as IsoDay) : e.due}  ${formatCents(e.amount as never, lang)}`
      ),
      nl ? `Geschreven: ${planPath}, ${logPath}.` : `Wrote ${planPath} and ${logPath}.`,
      "",
    ].join("\n")
  );
  return 0;
}

function calls(
  ledger: Parameters<typeof todaysCalls>[0],
  records: Parameters<typeof todaysCalls>[1],
  asOf: IsoDay,
  lang: Lang,
  json: boolean,
  io: CliIo,
  options: CallOptions
): number {
  const { calls: list } = todaysCalls(ledger, records, asOf, options);
  if (json) {
    io.stdout(
      `${JSON.stringify(
        {
          asOf,
          calls: list.map((c) => ({
            customerId: c.customerId,
            name: c.name,
            priority: c.priority,
            overdue: c.overdue / 100,
            oldestDaysOverdue: c.oldestDays,
            reasons: c.reasons.map((r) => ({ code: r.code, text: r.text[lang] })),
            contact: c.contact
              ? {
                  person: c.contact.person,
                  phone: c.contact.phone,
                  email: c.contact.email,
                  paymentDay:
                    c.contact.paymentDay === null ? null : WEEKDAY_LABELS[c.contact.paymentDay],
                }
              : null,
          })),
        },
        null,
        2
      )}\n`
    );
    return 0;
  }
  const nl = lang === "nl";
  const lines = [
    nl
      ? `Vandaag bellen — ${dutchDay(asOf)}: ${list.length} ${list.length === 1 ? "klant" : "klanten"}`
      : `Calls for ${asOf}: ${list.length} ${list.length === 1 ? "customer" : "customers"}`,
  ];
  for (const c of list) {
    lines.push(
      "",
      `${c.priority}. ${c.customerId}  ${c.name}  —  ${formatCents(c.overdue, lang)} ${nl ? "vervallen" : "overdue"}`
    );
    for (const r of c.reasons) lines.push(`   - ${r.text[lang]}`);
    if (c.contact) {
      const k = c.contact;
      const day =
        k.paymentDay === null
          ? ""
          : nl
            ? `, betaalt op ${WEEKDAY_LABELS[k.paymentDay]}`
            : `, pays on ${["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][k.paymentDay - 1]}`;
      lines.push(
        `   ${nl ? "Contact" : "Contact"}: ${[k.person, k.phone, k.email].filter((x) => x).join(", ")}${day}`
      );
    }
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
