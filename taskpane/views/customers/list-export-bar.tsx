/**
 * The buttons that let a customer list leave the pane (issue 17): every row of the list as xlsx or
 * CSV (customerListFile in src/app), handed over by saveExport — downloads in the workbench; in
 * Excel the xlsx opens as a new workbook and the CSV becomes the owned sheet "Openstaand – …".
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  loadCustomerLists,
  type CustomerListKind,
  type ExportFile,
  type ListFormat,
  type SavedExport,
} from "../../../src/app";
import type { CustomerRow, ReportModel } from "../../../src/analytics";
import { count, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { NAV_TEXTS } from "../../i18n/texts-nav";

const useStyles = makeStyles({
  bar: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "8px 0" },
  total: { color: tokens.colorNeutralForeground2, marginRight: "auto" },
});

/** Props of {@link ListExportBar}. */
export interface ListExportBarProps {
  report: ReportModel;
  kind: CustomerListKind;
  /** Every row the list holds (not only the page shown). */
  rows: readonly CustomerRow[];
  hostKind: "excel" | "standalone";
  lang: Lang;
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
}

/** The list's total and its export buttons. */
export function ListExportBar({
  report,
  kind,
  rows,
  hostKind,
  lang,
  save,
  onError,
}: ListExportBarProps) {
  const s = useStyles();
  const t = NAV_TEXTS[lang];
  const [busy, setBusy] = useState(false);
  const total = rows.reduce((sum, row) => sum + row.open, 0);
  const run = async (format: ListFormat) => {
    setBusy(true);
    try {
      const { customerListFile } = await loadCustomerLists();
      await save(await customerListFile(report, kind, rows, lang, format));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const excel = hostKind === "excel";
  return (
    <div className={s.bar}>
      <Caption1 className={s.total} data-testid="list-total" data-cents={total}>
        {t.listTotal(count(rows.length, lang), money(total, lang))}
      </Caption1>
      <Button
        size="small"
        disabled={busy || rows.length === 0}
        onClick={() => void run("xlsx")}
        data-testid="export-xlsx"
      >
        {excel ? t.exportWorkbook : t.exportXlsx}
      </Button>
      <Button
        size="small"
        disabled={busy || rows.length === 0}
        onClick={() => void run("csv")}
        data-testid="export-csv"
      >
        {excel ? t.exportSheet : t.exportCsv}
      </Button>
    </div>
  );
}
