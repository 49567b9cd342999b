/**
 * The actions that let any list leave the pane (issue 17): export as xlsx or CSV and print on A4,
 * through the one list export of src/app (loadListExport: listFile, listPrintFile). The view says
 * which list (a function of the lazily loaded module, so exceljs loads on the first click only).
 * Exports go through saveExport: downloads in the workbench; in Excel the xlsx opens as a new
 * workbook and the CSV becomes the owned sheet "Openstaand – …". Printing puts the list's A4
 * document (company, title and reporting day on every page, page numbers) in a hidden frame and
 * opens the browser's print dialog on it; {@link PrintFrame} is shared with the dossier.
 */
import { Button } from "@fluentui/react-components";
import { useState } from "react";
import {
  loadListExport,
  type ExportFile,
  type ExportList,
  type ListFormat,
  type SavedExport,
} from "../../../src/app";
import type { Lang } from "../../i18n/texts";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { LIST_TEXTS } from "../../i18n/texts-lists";

/** The list export module (src/app/lists), as the pane loads it. */
export type ListModule = Awaited<ReturnType<typeof loadListExport>>;

/** A document to print; `n` tells two prints of the same document apart. */
export interface PrintJob {
  html: string;
  n: number;
}

/**
 * A document to print: rendered in an invisible same-origin frame (no script runs in it: the
 * document's own CSP and the sandbox), then the frame's print dialog once it has loaded.
 * `data-testid="print-frame"` carries the document for the browser tests.
 */
export function PrintFrame({ job }: { job: PrintJob | null }) {
  if (job === null) return null;
  return (
    <iframe
      key={job.n}
      title="print"
      aria-hidden="true"
      tabIndex={-1}
      data-testid="print-frame"
      sandbox="allow-same-origin allow-modals"
      srcDoc={job.html}
      onLoad={(event) => {
        const win = event.currentTarget.contentWindow;
        win?.focus();
        win?.print();
      }}
      style={{ position: "fixed", width: 0, height: 0, border: 0, right: 0, bottom: 0 }}
    />
  );
}

/** A print job state: the job and a function that starts the next one. */
export function usePrintJob(): [PrintJob | null, (html: string) => void] {
  const [job, setJob] = useState<PrintJob | null>(null);
  return [job, (html: string) => setJob((prev) => ({ html, n: (prev?.n ?? 0) + 1 }))];
}

/** Props of {@link ListActions}. */
export interface ListActionsProps {
  /**
   * The list (every row, not the page shown), built from the loaded list module or from another
   * lazily loaded use-case (never a static import of one: exceljs would join the pane's first load).
   */
  list(m: ListModule): ExportList | Promise<ExportList>;
  /** Whether there is anything to export. */
  empty: boolean;
  /** The company name for the printed header ("" when not set). */
  company: string;
  hostKind: "excel" | "standalone";
  lang: Lang;
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
  /** Prefix of the buttons' test ids ("export" gives export-xlsx, export-csv, export-print). */
  testId?: string;
}

/** Export (xlsx, CSV) and print buttons of one list. */
export function ListActions(props: ListActionsProps) {
  const { lang, hostKind, testId = "export" } = props;
  const t = NAV_TEXTS[lang];
  const x = LIST_TEXTS[lang];
  const [busy, setBusy] = useState(false);
  const [printing, print] = usePrintJob();
  const run = async (format: ListFormat | "print") => {
    setBusy(true);
    try {
      const m = await loadListExport();
      const list = await props.list(m);
      if (format === "print") {
        const doc = m.listPrintFile(list, props.company, lang);
        print(typeof doc.data === "string" ? doc.data : new TextDecoder().decode(doc.data));
      } else await props.save(await m.listFile(list, format));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };
  const excel = hostKind === "excel";
  return (
    <>
      <Button
        size="small"
        disabled={busy || props.empty}
        onClick={() => void run("xlsx")}
        data-testid={`${testId}-xlsx`}
      >
        {excel ? t.exportWorkbook : t.exportXlsx}
      </Button>
      <Button
        size="small"
        disabled={busy || props.empty}
        onClick={() => void run("csv")}
        data-testid={`${testId}-csv`}
      >
        {excel ? t.exportSheet : t.exportCsv}
      </Button>
      <Button
        size="small"
        disabled={busy || props.empty}
        onClick={() => void run("print")}
        data-testid={`${testId}-print`}
      >
        {x.print}
      </Button>
      <PrintFrame job={printing} />
    </>
  );
}
