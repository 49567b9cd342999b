// The shared-runtime page: inside Excel it is the task pane over the workbook; in a plain browser
// (Office.onReady gives no host) it is the standalone workbench on the demo ledger or a file.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { Host } from "../src/app/host";
import { excelHost, officeDisplayLanguage, officeHost } from "../src/excel/excel-host";
import { officeThemeKind } from "../src/excel/office-theme";
import { App } from "./app";
import { langOf } from "./texts";

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

async function main(): Promise<void> {
  const element = document.getElementById("app");
  if (!element) return;
  const inExcel = (await officeHost()) === "excel";
  let host: Host;
  if (inExcel) {
    host = excelHost;
  } else {
    // The demo ledger (and its generator) loads only in the workbench.
    const { demoHost } = await import("../src/files/demo-host");
    host = demoHost(undefined, browserStore());
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
