/* global Excel */
/**
 * Sheets Openstaand owns. A sheet is owned when its name has the prefix "Openstaand – " AND its
 * worksheet id is listed in the workbook setting `openstaand.ownedSheets` (a JSON array of ids).
 * Why a workbook setting rather than a worksheet custom property: settings need ExcelApi 1.4 (which
 * the adapter needs anyway), custom properties 1.12, so Excel 2019 can use it; and the id pins the
 * very sheet Openstaand created — a sheet the user makes or copies under the same name has another
 * id and is refused, never overwritten.
 */
import { hasOwnedPrefix } from "../../app";
import { ExcelHostError } from "./excel-host-error";

/** Workbook setting holding the ids of the sheets Openstaand created. */
export const OWNED_SHEETS_SETTING = "openstaand.ownedSheets";

function parseIds(value: unknown): string[] {
  // An unreadable list owns nothing: Openstaand then refuses to replace, it never guesses.
  let list: unknown = value;
  if (typeof value === "string") {
    try {
      list = JSON.parse(value);
    } catch {
      list = [];
    }
  }
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === "string") : [];
}

/**
 * The sheet called `name` and whether Openstaand owns it (its id is in the setting); null when the
 * workbook has no sheet of that name. One sync.
 */
export async function findOwnedSheet(
  context: Excel.RequestContext,
  name: string
): Promise<{ sheet: Excel.Worksheet; owned: boolean } | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("id");
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load("value");
  await context.sync();
  if (sheet.isNullObject) return null;
  const ids = setting.isNullObject ? [] : parseIds(setting.value);
  return { sheet, owned: hasOwnedPrefix(name) && ids.includes(sheet.id) };
}

/** A fresh owned sheet and whether an earlier one of the same name was replaced. */
export interface OwnedSheet {
  sheet: Excel.Worksheet;
  name: string;
  replaced: boolean;
}

/**
 * Makes an empty owned sheet called `name` (which must have the owned prefix): an owned sheet of
 * that name is deleted and re-added at the same position (so tables, charts and formats go too);
 * a sheet of that name that Openstaand does not own makes it throw ExcelHostError "not-owned" before
 * anything is changed. Records the new sheet's id in the setting. Two syncs.
 */
export async function replaceOwnedSheet(
  context: Excel.RequestContext,
  name: string
): Promise<OwnedSheet> {
  if (!hasOwnedPrefix(name)) throw new Error(`'${name}' is not an Openstaand sheet name.`);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id");
  const existing = worksheets.getItemOrNullObject(name);
  existing.load("id,position");
  const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  setting.load("value");
  await context.sync();

  const present = new Set(worksheets.items.map((s) => s.id));
  const owned = (setting.isNullObject ? [] : parseIds(setting.value)).filter((id) =>
    present.has(id)
  );
  const replaced = !existing.isNullObject;
  if (replaced && !owned.includes(existing.id)) {
    throw new ExcelHostError(
      "not-owned",
      `The sheet '${name}' was not made by Openstaand, so it is left alone. Rename or delete it and try again.`,
      `Het blad '${name}' is niet door Openstaand gemaakt en blijft daarom ongemoeid. Geef het een andere naam of verwijder het en probeer het opnieuw.`,
      { sheet: name }
    );
  }
  if (replaced) existing.delete();
  const sheet = worksheets.add(name);
  if (replaced) sheet.position = existing.position;
  sheet.load("id");
  await context.sync();

  const ids = [...owned.filter((id) => !replaced || id !== existing.id), sheet.id];
  context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(ids));
  await context.sync();
  return { sheet, name, replaced };
}
