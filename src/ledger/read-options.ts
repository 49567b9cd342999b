/**
 * Validation of {@link ReadLedgerOptions} at the edge (options may come from a CLI flag, a task-pane
 * form or stored settings), so a wrong option is one clear message instead of a strange reading.
 */
import { z } from "zod";
import { isIsoDay } from "../core/day";
import { LedgerError } from "./ledger-error";
import { isLedgerField } from "./ledger-fields";
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
});

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
    throw new LedgerError(`Invalid ledger options: ${problems.join("; ")}.`);
  }
  const checked = { ...options };
  if (checked.defaultCurrency !== undefined)
    checked.defaultCurrency = checked.defaultCurrency.toUpperCase();
  if (checked.headerRow !== undefined && checked.headerRow < (checked.firstRow ?? 1)) {
    throw new LedgerError(
      `Invalid ledger options: headerRow ${checked.headerRow} is above the first row ${checked.firstRow ?? 1}.`
    );
  }
  return checked;
}
