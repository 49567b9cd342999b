/**
 * Use-cases of "the workbench forgets": with the user's consent (settings.keepLastFile) the file
 * last opened for an administration is kept in the browser — its bytes, name, size and date, never
 * sent anywhere — so that after a reload the pane can offer to open it again; "Vergeet dit bestand"
 * removes it, and withdrawing the consent removes every kept file (saveSettings, resetSettings). The demo is kept as a mark
 * without bytes (the host reads it again).
 */
import type { Settings } from "../settings/settings";
import type { Host, KeptFile } from "../host/host";

/**
 * The file to offer after a reload: the newest kept one; none without consent. (Withdrawing the
 * consent removes the kept files: see saveSettings.)
 */
export async function lastFileOffer(
  host: Host,
  settings: Pick<Settings, "keepLastFile">
): Promise<KeptFile | null> {
  if (!host.listKeptFiles || !settings.keepLastFile) return null;
  const kept = await host.listKeptFiles();
  return kept.reduce<KeptFile | null>(
    (newest, f) => (!newest || f.keptAt > newest.keptAt ? f : newest),
    null
  );
}

/**
 * Keeps `file` as the last file of its administration (`file.scope`), replacing the one kept
 * before; nothing without the user's consent or where the host keeps no files. Returns whether it
 * was kept.
 */
export async function keepLastFile(
  host: Host,
  settings: Pick<Settings, "keepLastFile">,
  file: KeptFile
): Promise<boolean> {
  if (!settings.keepLastFile || !host.keepFile) return false;
  await host.keepFile(file);
  return true;
}

/** Removes the kept file of administration `scope` ("Vergeet dit bestand"). */
export async function forgetLastFile(host: Host, scope: string): Promise<void> {
  await host.forgetKeptFiles?.(scope);
}
