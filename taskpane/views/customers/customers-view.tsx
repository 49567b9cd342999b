/** Debiteuren: the customer table, sortable and filterable; a customer opens the dossier. */
import {
  Badge,
  Button,
  Checkbox,
  Input,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { CustomerRow } from "../../../src/analytics";
import {
  bucketLabel,
  withoutSettled,
  type Analysis,
  type CustomerFacts,
  type ExportFile,
  type SavedExport,
  type SheetTarget,
} from "../../../src/app";
import { ShowInSheetButton } from "./show-in-sheet";
import { ListExportBar } from "./list-export-bar";
import { formatMoney, type Cents } from "../../../src/core";
import { count, day, money } from "../../shell/format";
import type { Lang, Texts } from "../../i18n/texts";
import { NUM_CELL } from "../../shell/table-styles";
import { NAV_TEXTS } from "../../i18n/texts-nav";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    gap: "12px",
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: "8px",
  },
  scroll: { overflowX: "auto" },
  num: NUM_CELL,
  flags: { display: "flex", gap: "4px", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: { display: "flex", gap: "12px", alignItems: "center", marginTop: "8px" },
  other: { marginTop: "20px" },
});

type SortKey = "id" | "name" | "open" | "maxDaysLate" | "flags" | "stage" | `b${number}`;

/** Props of {@link CustomersView}. */
export interface CustomersViewProps {
  analysis: Analysis;
  facts: Map<string, CustomerFacts>;
  lang: Lang;
  t: Texts;
  onOpen(customerId: string): void;
  hostKind: "excel" | "standalone";
  save(file: ExportFile): Promise<SavedExport>;
  onError(error: unknown): void;
  /** The company name printed above the list (Instellingen). */
  company?: string;
  /** "Toon in blad" (Excel): selects rows in the sheet read; the button shows only when given. */
  onShowInSheet?(target: SheetTarget): void;
}

const PAGE = 100;

function sortValue(
  row: CustomerRow,
  facts: CustomerFacts | undefined,
  key: SortKey
): number | string {
  switch (key) {
    case "id":
      return row.id;
    case "name":
      return (row.name ?? row.id).toLocaleLowerCase();
    case "open":
      return row.open;
    case "maxDaysLate":
      return facts?.maxDaysLate ?? 0;
    case "flags":
      return row.flags.length;
    case "stage":
      return facts?.stage ?? 0;
    default:
      return row.buckets[Number(key.slice(1))] ?? 0;
  }
}

/** The customer table. */
export function CustomersView({
  analysis,
  facts,
  lang,
  t,
  onOpen,
  hostKind,
  save,
  onError,
  company,
  onShowInSheet,
}: CustomersViewProps) {
  const s = useStyles();
  const report = analysis.report;
  const [query, setQuery] = useState("");
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [showSettled, setShowSettled] = useState(false);
  const nav = NAV_TEXTS[lang];
  const [sort, setSort] = useState<{ key: SortKey; dir: "ascending" | "descending" }>({
    key: "open",
    dir: "descending",
  });
  const [limit, setLimit] = useState(PAGE);

  // Bucket columns; "No date" only when something is in it.
  const buckets = report.ageing.labels
    .map((label, b) => ({ label, b }))
    .filter(({ label, b }) => label !== "No date" || (report.ageing.buckets[b] as number) !== 0);

  const listed = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const listed = withoutSettled(report.customers, showSettled);
    const kept = listed.rows.filter((row) => {
      if (onlyFlagged && row.flags.length === 0) return false;
      if (onlyOverdue && !(facts.get(row.id)?.overdue ?? 0)) return false;
      if (!q) return true;
      return (
        row.id.toLocaleLowerCase().includes(q) || (row.name ?? "").toLocaleLowerCase().includes(q)
      );
    });
    const sign = sort.dir === "ascending" ? 1 : -1;
    const sorted = kept.sort((a, b) => {
      const x = sortValue(a, facts.get(a.id), sort.key);
      const y = sortValue(b, facts.get(b.id), sort.key);
      const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
      return sign * order || a.id.localeCompare(b.id);
    });
    return { rows: sorted, hidden: listed.hidden };
  }, [report, facts, query, onlyOverdue, onlyFlagged, showSettled, sort]);
  const rows = listed.rows;

  const header = (key: SortKey, label: string, numeric = false) => (
    <TableHeaderCell
      key={key}
      className={numeric ? s.num : undefined}
      sortDirection={sort.key === key ? sort.dir : undefined}
      onClick={() =>
        setSort((prev) => ({
          key,
          dir:
            prev.key === key
              ? prev.dir === "ascending"
                ? "descending"
                : "ascending"
              : numeric
                ? "descending"
                : "ascending",
        }))
      }
    >
      {label}
    </TableHeaderCell>
  );

  return (
    <div>
      <div className={s.filters}>
        <Input
          value={query}
          onChange={(_, d) => {
            setQuery(d.value);
            setLimit(PAGE);
          }}
          placeholder={t.search}
          aria-label={t.search}
          type="search"
        />
        <Checkbox
          checked={onlyOverdue}
          onChange={(_, d) => setOnlyOverdue(d.checked === true)}
          label={t.onlyOverdue}
        />
        <Checkbox
          checked={onlyFlagged}
          onChange={(_, d) => setOnlyFlagged(d.checked === true)}
          label={t.onlyFlagged}
        />
        <Checkbox
          checked={showSettled}
          onChange={(_, d) => setShowSettled(d.checked === true)}
          label={nav.showSettled}
          data-testid="show-settled"
        />
        {listed.hidden > 0 && (
          <Text className={s.muted} data-testid="settled-hidden">
            {nav.settledHidden(listed.hidden)}
          </Text>
        )}
      </div>
      <ListExportBar
        company={company ?? ""}
        report={report}
        kind="customers"
        rows={rows}
        hostKind={hostKind}
        lang={lang}
        save={save}
        onError={onError}
      />
      {rows.length === 0 ? (
        <Text>{t.noCustomers}</Text>
      ) : (
        <div className={s.scroll}>
          <Table sortable size="small" aria-label={t.tabCustomers} data-testid="customer-table">
            <TableHeader>
              <TableRow>
                {header("id", t.customerNo)}
                {header("name", t.name)}
                {header("open", t.open, true)}
                {buckets.map(({ label, b }) => header(`b${b}`, bucketLabel(lang, label), true))}
                {header("maxDaysLate", t.maxDaysLate, true)}
                {header("flags", t.flags)}
                {header("stage", t.stage, true)}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.slice(0, limit).map((row) => {
                const f = facts.get(row.id);
                const name = row.name ?? row.id;
                return (
                  <TableRow key={row.id}>
                    <TableCell>{row.id}</TableCell>
                    <TableCell>
                      <Link onClick={() => onOpen(row.id)} aria-label={t.openDossier(name)}>
                        {name}
                      </Link>
                      {onShowInSheet && (
                        <ShowInSheetButton
                          target={{ customerId: row.id }}
                          name={name}
                          lang={lang}
                          onShow={onShowInSheet}
                          compact
                        />
                      )}
                    </TableCell>
                    <TableCell className={s.num}>{money(row.open, lang)}</TableCell>
                    {buckets.map(({ b }) => {
                      const amount = row.buckets[b] ?? 0;
                      return (
                        <TableCell key={b} className={s.num}>
                          {amount === 0 ? <span className={s.muted}>–</span> : money(amount, lang)}
                        </TableCell>
                      );
                    })}
                    <TableCell className={s.num}>
                      {f && f.maxDaysLate > 0 ? count(f.maxDaysLate, lang) : "–"}
                    </TableCell>
                    <TableCell>
                      <div className={s.flags}>
                        {row.flags.map((flag) => (
                          <Badge
                            key={flag.code}
                            appearance="tint"
                            color={flag.code === "new-customer" ? "informative" : "warning"}
                            title={flag.reason[lang]}
                          >
                            {t.flagLabel[flag.code]}
                          </Badge>
                        ))}
                      </div>
                    </TableCell>
                    <TableCell className={s.num}>{f && f.stage > 0 ? f.stage : "–"}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={s.footer}>
        <Text className={s.muted}>
          {t.customersShown(Math.min(limit, rows.length), rows.length)}
        </Text>
        {rows.length > limit && (
          <Button size="small" onClick={() => setLimit((n) => n + PAGE * 5)}>
            {t.showMore}
          </Button>
        )}
      </div>
      <OtherCurrencyItems analysis={analysis} lang={lang} t={t} />
    </div>
  );
}

/**
 * The open items in other currencies than the euro, each in its own currency: they are in none of
 * the euro amounts above (never added, never converted), so they are listed here, flagged.
 */
function OtherCurrencyItems({
  analysis,
  lang,
  t,
}: Pick<CustomersViewProps, "analysis" | "lang" | "t">) {
  const s = useStyles();
  const others = analysis.report.otherCurrencies;
  const items = others.flatMap((o) => o.openItems);
  if (others.length === 0) return null;
  return (
    <section className={s.other} aria-labelledby="other-currencies-title">
      <Text as="h3" weight="semibold" id="other-currencies-title">
        {t.otherCurrencies}
      </Text>
      <Text as="p" className={s.muted}>
        {t.otherCurrencyItems(others.reduce((n, o) => n + o.rows, 0))}
      </Text>
      {items.length > 0 && (
        <div className={s.scroll}>
          <Table
            size="small"
            aria-labelledby="other-currencies-title"
            data-testid="other-currency-items"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.customerNo}</TableHeaderCell>
                <TableHeaderCell>{t.name}</TableHeaderCell>
                <TableHeaderCell>{t.invoice}</TableHeaderCell>
                <TableHeaderCell>{t.dueDate}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{t.open}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={`${item.currency}:${item.invoiceId}:${item.customerId}`}>
                  <TableCell>{item.customerId}</TableCell>
                  <TableCell>{item.customerName ?? item.customerId}</TableCell>
                  <TableCell>{item.invoiceId}</TableCell>
                  <TableCell>{day(item.dueDate, lang)}</TableCell>
                  <TableCell className={s.num}>
                    {formatMoney(item.open as Cents, item.currency, lang)}
                  </TableCell>
                  <TableCell>
                    <Badge appearance="tint" color="warning">
                      {t.otherCurrencyBadge}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
