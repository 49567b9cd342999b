/**
 * A dunning policy (aanmaningsbeleid) as data: the ordered stages of the reminder ladder, when each
 * falls, how it is sent, the payment term it gives and what it may charge. The two defaults follow
 * Dutch practice and law; users may edit copies, which {@link validatePolicy} checks.
 *
 * Law behind the consumer ladder: collection costs (buitengerechtelijke incassokosten) may only be
 * charged to a consumer after a free "14-dagenbrief" that gives 14 days to pay, counted from the day
 * after receipt, and states the exact costs that will follow (art. 6:96 lid 6 BW). For business
 * debtors no such letter is required; statutory commercial interest runs from the due date
 * (art. 6:119a BW) and the ladder claims interest and costs from the aanmaning on.
 */
import { assert, describeValue } from "../core";
import type { DebtorKind } from "../ledger";

/** How a stage reaches the debtor; "phone-task" is a call for the credit controller to make. */
export type DunningChannel = "email" | "letter" | "phone-task";

/** Consumer or business debtor: the ledger's one name for it. */
export type { DebtorKind } from "../ledger";

/** What a stage is, for templates and reports. */
export type StageKind =
  "reminder" | "fourteen-day-letter" | "notice-of-default" | "final-notice" | "handover";

/**
 * When a stage falls:
 * - `due`: `days` calendar days after the invoice's due date (first stage only);
 * - `previous-sent`: `days` calendar days after the previous stage was sent;
 * - `previous-term-end`: on the first business day after the previous stage's payment term has run
 *   out (the consumer ladder's stage after the 14-dagenbrief).
 * The resulting date moves to the next business day when it falls on a weekend or holiday.
 */
export type StageOffset =
  | { from: "due"; days: number }
  | { from: "previous-sent"; days: number }
  | { from: "previous-term-end" };

/**
 * The payment term a stage gives: `days` counted from the day it is sent (`sent`), or from the day
 * after its assumed receipt (`receipt`: sent + the policy's `deliveryDays`). Deadlines that fall on a
 * weekend or holiday move to the next business day (art. 1 Algemene termijnenwet).
 */
export interface StageTerm {
  days: number;
  from: "sent" | "receipt";
}

/** One stage of the ladder. Stage numbers are 1-based positions in {@link Policy.stages}. */
export interface PolicyStage {
  kind: StageKind;
  name: { nl: string; en: string };
  offset: StageOffset;
  channels: readonly DunningChannel[];
  /** The payment term given, or null when the stage gives none (hand-over). */
  term: StageTerm | null;
  mayChargeInterest: boolean;
  mayChargeCollectionCosts: boolean;
  /** Template of the letter or e-mail (templates come with src/documents). */
  templateId: string;
}

/** A reminder ladder for one kind of debtor. */
export interface Policy {
  id: string;
  name: { nl: string; en: string };
  debtor: DebtorKind;
  /** Calendar days between sending a letter and its assumed receipt (default policies: 2). */
  deliveryDays: number;
  stages: readonly PolicyStage[];
}

/** The default ladder for business debtors (B2B). */
export const DEFAULT_B2B_POLICY: Policy = deepFreeze({
  id: "b2b",
  name: { nl: "Zakelijke debiteuren (B2B)", en: "Business debtors (B2B)" },
  debtor: "business",
  deliveryDays: 2,
  stages: [
    {
      kind: "reminder",
      name: { nl: "Herinnering", en: "Reminder" },
      offset: { from: "due", days: 7 },
      channels: ["email"],
      term: { days: 7, from: "sent" },
      mayChargeInterest: false,
      mayChargeCollectionCosts: false,
      templateId: "b2b-1-herinnering",
    },
    {
      kind: "reminder",
      name: { nl: "Tweede herinnering", en: "Second reminder" },
      offset: { from: "previous-sent", days: 14 },
      channels: ["email", "phone-task"],
      term: { days: 7, from: "sent" },
      mayChargeInterest: false,
      mayChargeCollectionCosts: false,
      templateId: "b2b-2-tweede-herinnering",
    },
    {
      kind: "notice-of-default",
      name: { nl: "Aanmaning / ingebrekestelling", en: "Formal notice of default" },
      offset: { from: "previous-sent", days: 14 },
      channels: ["letter", "email"],
      term: { days: 14, from: "sent" },
      mayChargeInterest: true,
      mayChargeCollectionCosts: true,
      templateId: "b2b-3-ingebrekestelling",
    },
    {
      kind: "final-notice",
      name: { nl: "Laatste aanmaning", en: "Final notice" },
      offset: { from: "previous-sent", days: 14 },
      channels: ["letter", "email"],
      term: { days: 7, from: "sent" },
      mayChargeInterest: true,
      mayChargeCollectionCosts: true,
      templateId: "b2b-4-laatste-aanmaning",
    },
    {
      kind: "handover",
      name: { nl: "Overdracht incassobureau", en: "Handed over to collection agency" },
      offset: { from: "previous-sent", days: 8 },
      channels: ["letter"],
      term: null,
      mayChargeInterest: true,
      mayChargeCollectionCosts: true,
      templateId: "b2b-5-overdracht",
    },
  ],
});

/** The default ladder for consumer debtors (B2C), with the 14-dagenbrief of art. 6:96 lid 6 BW. */
export const DEFAULT_B2C_POLICY: Policy = deepFreeze({
  id: "b2c",
  name: { nl: "Particuliere debiteuren (B2C)", en: "Consumer debtors (B2C)" },
  debtor: "consumer",
  deliveryDays: 2,
  stages: [
    {
      kind: "reminder",
      name: { nl: "Herinnering", en: "Reminder" },
      offset: { from: "due", days: 7 },
      channels: ["email"],
      term: { days: 7, from: "sent" },
      mayChargeInterest: false,
      mayChargeCollectionCosts: false,
      templateId: "b2c-1-herinnering",
    },
    {
      kind: "fourteen-day-letter",
      name: { nl: "14-dagenbrief", en: "14-day letter" },
      offset: { from: "previous-sent", days: 14 },
      channels: ["letter", "email"],
      term: { days: 14, from: "receipt" },
      mayChargeInterest: false,
      mayChargeCollectionCosts: false,
      templateId: "b2c-2-14-dagenbrief",
    },
    {
      kind: "notice-of-default",
      name: { nl: "Ingebrekestelling / laatste aanmaning", en: "Notice of default / final notice" },
      offset: { from: "previous-term-end" },
      channels: ["letter", "email"],
      term: { days: 7, from: "sent" },
      mayChargeInterest: true,
      mayChargeCollectionCosts: true,
      templateId: "b2c-3-ingebrekestelling",
    },
    {
      kind: "handover",
      name: { nl: "Overdracht incassobureau", en: "Handed over to collection agency" },
      offset: { from: "previous-sent", days: 8 },
      channels: ["letter"],
      term: null,
      mayChargeInterest: true,
      mayChargeCollectionCosts: true,
      templateId: "b2c-4-overdracht",
    },
  ],
});

/** The default policy for a kind of debtor. */
export function defaultPolicy(debtor: DebtorKind): Policy {
  return debtor === "consumer" ? DEFAULT_B2C_POLICY : DEFAULT_B2B_POLICY;
}

function isDayCount(n: unknown, min: number): boolean {
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= 3660;
}

/**
 * Checks an (edited) policy and returns it: at least one stage; the first stage counts from the due
 * date with at least 1 day (nothing is reminded on or before the due date) and the others from the
 * previous stage; a `previous-term-end` stage follows a stage with a term; day counts are whole
 * numbers 0..3660 (the term at least 1); `deliveryDays` 0..30.
 */
export function validatePolicy(policy: Policy): Policy {
  const id = describeValue(policy?.id);
  assert(
    Array.isArray(policy?.stages) && policy.stages.length > 0,
    "policy.no-stages",
    `Policy ${id} has no stages.`
  );
  assert(
    isDayCount(policy.deliveryDays, 0) && policy.deliveryDays <= 30,
    "policy.invalid-delivery-days",
    `Policy ${id}: delivery days ${describeValue(policy.deliveryDays)} is not a whole number 0..30.`
  );
  policy.stages.forEach((stage, index) => {
    const where = `Policy ${id}, stage ${index + 1}`;
    const offset = stage.offset;
    if (index === 0) {
      assert(
        offset.from === "due" && isDayCount(offset.days, 1),
        "policy.invalid-offset",
        `${where}: the first stage must fall at least 1 day after the due date.`
      );
    } else if (offset.from === "previous-term-end") {
      assert(
        policy.stages[index - 1]?.term != null,
        "policy.invalid-offset",
        `${where} counts from the previous stage's term, but that stage gives no term.`
      );
    } else {
      assert(
        offset.from === "previous-sent" && isDayCount(offset.days, 0),
        "policy.invalid-offset",
        `${where}: offset ${JSON.stringify(offset)} must count whole days from the previous stage.`
      );
    }
    assert(
      stage.term === null ||
        (isDayCount(stage.term.days, 1) && ["sent", "receipt"].includes(stage.term.from)),
      "policy.invalid-term",
      `${where}: term ${JSON.stringify(stage.term)} is not a number of days from "sent" or "receipt".`
    );
    assert(
      typeof stage.name?.nl === "string" && typeof stage.name?.en === "string",
      "policy.invalid-name",
      `${where} needs a Dutch and an English name.`
    );
  });
  return policy;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
