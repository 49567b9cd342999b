/**
 * Overdracht: pick customers with overdue items (those whose ladder reached the hand-over step come
 * first, ticked), export their claims for an incassobureau / deurwaarder or their invoices for a
 * factoring company, and mark what went out as handed over — with the list of hand-overs and undo.
 * The export code (src/documents, exceljs, JSZip) loads on the first export.
 */
import {
  Button,
  Checkbox,
  Subtitle2,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Badge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Analysis } from "../src/app/analyse";
import type { CollectionExport, FactoringExport, HandoverCandidate } from "../src/app/handover";
import type * as HandoverApi from "../src/app/handover";
import type * as HandoverStateApi from "../src/documents/handover-state";
import type { Records } from "../src/app/records";
import type { Settings } from "../src/app/settings";
import type { HandoverState } from "../src/documents/handover-state";
import type { Ledger } from "../src/ledger/types";
import { count, day, money } from "./format";
import { RecordIssues } from "./reminder-log-view";
import type { Lang } from "./texts";
import { RECORD_TEXTS } from "./texts-records";

type HandoverModule = typeof HandoverApi;
type StateModule = typeof HandoverStateApi;

const useStyles = makeStyles({
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    // A header cell holds its label in a flex box: right-align that too, over the figures.
    "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" },
  },
  scroll: { overflowX: "auto", maxHeight: "420px", overflowY: "auto" },
  tools: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "8px 0" },
  box: {
    marginTop: "16px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  section: { marginTop: "20px" },
});

const MAX_ROWS = 500;

/** Props of {@link HandoverView}. */
export interface HandoverViewProps {
  analysis: Analysis;
  /** The ledger with the kept records applied. */
  ledger: Ledger;
  records: Records;
  settings: Settings;
  hostKind: "excel" | "standalone";
  lang: Lang;
  download(data: BlobPart, name: string, type: string): void;
  onSaveHandovers(state: HandoverState): Promise<void>;
  onError(error: unknown): void;
}

/** The hand-over view. */
export function HandoverView(props: HandoverViewProps) {
  const { analysis, ledger, records, lang } = props;
  const r = RECORD_TEXTS[lang];
  const s = useStyles();
  const [mods, setMods] = useState<{ h: HandoverModule; st: StateModule } | null>(null);
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([import("../src/app/handover"), import("../src/documents/handover-state")]).then(
      ([h, st]) => live && setMods({ h, st }),
      (e) => props.onError(e)
    );
    return () => {
      live = false;
    };
  }, []);

  const candidates: HandoverCandidate[] = useMemo(
    () => (mods ? mods.h.handoverCandidates(ledger, analysis.reminders, analysis.asOf) : []),
    [mods, ledger, analysis]
  );
  // Those due for hand-over start ticked; the user's own choice is kept while it makes sense.
  const chosen = useMemo(() => {
    const ids = new Set(candidates.map((c) => c.customerId));
    const base = selected ?? new Set(candidates.filter((c) => c.due).map((c) => c.customerId));
    return new Set([...base].filter((id) => ids.has(id)));
  }, [candidates, selected]);
  const batches = useMemo(
    () => (mods ? mods.h.handoverBatches(records.handovers) : []),
    [mods, records.handovers]
  );

  if (!mods) return <Spinner size="tiny" />;
  const { h, st } = mods;
  const chosenOverdue = candidates
    .filter((c) => chosen.has(c.customerId))
    .reduce((sum, c) => sum + c.overdue, 0);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const run = async (
    make: (ids: string[] | null) => Promise<CollectionExport | FactoringExport>,
    describe: (e: CollectionExport | FactoringExport) => string,
    allWhenNone = false
  ) => {
    setStatus(null);
    if (chosen.size === 0 && !allWhenNone) {
      setStatus(r.nothingSelected);
      return;
    }
    setBusy(true);
    try {
      // Candidate order: the files list the debtors as the view does.
      const ids =
        chosen.size === 0
          ? null
          : candidates.filter((c) => chosen.has(c.customerId)).map((c) => c.customerId);
      const made = await make(ids);
      if (made.claims.length === 0) {
        setStatus(r.nothingToExport);
        return;
      }
      for (const f of made.files)
        props.download(
          typeof f.data === "string" ? f.data : new Uint8Array(f.data),
          f.name,
          f.type
        );
      const batch = h.nextBatchId(records.handovers, made.kind, analysis.asOf);
      await props.onSaveHandovers(
        st.markHandedOver(records.handovers, made.claims, analysis.asOf, batch, made.kind)
      );
      setSelected(new Set());
      setStatus(describe(made));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  const collection = (format: "xlsx" | "csv" | "json" | "dossier") =>
    run(
      (ids) =>
        h.collectionExport(ledger, ids ?? [], analysis.asOf, format, props.settings, records.log),
      (e) => r.exported(e.claims.length, money((e as CollectionExport).control.total, lang))
    );
  const factoring = (format: "xlsx" | "csv") =>
    run(
      (ids) => h.factoringExport(ledger, ids, analysis.asOf, format, props.settings),
      (e) => r.exportedFactoring(e.claims.length, money((e as FactoringExport).control.open, lang)),
      true
    );

  const undo = async (batch: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await props.onSaveHandovers(st.undoHandover(records.handovers, batch));
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="handover">
      <Text className={s.intro}>{r.handoverIntro}</Text>
      <RecordIssues records={records} lang={lang} />
      <Subtitle2 as="h2" id="candidates-title">
        {r.candidates} ({count(candidates.length, lang)})
      </Subtitle2>
      <Text className={s.intro}>{r.candidatesHint}</Text>
      <div className={s.tools}>
        <Button
          size="small"
          onClick={() => setSelected(new Set(candidates.map((c) => c.customerId)))}
        >
          {r.selectAll}
        </Button>
        <Button size="small" onClick={() => setSelected(new Set())}>
          {r.selectNone}
        </Button>
        <Text role="status" data-testid="handover-selected">
          {r.selected(chosen.size, money(chosenOverdue, lang))}
        </Text>
      </div>
      <div className={s.scroll}>
        <Table size="small" aria-labelledby="candidates-title" data-testid="candidates">
          <TableHeader>
            <TableRow>
              <TableHeaderCell />
              <TableHeaderCell>{r.customer}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.invoices}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.oldest}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.stageShort}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.overdue}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {candidates.slice(0, MAX_ROWS).map((c) => (
              <TableRow key={c.customerId}>
                <TableCell>
                  <Checkbox
                    checked={chosen.has(c.customerId)}
                    onChange={(_, d) => toggle(c.customerId, d.checked === true)}
                    aria-label={c.name ?? c.customerId}
                  />
                </TableCell>
                <TableCell>
                  {c.name ?? c.customerId} <Text size={200}>({c.customerId})</Text>{" "}
                  {c.due && (
                    <Badge appearance="tint" color="danger">
                      {r.due}
                    </Badge>
                  )}
                </TableCell>
                <TableCell className={s.num}>{count(c.invoiceCount, lang)}</TableCell>
                <TableCell className={s.num}>{count(c.oldestDays, lang)}</TableCell>
                <TableCell className={s.num}>{c.stage}</TableCell>
                <TableCell className={s.num}>{money(c.overdue, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <section className={s.box} aria-labelledby="collection-title">
        <Subtitle2 as="h3" id="collection-title">
          {r.collection}
        </Subtitle2>
        <Text className={s.intro}>{r.collectionIntro}</Text>
        <div className={s.tools}>
          <Button appearance="primary" disabled={busy} onClick={() => void collection("xlsx")}>
            {r.exportXlsx}
          </Button>
          <Button disabled={busy} onClick={() => void collection("csv")}>
            {r.exportCsv}
          </Button>
          <Button disabled={busy} onClick={() => void collection("json")}>
            {r.exportJson}
          </Button>
          <Button disabled={busy} onClick={() => void collection("dossier")}>
            {r.exportDossiers}
          </Button>
        </div>
      </section>
      <section className={s.box} aria-labelledby="factoring-title">
        <Subtitle2 as="h3" id="factoring-title">
          {r.factoring}
        </Subtitle2>
        <Text className={s.intro}>{r.factoringIntro}</Text>
        <div className={s.tools}>
          <Button disabled={busy} onClick={() => void factoring("xlsx")}>
            {r.factoringXlsx}
          </Button>
          <Button disabled={busy} onClick={() => void factoring("csv")}>
            {r.factoringCsv}
          </Button>
        </div>
      </section>
      {busy && <Spinner size="tiny" label={r.exporting} />}
      {status && !busy && (
        <Text as="p" role="status" data-testid="handover-status">
          {status}
        </Text>
      )}

      <section className={s.section} aria-labelledby="handed-title">
        <Subtitle2 as="h2" id="handed-title">
          {r.handedOverTitle}
        </Subtitle2>
        <Text className={s.intro}>
          {props.hostKind === "excel" ? r.handoverKeptExcel : r.handoverKeptWorkbench}
        </Text>
        {batches.length === 0 ? (
          <Text>{r.handedOverEmpty}</Text>
        ) : (
          <Table size="small" aria-labelledby="handed-title" data-testid="handover-batches">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{r.batch}</TableHeaderCell>
                <TableHeaderCell>{r.date}</TableHeaderCell>
                <TableHeaderCell>{r.kind}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{r.customers}</TableHeaderCell>
                <TableHeaderCell className={s.num}>{r.invoices}</TableHeaderCell>
                <TableHeaderCell />
              </TableRow>
            </TableHeader>
            <TableBody>
              {batches.map((b) => (
                <TableRow key={b.batch}>
                  <TableCell>{b.batch}</TableCell>
                  <TableCell>{day(b.date, lang)}</TableCell>
                  <TableCell>{r.kinds[b.kind] ?? b.kind}</TableCell>
                  <TableCell className={s.num}>{count(b.customers, lang)}</TableCell>
                  <TableCell className={s.num}>{r.claims(b.claims)}</TableCell>
                  <TableCell>
                    <Button size="small" disabled={busy} onClick={() => void undo(b.batch)}>
                      {r.undoBatch}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
