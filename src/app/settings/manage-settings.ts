/** Use-cases: load, save and reset the settings a host stores (the workbook, or the workbench). */
import type { Host } from "../host/host";
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, type Settings } from "./settings";

/**
 * The stored settings, validated; the defaults when none are stored. Throws a HostError "settings"
 * naming the bad key when the stored settings are invalid (the task pane then offers a reset).
 */
export async function loadSettings(host: Host): Promise<Settings> {
  return parseSettings(await host.readSettingsText());
}

/**
 * The morning-notice consent as stored (null when the stored settings cannot be read): saving and
 * resetting change how the workbook opens only when the consent changes.
 */
async function storedConsent(host: Host): Promise<boolean | null> {
  try {
    return parseSettings(await host.readSettingsText()).morningNotice;
  } catch {
    return null;
  }
}

/**
 * Validates and stores `settings`; returns what was stored. Throws a HostError naming a bad key.
 * Where the host can open with the workbook (Excel), a changed morning-notice consent sets it:
 * on consent Openstaand loads with the workbook, withdrawn it no longer does.
 */
export async function saveSettings(host: Host, settings: Settings): Promise<Settings> {
  const text = serializeSettings(settings);
  const before = host.setOpenWithWorkbook ? await storedConsent(host) : null;
  await host.writeSettingsText(text);
  const stored = parseSettings(text);
  if (host.setOpenWithWorkbook && before !== stored.morningNotice)
    await host.setOpenWithWorkbook(stored.morningNotice);
  return stored;
}

/** Removes the stored settings, so the defaults apply again (consent withdrawn); returns the defaults. */
export async function resetSettings(host: Host): Promise<Settings> {
  const before = host.setOpenWithWorkbook ? await storedConsent(host) : null;
  await host.writeSettingsText(null);
  if (host.setOpenWithWorkbook && before !== DEFAULT_SETTINGS.morningNotice)
    await host.setOpenWithWorkbook(DEFAULT_SETTINGS.morningNotice);
  return DEFAULT_SETTINGS;
}
