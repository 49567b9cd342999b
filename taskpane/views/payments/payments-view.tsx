/**
 * Betalingen: read a bank statement (CAMT.053 or MT940; a file input, which works in Excel's pane
 * too), check and correct the proposals, confirm them into the Betalingen record — after which the
 * pane analyses again with the payments applied — and undo a statement confirmed earlier. All
 * reading, matching and recording goes through src/app.
 */
import {
  Button,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { loadPaymentsReview, type PaymentChoices, type PaymentProposals } from "../../../src/app";
import type { Ledger } from "../../../src/ledger";
import type { ChosenInvoice, PaymentRecord } from "../../../src/payments";
import { day, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { PAYMENT_TEXTS } from "../../i18n/texts-payments";
import { usePaymentStyles } from "./payment-styles";
import { StatementProposals } from "./statement-proposals";

type ReviewModule = Awaited<ReturnType<typeof loadPaymentsReview>>;

/** Props of {@link PaymentsView}. */
export interface PaymentsViewProps {
  /** The ledger as read (the payments record is applied to it here, once). */
  ledger: Ledger;
  /** The Betalingen record kept for this ledger. */
  recorded: readonly PaymentRecord[];
  /** Whether the host keeps the record (false: the page's lifetime only). */
  kept: boolean;
  hostKind: "excel" | "standalone";
  lang: Lang;
  /** Stores the whole record; the pane then analyses again. */
  onSave(records: PaymentRecord[]): Promise<void>;
  onError(error: unknown): void;
}

/** The Betalingen tab. */
export function PaymentsView(props: PaymentsViewProps) {
  const { ledger, recorded, lang } = props;
  const p = PAYMENT_TEXTS[lang];
  const s = usePaymentStyles();
  const input = useRef<HTMLInputElement>(null);
  const [read, setRead] = useState<PaymentProposals | null>(null);
  const [choices, setChoices] = useState<PaymentChoices>(new Map());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [mod, setMod] = useState<ReviewModule | null>(null);

  useEffect(() => {
    let live = true;
    loadPaymentsReview().then(
      (m) => live && setMod(m),
      (e) => props.onError(e)
    );
    return () => {
      live = false;
    };
  }, []);

  // Another ledger read: a statement matched against the old one no longer holds.
  useEffect(() => {
    setRead(null);
    setChoices(new Map());
  }, [ledger]);

  const proposals = useMemo(
    () => (mod && read && choices.size > 0 ? mod.rematchPayments(read, recorded, choices) : read),
    [mod, read, recorded, choices]
  );
  const invoices = useMemo(() => (mod && read ? mod.pickableInvoices(read) : []), [mod, read]);
  const statements = useMemo(() => (mod ? mod.confirmedStatements(recorded) : []), [mod, recorded]);
  const groups = useMemo(
    () => (mod && proposals ? mod.groupProposals(proposals.match.proposals) : null),
    [mod, proposals]
  );

  if (!mod) return <Spinner size="tiny" />;

  const readStatement = async (file: File) => {
    setStatus(null);
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setChoices(new Map());
      setRead(mod.proposePayments(ledger, bytes, file.name, recorded));
    } catch (error) {
      setRead(null);
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const choose = (entryKey: string, picked: ChosenInvoice[] | null) => {
    const next = new Map(choices);
    if (picked === null) next.delete(entryKey);
    else
      next.set(
        entryKey,
        picked.map((i) => ({ customerId: i.customerId, invoiceId: i.invoiceId }))
      );
    setChoices(next);
  };

  const confirmable = proposals
    ? proposals.match.proposals.filter((x) => x.status !== "recorded" && x.allocations.length > 0)
    : [];
  const confirmTotal = confirmable.reduce(
    (sum, x) => sum + x.allocations.reduce((t, a) => t + a.amount, 0),
    0
  );

  const confirm = async () => {
    if (!proposals) return;
    if (confirmable.length === 0) {
      setStatus(p.nothingToConfirm);
      return;
    }
    setBusy(true);
    try {
      await props.onSave(mod.recordProposals(recorded, proposals));
      setRead(null);
      setChoices(new Map());
      setStatus(p.confirmed(confirmable.length, money(confirmTotal, lang)));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (statementKey: string) => {
    setBusy(true);
    try {
      await props.onSave(mod.undoPaymentStatement(recorded, statementKey));
      setRead(null);
      setChoices(new Map());
      setStatus(p.undone(statementKey));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Subtitle2 as="h2">{p.title}</Subtitle2>
      <Text as="p" className={s.intro}>
        {p.intro}
      </Text>
      <div className={s.tools}>
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xml,.camt,.053,.sta,.940,.mt940,.swi,.txt"
          aria-label={p.fileLabel}
          data-testid="statement-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readStatement(file);
            e.target.value = "";
          }}
        />
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
          {p.pick}
        </Button>
        {busy && <Spinner size="tiny" label={p.reading} />}
      </div>
      {status && (
        <Text as="p" role="status" data-testid="payments-status">
          {status}
        </Text>
      )}

      {proposals && groups && (
        <section aria-label={p.title}>
          <StatementProposals
            proposals={proposals}
            groups={groups}
            choices={choices}
            invoices={invoices}
            lang={lang}
            onChoose={choose}
          />
          <div className={s.tools}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void confirm()}
              data-testid="confirm-payments"
            >
              {p.confirm(confirmable.length, money(confirmTotal, lang))}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setRead(null);
                setChoices(new Map());
              }}
            >
              {p.discard}
            </Button>
          </div>
        </section>
      )}

      <section className={s.section} data-testid="confirmed-statements">
        <Subtitle2 as="h3">{p.confirmedTitle}</Subtitle2>
        <Text as="p" className={s.hint}>
          {!props.kept ? p.keptNowhere : props.hostKind === "excel" ? p.keptExcel : p.keptWorkbench}
        </Text>
        {statements.length === 0 ? (
          <Text as="p">{p.confirmedEmpty}</Text>
        ) : (
          <div className={s.scroll}>
            <Table size="small" aria-label={p.confirmedTitle}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{p.statement}</TableHeaderCell>
                  <TableHeaderCell>{p.period}</TableHeaderCell>
                  <TableHeaderCell>{p.credits}</TableHeaderCell>
                  <TableHeaderCell className={s.num}>{p.total}</TableHeaderCell>
                  <TableHeaderCell />
                </TableRow>
              </TableHeader>
              <TableBody>
                {statements.map((st) => (
                  <TableRow key={st.statementKey} data-testid="confirmed-statement">
                    <TableCell>{st.statementKey}</TableCell>
                    <TableCell>
                      {day(st.from, lang)}
                      {st.to !== st.from ? ` – ${day(st.to, lang)}` : ""}
                    </TableCell>
                    <TableCell>{p.creditsCount(st.credits, st.invoices)}</TableCell>
                    <TableCell className={s.num}>{money(st.total, lang)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => void undo(st.statementKey)}
                        data-testid="undo-statement"
                      >
                        {p.undo}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
