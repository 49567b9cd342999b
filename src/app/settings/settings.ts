/**
 * The add-in's settings (stored as JSON in the workbook, or by the workbench), their zod schema,
 * defaults, and the parse that names the bad key. Money is in integer cents, like everywhere else.
 */
import { DEFAULT_CREDIT_YIELD_INPUTS, DEFAULT_NEW_CUSTOMER_THRESHOLD } from "../../analytics";
import { z } from "zod";
import { isIsoDay, type IsoDay } from "../../core";
import { companySchema, checkPlainTemplate, checkTemplate, templateForm } from "../../documents";
import type { DoNotRemindEntry } from "../../dunning";
import { isLedgerField, type LedgerField } from "../../ledger";
import { HostError } from "../host/host-error";
import { MAX_MAPPING_PROFILES } from "./initial-settings";

const cents = z.number().int().min(0);

/** Template keys: `${templateId}/${language}`, as lettersFor takes them. */
const TEMPLATE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:nl|en)$/;

/** A stored template: plain form (named placeholders) or, without `form`, the older mustache form. */
const templateSchema = z
  .strictObject({
    subject: z.string().max(300),
    body: z.string().max(20000),
    form: z.enum(["plain", "mustache"]).optional(),
  })
  .superRefine((template, ctx) => {
    const check = templateForm(template) === "plain" ? checkPlainTemplate : checkTemplate;
    for (const part of ["subject", "body"] as const) {
      const problems = check(template[part]);
      if (problems.length > 0)
        ctx.addIssue({ code: "custom", path: [part], message: `template: ${problems.join(" ")}` });
    }
  });

const templatesSchema = z
  .record(z.string(), templateSchema)
  .superRefine((templates, ctx) => {
    for (const key of Object.keys(templates))
      if (!TEMPLATE_KEY.test(key))
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "must be a template id and language such as b2b-1-herinnering/nl",
        });
  })
  .default({});

const edgesSchema = z
  .array(z.number().int().min(1))
  .min(1)
  .superRefine((edges, ctx) => {
    edges.forEach((edge, i) => {
      const previous = edges[i - 1];
      if (previous !== undefined && edge <= previous) {
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: `must be larger than the edge before it (${previous})`,
        });
      }
    });
  });

/** One do-not-remind mark (aanmaningsstop) set in the pane. */
const doNotRemindSchema = z.strictObject({
  customerId: z.string().trim().min(1).max(200),
  /** null: every invoice of the customer. */
  invoiceId: z.string().trim().min(1).max(200).nullable().default(null),
  /** Why; shown in the exclusions list. */
  reason: z.string().trim().min(1, "needs a reason").max(300),
  /** Last day the stop holds (inclusive), YYYY-MM-DD; null: until removed. */
  until: z
    .string()
    .refine((v) => isIsoDay(v), "must be a day (YYYY-MM-DD)")
    .nullable()
    .default(null),
  /** The administration the mark belongs to (workbench); null: this workbook's. */
  scope: z.string().trim().min(1).max(200).nullable().default(null),
});

export { MAX_MAPPING_PROFILES };

/** The settings schema; every key has a default so `{}` is a complete, valid settings object. */
export const settingsSchema = z.strictObject({
  version: z.literal(1).default(1),
  /** Language of the task pane and letters; null follows Office's display language. */
  language: z.enum(["nl", "en"]).nullable().default(null),
  /** Ageing bucket edges in days overdue. */
  ageingEdges: edgesSchema.default([30, 60, 90]),
  /** Open amounts below this are not reminded (same default as the dunning engine: € 5,00). */
  toleranceCents: cents.default(500),
  thresholds: z
    .strictObject({
      /** A customer whose first invoice is younger than this many days counts as new. */
      newCustomerDays: z.number().int().min(1).max(3660).default(90),
      /** A new customer (first invoice within newCustomerDays) whose exposure or first order exceeds this is flagged for a credit check (default € 2.500,00, as the analytics). */
      exposureCents: cents.default(DEFAULT_NEW_CUSTOMER_THRESHOLD),
    })
    .prefault({}),
  /**
   * The conversation with debtors (issue 15): how long a promise holds, how soon an arrangement's
   * first instalment must fall, when the call list calls, and the goods a company delivers (recht
   * van reclame, eigendomsvoorbehoud).
   */
  calls: z
    .strictObject({
      /** Days after a promised or instalment day before it counts as missed. */
      promiseGraceDays: z.number().int().min(0).max(60).default(3),
      /** An arrangement's first instalment must fall within this many days of the agreement. */
      firstInstalmentWithinDays: z.number().int().min(1).max(365).default(14),
      /** Overdue at or above this puts a customer on the call list (default € 5.000,00). */
      largeOverdueCents: cents.default(500_000),
      /** An invoice more than this many days overdue puts a customer on the call list. */
      longOverdueDays: z.number().int().min(1).max(3660).default(60),
      /** The company delivers goods: its invoices carry the recht van reclame (art. 7:44 BW). */
      deliversGoods: z.boolean().default(false),
      /** The company's terms carry a retention of title (eigendomsvoorbehoud). */
      retentionOfTitle: z.boolean().default(false),
      /** A reclaim window closing within this many days is a reason to call and to stop delivery. */
      reclaimWarningDays: z.number().int().min(0).max(365).default(14),
    })
    .prefault({}),
  /**
   * What better credit control yields (Overzicht, the report): DSO lower by this many days, the
   * company's yearly interest rate on borrowed money and the bad-debt rate aimed for, both in basis
   * points (600 = 6,00 %).
   */
  creditYield: z
    .strictObject({
      dsoReductionDays: z
        .number()
        .int()
        .min(0)
        .max(365)
        .default(DEFAULT_CREDIT_YIELD_INPUTS.dsoReductionDays),
      financingRateBp: z
        .number()
        .int()
        .min(0)
        .max(10_000)
        .default(DEFAULT_CREDIT_YIELD_INPUTS.financingRateBp),
      badDebtTargetBp: z
        .number()
        .int()
        .min(0)
        .max(10_000)
        .default(DEFAULT_CREDIT_YIELD_INPUTS.badDebtTargetBp),
    })
    .prefault({}),
  /** Company details printed on letters. */
  company: companySchema.prefault({}),
  /** How letters charge: the creditor cannot deduct VAT, so collection costs include 21 % VAT. */
  letters: z.strictObject({ costsIncludeVat: z.boolean().default(false) }).prefault({}),
  /**
   * Factoring selection: invoices more than `maxDaysPastDue` days past due (null: no limit) and,
   * unless `includeConsumers`, invoices on consumers stay out — factors do not advance on them.
   */
  factoring: z
    .strictObject({
      maxDaysPastDue: z.number().int().min(0).max(3660).nullable().default(90),
      includeConsumers: z.boolean().default(false),
    })
    .prefault({}),
  /** Letter templates edited in the task pane, by `${templateId}/${language}`; the rest are the defaults. */
  templates: templatesSchema,
  /** Ledger field -> header text or column letter, overriding header detection. */
  columnMapping: z
    .record(z.string(), z.string().trim().min(1))
    .superRefine((mapping, ctx) => {
      for (const key of Object.keys(mapping)) {
        if (!isLedgerField(key))
          ctx.addIssue({ code: "custom", path: [key], message: "is not a ledger field" });
      }
    })
    .default({}),
  /**
   * Column mappings the user confirmed in the mapping dialog, per header signature of the export
   * (its header row, normalised: "factuurnr|naam|debnr|…"): applied when that export comes back.
   */
  mappingProfiles: z
    .record(
      z.string().min(1).max(4000),
      z.record(z.string(), z.string().trim().min(1)).superRefine((mapping, ctx) => {
        for (const key of Object.keys(mapping)) {
          if (!isLedgerField(key))
            ctx.addIssue({ code: "custom", path: [key], message: "is not a ledger field" });
        }
      })
    )
    .superRefine((profiles, ctx) => {
      if (Object.keys(profiles).length > MAX_MAPPING_PROFILES)
        ctx.addIssue({
          code: "custom",
          message: `must hold at most ${MAX_MAPPING_PROFILES} mappings`,
        });
    })
    .default({}),
  /**
   * Do not remind: customers (invoiceId null) or invoices the reminder run leaves out, each with a
   * reason and an optional last day; kept with the workbook like the other settings.
   */
  doNotRemind: z.array(doNotRemindSchema).max(5000).default([]),
  /**
   * The user's consent to the morning notice: in Excel, Openstaand opens with this workbook
   * (Office.addin.setStartupBehavior) and says what needs attention today. Off until the user ticks it.
   */
  morningNotice: z.boolean().default(false),
  /**
   * The user's consent to keep the last opened file in the browser (the workbench), to offer it
   * again after a reload; never sent anywhere. Off until the user ticks it.
   */
  keepLastFile: z.boolean().default(false),
  /** Overrides of the dunning policy; free-form until the dunning engine validates it. */
  dunningPolicy: z.record(z.string(), z.unknown()).nullable().default(null),
});

/** Settings after validation, with every default filled in. */
export type Settings = z.output<typeof settingsSchema> & {
  columnMapping: Partial<Record<LedgerField, string>>;
  mappingProfiles: Record<string, Partial<Record<LedgerField, string>>>;
  doNotRemind: (DoNotRemindEntry & { until: IsoDay | null; scope: string | null })[];
};

/** The settings when none are stored. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({}) as Settings;

/**
 * Validates stored settings: `null` (nothing stored) gives the defaults, missing keys get their
 * default. Throws a HostError "settings" naming every bad key and how to recover.
 */
export function parseSettings(text: string | null): Settings {
  if (text === null || text.trim() === "") return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new HostError(
      "settings",
      "The stored Openstaand settings are not valid JSON; reset the settings to start again from the defaults.",
      "De opgeslagen instellingen van Openstaand zijn geen geldige JSON; zet de instellingen terug om met de standaardwaarden verder te gaan.",
      { key: "(all)" },
      error
    );
  }
  return validateSettings(raw);
}

/** Validates a settings object (from a form or storage); throws like {@link parseSettings}. */
export function validateSettings(raw: unknown): Settings {
  const result = settingsSchema.safeParse(raw);
  if (result.success) return result.data as Settings;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.map(String).join(".") || "(all)";
    if (issue.code === "unrecognized_keys") {
      const keys = issue.keys.map((k) => `'${k}'`).join(", ");
      return { key, en: `has unknown key(s) ${keys}`, nl: `bevat onbekende sleutel(s) ${keys}` };
    }
    return { key, en: issue.message, nl: dutchDetail(issue.message) };
  });
  const first = problems[0]?.key ?? "(all)";
  const en = problems.map((p) => `'${p.key}' ${p.en}`).join("; ");
  const nl = problems.map((p) => `'${p.key}' ${p.nl}`).join("; ");
  throw new HostError(
    "settings",
    `The setting ${en}. Correct it in Settings or reset the settings.`,
    `De instelling ${nl}. Pas dit aan bij Instellingen of zet de instellingen terug.`,
    { key: first },
    result.error
  );
}

/** The Dutch for this file's own messages; zod's built-in ones get a general Dutch phrase. */
function dutchDetail(message: string): string {
  const edge = /^must be larger than the edge before it \((\d+)\)$/.exec(message);
  if (edge) return `moet groter zijn dan de grens ervoor (${edge[1]})`;
  const known: Record<string, string> = {
    "must be 8 digits": "moet uit 8 cijfers bestaan",
    "must be a VAT id such as NL123456789B01": "moet een btw-id zijn zoals NL123456789B01",
    "must be a valid IBAN": "moet een geldig IBAN zijn",
    "must be an e-mail address": "moet een e-mailadres zijn",
    "is not a ledger field": "is geen veld van de debiteurenlijst",
    [`must hold at most ${MAX_MAPPING_PROFILES} mappings`]: `mag hoogstens ${MAX_MAPPING_PROFILES} kolomindelingen bevatten`,
    "needs a reason": "heeft een reden nodig",
    "must be a day (YYYY-MM-DD)": "moet een dag zijn (JJJJ-MM-DD)",
    "must be a template id and language such as b2b-1-herinnering/nl":
      "moet een sjabloon-id met taal zijn, zoals b2b-1-herinnering/nl",
  };
  if (message.startsWith("template: ")) return `is geen geldig sjabloon (${message.slice(10)})`;
  return known[message] ?? `heeft een ongeldige waarde (${message})`;
}

/** The JSON text stored for `settings`. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify(validateSettings(settings));
}
