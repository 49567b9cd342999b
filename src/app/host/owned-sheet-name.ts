/** The names of sheets Openstaand writes: always "Openstaand – <name>" (with an en dash). */
import { HostError } from "./host-error";

/** The prefix of every sheet Openstaand owns; the dash is an en dash (U+2013). */
export const OWNED_SHEET_PREFIX = "Openstaand \u2013 ";

/** Excel's own limit on sheet names. */
const MAX_SHEET_NAME = 31;

/**
 * The full sheet name for a report called `name` ("Rapport" -> "Openstaand – Rapport"). Throws a
 * HostError "report" naming the name when Excel would refuse it (too long, or one of : \ / ? * [ ]).
 */
export function ownedSheetName(name: string): string {
  const trimmed = name.trim();
  const full = OWNED_SHEET_PREFIX + trimmed;
  if (trimmed === "" || /[:\\/?*[\]]/.test(trimmed) || trimmed.startsWith("'")) {
    throw new HostError(
      "report",
      `The sheet name '${name}' cannot be used: it is empty or contains one of : \\ / ? * [ ].`,
      `De bladnaam '${name}' kan niet: hij is leeg of bevat een van de tekens : \\ / ? * [ ].`
    );
  }
  if (full.length > MAX_SHEET_NAME) {
    throw new HostError(
      "report",
      `The sheet name '${full}' is longer than Excel's 31 characters; shorten '${trimmed}'.`,
      `De bladnaam '${full}' is langer dan de 31 tekens die Excel toestaat; kort '${trimmed}' in.`
    );
  }
  return full;
}

/** True when `sheetName` has Openstaand's prefix (ownership itself is checked by the host). */
export function hasOwnedPrefix(sheetName: string): boolean {
  return sheetName.startsWith(OWNED_SHEET_PREFIX);
}
