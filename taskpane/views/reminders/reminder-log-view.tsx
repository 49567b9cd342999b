/**
 * Verzendlog: what was recorded as sent for this ledger (newest first), where it is kept, the rows
 * of the kept records that could not be read, and removing a single entry recorded by mistake.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
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
import { useMemo, useState } from "react";
import { DEFAULT_B2B_POLICY, DEFAULT_B2C_POLICY, type Records } from "../../../src/app";
import { textIn } from "../../../src/core";
import type { ReminderLogEntry } from "../../../src/records";
import { day, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";
import { NUM_CELL } from "../../shell/table-styles";

const useStyles = makeStyles({
  section: { marginTop: "20px" },
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  num: NUM_CELL,
  scroll: { overflowX: "auto" },
  message: { marginBottom: "12px" },
  list: { margin: "4px 0 0", paddingLeft: "20px" },
});

const SHOWN = 100;

/** Stage names of the default ladders by template id, to show a stage in the pane's language. */
const STAGE_NAMES = new Map(
  [DEFAULT_B2B_POLICY, DEFAULT_B2C_POLICY].flatMap((policy) =>
    policy.stages.map((stage) => [stage.templateId, stage.name] as const)
  )
);

/** The entry's stage name in `lang` (as logged when the template is not one of the defaults). */
function stageName(entry: ReminderLogEntry, lang: Lang): string {
  return STAGE_NAMES.get(entry.templateId)?.[lang] ?? entry.stageName;
}

/** Props of {@link ReminderLogView}. */
export interface ReminderLogViewProps {
  records: Records;
  /** Where the ledger came from (the workbench keeps records per source). */
  source: string;
  hostKind: "excel" | "standalone";
  lang: Lang;
  onSaveLog(log: readonly ReminderLogEntry[]): Promise<void>;
  onError(error: unknown): void;
}

/** The rows of kept records that could not be read, named by row, column and value. */
export function RecordIssues({ records, lang }: { records: Records; lang: Lang }) {
  const r = RECORD_TEXTS[lang];
  const s = useStyles();
  if (records.unreadable)
    return (
      <MessageBar
        intent="error"
        layout="multiline"
        className={s.message}
        data-testid="records-unreadable"
      >
        <MessageBarBody>
          {r.recordsUnreadable(lang === "nl" ? records.unreadable.nl : records.unreadable.en)}
        </MessageBarBody>
      </MessageBar>
    );
  if (records.issues.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={s.message}>
      <MessageBarBody>
        {r.recordIssues(records.issues.length)}
        <ul className={s.list}>
          {records.issues.slice(0, 20).map((issue, i) => (
            <li key={i}>
              {r.recordIssue(issue.row, issue.column, issue.value, textIn(issue.text, lang))}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The reminder log section of Herinneringen. */
export function ReminderLogView(props: ReminderLogViewProps) {
  const { records, lang } = props;
  const r = RECORD_TEXTS[lang];
  const s = useStyles();
  const [busy, setBusy] = useState(false);
  const newest = useMemo(
    () =>
      records.log
        .map((entry, index) => ({ entry, index }))
        .sort((a, b) =>
          a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : b.index - a.index
        )
        .slice(0, SHOWN),
    [records.log]
  );
  const intro = records.unreadable
    ? ""
    : !records.kept
      ? r.logIntroMemory
      : props.hostKind === "excel"
        ? r.logIntroExcel
        : r.logIntroWorkbench(props.source);

  const remove = async (entry: ReminderLogEntry) => {
    setBusy(true);
    try {
      await props.onSaveLog(records.log.filter((e) => e !== entry));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={s.section} aria-labelledby="log-title" data-testid="reminder-log">
      <Subtitle2 as="h2" id="log-title">
        {r.logTitle} ({r.logCount(records.log.length)})
      </Subtitle2>
      <Text className={s.intro}>
        {intro}
        {records.log.length > SHOWN ? ` ${r.logShown(SHOWN)}` : ""}
      </Text>
      <RecordIssues records={records} lang={lang} />
      {records.log.length === 0 ? (
        <Text>{records.unreadable ? "" : r.logEmpty}</Text>
      ) : (
        <div className={s.scroll}>
          <Table size="small" aria-labelledby="log-title">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{r.date}</TableHeaderCell>
                <TableHeaderCell>{r.customer}</TableHeaderCell>
                <TableHeaderCell>{r.stage}</TableHeaderCell>
                <TableHeaderCell>{r.channel}</TableHeaderCell>
                <TableHeaderCell>{r.invoices}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{r.total}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {newest.map(({ entry, index }) => (
                <TableRow key={index}>
                  <TableCell>{day(entry.date, lang)}</TableCell>
                  <TableCell>{entry.customerName || entry.customerId}</TableCell>
                  <TableCell>
                    {entry.stage}: {stageName(entry, lang)}
                  </TableCell>
                  <TableCell>{r.channels[entry.channel] ?? entry.channel}</TableCell>
                  <TableCell>{entry.invoices.map((i) => i.invoiceId).join(", ")}</TableCell>
                  <TableCell className={s.num}>{money(entry.total, lang)}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={busy}
                      onClick={() => void remove(entry)}
                    >
                      {r.remove}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
