/**
 * The dossier of one customer: everything needed before a phone call — open invoices with the
 * statutory interest to date, the collection costs, the reminder history, this week's proposal,
 * payment behaviour, credit flags and contact details.
 */
import {
  Badge,
  Button,
  Card,
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
  mergeClasses,
} from "@fluentui/react-components";
import { useMemo } from "react";
import {
  customerDossierDocument,
  dossierClaim,
  remindersSent,
  type Analysis,
  type CustomerFacts,
  type ExportFile,
  type SavedExport,
  type Settings,
  type SheetTarget,
} from "../../../src/app";
import type { ConversationEntry } from "../../../src/dunning";
import { PrintFrame, usePrintJob } from "./list-actions";
import { LIST_TEXTS } from "../../i18n/texts-lists";
import { diffDays } from "../../../src/core";
import type { Ledger } from "../../../src/ledger";
import { DoNotRemindPanel } from "../reminders/do-not-remind-panel";
import { count, day, figure, money } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";
import { NUM_CELL } from "../../shell/table-styles";
import { DO_NOT_REMIND_TEXTS } from "../../i18n/texts-do-not-remind";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import type { PaymentRecord } from "../../../src/payments";
import { DossierPayments } from "./dossier-payments";
import { ShowInSheetButton } from "./show-in-sheet";

const useStyles = makeStyles({
  stop: { margin: "0 0 12px", paddingLeft: "0", listStyle: "none", display: "grid", gap: "4px" },
  head: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    flexWrap: "wrap",
    marginBottom: "12px",
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(280px, 1fr))",
    gap: "12px",
    marginBottom: "16px",
  },
  card: { padding: "12px 14px" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: "12px",
    rowGap: "4px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  h: { margin: "0 0 8px" },
  section: { margin: "16px 0 8px" },
  total: { fontWeight: tokens.fontWeightSemibold },
  num: NUM_CELL,
  scroll: { overflowX: "auto", marginBottom: "16px" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: "4px 0 0", paddingLeft: "18px", display: "grid", gap: "4px" },
});

/** Props of {@link CustomerDossier}. */
export interface CustomerDossierProps {
  customerId: string;
  ledger: Ledger;
  facts: CustomerFacts;
  analysis: Analysis;
  lang: Lang;
  t: Texts;
  onBack(): void;
  /** The settings and their save, for the customer's do-not-remind marks (shown when given). */
  settings?: Settings;
  onSaveSettings?(next: Settings): Promise<void>;
  onError?(error: unknown): void;
  /** Where this ledger's do-not-remind marks are kept (see `markScope`; undefined: not yet). */
  doNotRemindScope?: string | null | undefined;
  /** Opens the customer's call card in Bellen (shown when given). */
  onCall?(): void;
  /** The Betalingen record: the customer's payments received are listed (when given). */
  payments?: readonly PaymentRecord[];
  /** The conversation log (calls, promises, arrangements, disputes): printed with the dossier. */
  conversation?: readonly ConversationEntry[];
  /** Saves the print version as an HTML file (when given). */
  save?(file: ExportFile): Promise<SavedExport>;
  /** "Toon in blad" (Excel): selects rows in the sheet read; the button shows only when given. */
  onShowInSheet?(target: SheetTarget): void;
}

interface InvoiceLine {
  row: number;
  interest: number | null;
  daysLate: number;
}

/** First non-blank value of a text column over the customer's rows. */
function firstOf(ledger: Ledger, rows: number[], key: keyof Ledger["columns"]): string | null {
  const column = ledger.columns[key] as unknown[];
  for (const i of rows) {
    const v = column[i];
    if (v !== null && v !== undefined && v !== "") return String(v);
  }
  return null;
}

/** The dossier view. */
export function CustomerDossier(props: CustomerDossierProps) {
  const { customerId, ledger, facts, analysis, lang, t } = props;
  const s = useStyles();
  const c = ledger.columns;
  const asOf = analysis.asOf;
  const row = analysis.report.customers.find((r) => r.id === customerId);
  const stop = analysis.deliveryStops?.find((x) => x.customerId === customerId)?.reasons ?? [];
  const proposal = analysis.reminders.proposals.find((p) => p.customerId === customerId);
  // invoices the run leaves out because of a do-not-remind mark (ledger or user)
  const stopped = new Set(
    analysis.reminders.excluded
      .filter((e) => e.customerId === customerId && e.reason === "do-not-remind")
      .map((e) => e.invoiceId)
  );

  const claim = useMemo(() => dossierClaim(ledger, customerId, asOf), [ledger, customerId, asOf]);
  const { principal, interest, costs, rateTableEndsAt: rateNote } = claim;
  const consumer = claim.kind === "consumer";
  const lines = useMemo(
    () =>
      facts.rows
        .filter((i) => (c.openAmount[i] as number) !== 0)
        .map((i): InvoiceLine => {
          const due = c.dueDate[i];
          return {
            row: i,
            interest: claim.interestByRow.get(i) ?? null,
            daysLate: due && due < asOf ? diffDays(asOf, due) : 0,
          };
        })
        .sort((a, b) =>
          String(c.dueDate[a.row] ?? "").localeCompare(String(c.dueDate[b.row] ?? ""))
        ),
    [facts, c, asOf, claim]
  );

  const name = firstOf(ledger, facts.rows, "customerName") ?? customerId;
  const history = useMemo(() => remindersSent(ledger, facts.rows), [ledger, facts]);

  const contact: [string, string | null][] = [
    [t.contactPerson, firstOf(ledger, facts.rows, "contactPerson")],
    [
      t.address,
      [
        firstOf(ledger, facts.rows, "address"),
        [firstOf(ledger, facts.rows, "postcode"), firstOf(ledger, facts.rows, "city")]
          .filter(Boolean)
          .join(" "),
        firstOf(ledger, facts.rows, "country"),
      ]
        .filter(Boolean)
        .join(", ") || null,
    ],
    [t.email, firstOf(ledger, facts.rows, "email")],
    [t.phone, firstOf(ledger, facts.rows, "phone")],
    [t.kvk, firstOf(ledger, facts.rows, "kvk")],
    [t.vatId, firstOf(ledger, facts.rows, "vatId")],
    [t.iban, firstOf(ledger, facts.rows, "iban")],
  ];
  const limit = row?.creditLimit ?? null;
  const known = contact.filter(([, v]) => v !== null);
  const [printJob, print] = usePrintJob();
  const dossierFile = (): ExportFile =>
    customerDossierDocument({
      ledger,
      analysis,
      customerId,
      lang,
      company: props.settings?.company.name ?? "",
      ...(props.conversation ? { conversation: props.conversation } : {}),
      ...(props.payments ? { payments: props.payments } : {}),
    });
  const printDossier = () => {
    try {
      const file = dossierFile();
      print(typeof file.data === "string" ? file.data : new TextDecoder().decode(file.data));
    } catch (error) {
      props.onError?.(error);
    }
  };
  const saveDossier = async () => {
    try {
      await props.save?.(dossierFile());
    } catch (error) {
      props.onError?.(error);
    }
  };

  return (
    <div data-testid="dossier">
      <div className={s.head}>
        <Button onClick={props.onBack}>{t.back}</Button>
        {props.onCall && (
          <Button appearance="primary" onClick={props.onCall}>
            {CALL_TEXTS[lang].openCard}
          </Button>
        )}
        <Button onClick={printDossier} data-testid="dossier-print">
          {LIST_TEXTS[lang].printDossier}
        </Button>
        {props.save && (
          <Button onClick={() => void saveDossier()} data-testid="dossier-html">
            {LIST_TEXTS[lang].downloadHtml}
          </Button>
        )}
        <PrintFrame job={printJob} />
        {props.onShowInSheet && (
          <ShowInSheetButton
            target={{ customerId }}
            name={name}
            lang={lang}
            onShow={props.onShowInSheet}
          />
        )}
        <Subtitle1 as="h2">
          {name} <Text className={s.muted}>({customerId})</Text>
        </Subtitle1>
        {row?.flags.map((flag) => (
          <Badge key={flag.code} appearance="tint" color="warning" title={flag.reason[lang]}>
            {t.flagLabel[flag.code]}
          </Badge>
        ))}
      </div>
      {stop.length > 0 && (
        <ul className={s.stop} data-testid="dossier-delivery-stop">
          {stop.map((reason) => (
            <li key={reason.code}>
              <Badge appearance="filled" color="danger">
                {lang === "nl" ? "Leveringsstop" : "Stop deliveries"}
              </Badge>{" "}
              <Text>{reason.text[lang]}</Text>
            </li>
          ))}
        </ul>
      )}

      <div className={s.grid}>
        <Card className={s.card}>
          <Subtitle2 as="h3" className={s.h}>
            {t.claim}
          </Subtitle2>
          <dl className={s.dl}>
            <dt className={s.dt}>{t.open}</dt>
            <dd className={s.dd}>{money(row?.open ?? 0, lang)}</dd>
            <dt className={s.dt}>{t.principalOverdue}</dt>
            <dd className={s.dd}>{money(principal, lang)}</dd>
            <dt className={s.dt}>{t.interestTotal}</dt>
            <dd className={s.dd} data-testid="dossier-interest">
              {money(interest, lang)}
            </dd>
            <dt className={s.dt}>{t.collectionCosts}</dt>
            <dd className={s.dd}>{money(costs, lang)}</dd>
            <dt className={mergeClasses(s.dt, s.total)}>{t.claimTotal}</dt>
            <dd className={mergeClasses(s.dd, s.total)}>{money(claim.total, lang)}</dd>
          </dl>
          <Text as="p" className={s.muted}>
            {consumer ? t.costsNoteConsumer : t.costsNoteBusiness}
            {rateNote ? ` ${t.rateNote(day(rateNote, lang))}` : ""}
          </Text>
        </Card>

        <Card className={s.card}>
          <Subtitle2 as="h3" className={s.h}>
            {t.contact}
          </Subtitle2>
          <dl className={s.dl}>
            <dt className={s.dt}>{t.debtorType}</dt>
            <dd className={s.dd}>{consumer ? t.consumer : t.business}</dd>
            {limit !== null && (
              <>
                <dt className={s.dt}>{t.creditLimit}</dt>
                <dd className={s.dd}>{money(limit, lang)}</dd>
              </>
            )}
            {known.map(([label, value]) => (
              <FragmentRow key={label} label={label} value={value as string} dt={s.dt} dd={s.dd} />
            ))}
          </dl>
          {known.length === 0 && <Text className={s.muted}>{t.noContact}</Text>}
        </Card>

        <Card className={s.card}>
          <Subtitle2 as="h3" className={s.h}>
            {t.reminderHistory}
          </Subtitle2>
          {history.length === 0 ? (
            <Text className={s.muted}>{t.noReminders}</Text>
          ) : (
            <ul className={s.list}>
              {history.map((h) => (
                <li key={`${h.stage}|${h.date ?? ""}`}>
                  {h.date ? t.stageSent(h.stage, day(h.date, lang)) : t.stageNoDate(h.stage)}{" "}
                  <Text className={s.muted}>({h.invoices.join(", ")})</Text>
                </li>
              ))}
            </ul>
          )}
          {proposal && (
            <Text as="p">
              <strong>{t.proposal}:</strong> {t.stageOf(proposal.stage, proposal.stageName)} ·{" "}
              {money(proposal.amountDue, lang)}
            </Text>
          )}
          {row && row.settled > 0 && (
            <>
              <Subtitle2 as="h3" className={s.section}>
                {t.behaviour}
              </Subtitle2>
              <dl className={s.dl}>
                <dt className={s.dt}>{t.settled12m}</dt>
                <dd className={s.dd}>{count(row.settled, lang)}</dd>
                {row.avgDaysLate !== null && (
                  <>
                    <dt className={s.dt}>{t.avgDaysLate}</dt>
                    <dd className={s.dd}>{figure(row.avgDaysLate, lang)}</dd>
                  </>
                )}
                {row.paidLatePct !== null && (
                  <>
                    <dt className={s.dt}>{t.paidLatePct}</dt>
                    <dd className={s.dd}>{figure(row.paidLatePct, lang, 0)}%</dd>
                  </>
                )}
              </dl>
            </>
          )}
        </Card>
      </div>

      {row && row.flags.length > 0 && (
        <ul className={s.list} aria-label={t.flags}>
          {row.flags.map((flag) => (
            <li key={flag.code}>{flag.reason[lang]}</li>
          ))}
        </ul>
      )}

      {props.settings && props.onSaveSettings && (
        <DoNotRemindPanel
          scope={"doNotRemindScope" in props ? props.doNotRemindScope : null}
          ledger={ledger}
          settings={props.settings}
          asOf={asOf}
          lang={lang}
          customerId={customerId}
          onSaveSettings={props.onSaveSettings}
          onError={props.onError ?? (() => undefined)}
        />
      )}

      <Subtitle2 as="h3" className={s.section}>
        {t.invoices}
      </Subtitle2>
      <div className={s.scroll}>
        <Table size="small" aria-label={t.invoices} data-testid="dossier-invoices">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.invoice}</TableHeaderCell>
              <TableHeaderCell>{t.invoiceDate}</TableHeaderCell>
              <TableHeaderCell>{t.dueDate}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{t.open}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{t.daysLate}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{t.interest}</TableHeaderCell>
              <TableHeaderCell>{t.lastReminder}</TableHeaderCell>
              <TableHeaderCell>{t.status}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map(({ row: i, interest: owed, daysLate }) => (
              <TableRow key={i}>
                <TableCell>
                  {c.invoiceId[i]}
                  {props.onShowInSheet && (
                    <>
                      {" "}
                      <ShowInSheetButton
                        target={{ invoiceIds: [c.invoiceId[i] as string] }}
                        lang={lang}
                        onShow={props.onShowInSheet}
                        compact
                      />
                    </>
                  )}
                </TableCell>
                <TableCell>{day(c.invoiceDate[i], lang)}</TableCell>
                <TableCell>{day(c.dueDate[i], lang)}</TableCell>
                <TableCell className={s.num}>
                  {c.currency[i] === "EUR"
                    ? money(c.openAmount[i] as number, lang)
                    : `${c.currency[i]} ${figure((c.openAmount[i] as number) / 100, lang, 2)}`}
                </TableCell>
                <TableCell className={s.num}>
                  {daysLate > 0 ? count(daysLate, lang) : "–"}
                </TableCell>
                <TableCell className={s.num}>{owed === null ? "–" : money(owed, lang)}</TableCell>
                <TableCell>
                  {(c.reminderStage[i] ?? 0) > 0
                    ? `${t.stage} ${c.reminderStage[i]}${c.reminderDate[i] ? ` · ${day(c.reminderDate[i], lang)}` : ""}`
                    : "–"}
                </TableCell>
                <TableCell>
                  {c.disputed[i] && (
                    <Badge color="danger" appearance="tint">
                      {t.disputed}
                    </Badge>
                  )}
                  {c.writtenOff[i] && (
                    <Badge color="subtle" appearance="tint">
                      {t.writtenOff}
                    </Badge>
                  )}
                  {c.handedOver[i] && (
                    <Badge color="important" appearance="tint">
                      {t.handedOver}
                    </Badge>
                  )}
                  {stopped.has(c.invoiceId[i] as string) && (
                    <Badge color="warning" appearance="tint">
                      {DO_NOT_REMIND_TEXTS[lang].badge}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {props.payments && (
        <DossierPayments customerId={customerId} payments={props.payments} lang={lang} />
      )}
    </div>
  );
}

function FragmentRow(p: { label: string; value: string; dt: string; dd: string }) {
  return (
    <>
      <dt className={p.dt}>{p.label}</dt>
      <dd className={p.dd}>{p.value}</dd>
    </>
  );
}
