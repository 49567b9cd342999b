/**
 * Use-cases of the "Bellen" view beside the call list and the call card: the options of a
 * conversation run as the user's settings give them (the same tolerance, do-not-remind marks and
 * collection-cost basis as the reminder run of that ledger, the promise grace and the call-list
 * thresholds of Instellingen), and resolving a dispute.
 */
import type { IsoDay } from "../../core";
import type { ConversationEntry, DisputeStatus } from "../../dunning";
import { marksInScope } from "../reminders/do-not-remind";
import type { Settings } from "../settings/settings";
import type { CallOptions } from "./todays-calls";

/**
 * The options of {@link todaysCalls} and {@link callCard} from `settings`, for the ledger whose
 * do-not-remind marks are kept under `scope` (see `markScope`).
 */
export function callOptionsOf(
  settings: Pick<Settings, "toleranceCents" | "doNotRemind" | "letters"> &
    Partial<Pick<Settings, "calls" | "thresholds">>,
  scope: string | null | undefined
): CallOptions {
  const calls = settings.calls;
  return {
    tolerance: settings.toleranceCents as NonNullable<CallOptions["tolerance"]>,
    doNotRemind: marksInScope(settings as Settings, scope),
    costsIncludeVat: settings.letters.costsIncludeVat,
    // "New customer" means the same on the call list as in the credit flags of the analysis.
    ...(settings.thresholds ? { newCustomerDays: settings.thresholds.newCustomerDays } : {}),
    ...(calls
      ? {
          graceDays: calls.promiseGraceDays,
          largeAmount: calls.largeOverdueCents as NonNullable<CallOptions["largeAmount"]>,
          longDays: calls.longOverdueDays,
          goods: {
            deliversGoods: calls.deliversGoods,
            retentionOfTitle: calls.retentionOfTitle,
            reclaimWarningDays: calls.reclaimWarningDays,
          },
        }
      : {}),
  };
}

/** The same dispute row: the log keeps no ids, so a dispute is its customer, day, invoices and reason. */
function sameDispute(a: ConversationEntry, b: ConversationEntry): boolean {
  return (
    a.kind === "dispute" &&
    b.kind === "dispute" &&
    a.customerId === b.customerId &&
    a.date === b.date &&
    a.reason === b.reason &&
    a.invoiceIds.join("\u0000") === b.invoiceIds.join("\u0000")
  );
}

/**
 * The log with `dispute` resolved as `outcome` on `day`: its status set (the invoice then takes its
 * place in the ladder again, or leaves the ledger by credit note or write-off) and the day and a
 * note added to its note. Throws (English message, Dutch `messageNl`) when the log holds no such
 * open dispute, or the outcome is "open".
 */
export function resolveDispute(
  log: readonly ConversationEntry[],
  dispute: ConversationEntry,
  outcome: Exclude<DisputeStatus, "open">,
  day: IsoDay,
  note = ""
): ConversationEntry[] {
  if ((outcome as DisputeStatus) === "open")
    throw Object.assign(new Error("Choose how the dispute was resolved."), {
      messageNl: "Kies hoe het geschil is afgehandeld.",
    });
  const at = log.findIndex((e) => sameDispute(e, dispute) && e.status === "open");
  if (at < 0)
    throw Object.assign(
      new Error(
        `There is no open dispute of ${dispute.date} about invoice ${dispute.invoiceIds.join(", ")} of customer ${dispute.customerId}.`
      ),
      {
        messageNl: `Er is geen open geschil van ${dispute.date} over factuur ${dispute.invoiceIds.join(", ")} van debiteur ${dispute.customerId}.`,
      }
    );
  const entry = log[at] as ConversationEntry;
  const added = [entry.note, `${day}: ${note.trim()}`.replace(/: $/, "")]
    .filter((x) => x !== "")
    .join(" · ");
  return log.map((e, i) => (i === at ? { ...e, status: outcome, note: added } : e));
}
