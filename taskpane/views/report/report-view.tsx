/**
 * Rapport: the monthly management report. Shows the tables that will be written (compactly); in
 * Excel one button writes them as the sheet "Openstaand – Rapport" with native charts, in the
 * workbench the same report downloads as xlsx (exceljs, loaded on click) and as HTML.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactNode, useMemo, useState } from "react";
import type { ReportModel } from "../../../src/analytics";
import {
  type ExportFile,
  type Host,
  type SavedExport,
  loadReportWorkbook,
  ownedSheetName,
  reportSheetSpec,
  writeReport,
} from "../../../src/app";
import type { ReportCell, ReportFormat, ReportTable, WrittenReport } from "../../../src/documents";
import { day, figure, money } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";
import { NUM_CELL, NUM_HEAD } from "../../shell/table-styles";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { ListActions } from "../customers/list-actions";

const useStyles = makeStyles({
  intro: { display: "block", marginBottom: "12px", color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    gap: "8px",
    flexWrap: "wrap",
    alignItems: "center",
    marginBottom: "12px",
  },
  section: { marginBottom: "18px" },
  scroll: { overflowX: "auto" },
  num: NUM_CELL,
  numHead: NUM_HEAD,
  wide: { minWidth: "220px" },
  total: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  message: { marginBottom: "12px" },
  tableActions: {
    display: "flex",
    gap: "8px",
    flexWrap: "wrap",
    alignItems: "center",
    marginTop: "6px",
  },
});

/** Rows per table in the preview; the sheet and the downloads hold them all. */
const PREVIEW_ROWS = 13;

/** Props of {@link ReportView}. */
export interface ReportViewProps {
  host: Host;
  report: ReportModel;
  lang: Lang;
  t: Texts;
  /** The workbench's HTML report download (the header button does the same). */
  onDownloadHtml(): void;
  /** Hands an export to the user through the host (the workbench downloads it). */
  save(file: ExportFile): Promise<SavedExport>;
  /** Shows a failure in the pane's error bar. */
  onError(error: unknown): void;
  /** The company name printed above a table (Instellingen). */
  company?: string;
}

/** A cell as the sheet will show it. */
function shown(cell: ReportCell | undefined, format: ReportFormat, lang: Lang): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string" && format !== "date") return cell;
  if (typeof cell !== "number") return String(cell);
  switch (format) {
    case "cents":
      return money(cell, lang);
    case "percent":
      return `${figure(cell * 100, lang, 1)}%`;
    case "number":
      return figure(cell, lang, 2);
    case "integer":
    case "days":
      return figure(cell, lang, 0);
    default:
      return String(cell);
  }
}

function PreviewTable({
  table,
  index,
  lang,
  t,
  actions,
}: {
  table: ReportTable;
  index: number;
  lang: Lang;
  t: Texts;
  /** The table's export and print buttons (the whole table, not the rows shown). */
  actions: ReactNode;
}) {
  const s = useStyles();
  const formats = table.headers.map((_, c) => table.formats?.[c] ?? "text");
  // The preview shows the first rows; "Toon alle rijen" shows the rest (the top 20 debtors whole).
  const [all, setAll] = useState(false);
  const rows = all ? table.rows : table.rows.slice(0, PREVIEW_ROWS);
  const id = `report-table-${index}`;
  const isTotal = index === 0;
  // Figures right-aligned; the definitions of the key figures (column 3 of table 2) get room.
  const cellClass = (format: ReportFormat, c: number): string | undefined =>
    format !== "text" && format !== "date" ? s.num : index === 2 && c === 3 ? s.wide : undefined;
  return (
    <section className={s.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {table.title}
      </Subtitle2>
      <div className={s.scroll}>
        <Table size="extra-small" aria-labelledby={id} data-testid={id}>
          <TableHeader>
            <TableRow>
              {table.headers.map((h, c) => (
                <TableHeaderCell
                  key={c}
                  className={cellClass(formats[c] ?? "text", c) === s.num ? s.numHead : undefined}
                >
                  {h}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, r) => (
              <TableRow
                key={r}
                className={isTotal && r === table.rows.length - 1 ? s.total : undefined}
              >
                {formats.map((format, c) => (
                  <TableCell key={c} className={cellClass(format, c)}>
                    {format === "date" && typeof row[c] === "string"
                      ? day(row[c] as string, lang)
                      : shown(row[c], format, lang)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {table.rows.length > rows.length && (
        <div>
          <Text className={s.muted}>{t.reportRows(rows.length, table.rows.length)}</Text>{" "}
          <Button
            size="small"
            appearance="transparent"
            onClick={() => setAll(true)}
            data-testid={`${id}-all`}
          >
            {NAV_TEXTS[lang].showAllRows(table.rows.length)}
          </Button>
        </div>
      )}
      <div className={s.tableActions}>{actions}</div>
    </section>
  );
}

/** The report view. */
export function ReportView(props: ReportViewProps) {
  const { host, report, lang, t } = props;
  const s = useStyles();
  const spec = useMemo(() => reportSheetSpec(report, lang), [report, lang]);
  const sheet = ownedSheetName(spec.name);
  const [busy, setBusy] = useState<"write" | "xlsx" | null>(null);
  const [written, setWritten] = useState<WrittenReport | null>(null);
  const inExcel = typeof host.writeReport === "function";
  const charts = (spec.charts ?? []).map((c) => c.title).join(", ");

  const write = async () => {
    setBusy("write");
    setWritten(null);
    try {
      setWritten(await writeReport(host, spec));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(null);
    }
  };

  const downloadXlsx = async () => {
    setBusy("xlsx");
    try {
      // exceljs loads only when the user asks for the workbook.
      const { reportXlsxBytes } = await loadReportWorkbook();
      await props.save({
        name: `openstaand-rapport-${report.asOf}.xlsx`,
        data: await reportXlsxBytes(spec, { lang }),
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="report-view">
      <Text className={s.intro}>
        {inExcel ? t.reportIntroExcel(sheet) : t.reportIntroWorkbench}
      </Text>
      <div className={s.actions}>
        {inExcel ? (
          <Button appearance="primary" onClick={() => void write()} disabled={busy !== null}>
            {busy === "write" ? t.writingReport : t.writeReport}
          </Button>
        ) : (
          <>
            <Button
              appearance="primary"
              onClick={() => void downloadXlsx()}
              disabled={busy !== null}
            >
              {t.downloadXlsx}
            </Button>
            <Button onClick={props.onDownloadHtml} disabled={busy !== null}>
              {t.downloadHtml}
            </Button>
          </>
        )}
        {busy !== null && <Spinner size="tiny" />}
      </div>
      {written && (
        <MessageBar intent="success" className={s.message} role="status">
          <MessageBarBody>
            {written.replaced ? t.reportReplaced(written.sheet) : t.reportWritten(written.sheet)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text as="p" className={s.muted}>
        {inExcel ? t.reportChartsExcel(charts) : t.reportChartsWorkbench(charts)}
      </Text>
      {spec.tables.map((table, i) => (
        <PreviewTable
          key={i}
          table={table}
          index={i}
          lang={lang}
          t={t}
          actions={
            <ListActions
              list={(m) => m.reportTableList(report, table, i, lang)}
              empty={table.rows.length === 0}
              company={props.company ?? ""}
              hostKind={host.kind}
              lang={lang}
              save={props.save}
              onError={props.onError}
              testId={`report-table-${i}-export`}
            />
          }
        />
      ))}
    </div>
  );
}
