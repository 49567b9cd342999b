/**
 * Overdracht: pick customers with overdue items (those whose ladder reached the hand-over step come
 * first, ticked), export their claims for an incassobureau / deurwaarder or their invoices for a
 * factoring company, and mark what went out as handed over — with the list of hand-overs and undo.
 * The export code (src/documents, exceljs, JSZip) loads on the first export.
 */
import { Button, Subtitle2, Spinner, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import {
  loadHandover,
  type Analysis,
  type CollectionExport,
  type ExportFile,
  type FactoringExport,
  type HandoverCandidate,
  type Records,
  type SavedExport,
  type Settings,
} from "../../../src/app";
import type { HandoverState } from "../../../src/records";
import type { Ledger } from "../../../src/ledger";
import { money } from "../../shell/format";
import { HandoverBatches } from "./handover-batches";
import { HandoverCandidates } from "./handover-candidates";
import { useHandoverStyles } from "./handover-styles";
import { RecordIssues } from "../reminders/reminder-log-view";
import type { Lang } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";

type HandoverModule = Awaited<ReturnType<typeof loadHandover>>;

/** Props of {@link HandoverView}. */
export interface HandoverViewProps {
  analysis: Analysis;
  /** The ledger with the kept records applied. */
  ledger: Ledger;
  records: Records;
  settings: Settings;
  hostKind: "excel" | "standalone";
  lang: Lang;
  /** Hands an export to the user through the host; rejects where it cannot (then nothing is marked). */
  save(file: ExportFile): Promise<SavedExport>;
  onSaveHandovers(state: HandoverState): Promise<void>;
  onError(error: unknown): void;
}

/** The hand-over view. */
export function HandoverView(props: HandoverViewProps) {
  const { analysis, ledger, records, lang } = props;
  const r = RECORD_TEXTS[lang];
  const s = useHandoverStyles();
  const [mods, setMods] = useState<{ h: HandoverModule } | null>(null);
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadHandover().then(
      (h) => live && setMods({ h }),
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
  const { h } = mods;

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
        const why = "leftOutLines" in made ? made.leftOutLines : [];
        setStatus(
          why.length === 0
            ? r.nothingToExport
            : `${r.nothingToExport} ${r.factoringLeftOut} ${why.join("; ")}.`
        );
        return;
      }
      for (const f of made.files) await props.save(f);
      // Handed over today (the run day), also when the claims are as of another day.
      const handed = h.handedOverOn(records.handovers, made.claims, made.kind, analysis.runDay);
      await props.onSaveHandovers(handed.state);
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
      (ids) => h.factoringExport(ledger, ids, analysis.asOf, format, props.settings, lang),
      (e) => {
        const f = e as FactoringExport;
        const done = r.exportedFactoring(e.claims.length, money(f.control.open, lang));
        return f.leftOutLines.length === 0
          ? done
          : `${done} ${r.factoringLeftOut} ${f.leftOutLines.join("; ")}.`;
      },
      true
    );

  const undo = async (batch: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await props.onSaveHandovers(h.undoHandover(records.handovers, batch));
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
      <HandoverCandidates
        candidates={candidates}
        chosen={chosen}
        lang={lang}
        onSelect={setSelected}
      />

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
        <Text className={s.intro}>
          {r.factoringIntro(
            props.settings.factoring.maxDaysPastDue,
            props.settings.factoring.includeConsumers
          )}
        </Text>
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

      <HandoverBatches
        batches={batches}
        busy={busy}
        hostKind={props.hostKind}
        lang={lang}
        kindText={(kind) => h.handoverKindText(kind, lang)}
        onUndo={(batch) => void undo(batch)}
      />
    </div>
  );
}
