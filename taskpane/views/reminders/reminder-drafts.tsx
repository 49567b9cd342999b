/**
 * Brieven maken: this run's proposals drafted as a mail-merge CSV, a zip of .eml drafts, printable
 * letters (HTML) and the reminder log (CSV), with the company details from the settings. Without a
 * company name or IBAN the buttons stay disabled and say why: no fake creditor on a real letter.
 * The letter code (src/documents, JSZip) loads on the first click only.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import {
  type Analysis,
  type ExportFile,
  type ReminderDrafts,
  type SavedExport,
  missingCompanyFields,
  type Records,
  type Settings,
  sentOn,
} from "../../../src/app";
import type { ReportSheetSpec, WrittenReport } from "../../../src/documents";
import type { ReminderLogEntry } from "../../../src/records";
import type { Ledger } from "../../../src/ledger";
import { day, money } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";

const useStyles = makeStyles({
  section: {
    marginTop: "4px",
    marginBottom: "20px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  message: { marginBottom: "12px" },
  status: { display: "block", marginTop: "8px" },
});

type Output = "mailMerge" | "mailMergeXlsx" | "eml" | "html" | "log";

/** Props of {@link ReminderDraftsSection}. */
export interface ReminderDraftsProps {
  analysis: Analysis;
  ledger: Ledger;
  settings: Settings;
  lang: Lang;
  t: Texts;
  /** Hands an export to the user through the host (a download, a sheet, a new workbook, a dialog). */
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
  /** The kept reminder log and hand-overs of this ledger. */
  records: Records;
  /** Stores the whole reminder log. */
  onSaveLog(log: readonly ReminderLogEntry[]): Promise<void>;
  /** Writes a sheet into the workbook (Excel only; absent in the workbench). */
  writeSheet?: (spec: ReportSheetSpec) => Promise<WrittenReport>;
}

const TYPES: Record<Output, string> = {
  mailMerge: "text/csv;charset=utf-8",
  mailMergeXlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  eml: "application/zip",
  html: "text/html;charset=utf-8",
  log: "text/csv;charset=utf-8",
};

/** The "Brieven maken" section of the Herinneringen view. */
export function ReminderDraftsSection(props: ReminderDraftsProps) {
  const { analysis, ledger, settings, lang, t } = props;
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ReminderDrafts | null>(null);
  // The entries of the last "record as sent", so it can be undone.
  const [recorded, setRecorded] = useState<{ entries: ReminderLogEntry[]; undone: boolean } | null>(
    null
  );
  const r = RECORD_TEXTS[lang];
  // How the letters went out, for the log: as each stage's ladder says, or all by e-mail / post.
  const [via, setVia] = useState<"ladder" | "email" | "letter">("ladder");
  // The drafts of one analysis with one set of company details, made once for all four buttons.
  const cache = useRef<{ key: unknown[]; drafts: ReminderDrafts } | null>(null);
  const { proposals } = analysis.reminders;
  const missing = missingCompanyFields(settings.company);
  const missingText = missing
    .map((f) => (f === "name" ? t.draftFieldName : t.draftFieldIban))
    .join(` ${t.and} `);
  const blocked = missing.length > 0 || proposals.length === 0;

  const drafts = async (): Promise<ReminderDrafts> => {
    const key = [
      analysis,
      ledger,
      JSON.stringify([settings.company, settings.letters, settings.templates]),
    ];
    const hit = cache.current;
    if (hit && hit.key.every((k, i) => k === key[i])) return hit.drafts;
    const { draftReminders } = await import("../../../src/app");
    const made = await draftReminders(ledger, proposals, settings, analysis.reminders.asOf);
    cache.current = { key, drafts: made };
    return made;
  };

  const [sheet, setSheet] = useState<string | null>(null);
  const writeMergeSheet = async () => {
    if (!props.writeSheet) return;
    setBusy(true);
    try {
      const d = await drafts();
      const written = await props.writeSheet(d.mailMergeSheet);
      setSheet(written.sheet);
      setDone(d);
      setRecorded(null);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async (output: Output) => {
    setBusy(true);
    try {
      const d = await drafts();
      const data: Record<Output, Uint8Array | string> = {
        mailMerge: d.mailMergeCsv,
        mailMergeXlsx: d.mailMergeXlsx,
        eml: d.emlZip,
        html: d.lettersHtml,
        log: d.logCsv,
      };
      await props.save({
        name: d.fileNames[output],
        data: data[output],
        type: TYPES[output],
        // In Excel the merge CSV is the merge sheet; the log must not take the kept log's name.
        ...(output === "mailMerge" ? { sheet: d.mailMergeSheet } : {}),
        ...(output === "log" ? { sheetName: "Concept-verzendlog" } : {}),
      });
      setDone(d);
      setRecorded(null);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const record = async (letters: ReminderLogEntry[]) => {
    setBusy(true);
    try {
      // Recorded as sent today (the run day), also when the letters are as of another day.
      const entries = sentOn(letters, analysis.runDay);
      await props.onSaveLog([...props.records.log, ...entries]);
      setRecorded({ entries, undone: false });
      setDone(null);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (entries: readonly ReminderLogEntry[]) => {
    setBusy(true);
    try {
      await props.onSaveLog(props.records.log.filter((e) => !entries.includes(e)));
      setRecorded({ entries: [], undone: true });
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const buttons: [Output, string][] = [
    ["mailMerge", t.draftMailMerge],
    ["mailMergeXlsx", t.draftMailMergeXlsx],
    ["eml", t.draftEml],
    ["html", t.draftHtml],
    ["log", t.draftLog],
  ];
  return (
    <section className={s.section} aria-labelledby="drafts-title" data-testid="drafts">
      <Subtitle2 as="h2" id="drafts-title">
        {t.draftTitle}
      </Subtitle2>
      <Text className={s.intro}>
        {proposals.length === 0 ? t.draftNone : t.draftIntro(proposals.length)}
      </Text>
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline" className={s.message} id="drafts-blocked">
          <MessageBarBody>{t.draftMissing(missingText)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        {buttons.map(([output, label], i) => (
          <Button
            key={output}
            appearance={i === 0 ? "primary" : "secondary"}
            disabled={blocked || busy}
            aria-describedby={missing.length > 0 ? "drafts-blocked" : undefined}
            onClick={() => void save(output)}
          >
            {label}
          </Button>
        ))}
        {props.writeSheet && (
          <Button
            disabled={blocked || busy}
            aria-describedby={missing.length > 0 ? "drafts-blocked" : undefined}
            onClick={() => void writeMergeSheet()}
          >
            {r.mergeSheet}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={t.drafting} />}
      </div>
      {done && !busy && done.letters.length === proposals.length && done.log.length > 0 && (
        <>
          <Text className={s.status} role="status">
            {t.draftDone(done.control.count, money(done.control.total, lang))}
          </Text>
          {sheet && <Text className={s.status}>{r.mergeSheetWritten(sheet)}</Text>}
          {done.mailMergeWarnings.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="merge-warnings">
              <MessageBarBody>
                {done.mailMergeWarnings.map((warning, i) => (
                  <div key={`${warning.customerId}-${i}`}>{warning[lang]}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <Text className={s.intro}>{r.recordHint}</Text>
          <div className={s.actions}>
            <Field label={r.sentVia}>
              <Select
                value={via}
                onChange={(_, d) => setVia(d.value as typeof via)}
                data-testid="sent-via"
              >
                <option value="ladder">{r.viaLadder}</option>
                <option value="email">{r.channels.email}</option>
                <option value="letter">{r.channels.letter}</option>
              </Select>
            </Field>
            <Button
              appearance="primary"
              onClick={() =>
                void record(
                  via === "ladder" ? done.log : done.log.map((e) => ({ ...e, channel: via }))
                )
              }
            >
              {r.record(done.log.length)}
            </Button>
          </div>
        </>
      )}
      {recorded && !busy && (
        <div className={s.actions}>
          <Text className={s.status} role="status" data-testid="recorded">
            {recorded.undone
              ? r.undone
              : r.recorded(recorded.entries.length, day(analysis.runDay, lang))}
          </Text>
          {!recorded.undone && (
            <Button onClick={() => void undo(recorded.entries)}>{r.undoRecord}</Button>
          )}
        </div>
      )}
    </section>
  );
}
