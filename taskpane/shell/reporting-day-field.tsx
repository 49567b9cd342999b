/**
 * The header's reporting day (peildatum): the day the analysis is as of, why (today, the demo's
 * day, a chosen day, the last invoice date of a settled-only list), a date field to choose another
 * day, and "Vandaag" / "Laatste maandeinde". Choosing a day reads the source again as of that day.
 */
import {
  Button,
  Caption1,
  Input,
  Label,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { type ReportingDayBasis, lastMonthEnd } from "../../src/app";
import { isIsoDay, type IsoDay } from "../../src/core";
import { day } from "./format";
import type { Lang } from "../i18n/texts";
import { DAY_TEXTS } from "../i18n/texts-day";
import { useNarrow } from "./use-narrow";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap" },
  input: { width: "150px" },
  basis: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  compact: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    minWidth: 0,
    fontSize: tokens.fontSizeBase200,
  },
  compactText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  day: { fontWeight: tokens.fontWeightSemibold },
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

/**
 * The reporting day in the header. In a narrow pane (an Excel task pane) it is one line — the day,
 * why this day in short, and that today differs — with "Wijzig" opening the full field; the long
 * texts stay in the line's tooltip, so nothing of what it says is lost.
 */
export function ReportingDayField(props: ReportingDayFieldProps) {
  const s = useStyles();
  const t = DAY_TEXTS[props.lang];
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  if (narrow && !open) {
    const monthEnd = lastMonthEnd(props.today);
    const short =
      props.asOf === props.today
        ? t.basisToday
        : props.basis === "source"
          ? t.shortDemo
          : props.history
            ? t.shortHistory
            : props.asOf === monthEnd
              ? t.basisMonthEnd
              : t.basisChosen;
    const shown = day(props.asOf, props.lang);
    const today = day(props.today, props.lang);
    const full = [
      `${shown}: ${basisText(props, t)}`,
      props.asOf !== props.today ? t.notToday(today) : "",
    ]
      .filter(Boolean)
      .join("\n");
    return (
      <div className={s.compact} data-testid="as-of-compact" title={full}>
        <Text className={s.compactText}>
          {t.asOf} <span className={s.day}>{shown}</span> · {short}
          {props.asOf !== props.today && <span className={s.warn}> · {t.shortNotToday}</span>}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={false}
          aria-label={t.changeLabel(shown)}
          data-testid="as-of-change"
          onClick={() => setOpen(true)}
        >
          ✎ {t.change}
        </Button>
      </div>
    );
  }
  return <ReportingDayEditor {...props} />;
}

function basisText(props: ReportingDayFieldProps, t: (typeof DAY_TEXTS)[Lang]): string {
  const monthEnd = lastMonthEnd(props.today);
  return props.asOf === props.today
    ? t.basisToday
    : props.basis === "source"
      ? t.basisDemo(day(props.today, props.lang))
      : props.history
        ? t.basisHistory
        : props.asOf === monthEnd
          ? t.basisMonthEnd
          : t.basisChosen;
}

/** The full field: the date input, "Vandaag" / "Laatste maandeinde", and why this day. */
function ReportingDayEditor(props: ReportingDayFieldProps) {
  const s = useStyles();
  const t = DAY_TEXTS[props.lang];
  const id = useId();
  const [text, setText] = useState<string>(props.asOf);
  useEffect(() => setText(props.asOf), [props.asOf]);
  const monthEnd = lastMonthEnd(props.today);
  const basis = basisText(props, t);
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
