// The pane of both pages: addin.html (what Office opens: office.js and the custom functions' shared
// runtime) is the task pane over the workbook; taskpane.html (no office.js, so no request to any host
// but the page's own) is the standalone workbench on the demo ledger or a file.
// First, before any module that builds a zod schema: zod without its eval probe (the page's CSP).
import "./no-eval";
import { App, langOf } from "../taskpane";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadLedgerReading, loadSettingsSchema, type Host } from "./app";
import { officeDisplayLanguage, officeHost, officeThemeKind } from "./hosts/excel";

/** The workbench keeps its settings in the browser; a private window without storage keeps none. */
function browserStore(): Storage | undefined {
  try {
    const probe = "openstaand.probe";
    localStorage.setItem(probe, "1");
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The workbench page opened by Office (a manifest from before addin.html, or a URL typed into the
 * manifest by hand): Office puts its host description in the `_host_Info` query parameter or in the
 * frame's name. Such a page moves to addin.html, which loads office.js; a plain browser never does.
 */
function openedByOfficeWithoutOfficeJs(): boolean {
  if (typeof Office !== "undefined") return false;
  if (new URLSearchParams(location.search).has("_host_Info")) return true;
  try {
    const name: unknown = JSON.parse(window.name);
    return typeof name === "object" && name !== null && "hostInfo" in name;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const element = document.getElementById("app");
  if (!element) return;
  if (openedByOfficeWithoutOfficeJs()) {
    location.replace(`addin.html${location.search}${location.hash}`);
    return;
  }
  // The settings' schema (zod) and the page's ledger reader, which the first screen needs, load
  // meanwhile (chunks of their own, not in the initial JS).
  loadSettingsSchema().catch(() => undefined);
  loadLedgerReading().catch(() => undefined);
  const inExcel = (await officeHost()) === "excel";
  // A file the user opens is read in a Web Worker (the reader loads there, not on the page).
  // The analysis runs there too: in the worker that read the file, or one fed the ledger read.
  // A sheet (Excel's used range, the demo) is read there as well, its chunks fed as they are read.
  const { readLedgerFileOffThread, analyseOffThread, ledgerFromChunksOffThread } =
    await import("./hosts/browser");
  const offThread = {
    readLedgerFile: readLedgerFileOffThread,
    analyseLedger: analyseOffThread,
    ledgerFromChunks: () => ledgerFromChunksOffThread(),
  };
  let host: Host;
  if (inExcel) {
    // The Excel host (and the ledger reader of a sheet) loads only inside Excel.
    const { excelHost } = await import("./hosts/excel");
    host = { ...excelHost, ...offThread };
  } else {
    // The demo ledger (and its generator) loads only in the workbench.
    const { demoHost, indexedDbFileStore } = await import("./hosts/browser");
    // The last opened file, kept in this browser's IndexedDB with the user's consent only.
    const files = typeof indexedDB !== "undefined" ? indexedDbFileStore(indexedDB) : undefined;
    host = {
      ...demoHost(undefined, browserStore(), undefined, files),
      ...offThread,
    };
  }
  const lang = langOf(officeDisplayLanguage() ?? navigator.language);
  const dark =
    officeThemeKind() === "dark" ||
    (!inExcel && window.matchMedia?.("(prefers-color-scheme: dark)").matches === true);
  document.documentElement.lang = lang;
  document.title = inExcel ? "Openstaand" : "Openstaand – werkbank";
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
        <App host={host} defaultLang={lang} dark={dark} />
      </FluentProvider>
    </StrictMode>
  );
}

void main();
