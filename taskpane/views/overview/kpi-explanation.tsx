/**
 * A KPI of Overzicht explained (explainKpiText in src/app): its definition (the report's text),
 * the computation with the figures, the figures used, the bridge to the ledger's open total, and the
 * customers and invoices behind it; a customer opens its dossier. This view only renders.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { explainKpiText, type KpiKey } from "../../../src/app";
import type { ReportModel } from "../../../src/analytics";
import { count, day, figure, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { NUM_CELL } from "../../shell/table-styles";

const useStyles = makeStyles({
  surface: { maxWidth: "min(900px, calc(100vw - 16px))", padding: "16px" },
  section: { marginTop: "12px" },
  p: { display: "block", marginTop: "4px" },
  formula: {
    display: "block",
    marginTop: "4px",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  scroll: { overflowX: "auto", maxHeight: "40vh", overflowY: "auto" },
  num: NUM_CELL,
  muted: { color: tokens.colorNeutralForeground3, display: "block", marginTop: "4px" },
});

/** Invoices listed in the dialog (the largest first); a customer's dossier has all of them. */
const MAX_INVOICES = 50;

/** Props of {@link KpiExplanationDialog}. */
export interface KpiExplanationDialogProps {
  report: ReportModel;
  /** The KPI to explain; null: closed. */
  kpi: KpiKey | null;
  lang: Lang;
  onClose(): void;
  /** Opens a customer's dossier (drill-down). */
  onOpenCustomer(customerId: string): void;
}

/** The explanation of one KPI, in a dialog. */
export function KpiExplanationDialog({
  report,
  kpi,
  lang,
  onClose,
  onOpenCustomer,
}: KpiExplanationDialogProps) {
  const s = useStyles();
  const t = NAV_TEXTS[lang];
  const x = useMemo(
    () => (kpi === null ? null : explainKpiText(report, kpi, lang)),
    [report, kpi, lang]
  );
  const shown = x ? x.invoices.slice(0, MAX_INVOICES) : [];
  return (
    <Dialog open={x !== null} onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface className={s.surface} data-testid="kpi-explanation">
        {x && (
          <DialogBody>
            <DialogTitle>{t.explain(x.label)}</DialogTitle>
            <DialogContent>
              <section>
                <Subtitle2 as="h3">{t.definition}</Subtitle2>
                <Text as="p" className={s.p} data-testid="kpi-definition">
                  {x.definition}
                </Text>
              </section>
              <section className={s.section}>
                <Subtitle2 as="h3">{t.computation}</Subtitle2>
                {x.computation && (
                  <Text as="p" className={s.formula} data-testid="kpi-computation">
                    {x.computation}
                  </Text>
                )}
                {x.value === null && (
                  <Text as="p" className={s.p}>
                    {t.notComputable}
                    {x.whyNot.length > 0 ? `: ${x.whyNot.join(" ")}` : "."}
                  </Text>
                )}
                <Table size="small" aria-label={t.figures} data-testid="kpi-inputs">
                  <TableBody>
                    {x.inputs.map((i) => (
                      <TableRow key={i.key}>
                        <TableCell>{i.label}</TableCell>
                        <TableCell className={s.num}>{i.shown}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {x.countback.length > 0 && (
                  <div className={s.scroll}>
                    <Table size="small" aria-label={t.countbackMonths}>
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell>{t.month}</TableHeaderCell>
                          <TableHeaderCell className={s.num}>{t.sales}</TableHeaderCell>
                          <TableHeaderCell className={s.num}>{t.daysInMonth}</TableHeaderCell>
                          <TableHeaderCell className={s.num}>{t.counted}</TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {x.countback.map((m) => (
                          <TableRow key={m.to}>
                            <TableCell>{day(m.to, lang)}</TableCell>
                            <TableCell className={s.num}>{money(m.sales, lang)}</TableCell>
                            <TableCell className={s.num}>{m.days}</TableCell>
                            <TableCell className={s.num}>{figure(m.counted, lang)}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </div>
                )}
              </section>
              {x.bridge && (
                <section className={s.section}>
                  <Subtitle2 as="h3">{t.bridge}</Subtitle2>
                  <Text as="p" className={s.p} data-testid="kpi-bridge">
                    {x.bridge}
                  </Text>
                </section>
              )}
              <section className={s.section}>
                <Subtitle2 as="h3">{x.basisLabel}</Subtitle2>
                <Text as="p" className={s.muted}>
                  {t.customers(x.customers.length)} · {t.invoices(x.invoices.length)} · {t.total}{" "}
                  {money(x.basisTotal, lang)}
                </Text>
                <div className={s.scroll}>
                  <Table size="small" aria-label={t.customers(x.customers.length)}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t.customer}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.count}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.amount}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody data-testid="kpi-customers">
                      {x.customers.map((c) => (
                        <TableRow key={c.customerId} data-amount={c.amount}>
                          <TableCell>
                            <Link
                              as="button"
                              aria-label={t.openDossier(c.customerName ?? c.customerId)}
                              onClick={() => onOpenCustomer(c.customerId)}
                            >
                              {c.customerName ?? c.customerId}
                            </Link>
                          </TableCell>
                          <TableCell className={s.num}>{count(c.invoices, lang)}</TableCell>
                          <TableCell className={s.num}>{money(c.amount, lang)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                <div className={s.scroll}>
                  <Table size="small" aria-label={t.invoices(x.invoices.length)}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t.invoice}</TableHeaderCell>
                        <TableHeaderCell>{t.customer}</TableHeaderCell>
                        <TableHeaderCell>{t.dueDate}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.daysOverdue}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.amount}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody data-testid="kpi-invoices">
                      {shown.map((i) => (
                        <TableRow key={`${i.customerId}\t${i.invoiceId}`} data-amount={i.amount}>
                          <TableCell>{i.invoiceId}</TableCell>
                          <TableCell>{i.customerName ?? i.customerId}</TableCell>
                          <TableCell>{day(i.dueDate, lang)}</TableCell>
                          <TableCell className={s.num}>
                            {i.daysOverdue === null ? "–" : count(i.daysOverdue, lang)}
                          </TableCell>
                          <TableCell className={s.num}>{money(i.amount, lang)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
                {x.invoices.length > shown.length && (
                  <Text as="p" className={s.muted}>
                    {t.firstInvoices(shown.length, x.invoices.length)}
                  </Text>
                )}
              </section>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={onClose}>
                {t.close}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
