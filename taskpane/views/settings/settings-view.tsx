/**
 * Instellingen: language, ageing edges, reminder minimum, credit-check thresholds, company details
 * and the column mapping, saved through the host's settings use-cases (validated with zod there).
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  COMPANY_FIELDS,
  FIELD_LABELS,
  FIELD_LABELS_NL,
  LEDGER_FIELDS,
  isHostError,
  type Settings,
} from "../../../src/app";
import type { ColumnMatch, LedgerField } from "../../../src/ledger";
import { MORNING_TEXTS } from "../../i18n/texts-morning";
import { AGREEMENT_TEXTS } from "../../i18n/texts-agreements";
import { YIELD_TEXTS } from "../../i18n/texts-yield";
import { basisPoints, percentToBasisPoints, yieldDaysOf } from "../../../src/app";
import { figure } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";

const useStyles = makeStyles({
  form: { display: "grid", gap: "14px", maxWidth: "720px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: "10px 16px",
  },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    gap: "8px",
    position: "sticky",
    bottom: 0,
    padding: "10px 0",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type CompanyKey = keyof Settings["company"];
const COMPANY_KEYS: readonly CompanyKey[] = COMPANY_FIELDS;

interface Form {
  language: "" | "nl" | "en";
  edges: string;
  tolerance: string;
  newCustomerDays: string;
  exposure: string;
  company: Record<CompanyKey, string>;
  costsIncludeVat: boolean;
  factoringMaxDays: string;
  factoringConsumers: boolean;
  morningNotice: boolean;
  keepLastFile: boolean;
  mapping: Partial<Record<LedgerField, string>>;
  creditYield: { days: string; rate: string; target: string };
  calls: {
    graceDays: string;
    firstWithin: string;
    largeOverdue: string;
    longOverdue: string;
    deliversGoods: boolean;
    retentionOfTitle: boolean;
    reclaimWarning: string;
  };
}

function formOf(settings: Settings, lang: Lang): Form {
  return {
    language: settings.language ?? "",
    edges: settings.ageingEdges.join(", "),
    tolerance: figure(settings.toleranceCents / 100, lang, 2),
    newCustomerDays: String(settings.thresholds.newCustomerDays),
    exposure: figure(settings.thresholds.exposureCents / 100, lang, 2),
    company: { ...settings.company },
    costsIncludeVat: settings.letters.costsIncludeVat,
    factoringMaxDays:
      settings.factoring.maxDaysPastDue === null ? "" : String(settings.factoring.maxDaysPastDue),
    factoringConsumers: settings.factoring.includeConsumers,
    morningNotice: settings.morningNotice,
    keepLastFile: settings.keepLastFile,
    mapping: { ...settings.columnMapping },
    creditYield: {
      days: String(settings.creditYield.dsoReductionDays),
      rate: basisPoints(settings.creditYield.financingRateBp, lang).replace(/%$/, ""),
      target: basisPoints(settings.creditYield.badDebtTargetBp, lang).replace(/%$/, ""),
    },
    calls: {
      graceDays: String(settings.calls.promiseGraceDays),
      firstWithin: String(settings.calls.firstInstalmentWithinDays),
      largeOverdue: figure(settings.calls.largeOverdueCents / 100, lang, 2),
      longOverdue: String(settings.calls.longOverdueDays),
      deliversGoods: settings.calls.deliversGoods,
      retentionOfTitle: settings.calls.retentionOfTitle,
      reclaimWarning: String(settings.calls.reclaimWarningDays),
    },
  };
}

/** Cents from "1.234,56" / "1,234.56" / "5"; null when not an amount. */
function centsOf(text: string, lang: Lang): number | null {
  const plain =
    lang === "nl" ? text.replace(/[€\s.]/g, "").replace(",", ".") : text.replace(/[€\s,]/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return null;
  return Math.round(Number(plain) * 100);
}

/** Props of {@link SettingsView}. */
export interface SettingsViewProps {
  settings: Settings;
  /** The columns detected in the last read, to show next to the mapping fields. */
  detected: ColumnMatch[];
  lang: Lang;
  t: Texts;
  onSave(next: Settings): Promise<void>;
  /** The workbench (no Excel): offers to keep the last file instead of opening with the workbook. */
  standalone?: boolean;
  onReset(): Promise<void>;
}

/** The settings form. */
export function SettingsView({
  settings,
  detected,
  lang,
  t,
  onSave,
  onReset,
  standalone = false,
}: SettingsViewProps) {
  const s = useStyles();
  const [form, setForm] = useState<Form>(() => formOf(settings, lang));
  // Success messages are keys, so they show in the language chosen a moment ago.
  const [message, setMessage] = useState<
    { intent: "error"; text: string } | { intent: "success"; key: "saved" | "resetDone" } | null
  >(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => setForm(formOf(settings, lang)), [settings, lang]);

  const labels = lang === "nl" ? FIELD_LABELS_NL : FIELD_LABELS;
  const found = new Map(detected.map((m) => [m.field, m]));

  const submit = async () => {
    setMessage(null);
    const edges = form.edges
      .split(/[;,\s]+/)
      .filter(Boolean)
      .map((x) => (/^\d+$/.test(x) ? Number(x) : NaN));
    const tolerance = centsOf(form.tolerance, lang);
    const exposure = centsOf(form.exposure, lang);
    const days = /^\d+$/.test(form.newCustomerDays.trim()) ? Number(form.newCustomerDays) : NaN;
    const maxDaysText = form.factoringMaxDays.trim();
    const maxDays =
      maxDaysText === "" ? null : /^\d{1,4}$/.test(maxDaysText) ? Number(maxDaysText) : NaN;
    const problem =
      edges.length === 0 || edges.some(Number.isNaN)
        ? t.invalidNumber(t.ageingEdges)
        : tolerance === null
          ? t.invalidEuro(t.tolerance)
          : exposure === null
            ? t.invalidEuro(t.exposure)
            : Number.isNaN(days)
              ? t.invalidNumber(t.newCustomerDays)
              : Number.isNaN(maxDays)
                ? t.invalidNumber(t.factoringMaxDays)
                : null;
    const a = AGREEMENT_TEXTS[lang];
    const whole = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text) : NaN);
    const callNumbers = {
      promiseGraceDays: whole(form.calls.graceDays),
      firstInstalmentWithinDays: whole(form.calls.firstWithin),
      longOverdueDays: whole(form.calls.longOverdue),
      reclaimWarningDays: whole(form.calls.reclaimWarning),
    };
    const largeOverdue = centsOf(form.calls.largeOverdue, lang);
    const callProblem = Number.isNaN(callNumbers.promiseGraceDays)
      ? t.invalidNumber(a.graceDays)
      : Number.isNaN(callNumbers.firstInstalmentWithinDays)
        ? t.invalidNumber(a.firstWithin)
        : largeOverdue === null
          ? t.invalidEuro(a.largeOverdue)
          : Number.isNaN(callNumbers.longOverdueDays)
            ? t.invalidNumber(a.longOverdue)
            : Number.isNaN(callNumbers.reclaimWarningDays)
              ? t.invalidNumber(a.reclaimWarning)
              : null;
    const y = YIELD_TEXTS[lang];
    const gains = {
      dsoReductionDays: yieldDaysOf(form.creditYield.days),
      financingRateBp: percentToBasisPoints(form.creditYield.rate),
      badDebtTargetBp: percentToBasisPoints(form.creditYield.target),
    };
    const yieldProblem =
      gains.dsoReductionDays === null
        ? y.invalidDays(y.settingDays)
        : gains.financingRateBp === null
          ? y.invalidPercent(y.settingRate)
          : gains.badDebtTargetBp === null
            ? y.invalidPercent(y.settingTarget)
            : null;
    if (yieldProblem !== null) {
      setMessage({ intent: "error", text: yieldProblem });
      return;
    }
    if (
      problem ||
      callProblem ||
      tolerance === null ||
      exposure === null ||
      largeOverdue === null
    ) {
      setMessage({ intent: "error", text: problem ?? callProblem ?? "" });
      return;
    }
    const mapping: Partial<Record<LedgerField, string>> = {};
    for (const [field, value] of Object.entries(form.mapping)) {
      if (value && value.trim()) mapping[field as LedgerField] = value.trim();
    }
    const next: Settings = {
      ...settings,
      language: form.language === "" ? null : form.language,
      ageingEdges: edges,
      toleranceCents: tolerance,
      thresholds: { newCustomerDays: days, exposureCents: exposure },
      company: form.company,
      letters: { ...settings.letters, costsIncludeVat: form.costsIncludeVat },
      factoring: { maxDaysPastDue: maxDays, includeConsumers: form.factoringConsumers },
      morningNotice: form.morningNotice,
      keepLastFile: form.keepLastFile,
      columnMapping: mapping,
      creditYield: {
        dsoReductionDays: gains.dsoReductionDays ?? settings.creditYield.dsoReductionDays,
        financingRateBp: gains.financingRateBp ?? settings.creditYield.financingRateBp,
        badDebtTargetBp: gains.badDebtTargetBp ?? settings.creditYield.badDebtTargetBp,
      },
      calls: {
        ...callNumbers,
        largeOverdueCents: largeOverdue,
        deliversGoods: form.calls.deliversGoods,
        retentionOfTitle: form.calls.retentionOfTitle,
      },
    };
    setSaving(true);
    try {
      await onSave(next);
      setMessage({ intent: "success", key: "saved" });
    } catch (error) {
      setMessage({
        intent: "error",
        text: isHostError(error) ? error.messageIn(lang) : String(error),
      });
    } finally {
      setSaving(false);
    }
  };

  const companyLabel: Record<CompanyKey, string> = {
    name: t.companyName,
    address: t.address,
    postcode: t.postcode,
    city: t.city,
    kvk: t.kvk,
    vatId: t.vatId,
    iban: t.iban,
    email: t.email,
    phone: t.phone,
    contact: t.signatory,
  };

  return (
    <form
      className={s.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text className={s.intro}>{t.settingsIntro}</Text>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>
            {message.intent === "error" ? message.text : t[message.key]}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={t.language}>
        <Select
          value={form.language}
          onChange={(_, d) => setForm({ ...form, language: d.value as Form["language"] })}
          data-testid="language"
        >
          <option value="">{t.languageAuto}</option>
          <option value="nl">{t.dutch}</option>
          <option value="en">{t.english}</option>
        </Select>
      </Field>
      <div className={s.grid}>
        <Field label={t.ageingEdges} hint={t.ageingEdgesHint}>
          <Input value={form.edges} onChange={(_, d) => setForm({ ...form, edges: d.value })} />
        </Field>
        <Field label={t.tolerance} hint={t.toleranceHint}>
          <Input
            value={form.tolerance}
            inputMode="decimal"
            onChange={(_, d) => setForm({ ...form, tolerance: d.value })}
          />
        </Field>
        <Field label={t.newCustomerDays}>
          <Input
            value={form.newCustomerDays}
            inputMode="numeric"
            onChange={(_, d) => setForm({ ...form, newCustomerDays: d.value })}
          />
        </Field>
        <Field label={t.exposure} hint={t.exposureHint}>
          <Input
            value={form.exposure}
            inputMode="decimal"
            onChange={(_, d) => setForm({ ...form, exposure: d.value })}
          />
        </Field>
      </div>

      <Subtitle2 as="h2">{YIELD_TEXTS[lang].heading}</Subtitle2>
      <div className={s.grid}>
        {(
          [
            ["days", "settingDays", "settingDaysHint", "numeric"],
            ["rate", "settingRate", "settingRateHint", "decimal"],
            ["target", "settingTarget", "settingTargetHint", "decimal"],
          ] as const
        ).map(([key, label, hint, mode]) => (
          <Field key={key} label={YIELD_TEXTS[lang][label]} hint={YIELD_TEXTS[lang][hint]}>
            <Input
              value={form.creditYield[key]}
              inputMode={mode}
              data-testid={`yield-setting-${key}`}
              onChange={(_, d) =>
                setForm({ ...form, creditYield: { ...form.creditYield, [key]: d.value } })
              }
            />
          </Field>
        ))}
      </div>

      <Subtitle2 as="h2">{AGREEMENT_TEXTS[lang].heading}</Subtitle2>
      <div className={s.grid}>
        {(
          [
            ["graceDays", "numeric"],
            ["firstWithin", "numeric"],
            ["largeOverdue", "decimal"],
            ["longOverdue", "numeric"],
            ["reclaimWarning", "numeric"],
          ] as const
        ).map(([key, mode]) => (
          <Field
            key={key}
            label={AGREEMENT_TEXTS[lang][key]}
            {...(key === "graceDays" ? { hint: AGREEMENT_TEXTS[lang].graceDaysHint } : {})}
          >
            <Input
              value={form.calls[key]}
              inputMode={mode}
              data-testid={`calls-${key}`}
              onChange={(_, d) => setForm({ ...form, calls: { ...form.calls, [key]: d.value } })}
            />
          </Field>
        ))}
      </div>
      <Field hint={AGREEMENT_TEXTS[lang].deliversGoodsHint}>
        <Checkbox
          checked={form.calls.deliversGoods}
          data-testid="calls-delivers-goods"
          label={AGREEMENT_TEXTS[lang].deliversGoods}
          onChange={(_, d) =>
            setForm({ ...form, calls: { ...form.calls, deliversGoods: d.checked === true } })
          }
        />
      </Field>
      <Checkbox
        checked={form.calls.retentionOfTitle}
        label={AGREEMENT_TEXTS[lang].retentionOfTitle}
        onChange={(_, d) =>
          setForm({ ...form, calls: { ...form.calls, retentionOfTitle: d.checked === true } })
        }
      />

      <Subtitle2 as="h2" id="company">
        {t.company}
      </Subtitle2>
      <div className={s.grid}>
        {COMPANY_KEYS.map((key) => (
          <Field key={key} label={companyLabel[key]}>
            <Input
              value={form.company[key]}
              onChange={(_, d) =>
                setForm({ ...form, company: { ...form.company, [key]: d.value } })
              }
            />
          </Field>
        ))}
      </div>
      <Checkbox
        checked={form.costsIncludeVat}
        onChange={(_, d) => setForm({ ...form, costsIncludeVat: d.checked === true })}
        label={t.costsIncludeVat}
      />
      <div className={s.grid}>
        <Field label={t.factoringMaxDays} hint={t.factoringMaxDaysHint}>
          <Input
            value={form.factoringMaxDays}
            inputMode="numeric"
            data-testid="factoring-max-days"
            onChange={(_, d) => setForm({ ...form, factoringMaxDays: d.value })}
          />
        </Field>
      </div>
      <Checkbox
        checked={form.factoringConsumers}
        onChange={(_, d) => setForm({ ...form, factoringConsumers: d.checked === true })}
        label={t.factoringConsumers}
      />

      <Subtitle2 as="h2">{MORNING_TEXTS[lang].startHeading}</Subtitle2>
      {standalone ? (
        <Field hint={MORNING_TEXTS[lang].keepFileHint}>
          <Checkbox
            checked={form.keepLastFile}
            data-testid="keep-last-file"
            onChange={(_, d) => setForm({ ...form, keepLastFile: d.checked === true })}
            label={MORNING_TEXTS[lang].keepFile}
          />
        </Field>
      ) : (
        <Field hint={MORNING_TEXTS[lang].consentHint}>
          <Checkbox
            checked={form.morningNotice}
            data-testid="morning-consent"
            onChange={(_, d) => setForm({ ...form, morningNotice: d.checked === true })}
            label={MORNING_TEXTS[lang].consent}
          />
        </Field>
      )}

      <Subtitle2 as="h2" id="mapping">
        {t.mapping}
      </Subtitle2>
      <Text className={s.intro}>{t.mappingIntro}</Text>
      <div className={s.grid}>
        {LEDGER_FIELDS.map((field) => {
          const match = found.get(field);
          return (
            <Field
              key={field}
              label={labels[field]}
              hint={match ? t.detected(`${match.letter}: ${match.header}`) : t.notDetected}
            >
              <Input
                value={form.mapping[field] ?? ""}
                onChange={(_, d) =>
                  setForm({ ...form, mapping: { ...form.mapping, [field]: d.value } })
                }
              />
            </Field>
          );
        })}
      </div>

      <div className={s.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {t.save}
        </Button>
        <Button
          disabled={saving}
          onClick={() =>
            void onReset().then(() => setMessage({ intent: "success", key: "resetDone" }))
          }
        >
          {t.reset}
        </Button>
      </div>
    </form>
  );
}
