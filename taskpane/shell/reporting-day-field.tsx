/**
 * The header's reporting day (peildatum): the day the analysis is as of, why (today, the demo's
 * day, a chosen day, the last invoice date of a settled-only list), a date field to choose another
 * day, and "Vandaag" / "Laatste maandeinde". Choosing a day reads the source again as of that day.
 */
import { Button, Caption1, Input, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { type ReportingDayBasis, lastMonthEnd } from "../../src/app";
import { isIsoDay, type IsoDay } from "../../src/core";
import { day } from "./format";
import type { Lang } from "../i18n/texts";
import { DAY_TEXTS } from "../i18n/texts-day";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap" },
  input: { width: "150px" },
  basis: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Props of {@link ReportingDayField}. */
export interface ReportingDayFieldProps {
  /** The day the analysis is as of. */
  asOf: IsoDay;
  /** Today on the user's clock. */
  today: IsoDay;
  basis: ReportingDayBasis;
  /** The ledger was read as of its default day but analysed on its last invoice day. */
  history: boolean;
  lang: Lang;
  disabled: boolean;
  onChoose(day: IsoDay | null): void;
}

/** A date typed in full: years as Chromium's date field passes them while typing are not days yet. */
const complete = (text: string): text is IsoDay =>
  isIsoDay(text) && Number(text.slice(0, 4)) >= 1900 && Number(text.slice(0, 4)) <= 2199;

/** The reporting day in the header. */
export function ReportingDayField(props: ReportingDayFieldProps) {
  const s = useStyles();
  const t = DAY_TEXTS[props.lang];
  const id = useId();
  const [text, setText] = useState<string>(props.asOf);
  useEffect(() => setText(props.asOf), [props.asOf]);
  const monthEnd = lastMonthEnd(props.today);
  const basis =
    props.asOf === props.today
      ? t.basisToday
      : props.basis === "source"
        ? t.basisDemo(day(props.today, props.lang))
        : props.history
          ? t.basisHistory
          : props.asOf === monthEnd
            ? t.basisMonthEnd
            : t.basisChosen;
  const choose = (next: IsoDay) => {
    if (next !== props.asOf) props.onChoose(next);
  };
  return (
    <div>
      <div className={s.row}>
        <Label htmlFor={id}>{t.asOf}</Label>
        <Input
          id={id}
          className={s.input}
          type="date"
          value={text}
          disabled={props.disabled}
          data-testid="as-of-input"
          onChange={(_, d) => {
            setText(d.value);
            if (complete(d.value)) choose(d.value);
          }}
        />
        <Button
          size="small"
          disabled={props.disabled || props.asOf === props.today}
          data-testid="as-of-today"
          onClick={() => choose(props.today)}
        >
          {t.today}
        </Button>
        <Button
          size="small"
          disabled={props.disabled || props.asOf === monthEnd}
          data-testid="as-of-month-end"
          onClick={() => choose(monthEnd)}
        >
          {t.monthEnd}
        </Button>
      </div>
      <div>
        <Caption1 className={s.basis} data-testid="as-of-basis">
          {day(props.asOf, props.lang)}: {basis}
        </Caption1>
      </div>
      {props.asOf !== props.today && (
        <div>
          <Caption1 className={s.warn} data-testid="as-of-not-today">
            {t.notToday(day(props.today, props.lang))}
          </Caption1>
        </div>
      )}
    </div>
  );
}
