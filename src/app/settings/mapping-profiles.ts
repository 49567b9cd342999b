/**
 * Use-cases: remembered column mappings. A mapping the user confirms (in the mapping dialog) is kept
 * in the settings the host stores — the workbook's settings in Excel, the browser's storage in the
 * workbench — under the header signature of the export, and applied by the reader when an export
 * with that header row comes back (ReadLedgerOptions.profiles), so next month's file reads without
 * asking again. The global column mapping (Instellingen) stays for sheets without a profile.
 */
import {
  headerSignature,
  type LedgerField,
  type LedgerReadResult,
  type ReadLedgerOptions,
} from "../../ledger";
import type { Host } from "../host/host";
import { saveSettings } from "./manage-settings";
import { MAX_MAPPING_PROFILES } from "./initial-settings";
import type { Settings } from "./settings";

/** A column mapping: ledger field -> header text or column letter. */
export type ColumnMapping = Partial<Record<LedgerField, string>>;

/**
 * The reader options the settings give: the remembered profiles, and the global column mapping
 * when there is one (an explicit mapping wins over a profile, so it is only passed when set).
 */
export function mappingReadOptions(
  settings: Pick<Settings, "columnMapping" | "mappingProfiles">
): Pick<ReadLedgerOptions, "mapping" | "profiles"> {
  const options: Pick<ReadLedgerOptions, "mapping" | "profiles"> = {};
  if (Object.keys(settings.mappingProfiles).length > 0) options.profiles = settings.mappingProfiles;
  if (Object.keys(settings.columnMapping).length > 0) options.mapping = settings.columnMapping;
  return options;
}

/**
 * The mapping a read was made with from the settings: the remembered profile it applied, else the
 * global column mapping. Fields it names count as chosen by the user (the dialog does not ask).
 */
export function mappingOfRead(
  settings: Pick<Settings, "columnMapping" | "mappingProfiles">,
  read: Pick<LedgerReadResult, "profile">
): ColumnMapping {
  if (read.profile !== null) return settings.mappingProfiles[read.profile] ?? {};
  return settings.columnMapping;
}

/** The remembered mapping for an export whose header row is `headers`, or null. */
export function rememberedMapping(
  settings: Pick<Settings, "mappingProfiles">,
  headers: readonly string[]
): ColumnMapping | null {
  return settings.mappingProfiles[headerSignature(headers)] ?? null;
}

/**
 * Use-case: stores `mapping` as the remembered mapping of the export whose header row is
 * `headers`, in the settings the host keeps, and returns what was stored. Empty choices are left
 * out; the newest profile goes last and the oldest is dropped beyond {@link MAX_MAPPING_PROFILES}.
 */
export async function rememberMapping(
  host: Host,
  settings: Settings,
  headers: readonly string[],
  mapping: ColumnMapping
): Promise<Settings> {
  const signature = headerSignature(headers);
  if (signature === "") return settings;
  const chosen: ColumnMapping = {};
  for (const [field, target] of Object.entries(mapping) as [LedgerField, string | undefined][])
    if (target !== undefined && target.trim() !== "") chosen[field] = target;
  const profiles = Object.entries(settings.mappingProfiles).filter(([key]) => key !== signature);
  profiles.push([signature, chosen]);
  const kept = Object.fromEntries(profiles.slice(-MAX_MAPPING_PROFILES));
  return saveSettings(host, { ...settings, mappingProfiles: kept });
}
