/* global Office */
/**
 * The export dialog: where Excel lets the task pane download nothing (Excel on Mac), a text export
 * (the printable letters, a JSON claim file) opens in an Office dialog with the add-in's page
 * export-view.html, which shows it to print or to select and copy. The dialog page cannot read the
 * pane's memory, so the pane sends the text once the page says it is ready, in parts small enough
 * for any Office message (DialogApi 1.2, `messageChild`).
 */
import type { DialogFile } from "./excel-run";

/** The page of the add-in the dialog opens (next to addin.html). */
export const EXPORT_DIALOG_PAGE = "export-view.html";

/** Characters per message to the dialog. */
export const DIALOG_PART_CHARS = 32 * 1024;

/** What the page says when it can take the text. */
export const DIALOG_READY = "openstaand-export-ready";

/** One message to the dialog: part `part` (0-based) of `parts`. */
export interface DialogPart {
  name: string;
  kind: DialogFile["kind"];
  part: number;
  parts: number;
  text: string;
}

/** `file` cut into the messages the dialog gets, in order (at least one). */
export function dialogParts(file: DialogFile, size = DIALOG_PART_CHARS): DialogPart[] {
  const parts = Math.max(1, Math.ceil(file.text.length / size));
  return Array.from({ length: parts }, (_, part) => ({
    name: file.name,
    kind: file.kind,
    part,
    parts,
    text: file.text.slice(part * size, (part + 1) * size),
  }));
}

/** Opens the export page in an Office dialog and sends it `file` when it is ready. */
export function showInOfficeDialog(file: DialogFile): Promise<void> {
  const url = new URL(EXPORT_DIALOG_PAGE, location.href).href;
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 80, width: 60 }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new Error(`${result.error.message} (${result.error.code})`));
        return;
      }
      const dialog = result.value;
      const timer = setTimeout(() => {
        dialog.close();
        reject(new Error("The export page did not answer within 30 seconds."));
      }, 30_000);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if (!("message" in arg) || arg.message !== DIALOG_READY) return;
        clearTimeout(timer);
        for (const part of dialogParts(file)) dialog.messageChild(JSON.stringify(part));
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        // Closed (or failed to load) before the page was ready: nothing was shown.
        clearTimeout(timer);
        reject(new Error("The export dialog was closed before it showed the file."));
      });
    });
  });
}
