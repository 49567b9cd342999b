/**
 * The payments received from one customer as the Betalingen record holds them (confirmed from a
 * bank statement), for the customer's dossier: booking day, invoice, amount, payer and reference.
 */
import {
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
import type { PaymentRecord } from "../../../src/payments";
import { day, money } from "../../shell/format";
import { NUM_CELL } from "../../shell/table-styles";
import type { Lang } from "../../i18n/texts";
import { PAYMENT_TEXTS } from "../../i18n/texts-payments";

const useStyles = makeStyles({
  section: { margin: "16px 0 8px" },
  hint: { display: "block", margin: "2px 0 6px", color: tokens.colorNeutralForeground3 },
  num: NUM_CELL,
  scroll: { overflowX: "auto", marginBottom: "16px" },
});

/** Props of {@link DossierPayments}. */
export interface DossierPaymentsProps {
  customerId: string;
  payments: readonly PaymentRecord[];
  lang: Lang;
}

/** The customer's recorded payments, newest first; nothing when there are none. */
export function DossierPayments({ customerId, payments, lang }: DossierPaymentsProps) {
  const p = PAYMENT_TEXTS[lang];
  const s = useStyles();
  const mine = payments
    .filter((r) => r.customerId === customerId)
    .sort((a, b) => (b.day ?? "").localeCompare(a.day ?? ""));
  if (mine.length === 0) return null;
  const total = mine.reduce((sum, r) => sum + r.amount, 0);
  return (
    <section className={s.section} data-testid="dossier-payments">
      <Subtitle2 as="h3">{p.received}</Subtitle2>
      <Text as="p" className={s.hint}>
        {p.receivedLine(mine.length, money(total, lang))}
      </Text>
      <div className={s.scroll}>
        <Table size="small" aria-label={p.received}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{p.day}</TableHeaderCell>
              <TableHeaderCell>{p.invoices}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{p.amount}</TableHeaderCell>
              <TableHeaderCell>{p.payer}</TableHeaderCell>
              <TableHeaderCell>{p.reference}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mine.map((r) => (
              <TableRow key={`${r.entryKey} ${r.invoiceId}`}>
                <TableCell>{day(r.day, lang)}</TableCell>
                <TableCell>{r.invoiceId}</TableCell>
                <TableCell className={s.num}>{money(r.amount, lang)}</TableCell>
                <TableCell>{[r.name, r.iban].filter(Boolean).join(" · ") || "–"}</TableCell>
                <TableCell>{r.reference ?? "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
