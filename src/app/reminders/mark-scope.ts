// Apart from do-not-remind.ts (which validates with the settings' zod schema): the pane's first
// screen needs the scope only.
import type { ActiveAdministration } from "../books/administration";

/**
 * The scope marks are kept under for the ledger in view: null in Excel (the workbook's settings
 * hold that workbook's marks only), the administration's key in the workbench (one store for every
 * file: a mark of one client must never stop another client's customer with the same number), and
 * undefined while a file is not tied to an administration (no mark can be set yet).
 */
export function markScope(active: ActiveAdministration | null): string | null | undefined {
  if (active === null || active.kind === "workbook") return null;
  if (active.kind === "source") return active.key;
  if (active.kind === "confirmed") return active.administration.key;
  return undefined;
}
