/**
 * The call card of one customer: why to call, the open invoices with days overdue, interest and
 * costs to date, disputes (resolvable here), payment behaviour, earlier promises and arrangements
 * and whether they were kept, the contact (editable), the last contacts — and the outcome of the
 * call, recorded in one step. Everything shown comes from the app's callCard use-case.
 */
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle1,
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
import { useState } from "react";
import {
  resolveDispute,
  type CallCard as Card_,
  type ExportFile,
  type Settings,
} from "../../../src/app";
import type { IsoDay } from "../../../src/core";
import type { ConversationEntry, DisputeStatus } from "../../../src/dunning";
import type { Ledger } from "../../../src/ledger";
import { count, day, figure, money } from "../../shell/format";
import { NUM_CELL } from "../../shell/table-styles";
import type { Lang } from "../../i18n/texts";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import { ContactForm } from "./contact-form";
import { OutcomeForm } from "./outcome-form";
import { errorText } from "./call-errors";
import type { ConversationState } from "./use-conversation";

const useStyles = makeStyles({
  head: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  h: { display: "block", margin: "16px 0 6px" },
  muted: { color: tokens.colorNeutralForeground3 },
  block: { display: "block" },
  reasons: { margin: "6px 0 0", paddingLeft: "18px" },
  scroll: { overflowX: "auto" },
  num: NUM_CELL,
  total: { fontWeight: tokens.fontWeightSemibold },
  card: { padding: "10px 12px", marginTop: "8px" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "12px",
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: "anywhere", fontVariantNumeric: "tabular-nums" },
  list: { margin: "4px 0 0", paddingLeft: "18px", display: "grid", gap: "4px" },
  row: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link CallCardView}. */
export interface CallCardViewProps {
  card: Card_;
  ledger: Ledger;
  conversation: ConversationState;
  /** The day a call is recorded on (the reporting day). */
  day: IsoDay;
  lang: Lang;
  settings: Settings;
  onBack(): void;
  save(file: ExportFile): Promise<unknown>;
}

const RESOLUTIONS: Exclude<DisputeStatus, "open">[] = ["credit-note", "resumed", "written-off"];

/** One dispute, with its resolution when it is open. */
function DisputeItem(props: {
  dispute: Card_["disputes"][number];
  lang: Lang;
  onResolve(entry: ConversationEntry, outcome: Exclude<DisputeStatus, "open">): Promise<void>;
}) {
  const { dispute, lang } = props;
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const [outcome, setOutcome] = useState<Exclude<DisputeStatus, "open">>("credit-note");
  const e = dispute.entry;
  return (
    <li data-testid="card-dispute">
      <Text>{x.disputeLine(e.invoiceIds.join(", "), e.reason)}</Text>{" "}
      <Badge appearance="tint" color={dispute.open ? "warning" : "success"}>
        {x.disputeStatus[e.status ?? "open"]}
      </Badge>
      <Text as="p" block className={s.muted}>
        {day(e.date, lang)}
        {e.owner ? ` · ${x.owner}: ${e.owner}` : ""}
        {e.due ? ` · ${x.followUp} ${day(e.due, lang)}` : ""}
        {dispute.followUpPassed ? ` · ${x.followUpPassed}` : ""}
        {e.note ? ` · ${e.note}` : ""}
      </Text>
      {dispute.open && (
        <div className={s.row}>
          <Select
            size="small"
            aria-label={x.resolveAs}
            value={outcome}
            onChange={(_, d) => setOutcome(d.value as Exclude<DisputeStatus, "open">)}
          >
            {RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {x.disputeStatus[r]}
              </option>
            ))}
          </Select>
          <Button size="small" onClick={() => void props.onResolve(e, outcome)}>
            {x.resolve}
          </Button>
        </div>
      )}
    </li>
  );
}

/** The call card. */
export function CallCardView(props: CallCardViewProps) {
  const { card, lang, conversation } = props;
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const entries = conversation.records?.entries ?? [];
  const b = card.behaviour;

  const resolve = async (entry: ConversationEntry, outcome: Exclude<DisputeStatus, "open">) => {
    try {
      await conversation.saveEntries(resolveDispute(entries, entry, outcome, props.day));
      setMessage({ ok: true, text: x.resolved(entry.invoiceIds.join(", ")) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, lang) });
    }
  };

  return (
    <section data-testid="call-card" aria-labelledby="call-card-title">
      <div className={s.head}>
        <Button onClick={props.onBack}>{x.back}</Button>
        <Subtitle1 as="h2" id="call-card-title">
          {card.name} <Text className={s.muted}>({card.customerId})</Text>
        </Subtitle1>
      </div>
      {card.reasons.length > 0 ? (
        <ul className={s.reasons} data-testid="card-reasons">
          {card.reasons.map((r) => (
            <li key={r.code}>{r.text[lang]}</li>
          ))}
        </ul>
      ) : (
        <Text as="p" block className={s.muted}>
          {x.notOnList}
        </Text>
      )}

      {card.deliveryStop.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="card-delivery-stop">
          <MessageBarBody>
            <MessageBarTitle>{x.deliveryStop}</MessageBarTitle>
            <ul className={s.reasons}>
              {card.deliveryStop.map((r) => (
                <li key={r.code}>{r.text[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <Subtitle2 as="h3" className={s.h}>
        {x.invoices} ({count(card.invoices.length, lang)})
      </Subtitle2>
      <div className={s.scroll}>
        <Table size="small" aria-label={x.invoices} data-testid="card-invoices">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{x.invoice}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{x.daysLate}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{x.open}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{x.interest}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{x.costs}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {card.invoices.map((inv) => (
              <TableRow key={inv.invoiceId}>
                <TableCell>
                  {inv.invoiceId}
                  {inv.heldBy && (
                    <>
                      {" "}
                      <Badge appearance="outline" size="small" title={x.held}>
                        {x.heldBy[inv.heldBy]}
                      </Badge>
                    </>
                  )}
                </TableCell>
                <TableCell className={s.num}>{count(inv.daysOverdue, lang)}</TableCell>
                <TableCell className={s.num}>{money(inv.open, lang)}</TableCell>
                <TableCell className={s.num}>{money(inv.interest, lang)}</TableCell>
                <TableCell className={s.num}>{money(inv.costs, lang)}</TableCell>
              </TableRow>
            ))}
            <TableRow className={s.total}>
              <TableCell>{x.total}</TableCell>
              <TableCell className={s.num} />
              <TableCell className={s.num}>{money(card.totals.open, lang)}</TableCell>
              <TableCell className={s.num}>{money(card.totals.interest, lang)}</TableCell>
              <TableCell className={s.num}>{money(card.totals.costs, lang)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <Text as="p" block className={s.total} data-testid="card-total">
        {x.total}: {money(card.totals.total, lang)}
      </Text>

      {card.reclaim.length > 0 && (
        <>
          <Subtitle2 as="h3" className={s.h}>
            {x.reclaim}
          </Subtitle2>
          <ul className={s.list} data-testid="card-reclaim">
            {card.reclaim.map((w) => (
              <li key={w.invoiceId}>
                {x.reclaimLine(w.invoiceId, day(w.lastDay, lang), w.daysLeft)}{" "}
                {w.closing && (
                  <Badge appearance="tint" color="danger">
                    {x.reclaimClosing}
                  </Badge>
                )}
                <Text as="p" block className={s.muted}>
                  {w.deliveredFrom === "delivery-date"
                    ? x.deliveredOn(day(w.delivered, lang))
                    : x.deliveredAssumed(day(w.delivered, lang))}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}

      <Subtitle2 as="h3" className={s.h}>
        {x.behaviour}
      </Subtitle2>
      {b.settled === 0 ? (
        <Text as="p" block className={s.muted}>
          {x.noBehaviour}
        </Text>
      ) : (
        <dl className={s.dl} data-testid="card-behaviour">
          <dt className={s.dt}>{x.settled}</dt>
          <dd className={s.dd}>{count(b.settled, lang)}</dd>
          <dt className={s.dt}>{x.avgLate}</dt>
          <dd className={s.dd}>{b.avgDaysLate === null ? "–" : figure(b.avgDaysLate, lang)}</dd>
          <dt className={s.dt}>{x.paidLate}</dt>
          <dd className={s.dd}>
            {b.paidLatePct === null ? "–" : `${figure(b.paidLatePct, lang)}%`}
          </dd>
          <dt className={s.dt}>{x.trend}</dt>
          <dd className={s.dd}>
            {b.trend === null
              ? "–"
              : Math.abs(b.trend) < 0.5
                ? x.trendSame
                : b.trend > 0
                  ? x.trendLater(figure(b.trend, lang))
                  : x.trendEarlier(figure(-b.trend, lang))}
          </dd>
        </dl>
      )}

      <Subtitle2 as="h3" className={s.h}>
        {x.agreements}
      </Subtitle2>
      {card.promises.length === 0 && card.arrangements.length === 0 ? (
        <Text as="p" block className={s.muted}>
          {x.noAgreements}
        </Text>
      ) : (
        <ul className={s.list} data-testid="card-agreements">
          {card.promises.map((p, i) => (
            <li key={`p${i}`}>
              {x.promiseLine(
                money(p.entry.amount ?? 0, lang),
                day(p.entry.due, lang),
                day(p.entry.date, lang)
              )}{" "}
              <Badge
                appearance="tint"
                color={p.state === "missed" ? "danger" : p.state === "kept" ? "success" : "brand"}
              >
                {x.promiseState[p.state]}
              </Badge>
            </li>
          ))}
          {card.arrangements.map((a) => (
            <li key={a.id}>
              {x.arrangementLine(
                a.id,
                a.instalments.length,
                money(a.total, lang),
                day(a.agreedOn, lang)
              )}{" "}
              <Badge
                appearance="tint"
                color={a.state === "broken" ? "danger" : a.state === "late" ? "warning" : "success"}
              >
                {x.arrangementState[a.state]}
              </Badge>
              <Text as="p" block className={s.muted}>
                {x.paidOf(money(a.paid, lang), money(a.total, lang))}
                {a.next
                  ? ` · ${x.nextInstalment(money(a.next.amount, lang), day(a.next.due, lang))}`
                  : ""}
              </Text>
            </li>
          ))}
        </ul>
      )}

      <Subtitle2 as="h3" className={s.h}>
        {x.disputes}
      </Subtitle2>
      {card.disputes.length === 0 ? (
        <Text as="p" block className={s.muted}>
          {x.noDisputes}
        </Text>
      ) : (
        <ul className={s.list} data-testid="card-disputes">
          {card.disputes.map((d, i) => (
            <DisputeItem key={i} dispute={d} lang={lang} onResolve={resolve} />
          ))}
        </ul>
      )}

      <ContactForm
        key={card.customerId}
        customerId={card.customerId}
        contact={card.contact}
        conversation={conversation}
        lang={lang}
      />

      <Subtitle2 as="h3" className={s.h}>
        {x.lastContacts}
      </Subtitle2>
      {card.lastContacts.length === 0 ? (
        <Text as="p" block className={s.muted}>
          {x.noContacts}
        </Text>
      ) : (
        <ul className={s.list} data-testid="card-contacts">
          {card.lastContacts.map((e, i) => (
            <li key={i}>
              {day(e.date, lang)} · {x.kinds[e.kind]}
              {e.amount !== null && e.kind === "promise" ? ` ${money(e.amount, lang)}` : ""}
              {e.due && e.kind === "promise" ? ` · ${day(e.due, lang)}` : ""}
              {e.kind === "dispute" ? ` · ${e.invoiceIds.join(", ")}: ${e.reason}` : ""}
              {e.owner ? ` · ${e.owner}` : ""}
              {e.note ? ` · ${e.note}` : ""}
            </li>
          ))}
        </ul>
      )}

      {message && (
        <Text as="p" role="status" className={message.ok ? undefined : s.error}>
          {message.text}
        </Text>
      )}

      <OutcomeForm
        key={`outcome-${card.customerId}`}
        card={card}
        ledger={props.ledger}
        conversation={conversation}
        day={props.day}
        lang={lang}
        settings={props.settings}
        save={props.save}
      />
    </section>
  );
}
