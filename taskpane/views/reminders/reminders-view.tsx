/**
 * Herinneringen: this week's reminder proposals from the dunning engine (per customer the stage,
 * invoices and new deadline), the section that drafts their letters, and the open items left out,
 * with the reason.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
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
import {
  describeExclusion,
  type Analysis,
  type ExportFile,
  type Records,
  type SavedExport,
  type Settings,
  type SheetTarget,
} from "../../../src/app";
import type { ReportSheetSpec, WrittenReport } from "../../../src/documents";
import type { ReminderLogEntry } from "../../../src/records";
import type { Ledger } from "../../../src/ledger";
import { DoNotRemindPanel } from "./do-not-remind-panel";
import { formatMoney, type Cents } from "../../../src/core";
import { count, day, money } from "../../shell/format";
import { ReminderDraftsSection } from "./reminder-drafts";
import { ReminderLogView } from "./reminder-log-view";
import { TemplateEditor } from "./template-editor";
import type { Lang, Texts } from "../../i18n/texts";
import { DO_NOT_REMIND_TEXTS } from "../../i18n/texts-do-not-remind";
import { NUM_CELL } from "../../shell/table-styles";
import { ListActions } from "../customers/list-actions";
import { LIST_TEXTS } from "../../i18n/texts-lists";
import { ShowInSheetButton } from "../customers/show-in-sheet";

const useStyles = makeStyles({
  intro: { display: "block", marginBottom: "12px", color: tokens.colorNeutralForeground2 },
  headLine: {
    display: "flex",
    gap: "8px",
    alignItems: "baseline",
    flexWrap: "wrap",
    width: "100%",
  },
  amount: {
    marginLeft: "auto",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  num: NUM_CELL,
  scroll: { overflowX: "auto" },
  section: { marginTop: "20px" },
  bar: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "8px 0" },
  total: { color: tokens.colorNeutralForeground2, marginRight: "auto" },
});

const MAX_EXCLUDED = 300;

/** Props of {@link RemindersView}. */
export interface RemindersViewProps {
  analysis: Analysis;
  /** The ledger the analysis was made from (the letters need the debtors' addresses). */
  ledger: Ledger;
  settings: Settings;
  lang: Lang;
  t: Texts;
  /** Hands an export to the user through the host (a download, a sheet, a new workbook, a dialog). */
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
  /** The kept reminder log and hand-overs of this ledger. */
  records: Records;
  /** Where the ledger came from. */
  source: string;
  hostKind: "excel" | "standalone";
  onSaveLog(log: readonly ReminderLogEntry[]): Promise<void>;
  onSaveSettings(next: Settings): Promise<void>;
  /** Where this ledger's do-not-remind marks are kept (see `markScope`; undefined: not yet). */
  doNotRemindScope?: string | null | undefined;
  /** Writes a sheet into the workbook (Excel only). */
  writeSheet?: (spec: ReportSheetSpec) => Promise<WrittenReport>;
  /** "Toon in blad" (Excel): selects rows in the sheet read; the button shows only when given. */
  onShowInSheet?(target: SheetTarget): void;
  /** Opens Instellingen at the company details (the template preview's warning links there). */
  onOpenSettings?: () => void;
}

/** The reminder proposals and exclusions. */
export function RemindersView(props: RemindersViewProps) {
  const { analysis, lang, t } = props;
  const s = useStyles();
  const { proposals, excluded } = analysis.reminders;
  const shownExcluded = useMemo(
    () =>
      excluded
        .filter((e) => e.reason !== "not-due")
        .sort((a, b) => b.openAmount - a.openAmount)
        .slice(0, MAX_EXCLUDED),
    [excluded]
  );
  const notDue = excluded.length - excluded.filter((e) => e.reason !== "not-due").length;
  // The total of every listed exclusion (not only the 300 shown): euro, and apart per currency.
  const excludedTotals = useMemo(() => {
    const sums = new Map<string, number>();
    for (const e of excluded)
      if (e.reason !== "not-due") sums.set(e.currency, (sums.get(e.currency) ?? 0) + e.openAmount);
    return sums;
  }, [excluded]);
  const euroExcluded = excludedTotals.get("EUR") ?? 0;
  const otherExcluded = [...excludedTotals.entries()]
    .filter(([currency]) => currency !== "EUR")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, sum]) => formatMoney(sum as Cents, currency, lang));
  return (
    <div>
      <Text className={s.intro}>{t.remindersIntro(day(analysis.reminders.asOf, lang))}</Text>
      <ReminderDraftsSection {...props} />
      <Subtitle2 as="h2">
        {t.proposals} ({count(proposals.length, lang)})
      </Subtitle2>
      {proposals.length === 0 ? (
        <Text as="p" block>
          {t.noProposals}
        </Text>
      ) : (
        <Accordion multiple collapsible data-testid="proposals">
          {proposals.slice(0, 300).map((p) => (
            <AccordionItem key={p.customerId} value={p.customerId}>
              <AccordionHeader>
                <span className={s.headLine}>
                  <strong>{p.customerName ?? p.customerId}</strong>
                  <Badge
                    appearance="tint"
                    color={p.stage >= 3 ? "danger" : p.stage === 2 ? "warning" : "brand"}
                  >
                    {t.stageOf(p.stage, p.stageName)}
                  </Badge>
                  <Text className={s.muted}>{t.invoicesCount(p.invoices.length)}</Text>
                  <span className={s.amount}>{money(p.amountDue, lang)}</span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Text as="p">
                  {t.deadline}: {p.paymentDeadline ? day(p.paymentDeadline, lang) : t.noDeadline}
                  {p.debtor === "consumer" ? ` · ${t.consumer}` : ""}
                </Text>
                {props.onShowInSheet && (
                  <ShowInSheetButton
                    target={{
                      invoiceIds: [...p.invoices, ...p.credits].map((i) => i.invoiceId),
                    }}
                    lang={lang}
                    onShow={props.onShowInSheet}
                  />
                )}
                {p.highestSent > 0 &&
                  p.highestSent === p.stage &&
                  p.invoices.some((i) => i.toStage < p.stage) && (
                    <Text as="p" className={s.muted} data-testid="ladder-note">
                      {DO_NOT_REMIND_TEXTS[lang].ladderNote(p.highestSent)}
                    </Text>
                  )}
                <div className={s.scroll}>
                  <Table size="small" aria-label={t.invoices}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{t.invoice}</TableHeaderCell>
                        <TableHeaderCell>{t.dueDate}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.daysLate}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.stage}</TableHeaderCell>
                        <TableHeaderCell className={s.num}>{t.open}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {p.invoices.map((inv) => (
                        <TableRow key={inv.sheetRow}>
                          <TableCell>{inv.invoiceId}</TableCell>
                          <TableCell>{day(inv.dueDate, lang)}</TableCell>
                          <TableCell className={s.num}>{count(inv.daysOverdue, lang)}</TableCell>
                          <TableCell className={s.num}>
                            {t.fromTo(inv.fromStage, inv.toStage)}
                          </TableCell>
                          <TableCell className={s.num}>{money(inv.openAmount, lang)}</TableCell>
                        </TableRow>
                      ))}
                      {p.credits.map((cr) => (
                        <TableRow key={cr.sheetRow}>
                          <TableCell>{cr.invoiceId}</TableCell>
                          <TableCell colSpan={3}>{t.credits}</TableCell>
                          <TableCell className={s.num}>{money(cr.openAmount, lang)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}

      <section className={s.section} aria-labelledby="excluded-title">
        <Subtitle2 as="h2" id="excluded-title">
          {t.excluded} ({count(excluded.length - notDue, lang)})
        </Subtitle2>
        <Text className={s.intro}>{t.excludedIntro}</Text>
        <div className={s.bar}>
          <Text className={s.total} data-testid="excluded-total" data-cents={euroExcluded}>
            {LIST_TEXTS[lang].exclusionsTotal(
              count(excluded.length - notDue, lang),
              money(euroExcluded, lang)
            )}
            {otherExcluded.length > 0
              ? LIST_TEXTS[lang].otherCurrencies(otherExcluded.join(", "))
              : ""}
          </Text>
          <ListActions
            list={(m) => m.exclusionList(excluded, analysis.reminders.asOf, lang)}
            empty={excluded.length === notDue}
            company={props.settings.company.name}
            hostKind={props.hostKind}
            lang={lang}
            save={props.save}
            onError={props.onError}
            testId="excluded-export"
          />
        </div>
        {shownExcluded.length === 0 ? (
          <Text>{t.noExcluded}</Text>
        ) : (
          <div className={s.scroll}>
            <Table size="small" aria-labelledby="excluded-title" data-testid="excluded">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.customer}</TableHeaderCell>
                  <TableHeaderCell>{t.invoice}</TableHeaderCell>
                  <TableHeaderCell className={s.num}>{t.open}</TableHeaderCell>
                  <TableHeaderCell>{t.reason}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shownExcluded.map((e) => (
                  <TableRow key={e.sheetRow}>
                    <TableCell>{e.customerName ?? e.customerId}</TableCell>
                    <TableCell>{e.invoiceId}</TableCell>
                    <TableCell className={s.num}>
                      {formatMoney(e.openAmount, e.currency, lang)}
                    </TableCell>
                    <TableCell>{describeExclusion(e, lang)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {notDue > 0 && <Text className={s.intro}>{t.notDueCount(notDue)}</Text>}
        {excluded.length - notDue > MAX_EXCLUDED && (
          <Text className={s.muted}>{t.more(excluded.length - notDue - MAX_EXCLUDED)}</Text>
        )}
      </section>
      <DoNotRemindPanel
        scope={"doNotRemindScope" in props ? props.doNotRemindScope : null}
        ledger={props.ledger}
        settings={props.settings}
        asOf={analysis.asOf}
        lang={lang}
        onSaveSettings={props.onSaveSettings}
        onError={props.onError}
      />
      <ReminderLogView
        records={props.records}
        source={props.source}
        hostKind={props.hostKind}
        lang={lang}
        onSaveLog={props.onSaveLog}
        onError={props.onError}
      />
      <TemplateEditor
        analysis={analysis}
        ledger={props.ledger}
        settings={props.settings}
        lang={lang}
        onSaveSettings={props.onSaveSettings}
        onError={props.onError}
        {...(props.onOpenSettings ? { onOpenSettings: props.onOpenSettings } : {})}
      />
    </div>
  );
}
