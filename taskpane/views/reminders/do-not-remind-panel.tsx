/**
 * Niet aanmanen: the user's do-not-remind marks — per customer or invoice, with a reason and an
 * optional last day — listed (holding ones first, lapsed ones marked), removable, and a form to add
 * one. Shown in Herinneringen (any customer) and in the customer dossier (that customer). The marks
 * are kept in the settings the host stores; the use-cases in src/app/reminders/do-not-remind do the work.
 */
import {
  Badge,
  Button,
  Field,
  Input,
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
import { useId, useMemo, useState } from "react";
import {
  blockedRows,
  doNotRemindMarks,
  markDoNotRemind,
  unmarkDoNotRemind,
  type Settings,
} from "../../../src/app";
import { isIsoDay, type IsoDay } from "../../../src/core";
import type { Ledger } from "../../../src/ledger";
import { day } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { DO_NOT_REMIND_TEXTS } from "../../i18n/texts-do-not-remind";

const useStyles = makeStyles({
  section: { marginTop: "20px", marginBottom: "20px" },
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))",
    gap: "8px 12px",
    alignItems: "end",
    marginTop: "12px",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto" },
  message: { marginTop: "8px" },
});

/** Props of {@link DoNotRemindPanel}. */
export interface DoNotRemindPanelProps {
  /** The ledger the marks refer to (customer and invoice numbers are checked against it). */
  ledger: Ledger;
  settings: Settings;
  /** The reporting day: a mark whose last day lies before it is shown as lapsed. */
  asOf: IsoDay;
  lang: Lang;
  /** Only this customer's marks, and new marks for this customer (the dossier). */
  customerId?: string;
  /**
   * Where the marks of the ledger in view are kept (see `markScope`): null for the workbook, an
   * administration's key in the workbench, undefined while the file is not tied to one (no marks).
   */
  scope: string | null | undefined;
  onSaveSettings(next: Settings): Promise<void>;
  onError(error: unknown): void;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The do-not-remind marks with their form. */
export function DoNotRemindPanel(props: DoNotRemindPanelProps) {
  const { ledger, settings, asOf, lang, customerId: fixed, scope } = props;
  const r = DO_NOT_REMIND_TEXTS[lang];
  const s = useStyles();
  const ids = useId();
  const [customer, setCustomer] = useState(fixed ?? "");
  const [invoice, setInvoice] = useState("");
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // customer -> name and open invoice numbers, for the suggestions and the check
  const known = useMemo(() => {
    const c = ledger.columns;
    const map = new Map<string, { name: string | null; invoices: string[] }>();
    for (let i = 0; i < ledger.length; i++) {
      const id = c.customerId[i] as string;
      const entry = map.get(id) ?? { name: c.customerName[i] ?? null, invoices: [] };
      if ((c.openAmount[i] as number) !== 0) entry.invoices.push(c.invoiceId[i] as string);
      map.set(id, entry);
    }
    return map;
  }, [ledger]);
  const marks = doNotRemindMarks(settings, asOf, fixed, scope);
  const ledgerBlocked = useMemo(() => (fixed ? 0 : blockedRows(ledger)), [ledger, fixed]);
  const target = fixed ?? customer.trim();

  async function save(next: Settings, message: string): Promise<void> {
    setBusy(true);
    try {
      await props.onSaveSettings(next);
      setStatus(message);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  }

  async function add(): Promise<void> {
    setStatus(null);
    const customerId = target;
    const invoiceId = invoice.trim() || null;
    const entry = known.get(customerId);
    const reasonText = reason.trim();
    const problemText =
      customerId === ""
        ? r.needCustomer
        : !entry
          ? r.unknownCustomer(customerId)
          : invoiceId !== null && !entry.invoices.includes(invoiceId)
            ? r.unknownInvoice(invoiceId, customerId)
            : reasonText === ""
              ? r.needReason
              : null;
    setProblem(problemText);
    if (problemText !== null) return;
    const last = until !== "" && isIsoDay(until) ? until : null;
    let next: Settings;
    try {
      next = markDoNotRemind(settings, {
        customerId,
        invoiceId,
        reason: reasonText,
        until: last,
        scope: scope ?? null,
      });
    } catch (error) {
      props.onError(error);
      return;
    }
    await save(next, capital(r.saved(r.target(customerId, invoiceId))));
    setInvoice("");
    setReason("");
    setUntil("");
    if (!fixed) setCustomer("");
  }

  const invoiceOptions = known.get(target)?.invoices ?? [];
  return (
    <section className={s.section} aria-labelledby={`${ids}-title`} data-testid="do-not-remind">
      <Subtitle2 as="h2" id={`${ids}-title`}>
        {r.title} ({marks.filter((m) => m.active).length})
      </Subtitle2>
      <Text className={s.intro}>{fixed ? r.introCustomer : r.intro}</Text>
      {ledgerBlocked > 0 && (
        <Text className={s.intro} data-testid="ledger-blocked">
          {r.ledgerBlocked(ledgerBlocked)}
        </Text>
      )}
      {marks.length === 0 ? (
        <Text className={s.muted}>{r.none}</Text>
      ) : (
        <div className={s.scroll}>
          <Table size="small" aria-label={r.title} data-testid="do-not-remind-marks">
            <TableHeader>
              <TableRow>
                {!fixed && <TableHeaderCell>{r.customer}</TableHeaderCell>}
                <TableHeaderCell>{r.invoice}</TableHeaderCell>
                <TableHeaderCell>{r.reason}</TableHeaderCell>
                <TableHeaderCell>{r.until}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {marks.map((m) => {
                const what = r.target(m.customerId, m.invoiceId);
                return (
                  <TableRow key={`${m.customerId}\u0000${m.invoiceId ?? ""}`}>
                    {!fixed && (
                      <TableCell>
                        {known.get(m.customerId)?.name ?? m.customerId}{" "}
                        <Text className={s.muted}>({m.customerId})</Text>
                      </TableCell>
                    )}
                    <TableCell>{m.invoiceId ?? r.allInvoices}</TableCell>
                    <TableCell>{m.reason}</TableCell>
                    <TableCell>
                      {m.until ? day(m.until, lang) : r.noEnd}{" "}
                      {!m.active && (
                        <Badge appearance="tint" color="subtle">
                          {r.expired}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={r.removeLabel(what)}
                        onClick={() =>
                          void save(
                            unmarkDoNotRemind(settings, m.customerId, m.invoiceId, m.scope ?? null),
                            r.removed(what)
                          )
                        }
                      >
                        {r.remove}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {scope === undefined && (
        <MessageBar intent="info" className={s.message}>
          <MessageBarBody>{r.needAdministration}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.form}>
        {!fixed && (
          <Field label={r.customer} required>
            <Input
              value={customer}
              list={`${ids}-customers`}
              onChange={(_, d) => setCustomer(d.value)}
              data-testid="dnr-customer"
            />
          </Field>
        )}
        <Field label={r.invoice} hint={r.invoiceHint}>
          <Input
            value={invoice}
            list={`${ids}-invoices`}
            onChange={(_, d) => setInvoice(d.value)}
            data-testid="dnr-invoice"
          />
        </Field>
        <Field label={r.reason} hint={r.reasonHint} required>
          <Input value={reason} onChange={(_, d) => setReason(d.value)} data-testid="dnr-reason" />
        </Field>
        <Field label={r.until} hint={r.untilHint}>
          <Input
            type="date"
            value={until}
            onChange={(_, d) => setUntil(d.value)}
            data-testid="dnr-until"
          />
        </Field>
        <Button
          appearance="primary"
          disabled={busy || scope === undefined}
          onClick={() => void add()}
        >
          {r.add}
        </Button>
      </div>
      {!fixed && (
        <datalist id={`${ids}-customers`}>
          {[...known].map(([id, k]) => (
            <option key={id} value={id}>
              {k.name ?? id}
            </option>
          ))}
        </datalist>
      )}
      <datalist id={`${ids}-invoices`}>
        {invoiceOptions.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      {problem && (
        <MessageBar intent="warning" className={s.message}>
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {status && !problem && (
        <Text as="p" role="status" className={s.message}>
          {status}
        </Text>
      )}
    </section>
  );
}
