/**
 * The settings the task pane holds before the stored ones are read: the defaults written out, so
 * the pane's first screen needs no zod (issue 14: the initial JS). The stored settings — or, when
 * none are stored, the schema's own defaults (DEFAULT_SETTINGS in settings.ts) — replace them as
 * soon as loadSettings resolves. A key added to the schema with its default belongs here too: the
 * type check says so (Settings is the schema's output), and test/app/settings.test.ts checks they
 * equal DEFAULT_SETTINGS.
 */
import { DEFAULT_CREDIT_YIELD_INPUTS, DEFAULT_NEW_CUSTOMER_THRESHOLD } from "../../analytics";
import type { Settings } from "./settings";

/** Remembered mappings kept at most (the oldest go first; see rememberMapping). */
export const MAX_MAPPING_PROFILES = 50;

export const INITIAL_SETTINGS: Settings = {
  version: 1,
  language: null,
  ageingEdges: [30, 60, 90],
  toleranceCents: 500,
  thresholds: { newCustomerDays: 90, exposureCents: DEFAULT_NEW_CUSTOMER_THRESHOLD },
  calls: {
    promiseGraceDays: 3,
    firstInstalmentWithinDays: 14,
    largeOverdueCents: 500_000,
    longOverdueDays: 60,
    deliversGoods: false,
    retentionOfTitle: false,
    reclaimWarningDays: 14,
  },
  creditYield: {
    dsoReductionDays: DEFAULT_CREDIT_YIELD_INPUTS.dsoReductionDays,
    financingRateBp: DEFAULT_CREDIT_YIELD_INPUTS.financingRateBp,
    badDebtTargetBp: DEFAULT_CREDIT_YIELD_INPUTS.badDebtTargetBp,
  },
  company: {
    name: "",
    address: "",
    postcode: "",
    city: "",
    kvk: "",
    vatId: "",
    iban: "",
    email: "",
    phone: "",
    contact: "",
  },
  letters: { costsIncludeVat: false },
  factoring: { maxDaysPastDue: 90, includeConsumers: false },
  templates: {},
  columnMapping: {},
  mappingProfiles: {},
  doNotRemind: [],
  morningNotice: false,
  keepLastFile: false,
  dunningPolicy: null,
};
