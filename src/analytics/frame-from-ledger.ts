/** Builds a {@link ReceivablesFrame} from the typed ledger that readLedger returns. */
import { toEpochDay, type IsoDay } from "../core";
import { type Ledger, mergeDebtorKind } from "../ledger";
import {
  allocateColumns,
  deriveMissingDueDays,
  NO_DAY,
  type CustomerInfo,
  type FrameOptions,
  type OtherCurrencyItem,
  type ReceivablesFrame,
} from "./receivables-frame";

/** Epoch days of ISO days, memoised: a ledger has far fewer distinct days than rows. */
function dayCache(): (day: IsoDay | null) => number {
  const cache = new Map<string, number>();
  return (day) => {
    if (day === null) return NO_DAY;
    let n = cache.get(day);
    if (n === undefined) {
      n = toEpochDay(day);
      cache.set(day, n);
    }
    return n;
  };
}

/**
 * The frame of `ledger` in `options.currency` (default euro): rows in another currency are not added
 * to anything; they go to `otherCurrencies` as they are. Customer details are the last non-empty
 * value per customer. A written-off item's write-off day is not in an open-items export; we take
 * the best day there is: its settled date, else the date of the last reminder (the claim was written
 * off after the dunning stopped), else its due date. `writeOffs` days given to buildReport replace these.
 */
export function frameFromLedger(ledger: Ledger, options: FrameOptions = {}): ReceivablesFrame {
  const c = ledger.columns;
  const currency = options.currency ?? "EUR";
  const rows: number[] = [];
  const otherCurrencies: OtherCurrencyItem[] = [];
  for (let i = 0; i < ledger.length; i++) {
    const code = c.currency[i] ?? currency;
    if (code === currency) rows.push(i);
    else
      otherCurrencies.push({
        currency: code,
        invoiceId: c.invoiceId[i] ?? "",
        customerId: c.customerId[i] as string,
        customerName: c.customerName[i] ?? null,
        invoiceDate: c.invoiceDate[i] ?? null,
        dueDate: c.dueDate[i] ?? null,
        amount: c.amount[i] as number,
        open: c.openAmount[i] as number,
        writtenOff: c.writtenOff[i] === true,
      });
  }
  const n = rows.length;
  const cols = allocateColumns(n);
  const day = dayCache();
  const customerIndex = new Map<string, number>();
  const customers: CustomerInfo[] = [];
  const terms = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    const i = rows[r] as number;
    const id = c.customerId[i] as string;
    let k = customerIndex.get(id);
    if (k === undefined) {
      k = customers.length;
      customerIndex.set(id, k);
      customers.push({
        id,
        name: null,
        creditLimit: null,
        kvk: null,
        vatId: null,
        iban: null,
        debtorType: null,
        paymentTermDays: null,
      });
    }
    const info = customers[k] as CustomerInfo;
    info.name = c.customerName[i] ?? info.name;
    info.creditLimit = c.creditLimit[i] ?? info.creditLimit;
    info.kvk = c.kvk[i] ?? info.kvk;
    info.vatId = c.vatId[i] ?? info.vatId;
    info.iban = c.iban[i] ?? info.iban;
    info.debtorType = mergeDebtorKind(info.debtorType, c.debtorType[i]);
    info.paymentTermDays = c.paymentTermDays[i] ?? info.paymentTermDays;
    terms[r] = c.paymentTermDays[i] ?? -1;
    cols.customer[r] = k;
    cols.invoiceDay[r] = day(c.invoiceDate[i] ?? null);
    cols.dueDay[r] = day(c.dueDate[i] ?? null);
    cols.settledDay[r] = day(c.settledDate[i] ?? null);
    cols.amount[r] = c.amount[i] as number;
    cols.open[r] = c.openAmount[i] as number;
    cols.disputed[r] = c.disputed[i] ? 1 : 0;
    if (c.writtenOff[i]) {
      cols.writtenOff[r] = 1;
      cols.writeOffDay[r] = day(c.settledDate[i] ?? c.reminderDate[i] ?? c.dueDate[i] ?? null);
    }
  }
  deriveMissingDueDays(cols, customers, terms, options.defaultTermDays ?? 30);
  const present = (column: readonly unknown[]): boolean =>
    rows.some((i) => column[i] !== null && column[i] !== undefined);
  const all = rows.length === ledger.length;
  return {
    length: n,
    ...cols,
    customers,
    invoiceId: all ? (i) => c.invoiceId[i] ?? "" : (i) => c.invoiceId[rows[i] as number] ?? "",
    currency,
    otherCurrencies,
    has: {
      kvk: present(c.kvk),
      vatId: present(c.vatId),
      iban: present(c.iban),
      creditLimit: present(c.creditLimit),
      settledDate: present(c.settledDate),
    },
  };
}
