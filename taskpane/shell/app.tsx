/**
 * The task pane / workbench: the source bar (Excel sheet or table; in the workbench the demo or an
 * uploaded file), progress with cancel, errors with what to do, and the views as tabs.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import {
  type ExportFile,
  type Host,
  type MappingNeed,
  type SavedExport,
  isHostError,
  loadReportHtml,
  mappingNeedOfError,
  mappingNeedOfRead,
  mappingOfRead,
  writeReport,
  markScope,
  saveExport,
} from "../../src/app";
// Past the first screen: each view loads on first use (see lazy-views.tsx).
import {
  CreditView,
  CustomerDossier,
  CustomersView,
  HandoverView,
  CallsView,
  PaymentsView,
  MappingDialog,
  AdministrationBar,
  RemindersView,
  ReportView,
  SettingsView,
} from "./lazy-views";
import { ErrorBar } from "./error-bar";
import { count, day } from "./format";
import { OverviewView } from "../views/overview/overview-view";
import { TEXTS, type Lang } from "../i18n/texts";
import { ReportingDayField } from "./reporting-day-field";
import { RECORD_TEXTS } from "../i18n/texts-records";
import { useWorkbench } from "./use-workbench";
import { MorningNoticeCard } from "../views/overview/morning-notice";
import { LastFileBar } from "./last-file-bar";
import { useConversation } from "../views/calls/use-conversation";
import { CALL_TEXTS } from "../i18n/texts-calls";
import { PAYMENT_TEXTS } from "../i18n/texts-payments";
import { TabStrip, type TabEntry } from "./tab-strip";
import { useSheetLink } from "./use-sheet-link";
import { SheetLinkBar } from "./sheet-link-bar";
import { useNarrow } from "./use-narrow";
import { NAV_TEXTS } from "../i18n/texts-nav";
import { savedExportText } from "../i18n/texts-export";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px 16px 24px",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: "10px",
    flexWrap: "wrap",
    marginBottom: "8px",
  },
  brand: { display: "flex", alignItems: "center", gap: "10px", marginRight: "auto" },
  brandText: { display: "flex", flexDirection: "column" },
  title: { color: tokens.colorBrandForeground1, margin: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  tools: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  busy: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    margin: "8px 0",
    flexWrap: "wrap",
  },
  progress: { flexGrow: 1, minWidth: "160px" },
  // A task pane (≤ 600 px): less padding, one header line, small buttons with short labels.
  pageNarrow: { padding: "8px 8px 16px" },
  headerNarrow: { flexWrap: "nowrap", gap: "6px", marginBottom: "4px" },
  brandNarrow: { flexGrow: 1, minWidth: 0 },
  brandTextNarrow: { minWidth: 0 },
  subNarrow: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  toolsNarrow: { flexWrap: "nowrap", gap: "4px", flexShrink: 0 },
  tabs: { marginBottom: "12px" },
  content: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: "16px",
  },
  hidden: { display: "none" },
  context: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    marginBottom: "8px",
  },
});

type View =
  | "overview"
  | "customers"
  | "credit"
  | "reminders"
  | "calls"
  | "payments"
  | "handover"
  | "report"
  | "settings";

/** Props of {@link App}. */
export interface AppProps {
  host: Host;
  /** The language of Office or the browser; the settings may override it. */
  defaultLang: Lang;
  dark: boolean;
}

/** Identifies a mapping question, so one the user cancelled is not asked again for that sheet. */
function needKey(need: MappingNeed, source: string): string {
  return [need.reason, source, ...need.options.map((o) => o.value)].join("\t");
}

/** The application. */
export function App({ host, defaultLang, dark }: AppProps) {
  const s = useStyles();
  const wb = useWorkbench(host);
  const lang: Lang = wb.settings.language ?? defaultLang;
  const t = TEXTS[lang];
  const [view, setView] = useState<View>("overview");
  const [dossier, setDossier] = useState<string | null>(null);
  const [callCustomer, setCallCustomer] = useState<string | null>(null);
  const [sourceId, setSourceId] = useState<string>("");
  const fileInput = useRef<HTMLInputElement>(null);
  /** The file the user picked last (kept in the browser with consent: see LastFileBar). */
  const [picked, setPicked] = useState<File | null>(null);
  const standalone = host.kind === "standalone";
  const narrow = useNarrow();
  const nav = NAV_TEXTS[lang];
  document.documentElement.lang = lang;

  // Made with the analysis (in the worker where the host has one).
  const facts = wb.customerFacts;

  // The column mapping dialog opens by itself after a read that failed for want of columns, or
  // that recognised a required column without certainty; not again for a sheet once cancelled.
  const [mapping, setMapping] = useState<{ need: MappingNeed; key: string } | null>(null);
  const cancelledMappings = useRef(new Set<string>());
  const askMapping = (need: MappingNeed | null, source: string, force = false) => {
    if (need === null) return;
    const key = needKey(need, source);
    if (force || !cancelledMappings.current.has(key)) setMapping({ need, key });
  };
  useEffect(() => {
    if (wb.error === null) return;
    const source = isHostError(wb.error) ? (wb.error.place.sheet ?? "") : "";
    askMapping(mappingNeedOfError(wb.error, wb.settings.columnMapping), source);
    // Only a new error asks; the settings are read as they are at that moment.
  }, [wb.error]);
  useEffect(() => {
    if (wb.data === null) return;
    askMapping(mappingNeedOfRead(wb.data, mappingOfRead(wb.settings, wb.data)), wb.data.source);
  }, [wb.data]);

  // Every export goes through the host: a download in the workbench; in Excel a new workbook, an
  // owned sheet or a dialog (see saveExport). Rejects when the host cannot, so a hand-over is not
  // marked for files that never reached the user.
  const [saved, setSaved] = useState<SavedExport | null>(null);
  const save = async (file: ExportFile): Promise<SavedExport> => {
    setSaved(null);
    const outcome = await saveExport(host, file);
    setSaved(outcome);
    return outcome;
  };
  const savedText = saved ? savedExportText(saved, lang) : null;

  const openDossier = (id: string) => {
    setDossier(id);
    setView("customers");
  };

  // "Toon in blad" (Excel): the views' buttons select rows in the sheet read; selecting an invoice
  // row in the sheet offers that customer's dossier. Absent in the workbench (buttons hidden).
  const sheetLink = useSheetLink(host, wb.data, wb.showError);
  const showInSheet = sheetLink.show ? { onShowInSheet: sheetLink.show } : {};

  // The conversation (Gesprekken, Contactpersonen), kept with the ledger's other records.
  const conversation = useConversation(wb);
  const openCallCard = (id: string) => {
    setCallCustomer(id);
    setView("calls");
  };

  const downloadReport = async () => {
    if (!wb.analysis || !wb.data) return;
    try {
      // The report and the chart libraries it inlines load on the first download only.
      const [{ reportHtml }, { chartBundles }] = await Promise.all([
        loadReportHtml(),
        import("./chart-bundles"),
      ]);
      const html = reportHtml(wb.analysis.report, {
        lang,
        source: wb.data.source,
        bundles: chartBundles,
      });
      await save({
        name: `openstaand-rapport-${wb.analysis.asOf}.html`,
        data: html,
        type: "text/html;charset=utf-8",
      });
    } catch (error) {
      if (isHostError(error)) {
        wb.showError(error);
        return;
      }
      console.error(error);
      alert(t.reportFailed);
    }
  };

  // The tabs, in order; a new view adds one entry here (the strip moves what does not fit into "Meer").
  const tabs: readonly TabEntry<View>[] = [
    { value: "overview", label: t.tabOverview },
    { value: "customers", label: t.tabCustomers },
    { value: "credit", label: t.tabCredit },
    { value: "reminders", label: t.tabReminders },
    { value: "calls", label: CALL_TEXTS[lang].tab },
    { value: "payments", label: PAYMENT_TEXTS[lang].tab },
    { value: "handover", label: RECORD_TEXTS[lang].tabHandover },
    { value: "report", label: t.tabReport },
    { value: "settings", label: t.tabSettings },
  ];

  const sources = wb.sources?.sources ?? [];
  const sourceLine =
    (standalone ? t.workbench : t.inExcel) +
    (wb.data ? ` · ${wb.data.source}` : "") +
    (wb.analysis ? ` · ${t.asOf} ${day(wb.analysis.asOf, lang)}` : "");
  const buttonSize = narrow ? "small" : "medium";
  const busy = wb.busy;
  const progress = busy?.progress;

  return (
    <div className={mergeClasses(s.page, narrow && s.pageNarrow)}>
      <header className={mergeClasses(s.header, narrow && s.headerNarrow)} data-testid="header">
        <div className={mergeClasses(s.brand, narrow && s.brandNarrow)}>
          {!narrow && <img src="assets/icon-32.png" width={28} height={28} alt="" />}
          <div className={mergeClasses(s.brandText, narrow && s.brandTextNarrow)}>
            <Title3 as="h1" className={s.title}>
              {t.appTitle}
            </Title3>
            <Caption1
              className={mergeClasses(s.sub, narrow && s.subNarrow)}
              data-testid="source-line"
              title={narrow ? sourceLine : undefined}
            >
              {sourceLine}
            </Caption1>
          </div>
        </div>
        <div className={mergeClasses(s.tools, narrow && s.toolsNarrow)}>
          {standalone ? (
            <>
              <Button
                size={buttonSize}
                title={narrow ? t.demo : undefined}
                aria-label={narrow ? t.demo : undefined}
                onClick={() => wb.readHost()}
                disabled={busy?.kind === "read"}
              >
                {narrow ? nav.demoShort : t.demo}
              </Button>
              <input
                ref={fileInput}
                className={s.hidden}
                type="file"
                accept=".xlsx,.xlsm,.csv,.txt,.tsv"
                aria-label={t.fileLabel}
                data-testid="file-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) setPicked(file);
                  if (file) wb.readFile(file);
                  e.target.value = "";
                }}
              />
              <Button
                appearance="primary"
                size={buttonSize}
                title={narrow ? t.openFile : undefined}
                aria-label={narrow ? t.openFile : undefined}
                onClick={() => fileInput.current?.click()}
                disabled={busy?.kind === "read"}
              >
                {narrow ? nav.openShort : t.openFile}
              </Button>
              <Button
                size={buttonSize}
                title={narrow ? t.downloadHtml : undefined}
                aria-label={narrow ? t.downloadHtml : undefined}
                onClick={() => void downloadReport()}
                disabled={!wb.analysis}
              >
                {narrow ? nav.reportShort : t.downloadHtml}
              </Button>
            </>
          ) : (
            <>
              <Select
                size={buttonSize}
                aria-label={t.sourcePick}
                value={sourceId || wb.sources?.preferredId || ""}
                onChange={(_, d) => setSourceId(d.value)}
              >
                {sources.map((source) => (
                  <option key={source.id} value={source.id}>
                    {source.label}
                  </option>
                ))}
              </Select>
              <Button
                appearance="primary"
                size={buttonSize}
                onClick={() => wb.readHost(sourceId || undefined)}
                disabled={busy?.kind === "read"}
              >
                {t.readSource}
              </Button>
            </>
          )}
        </div>
      </header>

      {standalone && (
        <LastFileBar
          host={host}
          settings={wb.settings}
          source={wb.data?.source ?? null}
          administration={wb.administration}
          picked={picked}
          lang={lang}
          onReopen={(file) => {
            setPicked(file);
            wb.readFile(file);
          }}
          onError={wb.showError}
        />
      )}

      {wb.data && (
        <section className={s.context} aria-label={t.asOf} data-testid="reporting-context">
          {wb.analysis && (
            <ReportingDayField
              asOf={wb.analysis.asOf}
              today={wb.data.today}
              basis={wb.data.dayBasis}
              history={wb.analysis.asOf !== wb.data.asOf}
              lang={lang}
              disabled={busy?.kind === "read"}
              onChoose={wb.chooseDay}
            />
          )}
          {wb.administration && (
            <AdministrationBar
              active={wb.administration}
              notApplied={wb.recordsNotApplied}
              lang={lang}
              onConfirm={wb.confirmAdministration}
              onError={wb.showError}
            />
          )}
        </section>
      )}

      {busy && (
        <div className={s.busy} role="status" aria-live="polite">
          {busy.kind === "read" && progress ? (
            <>
              <ProgressBar
                className={s.progress}
                value={progress.rowsTotal > 0 ? progress.rowsDone / progress.rowsTotal : undefined}
              />
              <Text>{t.rowsProgress(progress.rowsDone, progress.rowsTotal)}</Text>
            </>
          ) : (
            <Spinner size="tiny" label={busy.kind === "read" ? t.loading : t.analysing} />
          )}
          {busy.kind === "read" && <Button onClick={wb.cancel}>{t.cancel}</Button>}
        </div>
      )}

      {wb.error !== null && (
        <ErrorBar
          error={wb.error}
          lang={lang}
          t={t}
          onMapping={() => {
            const need = mappingNeedOfError(wb.error, wb.settings.columnMapping);
            if (need) {
              const source = isHostError(wb.error) ? (wb.error.place.sheet ?? "") : "";
              askMapping(need, source, true);
              return;
            }
            wb.dismissError();
            setView("settings");
            setTimeout(() => document.getElementById("mapping")?.scrollIntoView(), 50);
          }}
          onReset={() => void wb.resetSettings()}
          onRetry={() => wb.readHost(sourceId || undefined)}
          onDismiss={wb.dismissError}
        />
      )}

      {savedText && (
        <MessageBar intent="success" layout="multiline" data-testid="export-saved">
          <MessageBarBody>{savedText}</MessageBarBody>
          <Button size="small" appearance="transparent" onClick={() => setSaved(null)}>
            {t.close}
          </Button>
        </MessageBar>
      )}

      <MappingDialog
        need={mapping?.need ?? null}
        lang={lang}
        t={t}
        onApply={async (choice) => {
          if (!mapping) return;
          // Remembered for this export's header row: the whole confirmed choice.
          const confirmed = Object.fromEntries(
            Object.entries(choice).filter(([, value]) => value !== undefined && value !== "")
          );
          await wb.applyMapping(confirmed, mapping.need.headers);
          setMapping(null);
        }}
        onCancel={() => {
          if (mapping) cancelledMappings.current.add(mapping.key);
          setMapping(null);
        }}
      />

      <TabStrip
        className={s.tabs}
        tabs={tabs}
        selected={view}
        onSelect={(value) => {
          setView(value);
          setDossier(null);
          setCallCustomer(null);
        }}
        lang={lang}
        aria-label={t.appTitle}
      />

      <SheetLinkBar
        link={sheetLink}
        openCustomer={view === "customers" ? dossier : null}
        lang={lang}
        onOpen={openDossier}
      />

      <main className={s.content} role="tabpanel" aria-label={view} data-testid={`view-${view}`}>
        {view === "settings" ? (
          <SettingsView
            settings={wb.settings}
            detected={wb.data?.columns ?? []}
            lang={lang}
            t={t}
            onSave={wb.saveSettings}
            onReset={wb.resetSettings}
            standalone={standalone}
          />
        ) : !wb.data || !wb.analysis || !facts || !wb.ledger || !wb.records ? (
          busy ? (
            <Spinner label={busy.kind === "read" ? t.loading : t.analysing} />
          ) : (
            <Text>{t.noData}</Text>
          )
        ) : view === "overview" ? (
          <OverviewView
            data={wb.data}
            report={wb.analysis.report}
            lang={lang}
            t={t}
            dark={dark}
            onSaveCreditYield={(creditYield) => wb.saveSettings({ ...wb.settings, creditYield })}
            notice={
              wb.administration && (
                <MorningNoticeCard
                  host={host}
                  notice={wb.notice}
                  settings={wb.settings}
                  lang={lang}
                  onCalls={() => setView("calls")}
                  onError={wb.showError}
                />
              )
            }
            onOpenCustomer={openDossier}
          />
        ) : view === "customers" && dossier && facts.get(dossier) ? (
          <CustomerDossier
            customerId={dossier}
            ledger={wb.ledger}
            facts={facts.get(dossier)!}
            analysis={wb.analysis}
            lang={lang}
            t={t}
            onBack={() => setDossier(null)}
            settings={wb.settings}
            onSaveSettings={wb.saveSettings}
            onError={wb.showError}
            doNotRemindScope={markScope(wb.administration)}
            onCall={() => openCallCard(dossier)}
            payments={wb.records.payments}
            conversation={wb.records.conversation}
            save={save}
            {...showInSheet}
          />
        ) : view === "customers" ? (
          <CustomersView
            analysis={wb.analysis}
            facts={facts}
            lang={lang}
            t={t}
            onOpen={openDossier}
            hostKind={host.kind}
            save={save}
            onError={wb.showError}
            company={wb.settings.company.name}
            {...showInSheet}
          />
        ) : view === "report" ? (
          <ReportView
            host={host}
            report={wb.analysis.report}
            lang={lang}
            t={t}
            onDownloadHtml={() => void downloadReport()}
            save={save}
            onError={wb.showError}
            company={wb.settings.company.name}
          />
        ) : view === "calls" ? (
          <CallsView
            analysis={wb.analysis}
            ledger={wb.ledger}
            calls={wb.calls}
            facts={facts}
            settings={wb.settings}
            markScope={markScope(wb.administration)}
            conversation={conversation}
            customerId={callCustomer}
            onOpen={setCallCustomer}
            kept={wb.records.kept}
            lang={lang}
            save={save}
          />
        ) : view === "credit" ? (
          <CreditView
            analysis={wb.analysis}
            lang={lang}
            t={t}
            onOpen={openDossier}
            hostKind={host.kind}
            save={save}
            onError={wb.showError}
            company={wb.settings.company.name}
            {...showInSheet}
          />
        ) : view === "payments" ? (
          <PaymentsView
            ledger={wb.data.ledger}
            recorded={wb.records.payments}
            kept={wb.records.kept}
            hostKind={host.kind}
            lang={lang}
            onSave={wb.savePayments}
            onError={wb.showError}
          />
        ) : view === "handover" ? (
          <HandoverView
            analysis={wb.analysis}
            ledger={wb.ledger}
            records={wb.records}
            settings={wb.settings}
            hostKind={host.kind}
            lang={lang}
            save={save}
            onSaveHandovers={wb.saveHandovers}
            onError={wb.showError}
          />
        ) : (
          <RemindersView
            analysis={wb.analysis}
            ledger={wb.ledger}
            records={wb.records}
            source={
              wb.administration?.kind === "confirmed"
                ? wb.administration.administration.name
                : wb.data.source
            }
            hostKind={host.kind}
            settings={wb.settings}
            lang={lang}
            t={t}
            save={save}
            onError={wb.showError}
            onSaveLog={wb.saveLog}
            onSaveSettings={wb.saveSettings}
            doNotRemindScope={markScope(wb.administration)}
            {...(host.writeReport ? { writeSheet: (spec) => writeReport(host, spec) } : {})}
            {...showInSheet}
            onOpenSettings={() => {
              setView("settings");
              setTimeout(() => document.getElementById("company")?.scrollIntoView(), 50);
            }}
          />
        )}
      </main>
      {wb.data && (
        <Caption1 as="p" className={s.sub}>
          {t.rows}: {count(wb.data.control.rowsRead, lang)} {t.read.toLowerCase()},{" "}
          {count(wb.data.control.accepted, lang)} {t.accepted.toLowerCase()},{" "}
          {count(wb.data.control.rejected, lang)} {t.rejected.toLowerCase()}
        </Caption1>
      )}
    </div>
  );
}
