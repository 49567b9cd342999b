// The shared-runtime page: inside Excel it is the task pane; in a plain browser (Office.onReady gives
// host null) it is the standalone workbench on the built-in demo ledger.
import { loadLedger } from "../src/app/load-ledger";
import type { Host } from "../src/app/host";
import { isHostError } from "../src/app/host-error";
import { excelHost, officeDisplayLanguage, officeHost } from "../src/excel/excel-host";
import { demoHost } from "../src/files/demo-host";
import { renderError, renderLedger } from "./render-ledger";
import { TEXTS, langOf } from "./texts";

async function show(root: HTMLElement, host: Host, lang: "nl" | "en"): Promise<void> {
  const t = TEXTS[lang];
  root.replaceChildren(
    Object.assign(document.createElement("p"), { textContent: t.loading, className: "muted" })
  );
  try {
    renderLedger(root, await loadLedger(host), t, lang);
  } catch (error) {
    console.error(error);
    // Host errors carry a Dutch and an English text that name the sheet, table or column.
    renderError(root, isHostError(error) ? new Error(error.messageIn(lang)) : error, t);
  }
}

async function main(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const inExcel = (await officeHost()) === "excel";
  const lang = langOf(officeDisplayLanguage() ?? navigator.language);
  const t = TEXTS[lang];
  document.documentElement.lang = lang;
  if (!inExcel) {
    document.title = `Openstaand – ${t.standalone}`;
    await show(root, demoHost(), lang);
    return;
  }
  const content = document.createElement("div");
  const button = Object.assign(document.createElement("button"), {
    textContent: t.readSheet,
    type: "button",
  });
  button.addEventListener("click", () => void show(content, excelHost, lang));
  root.replaceChildren(button, content);
  await show(content, excelHost, lang);
}

void main();
