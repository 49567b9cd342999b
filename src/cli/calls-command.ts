/**
 * `openstaand calls <ledger> [--records DIR] [--as-of YYYY-MM-DD] [--json] [--lang nl|en]`: who to
 * call today and why, most urgent first ("Vandaag bellen"), honouring the promises, arrangements
 * and disputes kept in the records folder.
 * `openstaand arrange <ledger> --customer C --instalments N --first YYYY-MM-DD
 * [--every month|2weeks|week] [--amount EUR] [--records DIR] [--out DIR]`: a payment arrangement
 * for the customer's open invoices — the plan (CSV) and the arrangement recorded in the
 * conversation log of the records folder.
 * Both are thin: the options are parsed in cli-args.ts, the use-cases are in src/app, the records
 * folder is read by the node host (readRecordsFolder) and applied whole (applyRecords).
 */
import {
  applyRecords,
  callOptionsOf,
  DEFAULT_SETTINGS,
  makeArrangement,
  NO_RECORDS,
  parseSettings,
  saveConversation,
  todaysCalls,
  WEEKDAY_LABELS,
  type CallOptions,
  type MadeArrangement,
  type Records,
  type Settings,
} from "../app";
import { formatCents, type IsoDay } from "../core";
import {
  assertRecordsReadable,
  readRecordsFolder,
  recordPath,
  recordsFolderHost,
  writeArrangementPlan,
  type CliIo,
} from "../hosts/node";
import { type CliCommand, UsageError } from "./cli-args";
import { loadCompany, readCommandLedger, runDay } from "./remind-command";

type Lang = "nl" | "en";
type CallsCommand = Extract<CliCommand, { command: "calls" | "arrange" }>;

const dutchDay = (d: IsoDay): string => d.split("-").reverse().join("-");

/**
 * The records of `--records DIR` (none without it), checked: a row that cannot be read stops the
 * run naming file, row, column and value.
 */
export async function commandRecords(
  dir: string | undefined,
  io: CliIo,
  mayBeNew = false
): Promise<Records> {
  if (dir === undefined) return NO_RECORDS;
  const records = await readRecordsFolder(dir, io, { mayBeNew });
  assertRecordsReadable(dir, records);
  return records;
}

/**
 * The settings of `--settings FILE` (the JSON Instellingen keeps: thresholds, company, letters),
 * validated with the bad key named; the defaults without it.
 */
export async function commandSettings(path: string | undefined, io: CliIo): Promise<Settings> {
  if (path === undefined) return DEFAULT_SETTINGS;
  const text = new TextDecoder().decode(await io.readFile(path));
  try {
    return parseSettings(text);
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs `calls` or `arrange`; returns the exit status. */
export async function conversationCommand(command: CallsCommand, io: CliIo): Promise<number> {
  const { lang } = command;
  const asOf = runDay(command.asOf, io, command.command);
  const read = await readCommandLedger(command.file, { ...command, asOf }, io);
  const records = await commandRecords(command.records, io, command.command === "arrange");
  // Every record applied first (payments lower open amounts, so a promise paid counts as kept).
  const ledger = applyRecords(read.ledger, records, asOf);
  const conversation = { entries: records.conversation, contacts: records.contacts };
  // The same call options as the pane's, from --settings (the defaults without it).
  const settings = await commandSettings(command.settings, io);
  const options: CallOptions = callOptionsOf(settings, null);
  if (command.command === "calls")
    return calls(ledger, conversation, asOf, lang, command.json, io, options);

  // arrange: the use-case makes the plan, the record rows, the letter and the e-mail; the door
  // writes them.
  if (!read.ledger.columns.customerId.includes(command.customer))
    throw new UsageError(`customer ${JSON.stringify(command.customer)} is not in ${command.file}.`);
  const company =
    command.company !== undefined || settings.company.name === ""
      ? await loadCompany(command.company, io, lang)
      : settings.company;
  let made: MadeArrangement;
  try {
    made = makeArrangement(
      ledger,
      records,
      {
        customerId: command.customer,
        count: command.instalments,
        first: command.first,
        every: command.every,
        ...(command.amount !== undefined ? { total: command.amount } : {}),
        includeInterest: command.withInterest === true,
        includeCosts: command.withCosts === true,
        interestRuns: command.interestRuns === true,
      },
      {
        company,
        language: lang,
        firstInstalmentWithinDays: settings.calls.firstInstalmentWithinDays,
        costsIncludeVat: command.costsVat === true || settings.letters.costsIncludeVat,
      },
      asOf
    );
  } catch (error) {
    const nlText = (error as { messageNl?: string }).messageNl;
    throw new UsageError(
      lang === "nl" && nlText ? nlText : error instanceof Error ? error.message : String(error)
    );
  }
  const dir = command.records ?? ".";
  const out = (command.out ?? dir).replace(/[\\/]+$/, "") || ".";
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const planPath = await writeArrangementPlan(out, made.entries, io);
  const letterPath = `${out}/${made.fileNames.letter}`;
  const emlPath = `${out}/${made.fileNames.eml}`;
  await io.writeFile(letterPath, new TextEncoder().encode(made.letterHtml));
  await io.writeFile(emlPath, new TextEncoder().encode(made.mail.eml));
  const logDir = command.records ?? out;
  await saveConversation(recordsFolderHost(logDir, io), logDir, [
    ...records.conversation,
    ...made.entries,
  ]);
  const logPath = recordPath(logDir, "conversations");
  const nl = lang === "nl";
  const count = made.instalments.length;
  io.stdout(
    [
      nl
        ? `Betalingsregeling ${made.id} voor ${made.customerId}: ${formatCents(made.total, "nl")} in ${count} termijnen.`
        : `Payment arrangement ${made.id} for ${made.customerId}: ${formatCents(made.total, "en")} in ${count} instalments.`,
      ...made.instalments.map(
        (e, n) => `  ${n + 1}. ${nl ? dutchDay(e.due) : e.due}  ${formatCents(e.amount, lang)}`
      ),
      nl
        ? `Geschreven: ${planPath}, ${letterPath} (brief ter ondertekening), ${emlPath} (e-mail), ${logPath}.`
        : `Wrote ${planPath}, ${letterPath} (letter to sign), ${emlPath} (e-mail) and ${logPath}.`,
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
