/**
 * The morning notice's start in Excel: with the user's consent the add-in loads with this workbook
 * (Office.addin.setStartupBehavior(Office.StartupBehavior.load), SharedRuntime 1.1: the shared
 * runtime — the task pane's page — then runs when the document opens, without showing the pane);
 * withdrawn, it goes back to StartupBehavior.none. The setting is the document's own (Microsoft
 * Learn, "Run code in your Office Add-in when the document opens"). The pane is then shown with
 * Office.addin.showAsTaskpane ("Show or hide the task pane of your Office Add-in"). No ribbon badge
 * or label: the ribbon API documents no such thing.
 */
import { excelRuntime } from "./excel-run";

/** The requirement set both calls need. */
export const SHARED_RUNTIME = { name: "SharedRuntime", version: "1.1" } as const;

/** Whether this Excel can load the add-in with the workbook and show its pane from code. */
export function canOpenWithWorkbook(): boolean {
  return excelRuntime().isSetSupported(SHARED_RUNTIME.name, SHARED_RUNTIME.version);
}

/**
 * Makes the add-in load with this workbook (`open`) or not; false (and nothing done) where this
 * Excel lacks SharedRuntime 1.1.
 */
export async function setOpenWithWorkbook(open: boolean): Promise<boolean> {
  if (!canOpenWithWorkbook()) return false;
  await excelRuntime().setStartupBehavior(open ? "load" : "none");
  return true;
}

/** Shows the task pane (the runtime may run with it hidden); nothing where Excel cannot. */
export async function showTaskPane(): Promise<void> {
  if (!canOpenWithWorkbook()) return;
  await excelRuntime().showAsTaskpane();
}
