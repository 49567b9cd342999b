// Custom functions for the reminder ladder, the Dutch business-day calendar, VAT relief on bad debts
// and the identity checks on new customers. Dutch names in functions/locale/nl/reminders.json.
/* global CustomFunctions */
import {
  describeValue,
  addBusinessDays,
  checkIban,
  checkKvk,
  centsFromEuros,
  centsToEuros,
  checkVatId,
  vatReliefAmount,
  vatReliefDate,
  compareDays,
  CoreError,
} from "../src/core";
import { nextReminder } from "../src/dunning";
import { ArgumentError, dateResult, dayArg, isBlankArg, isOutOfCalendar } from "./args";
import { guarded } from "./guarded";
import {
  debtorArg,
  identifierArg,
  languageArg,
  stageArg,
  vatRateArg,
  wholeNumberArg,
} from "./reminders-args";
import { today } from "./today";

/** A core error about one argument becomes an ArgumentError naming it. */
function about<T>(argument: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CoreError && !isOutOfCalendar(error)) {
      throw new ArgumentError(argument, error.message);
    }
    throw error;
  }
}

/**
 * The date the next reminder stage falls on for an invoice, moved to a business day (Dutch holidays). Format the cell as a date.
 * @customfunction NEXTREMINDER
 * @helpurl https://localhost:3000/support.html#en-nextreminder
 * @param due_date The due date of the invoice.
 * @param [last_stage] The last reminder stage sent (1 = first reminder); none sent when omitted.
 * @param [last_sent] The date the last stage was sent; needed when last_stage is 1 or more.
 * @param [debtor_type] "business" or "consumer" (also zakelijk/particulier, B2B/B2C); business when omitted.
 * @returns The date of the next stage; #N/A when every stage has been sent.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
export function nextReminderFunction(
  due_date: any,
  last_stage?: any,
  last_sent?: any,
  debtor_type?: any
): number {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return guarded(() => {
    const due = dayArg("due_date", due_date);
    const lastStage = stageArg("last_stage", last_stage);
    const lastSent = lastStage > 0 ? dayArg("last_sent", last_sent) : undefined;
    const debtor = debtorArg("debtor_type", debtor_type);
    let finished = false;
    const serial = dateResult("The next reminder", () => {
      const next = nextReminder({ due, lastStage, lastSent, debtor });
      finished = next === null;
      return next?.date ?? due;
    });
    if (finished) {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.notAvailable,
        "Every stage of the ladder has been sent."
      );
    }
    return serial;
  });
}

/**
 * The reminder stage that is due for an invoice on a date, by name; empty when none is due. Looks at today when as_of is left out (recalculated daily); give as_of to pin the day.
 * @customfunction REMINDERSTAGE
 * @volatile
 * @helpurl https://localhost:3000/support.html#en-reminderstage
 * @param due_date The due date of the invoice.
 * @param [as_of] The date of the reminder run; today when omitted.
 * @param [last_stage] The last reminder stage sent; none when omitted.
 * @param [last_sent] The date the last stage was sent; needed when last_stage is 1 or more.
 * @param [debtor_type] "business" or "consumer" (also zakelijk/particulier, B2B/B2C); business when omitted.
 * @param [language] Language of the stage name: "nl" or "en"; Dutch when omitted.
 * @returns The name of the stage to send now, or empty text when no stage is due.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cell values */
export function reminderStageFunction(
  due_date: any,
  as_of?: any,
  last_stage?: any,
  last_sent?: any,
  debtor_type?: any,
  language?: any
): string {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return guarded(() => {
    const due = dayArg("due_date", due_date);
    const asOf = isBlankArg(as_of) ? today() : dayArg("as_of", as_of);
    const lastStage = stageArg("last_stage", last_stage);
    const lastSent = lastStage > 0 ? dayArg("last_sent", last_sent) : undefined;
    const input = {
      due,
      lastStage,
      lastSent,
      debtor: debtorArg("debtor_type", debtor_type),
      language: languageArg("language", language),
    };
    let next: ReturnType<typeof nextReminder>;
    try {
      next = nextReminder(input);
    } catch (error) {
      // The next stage falls after 9999-12-31: it is not due on any day Excel can show.
      if (isOutOfCalendar(error)) return "";
      throw error;
    }
    return next !== null && compareDays(next.date, asOf) <= 0 ? next.name : "";
  });
}

/**
 * A date a number of business days before or after a start date, skipping weekends and the Dutch holidays of the Algemene termijnenwet. Format the cell as a date.
 * @customfunction WORKDAY
 * @helpurl https://localhost:3000/support.html#en-workday
 * @param start The start date (not counted).
 * @param days Business days to add; negative to go back.
 * @returns The date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function workdayFunction(start: any, days: any): number {
  return guarded(() => {
    const from = dayArg("start", start);
    if (isBlankArg(days)) throw new ArgumentError("days", "the number of days is empty");
    const n = wholeNumberArg("days", days, 0);
    const count = Math.abs(n) === 1 ? "1 business day" : `${Math.abs(n)} business days`;
    const what = `The day ${count} ${n < 0 ? "before" : "after"} ${from}`;
    return dateResult(what, () => about("days", () => addBusinessDays(from, n)));
  });
}

/**
 * The day an unpaid invoice counts as uncollectable at the latest, so its VAT can be reclaimed: one year after the final payment date. Format the cell as a date.
 * @customfunction VATRELIEFDATE
 * @helpurl https://localhost:3000/support.html#en-vatreliefdate
 * @param due_date The agreed final payment date (no agreed date: 30 days after the customer received the invoice).
 * @returns The date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function vatReliefDateFunction(due_date: any): number {
  return guarded(() => {
    const due = dayArg("due_date", due_date);
    return dateResult(`One year after ${due}`, () => vatReliefDate(due));
  });
}

/**
 * The VAT contained in an unpaid amount including VAT, to the cent (half a cent rounds up).
 * @customfunction VATRELIEF
 * @helpurl https://localhost:3000/support.html#en-vatrelief
 * @param open_amount The unpaid amount including VAT, in euros.
 * @param [vat_rate] The VAT rate, such as 21% or 9%; 21% when omitted.
 * @returns The VAT amount in euros.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function vatReliefFunction(open_amount: any, vat_rate?: any): number {
  return guarded(() => {
    const amount = typeof open_amount === "string" ? Number(open_amount.trim()) : open_amount;
    if (
      typeof amount !== "number" ||
      !Number.isFinite(amount) ||
      amount < 0 ||
      isBlankArg(open_amount)
    ) {
      throw new ArgumentError(
        "open_amount",
        `${describeValue(open_amount)} is not an amount of zero or more`
      );
    }
    const open = about("open_amount", () => centsFromEuros(amount));
    return centsToEuros(vatReliefAmount(open, vatRateArg("vat_rate", vat_rate)));
  });
}

/**
 * TRUE when the text is a valid IBAN (structure of its country and check digits).
 * @customfunction CHECKIBAN
 * @helpurl https://localhost:3000/support.html#en-checkiban
 * @param text The IBAN, spaces allowed.
 * @returns TRUE or FALSE.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function checkIbanFunction(text: any): boolean {
  return guarded(() => checkIban(identifierArg(text)).ok);
}

/**
 * TRUE when the text is a valid Dutch VAT number (btw-id): NL, 9 digits, B, 2 digits, passing the 11-test or mod 97.
 * @customfunction CHECKVAT
 * @helpurl https://localhost:3000/support.html#en-checkvat
 * @param text The VAT number, such as NL004495445B01.
 * @returns TRUE or FALSE.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function checkVatFunction(text: any): boolean {
  return guarded(() => checkVatId(identifierArg(text)).ok);
}

/**
 * TRUE when the text is shaped like a KvK number: exactly 8 digits (KvK numbers have no check digit).
 * @customfunction CHECKKVK
 * @helpurl https://localhost:3000/support.html#en-checkkvk
 * @param text The KvK number.
 * @returns TRUE or FALSE.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function checkKvkFunction(text: any): boolean {
  return guarded(() => checkKvk(identifierArg(text)).ok);
}
