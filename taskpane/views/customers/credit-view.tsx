/** Kredietcheck: the customers with credit flags and the reasons, new customers first. */
import { Badge, Card, Checkbox, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  withoutSettled,
  type Analysis,
  type ExportFile,
  type SavedExport,
  type SheetTarget,
} from "../../../src/app";
import { ShowInSheetButton } from "./show-in-sheet";
import { ListExportBar } from "./list-export-bar";
import { NAV_TEXTS } from "../../i18n/texts-nav";
import { money } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";

const useStyles = makeStyles({
  intro: { display: "block", marginBottom: "12px", color: tokens.colorNeutralForeground2 },
  list: { display: "grid", gap: "10px" },
  card: { padding: "12px 14px" },
  head: { display: "flex", gap: "8px", alignItems: "baseline", flexWrap: "wrap" },
  amount: {
    marginLeft: "auto",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  reasons: { margin: "6px 0 0", paddingLeft: "0", listStyle: "none", display: "grid", gap: "4px" },
  muted: { color: tokens.colorNeutralForeground3 },
  filters: {
    display: "flex",
    gap: "12px",
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: "8px",
  },
});

/** The badge of a leveringsstop advice reason. */
const STOP_LABEL = { nl: "Leveringsstop", en: "Stop deliveries" } as const;

/** Props of {@link CreditView}. */
export interface CreditViewProps {
  analysis: Analysis;
  lang: Lang;
  t: Texts;
  onOpen(customerId: string): void;
  hostKind: "excel" | "standalone";
  /** The company name printed above the list (Instellingen). */
  company?: string;
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
  /** "Toon in blad" (Excel): selects rows in the sheet read; the button shows only when given. */
  onShowInSheet?(target: SheetTarget): void;
}

/** The credit check list. */
export function CreditView({
  analysis,
  lang,
  t,
  onOpen,
  hostKind,
  company,
  save,
  onError,
  onShowInSheet,
}: CreditViewProps) {
  const s = useStyles();
  const nav = NAV_TEXTS[lang];
  const [showSettled, setShowSettled] = useState(false);
  const stops = useMemo(
    () => new Map((analysis.deliveryStops ?? []).map((x) => [x.customerId, x.reasons])),
    [analysis]
  );
  const { rows: flagged, hidden } = useMemo(() => {
    const listed = withoutSettled(
      analysis.report.customers.filter((r) => r.flags.length > 0 || stops.has(r.id)),
      showSettled
    );
    const isNew = (r: (typeof listed.rows)[number]) =>
      r.flags.some((f) => f.code === "new-customer");
    // New customers first (the check before the next delivery), then by exposure.
    listed.rows.sort((a, b) => Number(isNew(b)) - Number(isNew(a)) || b.open - a.open);
    return listed;
  }, [analysis, showSettled, stops]);
  return (
    <div>
      <Text className={s.intro}>{t.creditIntro}</Text>
      <div className={s.filters}>
        <Checkbox
          checked={showSettled}
          onChange={(_, d) => setShowSettled(d.checked === true)}
          label={nav.showSettled}
          data-testid="show-settled"
        />
        {hidden > 0 && (
          <Text className={s.muted} data-testid="settled-hidden">
            {nav.settledHidden(hidden)}
          </Text>
        )}
      </div>
      <ListExportBar
        report={analysis.report}
        kind="credit"
        rows={flagged}
        company={company ?? ""}
        hostKind={hostKind}
        lang={lang}
        save={save}
        onError={onError}
      />
      {flagged.length === 0 ? (
        <Text>{t.noFlags}</Text>
      ) : (
        <div className={s.list} role="list" data-testid="credit-list">
          {flagged.slice(0, 500).map((row) => (
            <Card key={row.id} className={s.card} role="listitem">
              <div className={s.head}>
                <Link onClick={() => onOpen(row.id)}>{row.name ?? row.id}</Link>
                {onShowInSheet && (
                  <ShowInSheetButton
                    target={{ customerId: row.id }}
                    name={row.name ?? row.id}
                    lang={lang}
                    onShow={onShowInSheet}
                    compact
                  />
                )}
                <Text className={s.muted}>{row.id}</Text>
                <Text className={s.amount} data-testid="credit-open">
                  {money(row.open, lang)}
                </Text>
              </div>
              <ul className={s.reasons}>
                {(stops.get(row.id) ?? []).map((reason) => (
                  <li key={`stop-${reason.code}`} data-testid="delivery-stop">
                    <Badge appearance="filled" color="danger">
                      {STOP_LABEL[lang]}
                    </Badge>{" "}
                    <Text>{reason.text[lang]}</Text>
                  </li>
                ))}
                {row.flags.map((flag) => (
                  <li key={flag.code}>
                    <Badge
                      appearance="tint"
                      color={flag.code === "new-customer" ? "informative" : "warning"}
                    >
                      {t.flagLabel[flag.code]}
                    </Badge>{" "}
                    <Text>{flag.reason[lang]}</Text>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
