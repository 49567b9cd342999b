/**
 * The buttons that let a customer list leave the pane (issue 17): every row of the list as xlsx or
 * CSV, or printed on A4 (customerList in src/app through the one list export, see ListActions) —
 * downloads in the workbench; in Excel the xlsx opens as a new workbook and the CSV becomes the
 * owned sheet "Openstaand – …".
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import {
  loadCustomerLists,
  type CustomerListKind,
  type ExportFile,
  type SavedExport,
} from "../../../src/app";
import type { CustomerRow, ReportModel } from "../../../src/analytics";
import { count, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { ListActions } from "./list-actions";

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
  /** The company name for the printed header ("" or absent when not set). */
  company?: string;
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
  company,
  save,
  onError,
}: ListExportBarProps) {
  const s = useStyles();
  const t = NAV_TEXTS[lang];
  const total = rows.reduce((sum, row) => sum + row.open, 0);
  return (
    <div className={s.bar}>
      <Caption1 className={s.total} data-testid="list-total" data-cents={total}>
        {t.listTotal(count(rows.length, lang), money(total, lang))}
      </Caption1>
      <ListActions
        list={async () => (await loadCustomerLists()).customerList(report, kind, rows, lang)}
        empty={rows.length === 0}
        company={company ?? ""}
        hostKind={hostKind}
        lang={lang}
        save={save}
        onError={onError}
      />
    </div>
  );
}
