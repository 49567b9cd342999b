/**
 * A file as a browser download (a blob URL on a clicked link): how the workbench saves every
 * export, and how Excel saves a file where its task pane may download (Windows, the web).
 */
import type { ExportFile } from "../../app";

/** Downloads `file` under its name. */
export function downloadFile(file: ExportFile): void {
  // A copy on a plain ArrayBuffer, as Blob takes it.
  const part: BlobPart = typeof file.data === "string" ? file.data : new Uint8Array(file.data);
  const url = URL.createObjectURL(new Blob([part], { type: file.type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: file.name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
