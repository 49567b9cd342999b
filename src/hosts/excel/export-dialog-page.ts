/* global Office */
/**
 * The page inside the export dialog (export-view.html, see ./export-dialog): it tells the task pane
 * it is ready, gathers the parts of the file and shows it. A document (the letters) is shown in a
 * sandboxed frame that runs no script, with a print button; plain text (a JSON claim file) in a
 * read-only text box with a copy button. The page names Office, so it lives with the Excel host.
 */
import type { DialogFile } from "./excel-run";
import { DIALOG_READY, type DialogPart } from "./export-dialog";

/**
 * The file once every part of it arrived (in any order), else null. Throws on a message that is
 * not a part of one file.
 */
export function assembleParts(parts: readonly DialogPart[]): DialogFile | null {
  const first = parts[0];
  if (!first) return null;
  const got = new Map<number, string>();
  for (const p of parts) {
    if (p.name !== first.name || p.parts !== first.parts || p.kind !== first.kind)
      throw new Error(`Part ${p.part} of '${p.name}' does not belong to '${first.name}'.`);
    got.set(p.part, p.text);
  }
  if (got.size < first.parts) return null;
  let text = "";
  for (let i = 0; i < first.parts; i++) text += got.get(i) ?? "";
  return { name: first.name, kind: first.kind, text };
}

/** Reads one message to the dialog as a part; throws on anything else. */
export function parsePart(message: string): DialogPart {
  const value: unknown = JSON.parse(message);
  const p = value as Partial<DialogPart>;
  if (
    typeof value !== "object" ||
    value === null ||
    typeof p.name !== "string" ||
    (p.kind !== "html" && p.kind !== "text") ||
    typeof p.part !== "number" ||
    typeof p.parts !== "number" ||
    typeof p.text !== "string"
  )
    throw new Error("The export window got a message that is not part of a file.");
  return p as DialogPart;
}

const WORDS = {
  nl: {
    waiting: "Het bestand wordt geladen…",
    print: "Afdrukken",
    copy: "Alles kopiëren",
    copied: "Gekopieerd.",
    printHint:
      "Drukt deze knop niets af (Excel voor Mac)? Klik in de brieven, kies alles selecteren (⌘A of Ctrl+A) en kopieer ze naar Word.",
    textHint: "Selecteer en kopieer de tekst, of gebruik de knop.",
  },
  en: {
    waiting: "Loading the file…",
    print: "Print",
    copy: "Copy all",
    copied: "Copied.",
    printHint:
      "Does this button print nothing (Excel on Mac)? Click into the letters, select all (⌘A or Ctrl+A) and copy them into Word.",
    textHint: "Select and copy the text, or use the button.",
  },
};

/** Shows `file` in `root`. */
export function showFile(root: HTMLElement, file: DialogFile, lang: "nl" | "en"): void {
  const w = WORDS[lang];
  const doc = root.ownerDocument;
  root.replaceChildren();
  doc.title = file.name;
  const bar = doc.createElement("div");
  bar.className = "bar";
  const title = doc.createElement("strong");
  title.textContent = file.name;
  const hint = doc.createElement("span");
  hint.className = "hint";
  const button = doc.createElement("button");
  bar.append(title, button, hint);
  root.append(bar);
  if (file.kind === "html") {
    const frame = doc.createElement("iframe");
    // No allow-scripts: nothing in the document runs. allow-same-origin lets the button print it.
    frame.setAttribute("sandbox", "allow-modals allow-same-origin");
    frame.title = file.name;
    frame.srcdoc = file.text;
    button.textContent = w.print;
    button.addEventListener("click", () => frame.contentWindow?.print());
    hint.textContent = w.printHint;
    root.append(frame);
  } else {
    const box = doc.createElement("textarea");
    box.readOnly = true;
    box.value = file.text;
    box.spellcheck = false;
    button.textContent = w.copy;
    button.addEventListener("click", () => {
      box.select();
      // The Clipboard API may be refused in an Office dialog; the selection then stays for ⌘C.
      void navigator.clipboard?.writeText(file.text).then(
        () => (hint.textContent = w.copied),
        () => undefined
      );
    });
    hint.textContent = w.textHint;
    root.append(box);
  }
}

/** Runs the export page in `root`: ready message, parts, then the file. */
export async function runExportDialogPage(root: HTMLElement): Promise<void> {
  await Office.onReady();
  const lang = /^nl/i.test(Office.context.displayLanguage ?? "") ? "nl" : "en";
  root.textContent = WORDS[lang].waiting;
  const parts: DialogPart[] = [];
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (arg: { message: string }) => {
      try {
        parts.push(parsePart(arg.message));
        const file = assembleParts(parts);
        if (file) showFile(root, file, lang);
      } catch (error) {
        root.textContent = error instanceof Error ? error.message : String(error);
      }
    },
    () => Office.context.ui.messageParent(DIALOG_READY)
  );
}
