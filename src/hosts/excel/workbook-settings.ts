/* global Excel */
/** The settings JSON text in the workbook's own settings store (travels with the file). */

/** Workbook setting holding Openstaand's settings as JSON text. */
export const SETTINGS_KEY = "openstaand.settings";

/** Workbook setting holding when Openstaand last ran on this workbook (the morning notice's "since"). */
export const LAST_RUN_KEY = "openstaand.lastRun";

/** The stored settings text, or null when none is stored. */
export async function readWorkbookSetting(
  context: Excel.RequestContext,
  key: string
): Promise<string | null> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject || setting.value == null) return null;
  return typeof setting.value === "string" ? setting.value : JSON.stringify(setting.value);
}

/** Stores `text` under `key`; null deletes the setting. */
export async function writeWorkbookSetting(
  context: Excel.RequestContext,
  key: string,
  text: string | null
): Promise<void> {
  if (text === null) {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load("key");
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
  } else {
    context.workbook.settings.add(key, text);
  }
  await context.sync();
}
