/**
 * Why an open invoice is left out of a reminder run, in Dutch and English as a credit controller
 * would note it next to the item.
 */
import { type IsoDay, formatCents, type Cents } from "../core";
import type { ReminderStop } from "./do-not-remind";

/** The reasons an open invoice gets no reminder, in order of precedence. */
export type ExclusionReason =
  | "other-currency"
  | "written-off"
  | "handed-over"
  | "disputed"
  | "do-not-remind"
  | "no-due-date"
  | "not-due"
  | "arrangement"
  | "promise"
  | "below-tolerance"
  | "missing-reminder-date"
  | "ladder-finished"
  | "covered-by-credit"
  | "waiting";

/** An open invoice the run leaves out. */
export interface ReminderExclusion {
  /**
   * For "handed-over": to whom, when Openstaand's own hand-over records say so (a factoring batch
   * reads "Overgedragen aan de factor"); absent: the incassobureau, or the ledger's own flag.
   */
  handedOverTo?: "collection" | "factoring";
  invoiceId: string;
  sheetRow: number;
  customerId: string;
  customerName: string | null;
  dueDate: IsoDay | null;
  openAmount: Cents;
  currency: string;
  reason: ExclusionReason;
  /** Stage last sent (0: none). */
  lastStage: number;
  /**
   * For "waiting": the day the next stage falls; for "arrangement": the next instalment's day; for
   * "do-not-remind": the stop's last day (null: no end); for "promise": the last day the promise
   * (promised day plus the grace) holds the ladder.
   */
  date: IsoDay | null;
  /** For "below-tolerance": the tolerance. */
  tolerance: Cents | null;
  /** For "arrangement": the arrangement's id. */
  arrangementId: string | null;
  /** For "do-not-remind": the mark that stops it (ledger or user), with its reason. */
  stop: ReminderStop | null;
}

function dutchDay(day: IsoDay | null): string {
  if (day === null) return "?";
  const [y, m, d] = day.split("-");
  return `${d}-${m}-${y}`;
}

/** The reason for `exclusion` as one line of text in `language`. */
export function describeExclusion(exclusion: ReminderExclusion, language: "nl" | "en"): string {
  const e = exclusion;
  const nl = language === "nl";
  const day = nl ? dutchDay(e.date) : (e.date ?? "?");
  const due = nl ? dutchDay(e.dueDate) : (e.dueDate ?? "?");
  switch (e.reason) {
    case "other-currency":
      return nl
        ? `Post in ${e.currency}: alleen posten in euro worden automatisch aangemaand.`
        : `Item in ${e.currency}: only euro items are reminded automatically.`;
    case "written-off":
      return nl ? "Afgeschreven als oninbaar." : "Written off as uncollectable.";
    case "handed-over":
      if (e.handedOverTo === "factoring")
        return nl ? "Overgedragen aan de factor." : "Assigned to the factor.";
      return nl
        ? "Uit handen gegeven aan het incassobureau."
        : "Handed over to the collection agency.";
    case "disputed":
      return nl
        ? "Betwist: eerst het geschil met de klant oplossen."
        : "Disputed: resolve the dispute with the customer first.";
    case "do-not-remind":
      return stopText(e.stop, day, nl);
    case "no-due-date":
      return nl ? "Geen vervaldatum bekend." : "No due date known.";
    case "not-due":
      return nl ? `Nog niet vervallen (vervaldatum ${due}).` : `Not yet due (due ${due}).`;
    case "arrangement":
      return nl
        ? `Betalingsregeling ${e.arrangementId ?? ""} wordt nagekomen${e.date ? `; volgende termijn ${day}` : ""}.`
        : `Payment arrangement ${e.arrangementId ?? ""} is being kept${e.date ? `; next instalment ${day}` : ""}.`;
    case "promise":
      return nl
        ? `Betalingsbelofte: de klant heeft betaling toegezegd; de herinneringen wachten t/m ${day}.`
        : `Promise to pay: the customer has promised payment; reminders wait until ${day}.`;
    case "below-tolerance": {
      const tolerance = e.tolerance ?? (0 as Cents);
      return nl
        ? `Openstaand ${formatCents(e.openAmount, "nl")} is minder dan de ondergrens van ${formatCents(tolerance, "nl")}.`
        : `Open amount ${formatCents(e.openAmount, "en")} is below the minimum of ${formatCents(tolerance, "en")}.`;
    }
    case "missing-reminder-date":
      return nl
        ? `Stap ${e.lastStage} is verstuurd maar de datum ontbreekt: vul de herinneringsdatum in.`
        : `Stage ${e.lastStage} was sent but its date is missing: fill in the reminder date.`;
    case "ladder-finished":
      return nl
        ? `Alle stappen van de aanmaningsprocedure zijn verstuurd (stap ${e.lastStage}).`
        : `Every stage of the reminder ladder has been sent (stage ${e.lastStage}).`;
    case "covered-by-credit":
      return nl
        ? "Gedekt door openstaande creditnota's: verrekenen in plaats van aanmanen."
        : "Covered by open credit notes: offset them instead of sending a reminder.";
    case "waiting":
      return nl ? `Volgende stap pas op ${day}.` : `Next stage not due until ${day}.`;
  }
}

function stopText(stop: ReminderStop | null, until: string, nl: boolean): string {
  const end = stop?.until ? (nl ? ` t/m ${until}` : ` until ${until}`) : "";
  if (stop?.source === "user") {
    const who = nl
      ? stop.scope === "customer"
        ? "klant"
        : "factuur"
      : stop.scope === "customer"
        ? "customer"
        : "invoice";
    const reason = stop.reason?.trim().replace(/[.\s]+$/, "") ?? "";
    const why = reason ? `: ${reason}` : "";
    return nl ? `Niet aanmanen (${who})${end}${why}.` : `Do not remind (${who})${end}${why}.`;
  }
  const status = stop?.reason ? ` "${stop.reason}"` : "";
  if (status !== "")
    return nl
      ? `Niet aanmanen volgens de debiteurenlijst (status${status}).`
      : `Do not remind according to the ledger (status${status}).`;
  return nl
    ? "Niet aanmanen volgens de debiteurenlijst (aanmaningsstop aangevinkt)."
    : "Do not remind according to the ledger (reminder stop ticked).";
}
