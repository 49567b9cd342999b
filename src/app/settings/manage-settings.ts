/**
 * Use-cases: load, save and reset the settings a host stores (the workbook, or the workbench). The
 * schema (zod) loads with the first of them, not with the pane's first screen (loaders.ts).
 */
import type { Host } from "../host/host";
import { loadSettingsSchema } from "../loaders";
import type { Settings } from "./settings";

/**
 * The stored settings, validated; the defaults when none are stored. Throws a HostError "settings"
 * naming the bad key when the stored settings are invalid (the task pane then offers a reset).
 */
export async function loadSettings(host: Host): Promise<Settings> {
  const [{ parseSettings }, text] = await Promise.all([
    loadSettingsSchema(),
    host.readSettingsText(),
  ]);
  return parseSettings(text);
}

/**
 * The morning-notice consent as stored (null when the stored settings cannot be read): saving and
 * resetting change how the workbook opens only when the consent changes.
 */
async function storedConsent(
  host: Host
): Promise<Pick<Settings, "morningNotice" | "keepLastFile"> | null> {
  const { parseSettings } = await loadSettingsSchema();
  try {
    return parseSettings(await host.readSettingsText());
  } catch {
    return null;
  }
}

/** What a change of consent asks of the host: open with the workbook or not; forget kept files. */
async function followConsent(
  host: Host,
  before: Pick<Settings, "morningNotice" | "keepLastFile"> | null,
  after: Settings
): Promise<void> {
  if (host.setOpenWithWorkbook && before?.morningNotice !== after.morningNotice)
    await host.setOpenWithWorkbook(after.morningNotice);
  if (host.forgetKeptFiles && before?.keepLastFile !== false && !after.keepLastFile)
    await host.forgetKeptFiles(null);
}

const followsConsent = (host: Host) =>
  host.setOpenWithWorkbook !== undefined || host.forgetKeptFiles !== undefined;

/**
 * Validates and stores `settings`; returns what was stored. Throws a HostError naming a bad key.
 * Where the host can open with the workbook (Excel), a changed morning-notice consent sets it:
 * on consent Openstaand loads with the workbook, withdrawn it no longer does. Where the host keeps
 * files (the workbench), withdrawing the keep-last-file consent removes every kept file.
 */
export async function saveSettings(host: Host, settings: Settings): Promise<Settings> {
  const { parseSettings, serializeSettings } = await loadSettingsSchema();
  const text = serializeSettings(settings);
  const before = followsConsent(host) ? await storedConsent(host) : null;
  await host.writeSettingsText(text);
  const stored = parseSettings(text);
  await followConsent(host, before, stored);
  return stored;
}

/** Removes the stored settings, so the defaults apply again (consent withdrawn); returns the defaults. */
export async function resetSettings(host: Host): Promise<Settings> {
  const { DEFAULT_SETTINGS } = await loadSettingsSchema();
  const before = followsConsent(host) ? await storedConsent(host) : null;
  await host.writeSettingsText(null);
  await followConsent(host, before, DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}
