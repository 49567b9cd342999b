/**
 * The small parts of a workbook the streaming reader needs before the sheet: the sheets in tab
 * order with their state and part, the date system (workbook.xml and its relationships), the
 * shared strings (once, as a list), and which cell styles show a date (styles.xml: only the number
 * formats, as exceljs decides it, so both readers give the same Dates).
 */
import type JSZip from "jszip";
import { streamXml, type PartBudget } from "./xml-stream";

/** One sheet of the workbook, in tab order. */
export interface SheetEntry {
  name: string;
  state: string;
  /** The part holding its cells ("xl/worksheets/sheet1.xml"); null for a chart sheet or a broken link. */
  part: string | null;
}

/** The workbook's sheets and date system, and the parts its relationships name. */
export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

/** `target` of a relationship of xl/workbook.xml, as a path in the package. */
function resolvePart(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** Reads workbook.xml and its relationships. */
export async function readWorkbookInfo(
  zip: JSZip,
  budget: PartBudget
): Promise<WorkbookInfo | null> {
  const targets = new Map<string, { target: string; type: string }>();
  await streamXml(
    zip,
    "xl/_rels/workbook.xml.rels",
    {
      open(name, a) {
        if (name === "Relationship" && a.Id && a.Target)
          targets.set(a.Id, { target: resolvePart(a.Target), type: a.Type ?? "" });
      },
      text() {},
      close() {},
    },
    budget
  );
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const found = await streamXml(
    zip,
    "xl/workbook.xml",
    {
      open(name, a) {
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        else if (name === "sheet") {
          const id = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
          const rel = id === undefined ? undefined : targets.get(id);
          sheets.push({
            name: a.name ?? "",
            state: a.state ?? "visible",
            part: rel !== undefined && rel.type.endsWith("/worksheet") ? rel.target : null,
          });
        }
      },
      text() {},
      close() {},
    },
    budget
  );
  if (!found) return null;
  const ofType = (suffix: string): string | null =>
    [...targets.values()].find((r) => r.type.endsWith(suffix))?.target ?? null;
  return {
    sheets,
    date1904,
    sharedStrings:
      ofType("/sharedStrings") ??
      (zip.file("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null),
    styles: ofType("/styles") ?? (zip.file("xl/styles.xml") ? "xl/styles.xml" : null),
  };
}

/** Excel's `_xHHHH_` escapes in shared strings (a line break written as _x000D_, say). */
const unescapeX = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** The shared strings in order: each item's text runs joined, phonetic runs left out. */
export async function readSharedStrings(
  zip: JSZip,
  part: string | null,
  budget: PartBudget
): Promise<string[]> {
  const strings: string[] = [];
  if (part === null) return strings;
  let item: string | null = null;
  let run: string[] | null = null;
  let phonetic = 0;
  await streamXml(
    zip,
    part,
    {
      open(name) {
        if (name === "si") item = "";
        else if (name === "rPh") phonetic++;
        else if (name === "t" && phonetic === 0 && item !== null) run = [];
      },
      text(text) {
        if (run !== null) run.push(text);
      },
      close(name) {
        if (name === "t" && run !== null) {
          item = (item ?? "") + unescapeX(run.join(""));
          run = null;
        } else if (name === "rPh") phonetic--;
        else if (name === "si") {
          strings.push(item ?? "");
          item = null;
        }
      },
    },
    budget
  );
  return strings;
}

/** The built-in number formats exceljs knows, by id (others count as no format, as there). */
const BUILT_IN: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
  18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0",
  49: "@",
}; // prettier-ignore

/** exceljs's test for a date format: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Per cell style index (the `s` of a cell): whether its number format shows a date. */
export async function readDateStyles(
  zip: JSZip,
  part: string | null,
  budget: PartBudget
): Promise<boolean[]> {
  const dates: boolean[] = [];
  if (part === null) return dates;
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await streamXml(
    zip,
    part,
    {
      open(name, a) {
        if (name === "numFmt" && a.numFmtId !== undefined)
          custom.set(parseInt(a.numFmtId, 10), a.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) formatIds.push(parseInt(a.numFmtId ?? "0", 10));
      },
      text() {},
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    budget
  );
  for (const id of formatIds)
    // As exceljs: format 0 (General) or none is no format; a custom code wins over a built-in one.
    dates.push(id ? isDateFormat(custom.get(id) || BUILT_IN[id]) : false);
  return dates;
}
