/**
 * Bellen: "Vandaag bellen" — whom to call today and why, most urgent first, with the amount
 * overdue, the days of the oldest invoice, the contact person and a direct number to dial — and
 * the call card of the customer chosen (from this list or from the customer's dossier). The list
 * comes ready with the workbench's analysis (todaysCalls, made in the worker beside the morning
 * notice); the card is the app's customerCallCard, made from that customer's rows only, so making
 * it again after a call is recorded costs the page little.
 */
import {
  Badge,
  Button,
  Link,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  callOptionsOf,
  customerCallCard,
  type Analysis,
  type CustomerFacts,
  type ExportFile,
  type Settings,
} from "../../../src/app";
import type { CallItem } from "../../../src/dunning";
import type { Ledger } from "../../../src/ledger";
import { count, day, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import { CallCardView } from "./call-card";
import { telHref } from "./contact-form";
import type { ConversationState } from "./use-conversation";

const useStyles = makeStyles({
  intro: { display: "block", marginBottom: "12px", color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: "8px" },
  item: {
    padding: "8px 10px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "grid",
    gap: "4px",
  },
  top: { display: "flex", gap: "8px", alignItems: "baseline", flexWrap: "wrap" },
  amount: {
    marginLeft: "auto",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  reasons: { margin: 0, paddingLeft: "18px" },
  muted: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, display: "block", marginBottom: "8px" },
  more: { marginTop: "8px" },
});

/**
 * Calls shown at first, and added per "show more": a day's calls are read from the top, and a
 * list of thousands (a large ledger) drawn at once would hold the page for a long moment.
 */
export const CALLS_PER_PAGE = 50;

/** Props of {@link CallsView}. */
export interface CallsViewProps {
  analysis: Analysis;
  /** The ledger the analysis was made from (records applied). */
  ledger: Ledger;
  /** Today's call list, made with the analysis (null while it is being made). */
  calls: CallItem[] | null;
  /** Per customer: its ledger rows (the customer index made with the analysis). */
  facts: Map<string, CustomerFacts>;
  settings: Settings;
  /** Where this ledger's do-not-remind marks are kept (see `markScope`). */
  markScope: string | null | undefined;
  conversation: ConversationState;
  /** The customer whose call card is open; null: the list. */
  customerId: string | null;
  onOpen(customerId: string | null): void;
  /** False when the host keeps nothing (records last as long as the page). */
  kept: boolean;
  lang: Lang;
  save(file: ExportFile): Promise<unknown>;
}

/** The call list and the call card. */
export function CallsView(props: CallsViewProps) {
  const { analysis, ledger, conversation, lang } = props;
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const asOf = analysis.asOf;
  const records = conversation.records;
  const options = useMemo(
    () => callOptionsOf(props.settings, props.markScope),
    [props.settings, props.markScope]
  );
  const list = props.calls ?? [];
  const [shown, setShown] = useState(CALLS_PER_PAGE);
  const rest = list.length - shown;
  const rows = props.customerId ? props.facts.get(props.customerId)?.rows : undefined;
  const card = useMemo(
    () =>
      records && props.customerId && rows
        ? customerCallCard(ledger, rows, records, props.customerId, asOf, options)
        : null,
    [ledger, rows, records, props.customerId, asOf, options]
  );

  const issues = records?.issues.length ?? 0;
  const notes = (
    <>
      {issues > 0 && <Text className={s.warn}>{x.unreadable(issues)}</Text>}
      {!props.kept && <Text className={s.warn}>{x.notKept}</Text>}
    </>
  );

  if (card)
    return (
      <div data-testid="calls">
        {notes}
        <CallCardView
          card={card}
          ledger={ledger}
          conversation={conversation}
          day={asOf}
          lang={lang}
          settings={props.settings}
          onBack={() => props.onOpen(null)}
          save={props.save}
        />
      </div>
    );

  return (
    <div data-testid="calls">
      <Subtitle2 as="h2">
        {x.title} ({count(list.length, lang)})
      </Subtitle2>
      <Text className={s.intro}>{x.intro(day(asOf, lang))}</Text>
      {notes}
      {records === null || props.calls === null ? null : list.length === 0 ? (
        <Text as="p" block>
          {x.none}
        </Text>
      ) : (
        <ol className={s.list} data-testid="call-list" aria-label={x.title}>
          {list.slice(0, shown).map((c) => (
            <li key={c.customerId} className={s.item} data-testid="call-item">
              <div className={s.top}>
                <Badge appearance="filled" color={c.priority <= 3 ? "danger" : "informative"}>
                  {c.priority}
                </Badge>
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => props.onOpen(c.customerId)}
                  aria-label={x.openCardOf(c.name)}
                >
                  <strong>{c.name}</strong>
                </Button>
                <span className={s.amount}>{money(c.overdue, lang)}</span>
              </div>
              <ul className={s.reasons}>
                {c.reasons.map((r) => (
                  <li key={r.code}>{r.text[lang]}</li>
                ))}
              </ul>
              <Text className={s.muted}>
                {x.oldest}: {x.days(c.oldestDays)}
                {" · "}
                {c.contact && (c.contact.person || c.contact.phone) ? (
                  <>
                    {c.contact.person}
                    {c.contact.person && c.contact.phone ? " · " : ""}
                    {c.contact.phone && (
                      <Link href={telHref(c.contact.phone)}>{c.contact.phone}</Link>
                    )}
                  </>
                ) : (
                  x.noContact
                )}
              </Text>
            </li>
          ))}
        </ol>
      )}
      {records !== null && rest > 0 && (
        <Button
          className={s.more}
          onClick={() => setShown(shown + CALLS_PER_PAGE)}
          data-testid="calls-more"
        >
          {x.showMore(Math.min(rest, CALLS_PER_PAGE), rest)}
        </Button>
      )}
    </div>
  );
}
