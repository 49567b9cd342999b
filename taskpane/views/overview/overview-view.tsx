/** Overzicht: KPI cards, the control totals with the issues list, and the report's charts. */
import {
  Button,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import {
  bridgeSentence,
  bridgeSteps,
  reportCharts,
  twoDecimals,
  type KpiKey,
} from "../../../src/app";
import type { ReportModel } from "../../../src/analytics";
import { formatMoney, type Cents } from "../../../src/core";
import type { ControlTotals } from "../../../src/ledger";
import { count, day, figure, money, wholeEuros } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";
import type { LoadedData } from "../../shell/use-workbench";
import { VegaChart } from "../../shell/vega-chart";
import { NUM_HEAD } from "../../shell/table-styles";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { KpiExplanationDialog } from "../../shell/lazy-views";
import { CreditYieldBlock } from "./credit-yield-block";
import type { CreditYieldInputs } from "../../../src/app";

const useStyles = makeStyles({
  kpis: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: "12px",
    marginBottom: "20px",
  },
  card: { padding: "12px 14px", rowGap: "2px" },
  label: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
  },
  value: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  na: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  section: { marginTop: "8px", marginBottom: "20px" },
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    ...NUM_HEAD,
  },
  control: { maxWidth: "640px" },
  scroll: { overflowX: "auto" },
  charts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 420px), 1fr))",
    gap: "16px",
  },
  chartCard: { padding: "12px" },
  row: { display: "flex", gap: "12px", alignItems: "center", flexWrap: "wrap", marginTop: "6px" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  block: { display: "block", marginTop: "4px", marginBottom: "4px" },
  notes: {
    marginTop: "-8px",
    marginBottom: "20px",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    maxWidth: "900px",
  },
});

type MoneyTotals = Pick<ControlTotals, "amount" | "open">;

/** The money lines of the control totals: one currency's, or each currency's when there are more. */
function controlLines(c: ControlTotals): { currency: string; totals: MoneyTotals }[] {
  if (c.currencies.length > 1)
    return c.currencies.map((x) => ({ currency: x.currency, totals: x }));
  return [{ currency: c.currencies[0]?.currency ?? "EUR", totals: c }];
}

/** Amount and open rows of the control totals in one currency (never added across currencies). */
function ControlMoneyRows(props: {
  currency: string;
  totals: MoneyTotals;
  label: (text: string) => string;
  lang: Lang;
  t: Texts;
}) {
  const s = useStyles();
  const { currency, totals, label, lang, t } = props;
  const m = (x: number): string => formatMoney(x as Cents, currency, lang);
  return (
    <>
      <TableRow data-testid={`control-amount-${currency}`}>
        <TableCell>{label(t.amount)}</TableCell>
        <TableCell className={s.num}>{m(totals.amount.read)}</TableCell>
        <TableCell className={s.num}>{m(totals.amount.accepted)}</TableCell>
        <TableCell className={s.num}>{m(totals.amount.rejected)}</TableCell>
      </TableRow>
      <TableRow data-testid={`control-open-${currency}`}>
        <TableCell>{label(t.open)}</TableCell>
        <TableCell className={s.num}>{m(totals.open.read)}</TableCell>
        <TableCell className={s.num}>{m(totals.open.accepted)}</TableCell>
        <TableCell className={s.num}>{m(totals.open.rejected)}</TableCell>
      </TableRow>
    </>
  );
}

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  data: LoadedData;
  report: ReportModel;
  lang: Lang;
  t: Texts;
  dark: boolean;
  /** The morning notice, shown first (see ./morning-notice). */
  notice?: ReactNode;
  /** Opens a customer's dossier (from a KPI's explanation). */
  onOpenCustomer(customerId: string): void;
  /** Keeps the inputs of "what better credit control yields" as the settings. */
  onSaveCreditYield?(inputs: CreditYieldInputs): Promise<void> | void;
}

interface Kpi {
  key: KpiKey;
  label: string;
  /** The figure as `openstaand report --json` prints it (euros, or 2 decimals); null: n/a. */
  value: number | null;
  shown: string;
  sub: string;
}

/** The KPI cards of `report`. */
function kpis(report: ReportModel, lang: Lang, t: Texts): Kpi[] {
  const m = report.metrics;
  const days = (x: number | null) => (x === null ? "" : `${figure(x, lang)} ${t.days}`);
  const pct = (x: number | null) => (x === null ? "" : `${figure(x, lang)}%`);
  const bad = report.history.sales ? report.badDebt.rolling12m.rate : null;
  return [
    {
      key: "ar",
      label: t.openTotal,
      value: m.ar / 100,
      shown: wholeEuros(m.ar, lang),
      // Where the ledger's own open total differs (written off, other currencies…), say so here.
      sub:
        bridgeSteps(report.control).length > 0 || report.otherCurrencies.length > 0
          ? `${money(m.ar, lang)} · ${t.seeBridge}`
          : money(m.ar, lang),
    },
    {
      key: "overduePct",
      label: t.overduePct,
      value: m.overduePct,
      shown: pct(m.overduePct),
      sub: `${money(m.overdue, lang)} ${t.ofOpen}`,
    },
    {
      key: "dsoCountback",
      label: t.dso,
      value: m.dsoCountback,
      shown: days(m.dsoCountback),
      sub: m.bpdso === null ? "" : t.vsBpdso(days(m.bpdso)),
    },
    { key: "bpdso", label: t.bpdso, value: m.bpdso, shown: days(m.bpdso), sub: "" },
    { key: "add", label: t.add, value: m.add, shown: days(m.add), sub: "" },
    { key: "cei", label: t.cei, value: m.cei, shown: pct(m.cei), sub: "" },
    {
      key: "badDebtRate12m",
      label: t.badDebt,
      value: bad,
      shown: pct(bad),
      sub: bad === null ? "" : `${money(report.badDebt.rolling12m.writtenOff, lang)} ${t.ofSales}`,
    },
  ];
}

/** The overview. */
export function OverviewView({
  data,
  report,
  lang,
  t,
  dark,
  notice,
  onOpenCustomer,
  onSaveCreditYield,
}: OverviewViewProps) {
  const s = useStyles();
  const nav = NAV_TEXTS[lang];
  const [explained, setExplained] = useState<KpiKey | null>(null);
  const cards = useMemo(() => kpis(report, lang, t), [report, lang, t]);
  const charts = useMemo(() => Object.entries(reportCharts(report, lang)), [report, lang]);
  // The reason a figure is n.b. stands once, below the cards; each card points to it.
  const notes = report.history.notes.map((note) => note[lang]);
  const why = notes.length > 0 ? t.seeNote : t.notComputableWhy;
  const c = data.control;
  const bridge = useMemo(() => bridgeSentence(report, lang), [report, lang]);
  return (
    <div>
      {notice}
      <div className={s.kpis} role="list" aria-label={t.tabOverview}>
        {cards.map((k) => (
          <Card
            key={k.key}
            className={s.card}
            role="listitem"
            data-testid={`kpi-${k.key}`}
            data-value={k.value === null ? "null" : String(twoDecimals(k.value))}
          >
            <Link
              as="button"
              className={s.label}
              aria-label={nav.explain(k.label)}
              aria-haspopup="dialog"
              data-testid={`explain-${k.key}`}
              onClick={() => setExplained(k.key)}
            >
              {k.label} ⓘ
            </Link>
            {k.value === null ? (
              <>
                <Text className={s.na}>{t.notComputable}</Text>
                <Text className={s.sub}>{why}</Text>
              </>
            ) : (
              <>
                <Text className={s.value}>{k.shown}</Text>
                {k.sub && <Text className={s.sub}>{k.sub}</Text>}
              </>
            )}
          </Card>
        ))}
      </div>
      <KpiExplanationDialog
        report={report}
        kpi={explained}
        lang={lang}
        onClose={() => setExplained(null)}
        onOpenCustomer={(id) => {
          setExplained(null);
          onOpenCustomer(id);
        }}
      />
      {notes.length > 0 && (
        <div className={s.notes} data-testid="kpi-notes">
          {notes.map((note) => (
            <Text as="p" key={note} className={s.block}>
              {note}
            </Text>
          ))}
        </div>
      )}

      <CreditYieldBlock report={report} lang={lang} onSave={onSaveCreditYield} />

      <section className={s.section} aria-labelledby="control-title">
        <Subtitle2 as="h2" id="control-title">
          {t.control}
        </Subtitle2>
        <div className={s.scroll}>
          <Table
            size="small"
            className={s.control}
            aria-labelledby="control-title"
            data-testid="control-totals"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell />
                <TableHeaderCell className={s.num}>{t.read}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{t.accepted}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{t.rejected}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow data-testid="control-rows">
                <TableCell>{t.rows}</TableCell>
                <TableCell className={s.num}>{count(c.rowsRead, lang)}</TableCell>
                <TableCell className={s.num}>{count(c.accepted, lang)}</TableCell>
                <TableCell className={s.num}>{count(c.rejected, lang)}</TableCell>
              </TableRow>
              {controlLines(c).map(({ currency, totals }) => (
                <ControlMoneyRows
                  key={currency}
                  currency={currency}
                  totals={totals}
                  label={(text) => (c.currencies.length > 1 ? `${text} (${currency})` : text)}
                  lang={lang}
                  t={t}
                />
              ))}
            </TableBody>
          </Table>
        </div>
        {bridge !== null && (
          <Text as="p" className={mergeClasses(s.sub, s.block)} data-testid="control-bridge">
            {bridge}
          </Text>
        )}
        {report.otherCurrencies.length > 0 && (
          <Text as="p" className={mergeClasses(s.warn, s.block)} data-testid="other-currencies">
            {t.otherCurrencyItems(report.otherCurrencies.reduce((n, o) => n + o.rows, 0))}{" "}
            {report.otherCurrencies
              .map((o) => `${o.currency}: ${formatMoney(o.open as Cents, o.currency, lang)}`)
              .join(", ")}
          </Text>
        )}
        <div className={s.row}>
          <Text className={s.sub}>
            {data.source} · {t.headerRow(data.headerRow)}
            {c.blankRows > 0 ? ` · ${t.blankRows(c.blankRows)}` : ""}
            {c.excluded.rows > 0
              ? ` · ${t.totalRows(c.excluded.rows, money(c.excluded.amount, lang))}`
              : ""}
          </Text>
          {data.issues.length === 0 ? (
            <Text className={s.sub}>{t.noIssues}</Text>
          ) : (
            <IssuesDialog data={data} lang={lang} t={t} />
          )}
        </div>
      </section>

      <section className={s.section} aria-labelledby="charts-title">
        <Subtitle2 as="h2" id="charts-title">
          {t.charts} · {t.asOf} {day(report.asOf, lang)}
        </Subtitle2>
        <div className={s.charts}>
          {charts.map(([key, spec]) => (
            <Card key={key} className={s.chartCard}>
              <VegaChart
                spec={spec}
                dark={dark}
                label={String(spec.title ?? key)}
                loadingText={t.chartLoading}
                failedText={t.chartFailed}
              />
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}

const MAX_ISSUES = 300;

/** The reader's issues (rejected rows and warnings) in a dialog, in the pane's language. */
function IssuesDialog({ data, lang, t }: { data: LoadedData; lang: Lang; t: Texts }) {
  const s = useStyles();
  const shown = data.issues.slice(0, MAX_ISSUES);
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="secondary" size="small">
          {t.showIssues(data.issues.length)}
        </Button>
      </DialogTrigger>
      <DialogSurface style={{ maxWidth: "900px" }}>
        <DialogBody>
          <DialogTitle>{t.issues}</DialogTitle>
          <DialogContent>
            <Table size="small" aria-label={t.issues}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ width: 60 }}>{t.row}</TableHeaderCell>
                  <TableHeaderCell style={{ width: 120 }}>{t.column}</TableHeaderCell>
                  <TableHeaderCell style={{ width: 120 }}>{t.value}</TableHeaderCell>
                  <TableHeaderCell>{t.message}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((issue, k) => (
                  <TableRow key={k}>
                    <TableCell className={s.num}>{issue.row}</TableCell>
                    <TableCell>{issue.column ?? ""}</TableCell>
                    <TableCell>{issue.value}</TableCell>
                    <TableCell>
                      {`${t[issue.severity]}: `}
                      {lang === "nl" ? issue.messageNl : issue.message}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {data.issues.length > MAX_ISSUES && (
              <Text>{t.more(data.issues.length - MAX_ISSUES)}</Text>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t.close}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
