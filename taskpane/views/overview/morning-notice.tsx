/**
 * The morning notice at the top of Overzicht: what needs attention today (invoices fallen due
 * since the last run, promises and instalments due or missed, disputes to follow up, calls to
 * make), made by the app's analyseForWorkbench with the analysis (in the worker, where the pane has
 * one) and received ready here. In Excel, with the user's consent, the add-in
 * loaded with the workbook shows its pane on this notice (openOnNotice), once per session.
 */
import { Button, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { loadMorningNotice, type Host, type MorningNotice, type Settings } from "../../../src/app";
import type { Text as Bilingual } from "../../../src/core";
import { money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { MORNING_TEXTS } from "../../i18n/texts-morning";

const useStyles = makeStyles({
  card: { padding: "12px 14px", marginBottom: "16px", rowGap: "6px" },
  quiet: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: "18px", fontSize: tokens.fontSizeBase300 },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: "4px" },
});

/** Newly overdue invoices named one by one; the rest are counted. */
const OVERDUE_SHOWN = 5;

/** The pane asks Excel to show itself on the notice once per session, not on every re-render. */
let paneShown = false;

/** Props of {@link MorningNoticeCard}. */
export interface MorningNoticeProps {
  host: Host;
  /**
   * The notice as the workbench's analysis made it (in the worker, with the call list); null
   * while it is being made.
   */
  notice: MorningNotice | null;
  settings: Settings;
  lang: Lang;
  onCalls(): void;
  onError(error: unknown): void;
}

/** The morning notice. */
export function MorningNoticeCard(props: MorningNoticeProps) {
  const { host, notice, settings, lang } = props;
  const s = useStyles();
  const t = MORNING_TEXTS[lang];
  useEffect(() => {
    if (notice === null || paneShown) return;
    let live = true;
    void (async () => {
      try {
        const { openOnNotice } = await loadMorningNotice();
        if (!paneShown && (await openOnNotice(host, settings, notice))) paneShown = true;
      } catch (e) {
        if (live) props.onError(e);
      }
    })();
    return () => {
      live = false;
    };
    // The callbacks are the shell's; a new one does not call for showing the pane again.
  }, [host, notice, settings]);

  if (!notice)
    return (
      <Card className={s.card} data-testid="morning-notice" aria-busy="true">
        <Text className={s.quiet}>{t.loading}</Text>
      </Card>
    );

  const pick = (x: Bilingual) => x[lang];
  const lines = notice.lines;
  const nOver = notice.newlyOverdue.length;
  const nAgree = notice.agreements.length;
  const nDisp = notice.disputes.length;
  const overdue = lines.slice(0, nOver);
  const agreements = lines.slice(nOver, nOver + nAgree);
  const disputes = lines.slice(nOver + nAgree, nOver + nAgree + nDisp);
  const calls = lines.slice(nOver + nAgree + nDisp);
  const rest = notice.newlyOverdue.slice(OVERDUE_SHOWN);
  const restAmount = rest.reduce((sum, x) => sum + x.open, 0);
  const section = (key: string, title: string, items: Bilingual[], extra?: string) =>
    items.length === 0 ? null : (
      <div data-testid={`morning-${key}`}>
        <Text as="p" className={s.heading}>
          {title}
        </Text>
        <ul className={s.list}>
          {items.map((line, i) => (
            <li key={i}>{pick(line)}</li>
          ))}
          {extra && <li>{extra}</li>}
        </ul>
      </div>
    );

  return (
    <Card
      className={s.card}
      data-testid="morning-notice"
      role="region"
      aria-label={t.title}
      data-since={notice.since ?? ""}
    >
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Text data-testid="morning-headline" className={notice.quiet ? s.quiet : undefined}>
        {pick(notice.headline)}
      </Text>
      {section(
        "overdue",
        t.fellDue,
        overdue.slice(0, OVERDUE_SHOWN),
        rest.length > 0 ? t.more(rest.length, money(restAmount, lang)) : undefined
      )}
      {section("agreements", t.agreements, agreements)}
      {section("disputes", t.disputes, disputes)}
      {section("calls", t.calls, calls)}
      {notice.calls.count > 0 && (
        <div>
          <Button size="small" onClick={props.onCalls} data-testid="morning-to-calls">
            {t.toCalls}
          </Button>
        </div>
      )}
    </Card>
  );
}
