/**
 * Leveringsstop advice: whether to stop delivering to a customer on account, with the reasons — the
 * ladder has run its course (every reminder sent, next is the hand-over, or handed over already),
 * the open amount is over the customer's credit limit, a payment arrangement was broken, or the
 * right to reclaim delivered goods (art. 7:44 BW) is about to lapse.
 */
import { compareDays, formatCents, type Cents, type IsoDay, type Text, cents } from "../core";
import type { Ledger } from "../ledger";
import type { Agreements } from "./agreements";
import { defaultPolicy } from "./dunning-policy";
import type { ReclaimWindow } from "./reclaim";

/** Why delivery should stop. */
export type DeliveryStopCode =
  "ladder-done" | "over-limit" | "arrangement-broken" | "reclaim-closing";

/** One reason, with its text. */
export interface DeliveryStopReason {
  code: DeliveryStopCode;
  text: Text;
}

/** The advice for one customer. */
export interface DeliveryStop {
  customerId: string;
  reasons: DeliveryStopReason[];
}

/** What the advice takes besides the ledger and the agreements. */
export interface DeliveryStopOptions {
  /** The windows of the right of reclamation (only for a company that delivers goods). */
  reclaim?: readonly ReclaimWindow[];
  /** The company's terms carry a retention of title (eigendomsvoorbehoud). */
  retentionOfTitle?: boolean;
}

const dutchDay = (day: IsoDay): string => day.split("-").reverse().join("-");

/**
 * The leveringsstop advice per customer on `agreements.asOf` (only customers with a reason), in
 * ledger order. `ledger` should have the kept records applied (the reminder log's stages).
 */
export function deliveryStopAdvice(
  ledger: Ledger,
  agreements: Agreements,
  options: DeliveryStopOptions = {}
): DeliveryStop[] {
  const asOf = agreements.asOf;
  const c = ledger.columns;
  const reasons = new Map<string, DeliveryStopReason[]>();
  const add = (id: string, code: DeliveryStopCode, text: Text) => {
    const list = reasons.get(id) ?? [];
    if (!list.some((r) => r.code === code)) list.push({ code, text });
    reasons.set(id, list);
  };
  const exposure = new Map<
    string,
    { open: number; limit: number | null; done: string[]; handed: string[] }
  >();
  for (let i = 0; i < ledger.length; i++) {
    const id = c.customerId[i] as string;
    const s = exposure.get(id) ?? { open: 0, limit: null, done: [], handed: [] };
    exposure.set(id, s);
    const limit = c.creditLimit[i] ?? null;
    if (limit !== null && s.limit === null) s.limit = limit;
    const open = c.openAmount[i] as number;
    if (c.writtenOff[i] || c.currency[i] !== "EUR") continue;
    s.open += open;
    if (open <= 0) continue;
    const invoiceId = c.invoiceId[i] as string;
    if (c.handedOver[i]) {
      s.handed.push(invoiceId);
      continue;
    }
    const due = c.dueDate[i] ?? null;
    if (due === null || compareDays(due, asOf) >= 0) continue;
    // Every letter before the hand-over sent: the ladder has nothing left but the hand-over.
    const stages = defaultPolicy(c.debtorType[i] === "consumer" ? "consumer" : "business").stages;
    const lastLetter = stages.filter((s2) => s2.kind !== "handover").length;
    if ((c.reminderStage[i] ?? 0) >= lastLetter) s.done.push(invoiceId);
  }
  for (const [id, s] of exposure) {
    if (s.handed.length > 0 || s.done.length > 0) {
      const handed = s.handed.join(", ");
      const done = s.done.join(", ");
      add(id, "ladder-done", {
        nl: [
          s.handed.length > 0 ? `Uit handen gegeven: ${handed}.` : "",
          s.done.length > 0
            ? `Alle aanmaningen verstuurd voor ${done}; de volgende stap is overdracht aan een incassobureau.`
            : "",
        ]
          .filter(Boolean)
          .join(" "),
        en: [
          s.handed.length > 0 ? `Handed over for collection: ${handed}.` : "",
          s.done.length > 0
            ? `Every reminder sent for ${done}; the next step is the hand-over to a collection agency.`
            : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
    }
    if (s.limit !== null && s.open > s.limit)
      add(id, "over-limit", {
        nl: `Openstaand ${formatCents(cents(s.open), "nl")} is boven de kredietlimiet van ${formatCents(s.limit as Cents, "nl")}.`,
        en: `Open ${formatCents(cents(s.open), "en")} is above the credit limit of ${formatCents(s.limit as Cents, "en")}.`,
      });
  }
  for (const a of agreements.arrangements)
    if (a.state === "broken")
      add(a.customerId, "arrangement-broken", {
        nl: `Betalingsregeling ${a.id} niet nagekomen${a.missed ? ` (termijn van ${dutchDay(a.missed.due)})` : ""}.`,
        en: `Payment arrangement ${a.id} broken${a.missed ? ` (instalment of ${a.missed.due})` : ""}.`,
      });
  const title = options.retentionOfTitle === true;
  for (const w of options.reclaim ?? [])
    if (w.closing) add(w.customerId, "reclaim-closing", reclaimText(w, title));
  return [...reasons.entries()].map(([customerId, list]) => ({ customerId, reasons: list }));
}

/** "Recht van reclame op factuur F-1 (€ …) vervalt na 12-01-2027 …", with where the delivery day came from. */
export function reclaimText(w: ReclaimWindow, retentionOfTitle: boolean): Text {
  const fromInvoice = w.deliveredFrom === "invoice-date";
  return {
    nl: `Recht van reclame op factuur ${w.invoiceId} (${formatCents(w.open, "nl")} open) kan nog tot en met ${dutchDay(w.lastDay)} worden ingeroepen (art. 7:44 BW; levering ${dutchDay(w.delivered)}${fromInvoice ? ", aangenomen op de factuurdatum" : ""}).${retentionOfTitle ? " De leveringsvoorwaarden bevatten een eigendomsvoorbehoud." : ""}`,
    en: `The right to reclaim the goods of invoice ${w.invoiceId} (${formatCents(w.open, "en")} open) can be used up to and including ${w.lastDay} (art. 7:44 Dutch Civil Code; delivered ${w.delivered}${fromInvoice ? ", taken as the invoice date" : ""}).${retentionOfTitle ? " The terms of delivery carry a retention of title." : ""}`,
  };
}
