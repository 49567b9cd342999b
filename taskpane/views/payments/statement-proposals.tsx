/**
 * One bank statement read: its summary (account, period, balances that agree, credits), the
 * proposals grouped as a controller checks them — matched, part payments, overpaid, one payment for
 * several invoices, not matched — each with a picker to assign or correct, the lines that are not
 * applicable and the debits, and the every-cent line. Display only: the grouping and every figure
 * come from src/app.
 */
import {
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { type PaymentChoices, type PaymentProposals, type ProposalGroups } from "../../../src/app";
import type { OpenInvoice, PaymentProposal } from "../../../src/payments";
import { day, money } from "../../shell/format";
import type { Lang } from "../../i18n/texts";
import { PAYMENT_TEXTS } from "../../i18n/texts-payments";
import { usePaymentStyles } from "./payment-styles";

/** Props of {@link StatementProposals}. */
export interface StatementProposalsProps {
  proposals: PaymentProposals;
  /** The proposals grouped (groupProposals of src/app). */
  groups: ProposalGroups;
  choices: PaymentChoices;
  /** The open invoices the picker offers. */
  invoices: readonly OpenInvoice[];
  lang: Lang;
  /** The user's pick for a credit: invoices, [] to leave it unassigned, null to keep the proposal. */
  onChoose(entryKey: string, invoices: OpenInvoice[] | null): void;
}

const ORDER: (keyof ProposalGroups)[] = [
  "matched",
  "several",
  "partial",
  "overpaid",
  "unmatched",
  "recorded",
];

/** The summary, the groups with pickers, the lines not matched and the every-cent line. */
export function StatementProposals(props: StatementProposalsProps) {
  const { proposals, groups, lang } = props;
  const p = PAYMENT_TEXTS[lang];
  const s = usePaymentStyles();
  const { match, statements } = proposals;
  const eur = (c: number) => money(c, lang);
  const t = match.totals;

  return (
    <>
      <dl className={s.summary} data-testid="statement-summary">
        {statements.map((st) => (
          <div key={`${st.account} ${st.id}`} className={s.summaryBlock}>
            <dt>{p.account}</dt>
            <dd>
              {st.account} · {p.statement} {st.id}
            </dd>
            <dt>{p.period}</dt>
            <dd>
              {day(st.from, lang)} – {day(st.to, lang)}
            </dd>
            <dt>{p.balances}</dt>
            <dd>{p.balancesChecked(eur(st.opening.amount), eur(st.closing.amount))}</dd>
          </div>
        ))}
        <div className={s.summaryBlock}>
          <dt>{p.credits}</dt>
          <dd data-testid="statement-credits">
            {p.creditsLine(t.credits.count, eur(t.credits.total))}
          </dd>
          {t.debits.count > 0 && <dd>{p.debitsLine(t.debits.count, eur(t.debits.total))}</dd>}
        </div>
      </dl>
      <Text as="p" weight="semibold" className={s.everyCent} data-testid="every-cent">
        {p.everyCent(eur(t.matched), eur(t.unmatched), eur(t.notApplicable), eur(t.credits.total))}
      </Text>

      {ORDER.filter((g) => groups[g].length > 0).map((g) => (
        <section key={g} className={s.section} data-testid={`payments-${g}`}>
          <Subtitle2 as="h3">
            {p.groups[g]} ({groups[g].length})
          </Subtitle2>
          <Text as="p" className={s.hint}>
            {p.groupHints[g]}
          </Text>
          <div className={s.scroll}>
            <Table size="small" aria-label={p.groups[g]}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{p.payer}</TableHeaderCell>
                  <TableHeaderCell className={s.num}>{p.amount}</TableHeaderCell>
                  <TableHeaderCell>{p.invoices}</TableHeaderCell>
                  <TableHeaderCell>{p.why}</TableHeaderCell>
                  {g !== "recorded" && <TableHeaderCell>{p.assign}</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {groups[g].map((proposal) => (
                  <ProposalRow key={proposal.entryKey} {...props} proposal={proposal} />
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      ))}

      {match.notApplicable.length + match.debits.length > 0 && (
        <section className={s.section} data-testid="payments-not-applicable">
          <Subtitle2 as="h3">
            {p.notApplicable} / {p.debits} ({match.notApplicable.length + match.debits.length})
          </Subtitle2>
          <Text as="p" className={s.hint}>
            {p.notApplicableHint}
          </Text>
          <div className={s.scroll}>
            <Table size="small" aria-label={p.notApplicable}>
              <TableBody>
                {[...match.notApplicable, ...match.debits].map((line) => (
                  <TableRow key={line.entryKey}>
                    <TableCell>{line.entry.name ?? line.entry.iban ?? "–"}</TableCell>
                    <TableCell className={s.num}>
                      {line.entry.direction === "debit" ? "−" : ""}
                      {line.entry.currency === "EUR"
                        ? eur(line.entry.amount)
                        : `${line.entry.currency} ${(line.entry.amount / 100).toFixed(2)}`}
                    </TableCell>
                    <TableCell>{line.entry.text}</TableCell>
                    <TableCell>{line.reason[lang]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
    </>
  );
}

const keyOf = (i: { customerId: string; invoiceId: string }) =>
  `${i.customerId}\u0000${i.invoiceId}`;

/** One credit: payer, amount, the invoices it pays, why, and the picker. */
function ProposalRow(props: StatementProposalsProps & { proposal: PaymentProposal }) {
  const { proposal, lang, invoices, choices } = props;
  const p = PAYMENT_TEXTS[lang];
  const s = usePaymentStyles();
  const e = proposal.entry;
  const chosen = choices.get(proposal.entryKey);
  const value = chosen === undefined ? "" : chosen.length === 0 ? "-" : keyOf(chosen[0]!);
  return (
    <TableRow data-testid="payment-proposal" data-status={proposal.status}>
      <TableCell>
        <div>{e.name ?? "–"}</div>
        <div className={s.small}>
          {[e.iban, day(e.bookingDay, lang), e.reference, e.text].filter(Boolean).join(" · ")}
        </div>
      </TableCell>
      <TableCell className={s.num}>{money(e.amount, lang)}</TableCell>
      <TableCell>
        {proposal.allocations.map((a) => (
          <div key={`${a.customerId} ${a.invoiceId}`}>
            {a.invoiceId} ({a.customerId}): {money(a.amount, lang)}
          </div>
        ))}
        {proposal.unallocated > 0 && (
          <div className={s.small}>{p.rest(money(proposal.unallocated, lang))}</div>
        )}
      </TableCell>
      <TableCell>{proposal.reason[lang]}</TableCell>
      {proposal.status !== "recorded" && (
        <TableCell>
          <Select
            size="small"
            aria-label={`${p.assign}: ${e.name ?? ""} ${money(e.amount, lang)}`}
            data-testid="payment-picker"
            value={value}
            onChange={(_, d) => {
              if (d.value === "") props.onChoose(proposal.entryKey, null);
              else if (d.value === "-") props.onChoose(proposal.entryKey, []);
              else {
                const picked = invoices.find((i) => keyOf(i) === d.value);
                props.onChoose(proposal.entryKey, picked ? [picked] : null);
              }
            }}
          >
            <option value="">{p.keepProposal}</option>
            <option value="-">{p.leaveUnassigned}</option>
            {invoices.map((i) => (
              <option key={keyOf(i)} value={keyOf(i)}>
                {i.customerName ?? i.customerId} · {i.invoiceId} · {p.open} {money(i.open, lang)}
              </option>
            ))}
          </Select>
        </TableCell>
      )}
    </TableRow>
  );
}
