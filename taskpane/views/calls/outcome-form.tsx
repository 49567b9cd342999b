/**
 * One step that records what a call came to: not reached, spoken to, a promise (amount, day,
 * invoices), a dispute (invoice, reason, owner, follow-up day), a payment arrangement (instalments,
 * frequency, first day — the plan previewed as a table) or "paid already", each with a note. The
 * rows come from the app's outcomeEntries use-case and are saved to the conversation log; the
 * documents that follow (confirmation e-mail, letter for signature) are shown below it.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  confirmPromise,
  letterCompany,
  makeArrangement,
  outcomeEntries,
  type MadeArrangement,
  type CallCard,
  type CallOutcome,
  type Confirmation,
  type ExportFile,
  type Settings,
} from "../../../src/app";
import { isIsoDay, parseAmount, type IsoDay } from "../../../src/core";
import type { ConversationEntry, InstalmentFrequency } from "../../../src/dunning";
import type { Ledger } from "../../../src/ledger";
import { day as showDay, money } from "../../shell/format";
import { NUM_CELL } from "../../shell/table-styles";
import type { Lang } from "../../i18n/texts";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import { errorText } from "./call-errors";
import { LetterDraftView, MailDraftView } from "./agreement-documents";
import type { ConversationState } from "./use-conversation";

const useStyles = makeStyles({
  box: {
    marginTop: "16px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  h: { display: "block", margin: "0 0 6px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    gap: "8px",
    marginTop: "8px",
  },
  invoices: { display: "flex", flexWrap: "wrap", columnGap: "12px" },
  kinds: { flexWrap: "wrap" },
  fieldset: { border: "none", margin: "8px 0 0", padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: "4px", fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", marginTop: "8px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  num: NUM_CELL,
  scroll: { overflowX: "auto", marginTop: "8px" },
});

type Kind = CallOutcome["kind"];
const KINDS: Kind[] = ["not-reached", "call", "promise", "dispute", "arrangement", "paid-already"];
const FREQUENCIES: InstalmentFrequency[] = ["month", "2weeks", "week"];

/** Props of {@link OutcomeForm}. */
export interface OutcomeFormProps {
  card: CallCard;
  ledger: Ledger;
  conversation: ConversationState;
  /** The day the call is recorded on. */
  day: IsoDay;
  lang: Lang;
  /** The settings: the company the confirmations come from. */
  settings: Settings;
  save(file: ExportFile): Promise<unknown>;
}

/** What follows a recorded outcome: the drafts to send. */
type Documents =
  | { kind: "promise"; mail: Confirmation }
  | { kind: "arrangement"; made: MadeArrangement }
  | { kind: "error"; text: string };

/** The outcome of the call, as the form holds it. */
interface Draft {
  kind: Kind;
  amount: string;
  due: string;
  invoiceIds: string[];
  reason: string;
  owner: string;
  followUp: string;
  count: string;
  every: InstalmentFrequency;
  first: string;
  includeInterest: boolean;
  includeCosts: boolean;
  note: string;
}

/** The form as a CallOutcome, or what is wrong with it. */
function outcomeOf(d: Draft, lang: Lang): CallOutcome | { error: string } {
  const x = CALL_TEXTS[lang];
  const common = {
    ...(d.note.trim() ? { note: d.note } : {}),
    ...(d.owner.trim() ? { owner: d.owner } : {}),
  };
  const day = (v: string): IsoDay | null => (isIsoDay(v) ? v : null);
  switch (d.kind) {
    case "not-reached":
    case "call":
      return { kind: d.kind, ...common };
    case "paid-already":
      return { kind: d.kind, invoiceIds: d.invoiceIds, ...common };
    case "promise": {
      const amount = parseAmount(d.amount, lang);
      if (!amount.ok) return { error: x.amountInvalid(d.amount) };
      const due = day(d.due);
      if (!due) return { error: x.dayMissing };
      return { kind: "promise", amount: amount.cents, due, invoiceIds: d.invoiceIds, ...common };
    }
    case "dispute":
      return {
        kind: "dispute",
        invoiceIds: d.invoiceIds,
        reason: d.reason,
        followUp: day(d.followUp),
        ...common,
      };
    case "arrangement": {
      const count = Number(d.count);
      if (!Number.isInteger(count) || count < 1) return { error: x.countInvalid(d.count) };
      const first = day(d.first);
      if (!first) return { error: x.dayMissing };
      return {
        kind: "arrangement",
        count,
        first,
        every: d.every,
        invoiceIds: d.invoiceIds,
        ...common,
      };
    }
  }
}

/** The rows the draft would add, or why it cannot be recorded. */
function rowsOf(
  d: Draft,
  props: OutcomeFormProps,
  entries: readonly ConversationEntry[]
): ConversationEntry[] | { error: string } {
  const outcome = outcomeOf(d, props.lang);
  if ("error" in outcome) return outcome;
  try {
    if (outcome.kind === "arrangement") return arrangementOf(d, outcome, props, entries).entries;
    return outcomeEntries(props.ledger, props.card.customerId, outcome, props.day, entries);
  } catch (error) {
    return { error: errorText(error, props.lang) };
  }
}

/**
 * The arrangement of the draft: plan, rows, letter and e-mail (makeArrangement). The company on
 * the letter is the settings' as they stand; recording checks they are complete.
 */
function arrangementOf(
  d: Draft,
  outcome: Extract<CallOutcome, { kind: "arrangement" }>,
  props: OutcomeFormProps,
  entries: readonly ConversationEntry[],
  company = props.settings.company
): MadeArrangement {
  return makeArrangement(
    props.ledger,
    { conversation: entries, contacts: props.conversation.records?.contacts ?? [] },
    {
      customerId: props.card.customerId,
      count: outcome.count,
      first: outcome.first,
      every: outcome.every,
      ...(outcome.invoiceIds && outcome.invoiceIds.length > 0
        ? { invoiceIds: outcome.invoiceIds }
        : {}),
      includeInterest: d.includeInterest,
      includeCosts: d.includeCosts,
      ...(outcome.owner ? { owner: outcome.owner } : {}),
      ...(outcome.note ? { note: outcome.note } : {}),
    },
    {
      company,
      firstInstalmentWithinDays: props.settings.calls.firstInstalmentWithinDays,
      costsIncludeVat: props.settings.letters.costsIncludeVat,
    },
    props.day
  );
}

/** Records the outcome of a call. */
export function OutcomeForm(props: OutcomeFormProps) {
  const { card, lang, conversation } = props;
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const entries = conversation.records?.entries ?? [];
  const [draft, setDraft] = useState<Draft>({
    kind: "not-reached",
    amount: "",
    due: "",
    invoiceIds: [],
    reason: "",
    owner: "",
    followUp: "",
    count: "3",
    every: "month",
    first: "",
    includeInterest: false,
    includeCosts: false,
    note: "",
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [documents, setDocuments] = useState<Documents | null>(null);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const preview = useMemo((): MadeArrangement | { error: string } | null => {
    if (draft.kind !== "arrangement") return null;
    const outcome = outcomeOf(draft, lang);
    if ("error" in outcome) return outcome;
    if (outcome.kind !== "arrangement") return null;
    try {
      return arrangementOf(draft, outcome, props, entries);
    } catch (error) {
      return { error: errorText(error, lang) };
    }
  }, [draft, props.ledger, card.customerId, props.day, entries, props.settings]);

  const record = async () => {
    const rows = rowsOf(draft, props, entries);
    if ("error" in rows) {
      setMessage({ ok: false, text: rows.error });
      return;
    }
    try {
      await conversation.saveEntries([...entries, ...rows]);
      setDocuments(documentsOf(rows));
      set({ note: "", reason: "" });
      setMessage({ ok: true, text: x.recorded(x.outcomeKinds[draft.kind] ?? "", card.name) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, lang) });
    }
  };

  /** The drafts that go out after `rows` were recorded (the same day). */
  const documentsOf = (rows: readonly ConversationEntry[]): Documents | null => {
    const first = rows[0];
    if (first?.kind === "instalment") {
      const outcome = outcomeOf(draft, lang);
      if ("error" in outcome || outcome.kind !== "arrangement") return null;
      try {
        const company = letterCompany(props.settings);
        return {
          kind: "arrangement",
          made: arrangementOf(draft, outcome, props, entries, company),
        };
      } catch (error) {
        return { kind: "error", text: errorText(error, lang) };
      }
    }
    if (!first || first.kind !== "promise") return null;
    try {
      const company = letterCompany(props.settings);
      const mail = confirmPromise(
        props.ledger,
        { contacts: conversation.records?.contacts ?? [] },
        first,
        { company, draftedOn: props.day }
      );
      return { kind: "promise", mail };
    } catch (error) {
      return { kind: "error", text: errorText(error, lang) };
    }
  };

  const needsInvoices = draft.kind !== "not-reached" && draft.kind !== "call";
  return (
    <section className={s.box} aria-labelledby="outcome-title" data-testid="call-outcome">
      <Subtitle2 as="h3" id="outcome-title" className={s.h}>
        {x.outcome}
      </Subtitle2>
      <RadioGroup
        className={s.kinds}
        layout="horizontal"
        value={draft.kind}
        onChange={(_, d) => set({ kind: d.value as Kind })}
        aria-labelledby="outcome-title"
      >
        {KINDS.map((k) => (
          <Radio key={k} value={k} label={x.outcomeKinds[k]} />
        ))}
      </RadioGroup>

      {needsInvoices && (
        <fieldset className={s.fieldset} data-testid="outcome-invoices">
          <legend className={s.legend}>
            {x.which}
            {draft.kind === "dispute" ? "" : ` (${x.noneTicked})`}
          </legend>
          <div className={s.invoices}>
            {card.invoices.map((inv) => (
              <Checkbox
                key={inv.invoiceId}
                label={`${inv.invoiceId} (${money(inv.open, lang)})`}
                checked={draft.invoiceIds.includes(inv.invoiceId)}
                onChange={(_, d) =>
                  set({
                    invoiceIds: d.checked
                      ? [...draft.invoiceIds, inv.invoiceId]
                      : draft.invoiceIds.filter((id) => id !== inv.invoiceId),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      )}

      <div className={s.grid}>
        {draft.kind === "promise" && (
          <>
            <Field label={x.amount}>
              <Input
                inputMode="decimal"
                value={draft.amount}
                onChange={(_, d) => set({ amount: d.value })}
                data-testid="promise-amount"
              />
            </Field>
            <Field label={x.promisedDay}>
              <Input
                type="date"
                value={draft.due}
                onChange={(_, d) => set({ due: d.value })}
                data-testid="promise-day"
              />
            </Field>
          </>
        )}
        {draft.kind === "dispute" && (
          <>
            <Field label={x.reason}>
              <Input
                value={draft.reason}
                onChange={(_, d) => set({ reason: d.value })}
                data-testid="dispute-reason"
              />
            </Field>
            <Field label={x.followUpDay}>
              <Input
                type="date"
                value={draft.followUp}
                onChange={(_, d) => set({ followUp: d.value })}
                data-testid="dispute-follow-up"
              />
            </Field>
          </>
        )}
        {draft.kind === "arrangement" && (
          <>
            <Field label={x.instalments}>
              <Input
                type="number"
                min={1}
                value={draft.count}
                onChange={(_, d) => set({ count: d.value })}
                data-testid="arrangement-count"
              />
            </Field>
            <Field label={x.every}>
              <Select
                value={draft.every}
                onChange={(_, d) => set({ every: d.value as InstalmentFrequency })}
              >
                {FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {x.everyOptions[f]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={x.firstDay}>
              <Input
                type="date"
                value={draft.first}
                onChange={(_, d) => set({ first: d.value })}
                data-testid="arrangement-first"
              />
            </Field>
            <Checkbox
              label={x.includeInterest}
              checked={draft.includeInterest}
              onChange={(_, d) => set({ includeInterest: d.checked === true })}
            />
            <Checkbox
              label={x.includeCosts}
              checked={draft.includeCosts}
              onChange={(_, d) => set({ includeCosts: d.checked === true })}
            />
          </>
        )}
        {draft.kind !== "not-reached" && (
          <Field label={x.owner}>
            <Input value={draft.owner} onChange={(_, d) => set({ owner: d.value })} />
          </Field>
        )}
      </div>

      {preview && !("error" in preview) && (
        <div className={s.scroll}>
          <Text as="p" block>
            {x.planTotal(
              money(preview.principal, lang),
              money(preview.interest, lang),
              money(preview.costs, lang),
              money(preview.total, lang)
            )}
          </Text>
          <Table size="small" aria-label={x.planPreview} data-testid="plan-preview">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{x.term}</TableHeaderCell>
                <TableHeaderCell>{x.payOn}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{x.amount}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.instalments.map((row, i) => (
                <TableRow key={i}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{showDay(row.due, lang)}</TableCell>
                  <TableCell className={s.num}>{money(row.amount, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Text as="p" block className={s.muted}>
            {x.firstLatest(showDay(preview.latestFirst, lang))}
          </Text>
        </div>
      )}
      {preview && "error" in preview && draft.first !== "" && (
        <Text as="p" block className={s.error}>
          {preview.error}
        </Text>
      )}

      <Field label={x.note} style={{ marginTop: 8 }}>
        <Textarea
          value={draft.note}
          onChange={(_, d) => set({ note: d.value })}
          resize="vertical"
          data-testid="outcome-note"
        />
      </Field>
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={() => void record()}
          disabled={!conversation.writable || conversation.records === null}
        >
          {x.record}
        </Button>
        {message && (
          <Text role="status" className={message.ok ? undefined : s.error}>
            {message.text}
          </Text>
        )}
      </div>
      {documents?.kind === "promise" && (
        <MailDraftView
          title={x.confirmation}
          mail={documents.mail}
          lang={lang}
          save={props.save}
          testId="promise-confirmation"
        />
      )}
      {documents?.kind === "arrangement" && (
        <>
          <LetterDraftView
            title={x.letter}
            html={documents.made.letterHtml}
            fileName={documents.made.fileNames.letter}
            lang={lang}
            save={props.save}
            testId="arrangement-letter"
          />
          <MailDraftView
            title={x.arrangementMail}
            mail={{
              ...documents.made.mail,
              fileName: documents.made.fileNames.eml,
            }}
            lang={lang}
            save={props.save}
            testId="arrangement-mail"
          />
        </>
      )}
      {documents?.kind === "error" && (
        <Text as="p" block className={s.error}>
          {documents.text}
        </Text>
      )}
      {!conversation.writable && (
        <Text as="p" block className={s.error}>
          {x.pending}
        </Text>
      )}
    </section>
  );
}
