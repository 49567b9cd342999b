// The language a function answers in when its `language` argument is left out.
import { officeDisplayLanguage } from "../src/hosts/excel";

/** The language of the Excel the functions run in: "nl" for Dutch (nl-NL, nl-BE), else "en". */
let hostLanguage: "nl" | "en" | undefined;

/**
 * Excel's display language as "nl" or "en"; `fallback` outside Office (tests, the CLI) or before
 * Office has told us. Read once: Excel does not change its language while a workbook is open.
 */
export function excelLanguage(fallback: "nl" | "en"): "nl" | "en" {
  if (hostLanguage !== undefined) return hostLanguage;
  let tag: string | null;
  try {
    tag = officeDisplayLanguage();
  } catch {
    tag = null;
  }
  if (typeof tag !== "string" || tag === "") return fallback;
  hostLanguage = /^nl\b/i.test(tag) ? "nl" : "en";
  return hostLanguage;
}

/** Forgets the language read from Office (tests). */
export function resetExcelLanguage(): void {
  hostLanguage = undefined;
}
