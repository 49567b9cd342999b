/**
 * Validation of {@link ReadLedgerOptions} at the edge (options may come from a CLI flag, a task-pane
 * form or stored settings), so a wrong option is one clear message instead of a strange reading.
 */
import { z } from "zod";
import { isIsoDay } from "../core";
import { LedgerError } from "./ledger-error";
import { isLedgerField } from "./header/ledger-fields";
import type { ReadLedgerOptions } from "./types";

const optionsSchema = z.strictObject({
  asOf: z
    .string()
    .refine((text) => isIsoDay(text), { message: "must be a day written YYYY-MM-DD" })
    .optional(),
  dateSystem: z.union([z.literal(1900), z.literal(1904)]).optional(),
  mapping: z
    .record(z.string(), z.string().optional())
    .refine((mapping) => Object.keys(mapping).every(isLedgerField), {
      message: "names an unknown field",
    })
    .optional(),
  headerRow: z.number().int().min(1).optional(),
  defaultCurrency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { message: "must be a 3-letter currency code such as EUR" })
    .optional(),
  dayOrder: z.enum(["dmy", "mdy"]).optional(),
  notation: z.enum(["nl", "en"]).optional(),
  firstRow: z.number().int().min(1).optional(),
  profiles: z
    .record(
      z.string(),
      z
        .record(z.string(), z.string().optional())
        .refine((m) => Object.keys(m).every(isLedgerField), {
          message: "names an unknown field",
        })
    )
    .optional(),
});

/** What each option must be, in Dutch, for the Dutch twin of the message. */
const RULES_NL: Readonly<Record<keyof ReadLedgerOptions, string>> = {
  asOf: "moet een dag zijn in de vorm JJJJ-MM-DD",
  dateSystem: "moet 1900 of 1904 zijn",
  mapping: "moet bestaande velden aan kolommen koppelen",
  headerRow: "moet een geheel getal van 1 of meer zijn",
  defaultCurrency: "moet een valutacode van 3 letters zijn, zoals EUR",
  dayOrder: "moet dmy of mdy zijn",
  notation: "moet nl of en zijn",
  firstRow: "moet een geheel getal van 1 of meer zijn",
  profiles: "moet per kolomkoppen bestaande velden aan kolommen koppelen",
};

/** One zod issue in Dutch: the option and what it must be, or the unknown option names. */
function problemNl(issue: z.core.$ZodIssue): string {
  const key = issue.path[0];
  if (typeof key === "string" && Object.prototype.hasOwnProperty.call(RULES_NL, key))
    return `${issue.path.join(".")} ${RULES_NL[key as keyof ReadLedgerOptions]}`;
  if (issue.code === "unrecognized_keys")
    return `onbekende optie ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return `${issue.path.join(".") || "opties"}: ${issue.message}`;
}

/**
 * Checks the options and returns them with the default currency in upper case. Throws a
 * {@link LedgerError} naming every wrong option.
 */
export function checkReadOptions(options: ReadLedgerOptions): ReadLedgerOptions {
  const result = optionsSchema.safeParse(options);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "options"} ${issue.message}`
    );
    throw new LedgerError(
      `Invalid ledger options: ${problems.join("; ")}.`,
      [],
      `Ongeldige opties voor het lezen: ${result.error.issues.map(problemNl).join("; ")}.`
    );
  }
  const checked = { ...options };
  if (checked.defaultCurrency !== undefined)
    checked.defaultCurrency = checked.defaultCurrency.toUpperCase();
  if (checked.headerRow !== undefined && checked.headerRow < (checked.firstRow ?? 1)) {
    const first = checked.firstRow ?? 1;
    throw new LedgerError(
      `Invalid ledger options: headerRow ${checked.headerRow} is above the first row ${first}.`,
      [],
      `Ongeldige opties voor het lezen: kopregel (headerRow) ${checked.headerRow} ligt boven de eerste rij ${first}.`
    );
  }
  return checked;
}
