/**
 * Whether the company details in the settings are enough to send reminders: a letter without the
 * creditor's name or without the IBAN to pay to cannot go out. Kept apart from the letter code so
 * the task pane can check it on every render without loading src/documents.
 */
import type { Settings } from "../settings/settings";

/** A company detail a reminder cannot do without. */
export type RequiredCompanyField = "name" | "iban";

/** The required company details that are still empty, in the order the settings form shows them. */
export function missingCompanyFields(company: Settings["company"]): RequiredCompanyField[] {
  const missing: RequiredCompanyField[] = [];
  if (company.name.trim() === "") missing.push("name");
  if (company.iban.trim() === "") missing.push("iban");
  return missing;
}
