/**
 * Overzicht's block "Wat beter debiteurenbeheer oplevert": cash released if DSO falls by N days, the
 * financing cost that saves, and the saving when write-offs fall to a target — each with how it was
 * computed. N, the interest rate and the target are inline inputs (starting from the settings); the
 * figures follow as they are typed, computed by the same model as the report (src/app), and "Bewaar
 * als instelling" keeps them. Compact: it fits a 450 px task pane.
 */
import {
  Button,
  Card,
  Field,
  Input,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import {
  basisPoints,
  creditYield,
  creditYieldBasis,
  creditYieldText,
  percentToBasisPoints as percentToBp,
  yieldDaysOf as wholeDays,
  type CreditYieldInputs,
} from "../../../src/app";
import type { ReportModel } from "../../../src/analytics";
import { formatCents, type Cents } from "../../../src/core";
import type { Lang } from "../../i18n/texts";
import { YIELD_TEXTS } from "../../i18n/texts-yield";

const useStyles = makeStyles({
  card: { padding: "12px 14px", marginBottom: "20px", maxWidth: "900px", rowGap: "8px" },
  inputs: { display: "flex", flexWrap: "wrap", gap: "8px 12px", alignItems: "flex-end" },
  input: { width: "88px" },
  lines: { display: "flex", flexDirection: "column", rowGap: "8px", margin: 0, padding: 0 },
  line: { display: "flex", flexDirection: "column", rowGap: "1px" },
  head: { display: "flex", justifyContent: "space-between", gap: "8px", alignItems: "baseline" },
  label: { fontSize: tokens.fontSizeBase300, minWidth: 0 },
  amount: {
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  total: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  how: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  intro: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
});

/** "€ 1.234,56" kept on one line where a formula wraps. */
const nbsp = (text: string): string => text.replace(/€ /g, "€\u00a0");

const bpText = (bp: number, lang: Lang): string => basisPoints(bp, lang).replace(/%$/, "");

/** Props of {@link CreditYieldBlock}. */
export interface CreditYieldBlockProps {
  report: ReportModel;
  lang: Lang;
  /** Keeps the inputs as the settings (absent: no save button). */
  onSave?(inputs: CreditYieldInputs): Promise<void> | void;
}

/** The yield block of Overzicht. */
export function CreditYieldBlock({ report, lang, onSave }: CreditYieldBlockProps) {
  const s = useStyles();
  const t = YIELD_TEXTS[lang];
  const stored = report.creditYield.inputs;
  const [days, setDays] = useState(String(stored.dsoReductionDays));
  const [rate, setRate] = useState(bpText(stored.financingRateBp, lang));
  const [target, setTarget] = useState(bpText(stored.badDebtTargetBp, lang));
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDays(String(stored.dsoReductionDays));
    setRate(bpText(stored.financingRateBp, lang));
    setTarget(bpText(stored.badDebtTargetBp, lang));
  }, [stored.dsoReductionDays, stored.financingRateBp, stored.badDebtTargetBp, lang]);
  const parsed = {
    dsoReductionDays: wholeDays(days),
    financingRateBp: percentToBp(rate),
    badDebtTargetBp: percentToBp(target),
  };
  const inputs: CreditYieldInputs = {
    dsoReductionDays: parsed.dsoReductionDays ?? stored.dsoReductionDays,
    financingRateBp: parsed.financingRateBp ?? stored.financingRateBp,
    badDebtTargetBp: parsed.badDebtTargetBp ?? stored.badDebtTargetBp,
  };
  const key = `${inputs.dsoReductionDays}/${inputs.financingRateBp}/${inputs.badDebtTargetBp}`;
  const text = useMemo(
    () => creditYieldText(creditYield(creditYieldBasis(report), inputs), lang),
    // `key` stands for `inputs` (a fresh object each render).
    [report, key, lang]
  );
  const changed =
    inputs.dsoReductionDays !== stored.dsoReductionDays ||
    inputs.financingRateBp !== stored.financingRateBp ||
    inputs.badDebtTargetBp !== stored.badDebtTargetBp;
  const bad = (field: string, value: string, ok: boolean) =>
    ok ? undefined : t.badNumber(field, value);
  const money = (c: number | null): string =>
    c === null ? t.notComputable : formatCents(c as Cents, lang);
  return (
    <Card className={s.card} data-testid="credit-yield" aria-labelledby="credit-yield-title">
      <Subtitle2 as="h2" id="credit-yield-title">
        {text.title}
      </Subtitle2>
      <div className={s.inputs}>
        <Field
          label={`${t.dsoDays} (${t.days})`}
          size="small"
          validationMessage={bad(t.dsoDays, days, parsed.dsoReductionDays !== null)}
        >
          <Input
            className={s.input}
            size="small"
            inputMode="numeric"
            value={days}
            data-testid="yield-days"
            onChange={(_, d) => {
              setDays(d.value);
              setSaved(false);
            }}
          />
        </Field>
        <Field
          label={`${t.rate} (${t.percent})`}
          size="small"
          validationMessage={bad(t.rate, rate, parsed.financingRateBp !== null)}
        >
          <Input
            className={s.input}
            size="small"
            inputMode="decimal"
            value={rate}
            data-testid="yield-rate"
            onChange={(_, d) => {
              setRate(d.value);
              setSaved(false);
            }}
          />
        </Field>
        <Field
          label={`${t.target} (${t.percent})`}
          size="small"
          validationMessage={bad(t.target, target, parsed.badDebtTargetBp !== null)}
        >
          <Input
            className={s.input}
            size="small"
            inputMode="decimal"
            value={target}
            data-testid="yield-target"
            onChange={(_, d) => {
              setTarget(d.value);
              setSaved(false);
            }}
          />
        </Field>
      </div>
      <ul className={s.lines} aria-label={text.title} style={{ listStyle: "none" }}>
        {text.lines.map((line) => (
          <li
            key={line.key}
            className={line.key === "yearly" ? `${s.line} ${s.total}` : s.line}
            data-testid={`yield-${line.key}`}
            data-value={line.amount === null ? "null" : String(line.amount)}
          >
            <div className={s.head}>
              <Text className={s.label}>{line.label}</Text>
              <Text className={s.amount}>{money(line.amount)}</Text>
            </div>
            <Text className={s.how} aria-label={`${t.how}: ${line.how}`}>
              {nbsp(line.how)}
            </Text>
          </li>
        ))}
      </ul>
      {onSave && (changed || saved) && (
        <div className={s.row}>
          {changed && (
            <Button
              size="small"
              data-testid="yield-save"
              onClick={() => {
                void Promise.resolve(onSave(inputs)).then(() => setSaved(true));
              }}
            >
              {t.save}
            </Button>
          )}
          {saved && !changed && <Text className={s.intro}>{t.saved}</Text>}
        </div>
      )}
    </Card>
  );
}
