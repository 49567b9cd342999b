/**
 * Command-line arguments to a command: `check <file> [options]`, `report <file|folder> [options]`,
 * `remind`, `handoff`, `calls`, `arrange`, `payments <ledger> <statement>`, `demo --out <dir>`,
 * `help` — one table of options, one usage error path (exit status 2).
 * node:util's parseArgs does the splitting; this file adds the checks that turn a typo into a
 * usage message naming the bad value.
 */
import { parseArgs } from "node:util";
import {
  type Cents,
  centsFromEuros,
  type DayOrder,
  isIsoDay,
  type IsoDay,
  type Notation,
} from "../core";
import { isLedgerField, LEDGER_FIELDS } from "../app";
import type { LedgerField } from "../ledger";
import { COMMANDS } from "./help-text";

/** A column mapping given with --map: ledger field -> header text or column letter. */
export type ColumnMapping = Partial<Record<LedgerField, string>>;

/** A parsed command line. */
export type CliCommand =
  | { command: "help" }
  | { command: "version" }
  | {
      command: "check";
      file: string;
      /** --map: field -> header text or column letter, over header detection. */
      mapping?: ColumnMapping;
      json: boolean;
      sheet?: string;
      asOf?: IsoDay;
      headerRow?: number;
      dayOrder?: DayOrder;
      notation?: Notation;
      /** Amount format of the report (default: as `lang`). */
      locale: "nl" | "en";
      /** Language of the report and of the error message (default "en"). */
      lang: "nl" | "en";
      maxIssues: number;
    }
  | { command: "demo"; out: string; seed?: number; asOf?: IsoDay }
  | {
      command: "report";
      /** A ledger file, or a folder of ledger files. */
      path: string;
      mapping?: ColumnMapping;
      json: boolean;
      /** --pretty: indent the --json output (default one compact line: 22 MB less to write for 1M rows). */
      pretty: boolean;
      out?: string;
      asOf?: IsoDay;
      edges?: number[];
      ageOn: "due" | "invoice";
      months: number;
      lang: "nl" | "en";
      sheet?: string;
      headerRow?: number;
      dayOrder?: DayOrder;
      notation?: Notation;
      /** --records DIR: the records folder, applied before the report (payments lower open amounts). */
      records?: string;
      /** --settings FILE: the settings JSON; its creditYield inputs (what better credit control yields). */
      settings?: string;
    }
  | {
      command: "remind";
      file: string;
      mapping?: ColumnMapping;
      out?: string;
      asOf?: IsoDay;
      company?: string;
      sheet?: string;
      /** --log: reminder logs of earlier runs (CSV), applied before the run. */
      log?: string[];
      /** --handovers: hand-over state files (CSV); those claims get no reminder. */
      handovers?: string[];
      /** --records DIR: the records folder, applied before the run; its verzendlog.csv gets this run. */
      records?: string;
      /** --costs-vat: collection costs include 21 % VAT (the creditor cannot deduct VAT). */
      costsVat?: boolean;
      /** --json: print the run (proposals, exclusions, files) as one JSON object. */
      json?: boolean;
      /** --lang: language of the console output and messages (default "en"). */
      lang: "nl" | "en";
    }
  | {
      command: "handoff";
      file: string;
      mapping?: ColumnMapping;
      customers: string[];
      format: "xlsx" | "csv" | "json";
      out?: string;
      asOf?: IsoDay;
      sheet?: string;
      /** --factoring: debtor master list and invoice assignment list instead of the claim file. */
      factoring?: boolean;
      /** --max-days-past-due N|none: factoring leaves out invoices more days past due (default 90). */
      maxDaysPastDue?: number | null;
      /** --include-consumers: factoring offers consumer invoices too. */
      includeConsumers?: boolean;
      /** --dossier: one dossier zip per debtor instead of the claim file. */
      dossier?: boolean;
      /** --log: reminder logs (CSV) for the reminder history, the 14-dagenbrief and the dossiers. */
      log?: string[];
      /** --handovers: earlier hand-over state files (CSV), carried into the new one. */
      handovers?: string[];
      /** --costs-vat: collection costs include 21 % VAT (the creditor cannot deduct VAT). */
      costsVat?: boolean;
      /** --lang: language of the console output and messages (default "en"). */
      lang: "nl" | "en";
    }
  | {
      command: "calls";
      file: string;
      mapping?: ColumnMapping;
      /** --records DIR: the records folder (promises, arrangements, disputes, contacts, payments). */
      records?: string;
      asOf?: IsoDay;
      sheet?: string;
      json: boolean;
      lang: "nl" | "en";
      /** --settings FILE: the settings JSON (as Instellingen keeps it): the call thresholds. */
      settings?: string;
    }
  | {
      command: "arrange";
      file: string;
      mapping?: ColumnMapping;
      records?: string;
      asOf?: IsoDay;
      sheet?: string;
      customer: string;
      instalments: number;
      first: IsoDay;
      every: "month" | "2weeks" | "week";
      /** --amount: the total to spread (default: what the customer has open). */
      amount?: Cents;
      out?: string;
      lang: "nl" | "en";
      /** --settings FILE: the settings JSON: first-instalment days, company, costs VAT. */
      settings?: string;
      /** --company FILE: the company details for the letter (wins over --settings). */
      company?: string;
      /** --with-interest / --with-costs: take interest and costs to date into the plan. */
      withInterest?: boolean;
      withCosts?: boolean;
      /** --interest-runs: the letter says statutory interest keeps running. */
      interestRuns?: boolean;
      /** --costs-vat: collection costs include 21 % VAT. */
      costsVat?: boolean;
    }
  | {
      command: "payments";
      file: string;
      /** The bank statement (CAMT.053 or MT940). */
      statement: string;
      mapping?: ColumnMapping;
      records?: string;
      out?: string;
      json: boolean;
      asOf?: IsoDay;
      sheet?: string;
      /** Default "nl" (the bank statements are Dutch). */
      lang: "nl" | "en";
    };

/** A command line that makes no sense; the message says why, naming the value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Parses `argv` (without node and script). Throws {@link UsageError}. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || (command === undefined && !values.version) || command === "help")
    return { command: "help" };
  if (values.version) {
    if (command !== undefined)
      throw new UsageError(`--version takes no command, got ${JSON.stringify(command)}.`);
    return { command: "version" };
  }
  if (command === undefined) return { command: "help" };
  const mapping = columnMapping(values.map);
  const mapped = mapping === undefined ? {} : { mapping };
  if (command === "check") {
    if (rest.length !== 1)
      throw new UsageError(`check needs exactly one file, got ${rest.length}.`);
    const lang = oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "en";
    return {
      command: "check",
      file: rest[0] as string,
      ...mapped,
      json: values.json ?? false,
      sheet: values.sheet,
      asOf: day(values["as-of"]),
      headerRow: positiveInteger("--header-row", values["header-row"]),
      dayOrder: oneOf("--day-order", values["day-order"], ["dmy", "mdy"] as const),
      notation: oneOf("--notation", values.notation, ["nl", "en"] as const),
      locale: oneOf("--locale", values.locale, ["nl", "en"] as const) ?? lang,
      lang,
      maxIssues: positiveInteger("--max-issues", values["max-issues"]) ?? 50,
    };
  }
  if (command === "demo") {
    if (rest.length > 0)
      throw new UsageError(`demo takes no file arguments, got ${JSON.stringify(rest[0])}.`);
    if (values.out === undefined) throw new UsageError("demo needs --out <directory>.");
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isSafeInteger(seed)) {
      throw new UsageError(`--seed ${JSON.stringify(values.seed)} is not a whole number.`);
    }
    return { command: "demo", out: values.out, seed, asOf: day(values["as-of"]) };
  }
  if (command === "report") {
    if (rest.length !== 1)
      throw new UsageError(`report needs exactly one file or folder, got ${rest.length}.`);
    return {
      command: "report",
      path: rest[0] as string,
      ...mapped,
      json: values.json ?? false,
      pretty: values.pretty ?? false,
      out: values.out,
      asOf: day(values["as-of"]),
      edges: edgeList(values.edges),
      ageOn: oneOf("--age-on", values["age-on"], ["due", "invoice"] as const) ?? "due",
      months: positiveInteger("--months", values.months) ?? 3,
      lang: oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "nl",
      sheet: values.sheet,
      headerRow: positiveInteger("--header-row", values["header-row"]),
      dayOrder: oneOf("--day-order", values["day-order"], ["dmy", "mdy"] as const),
      notation: oneOf("--notation", values.notation, ["nl", "en"] as const),
      ...folder(values.records),
      ...(values.settings !== undefined ? { settings: values.settings } : {}),
    };
  }
  if (command === "remind") {
    if (rest.length !== 1)
      throw new UsageError(`remind needs exactly one file, got ${rest.length}.`);
    return {
      command: "remind",
      file: rest[0] as string,
      ...mapped,
      out: values.out,
      asOf: day(values["as-of"]),
      company: values.company,
      sheet: values.sheet,
      ...recordOptions(values),
      ...folder(values.records),
      ...(values.json ? { json: true } : {}),
      lang: oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "en",
    };
  }
  if (command === "calls" || command === "arrange") {
    if (rest.length !== 1)
      throw new UsageError(`${command} needs exactly one ledger file, got ${rest.length}.`);
    const common = {
      file: rest[0] as string,
      ...mapped,
      ...folder(values.records),
      asOf: day(values["as-of"]),
      sheet: values.sheet,
      lang: oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "en",
    };
    const settings = values.settings === undefined ? {} : { settings: values.settings };
    if (command === "calls") return { command, ...common, json: values.json ?? false, ...settings };
    return {
      command,
      ...common,
      ...arrangement(values),
      out: values.out,
      ...settings,
      ...(values.company !== undefined ? { company: values.company } : {}),
      ...(values["with-interest"] ? { withInterest: true } : {}),
      ...(values["with-costs"] ? { withCosts: true } : {}),
      ...(values["interest-runs"] ? { interestRuns: true } : {}),
      ...(values["costs-vat"] ? { costsVat: true } : {}),
    };
  }
  if (command === "payments") {
    if (rest.length !== 2)
      throw new UsageError(
        "payments needs two files: openstaand payments <ledger> <statement> (CAMT.053 or MT940)."
      );
    return {
      command,
      file: rest[0] as string,
      statement: rest[1] as string,
      ...mapped,
      ...folder(values.records),
      out: values.out,
      json: values.json ?? false,
      asOf: day(values["as-of"]),
      sheet: values.sheet,
      lang: oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "nl",
    };
  }
  if (command === "handoff") {
    if (rest.length !== 1)
      throw new UsageError(`handoff needs exactly one file, got ${rest.length}.`);
    const lang = oneOf("--lang", values.lang, ["nl", "en"] as const) ?? "en";
    const customers = (values.customers ?? "")
      .split(",")
      .map((id) => id.trim())
      .filter((id) => id !== "");
    if (values.factoring && values.dossier)
      throw new UsageError("handoff takes --factoring or --dossier, not both.");
    if (values.dossier && values.format !== undefined)
      throw new UsageError("--format does not apply to --dossier (it writes zip files).");
    if (values.factoring && values.log !== undefined)
      throw new UsageError(
        "--log does not apply to --factoring (the factoring files have no reminder history)."
      );
    if (values.factoring && values["costs-vat"])
      throw new UsageError(
        "--costs-vat does not apply to --factoring (the factoring files charge no collection costs)."
      );
    if (!values.factoring && values["max-days-past-due"] !== undefined)
      throw new UsageError("--max-days-past-due applies to --factoring only.");
    if (!values.factoring && values["include-consumers"])
      throw new UsageError("--include-consumers applies to --factoring only.");
    if (values.factoring)
      return {
        command: "handoff",
        file: rest[0] as string,
        ...mapped,
        customers,
        format: oneOf("--format", values.format, ["xlsx", "csv"] as const) ?? "xlsx",
        out: values.out,
        asOf: day(values["as-of"]),
        sheet: values.sheet,
        factoring: true,
        ...factoringOptions(values),
        ...recordOptions(values),
        lang,
      };
    if (customers.length === 0)
      throw new UsageError("handoff needs --customers with one or more customer numbers (A,B).");
    return {
      command: "handoff",
      file: rest[0] as string,
      ...mapped,
      customers,
      format: oneOf("--format", values.format, ["xlsx", "csv", "json"] as const) ?? "xlsx",
      out: values.out,
      asOf: day(values["as-of"]),
      sheet: values.sheet,
      ...(values.dossier ? { dossier: true } : {}),
      ...recordOptions(values),
      lang,
    };
  }
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  throw new UsageError(
    `unknown command ${JSON.stringify(command)}. The commands are:\n` +
      COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.en}`).join("\n")
  );
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      json: { type: "boolean" },
      pretty: { type: "boolean" },
      sheet: { type: "string" },
      "as-of": { type: "string" },
      "header-row": { type: "string" },
      "day-order": { type: "string" },
      notation: { type: "string" },
      locale: { type: "string" },
      "max-issues": { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      edges: { type: "string" },
      "age-on": { type: "string" },
      months: { type: "string" },
      lang: { type: "string" },
      company: { type: "string" },
      settings: { type: "string" },
      "with-interest": { type: "boolean" },
      "with-costs": { type: "boolean" },
      "interest-runs": { type: "boolean" },
      customers: { type: "string" },
      format: { type: "string" },
      factoring: { type: "boolean" },
      dossier: { type: "boolean" },
      log: { type: "string", multiple: true },
      handovers: { type: "string", multiple: true },
      "costs-vat": { type: "boolean" },
      map: { type: "string", multiple: true },
      "max-days-past-due": { type: "string" },
      "include-consumers": { type: "boolean" },
      records: { type: "string" },
      customer: { type: "string" },
      instalments: { type: "string" },
      first: { type: "string" },
      every: { type: "string" },
      amount: { type: "string" },
    },
  });
}

/** --records DIR, as a property only when given; an empty name is a usage error. */
function folder(text: string | undefined): { records?: string } {
  if (text === undefined) return {};
  if (text.trim() === "")
    throw new UsageError("--records needs a folder (the records folder, e.g. --records boeken).");
  return { records: text };
}

/** The options of `arrange`: --customer, --instalments, --first, --every and --amount. */
function arrangement(values: {
  customer?: string;
  instalments?: string;
  first?: string;
  every?: string;
  amount?: string;
}): {
  customer: string;
  instalments: number;
  first: IsoDay;
  every: "month" | "2weeks" | "week";
  amount?: Cents;
} {
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
  let amount: Cents | undefined;
  if (values.amount !== undefined) {
    const euros = Number(values.amount.replace(",", "."));
    if (!/^\d+([.,]\d{1,2})?$/.test(values.amount.trim()) || !Number.isFinite(euros) || euros <= 0)
      throw new UsageError(
        `--amount ${JSON.stringify(values.amount)} is not an amount in euros above zero.`
      );
    amount = centsFromEuros(euros);
  }
  return {
    customer,
    instalments: count,
    first,
    every,
    ...(amount !== undefined ? { amount } : {}),
  };
}

/** --max-days-past-due (a whole number of days, or "none") and --include-consumers, when given. */
function factoringOptions(values: {
  "max-days-past-due"?: string;
  "include-consumers"?: boolean;
}): { maxDaysPastDue?: number | null; includeConsumers?: true } {
  const text = values["max-days-past-due"];
  let maxDaysPastDue: number | null | undefined;
  if (text !== undefined) {
    if (/^(none|geen)$/i.test(text.trim())) maxDaysPastDue = null;
    else if (/^\d{1,4}$/.test(text.trim())) maxDaysPastDue = Number(text.trim());
    else
      throw new UsageError(
        `--max-days-past-due must be a whole number of days or "none", got ${JSON.stringify(text)}.`
      );
  }
  return {
    ...(maxDaysPastDue !== undefined ? { maxDaysPastDue } : {}),
    ...(values["include-consumers"] ? { includeConsumers: true as const } : {}),
  };
}

/**
 * --log, --handovers (each repeatable, or a comma list) and --costs-vat, as properties only when
 * given. A list with an empty name ("a.csv,,b.csv", "") is a usage error naming the option.
 */
function recordOptions(values: { log?: string[]; handovers?: string[]; "costs-vat"?: boolean }): {
  log?: string[];
  handovers?: string[];
  costsVat?: true;
} {
  return {
    ...(values.log !== undefined ? { log: fileList("--log", values.log) } : {}),
    ...(values.handovers !== undefined
      ? { handovers: fileList("--handovers", values.handovers) }
      : {}),
    ...(values["costs-vat"] ? { costsVat: true as const } : {}),
  };
}

function fileList(name: string, given: readonly string[]): string[] {
  const files = given.flatMap((text) => text.split(",").map((part) => part.trim()));
  const empty = given.find((text) => text.split(",").some((part) => part.trim() === ""));
  if (empty !== undefined)
    throw new UsageError(
      `${name} ${JSON.stringify(empty)} names an empty file; give one or more CSV files (a.csv,b.csv).`
    );
  return files;
}

function day(text: string | undefined): IsoDay | undefined {
  if (text === undefined) return undefined;
  if (!isIsoDay(text))
    throw new UsageError(`--as-of ${JSON.stringify(text)} is not a day as YYYY-MM-DD.`);
  return text;
}

/** "30,60,90" -> [30, 60, 90]: positive whole numbers, increasing. */
function edgeList(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const edges = text.split(",").map((part) => part.trim());
  let previous = 0;
  return edges.map((part) => {
    const n = Number(part);
    if (!/^\d+$/.test(part) || !Number.isSafeInteger(n) || n <= previous) {
      throw new UsageError(
        `--edges ${JSON.stringify(text)}: ${JSON.stringify(part)} is not a whole number of days above the edge before it.`
      );
    }
    previous = n;
    return n;
  });
}

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${name} ${JSON.stringify(text)} is not a positive whole number.`);
  }
  return n;
}

function oneOf<T extends string>(
  name: string,
  text: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UsageError(`${name} ${JSON.stringify(text)} is not one of ${allowed.join(", ")}.`);
  }
  return text as T;
}

/**
 * --map "dueDate=Vervalt,amount=Factuur" (repeatable): field=header pairs. A header may hold a
 * comma; the list is split only before the next "field=". The field must be a ledger field; the
 * header is the text in the header row (any case) or a column letter, as the reader takes it.
 */
function columnMapping(given: readonly string[] | undefined): ColumnMapping | undefined {
  if (given === undefined) return undefined;
  const mapping: ColumnMapping = {};
  for (const text of given) {
    for (const pair of text.split(/,(?=\s*[A-Za-z]+\s*=)/)) {
      const at = pair.indexOf("=");
      const field = pair.slice(0, at).trim();
      const header = pair.slice(at + 1).trim();
      if (at < 0 || header === "")
        throw new UsageError(
          `--map ${JSON.stringify(pair)} is not field=Header (e.g. dueDate=Vervalt,amount=Factuur).`
        );
      if (!isLedgerField(field))
        throw new UsageError(
          `--map: ${JSON.stringify(field)} is not a field; use one of ${LEDGER_FIELDS.join(", ")}.`
        );
      if (mapping[field] !== undefined) throw new UsageError(`--map names ${field} twice.`);
      mapping[field] = header;
    }
  }
  return mapping;
}
