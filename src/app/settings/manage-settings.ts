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

/** Validates and stores `settings`; returns what was stored. Throws a HostError naming a bad key. */
export async function saveSettings(host: Host, settings: Settings): Promise<Settings> {
  const text = serializeSettings(settings);
  await host.writeSettingsText(text);
  return parseSettings(text);
}

/** Removes the stored settings, so the defaults apply again; returns the defaults. */
export async function resetSettings(host: Host): Promise<Settings> {
  await host.writeSettingsText(null);
  return DEFAULT_SETTINGS;
}
