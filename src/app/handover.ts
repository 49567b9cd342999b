/**
 * Use-case: the Overdracht view — which customers can be handed over, the exports for an
 * incassobureau / deurwaarder (xlsx, csv, JSON, dossier zips) and for a factoring company (xlsx,
 * csv), and the claims each export marks as handed over. Pure apart from being async (zips and
 * workbooks are generated asynchronously); the task pane loads it on first use.
 */
import { compareDays, diffDays, type IsoDay } from "../core/day";
import type { Cents } from "../core/money";
import { dossierZips } from "../documents/dossier-zip";
import { exportCsvBytes, exportJsonText, exportXlsxBytes } from "../documents/export-table";
import { factoringDebtorTable, factoringInvoiceTable } from "../documents/factoring-export";
import { factoringFile, type FactoringControl } from "../documents/factoring-file";
import { handoffClaims } from "../documents/handoff-claims";
import { handoffJson, handoffTable } from "../documents/handoff-export";
import type { HandoverRecord, HandoverState } from "../documents/handover-state";
import type { ControlLine } from "../documents/control-line";
import type { ReminderLogEntry } from "../documents/reminder-log";
import type { ReminderReview } from "../dunning/reminder-proposal";
import type { Ledger } from "../ledger/types";
import type { Settings } from "./settings";

/** A customer that can be handed over: it has overdue open invoices not handed over yet. */
export interface HandoverCandidate {
  customerId: string;
  name: string | null;
  /** Sum of the overdue open invoices not yet handed over. */
  overdue: Cents;
  invoiceCount: number;
  /** Days past due of the oldest of them. */
  oldestDays: number;
  /** Highest reminder stage reached among them (0: none). */
  stage: number;
  /** The reminder run proposes the hand-over stage for this customer. */
  due: boolean;
}

/**
 * The customers with overdue, open, euro, non-written-off invoices that are not handed over,
 * those whose ladder reached the hand-over stage first, then by overdue amount.
 */
export function handoverCandidates(
  ledger: Ledger,
  review: ReminderReview,
  asOf: IsoDay
): HandoverCandidate[] {
  const c = ledger.columns;
  const dueIds = new Set(
    review.proposals.filter((p) => p.policyStage.kind === "handover").map((p) => p.customerId)
  );
  const byId = new Map<string, HandoverCandidate>();
  for (let i = 0; i < ledger.length; i++) {
    const due = c.dueDate[i];
    const open = c.openAmount[i] as number;
    if (open <= 0 || c.writtenOff[i] || c.handedOver[i] || c.currency[i] !== "EUR") continue;
    if (!due || compareDays(due, asOf) >= 0) continue;
    const id = c.customerId[i] as string;
    let cand = byId.get(id);
    if (!cand) {
      cand = {
        customerId: id,
        name: c.customerName[i] ?? null,
        overdue: 0 as Cents,
        invoiceCount: 0,
        oldestDays: 0,
        stage: 0,
        due: dueIds.has(id),
      };
      byId.set(id, cand);
    }
    cand.name ??= c.customerName[i] ?? null;
    cand.overdue = (cand.overdue + open) as Cents;
    cand.invoiceCount += 1;
    cand.oldestDays = Math.max(cand.oldestDays, diffDays(asOf, due));
    cand.stage = Math.max(cand.stage, c.reminderStage[i] ?? 0);
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.due) - Number(a.due) ||
      b.overdue - a.overdue ||
      a.customerId.localeCompare(b.customerId)
  );
}

/** A file to download. */
export interface ExportFile {
  name: string;
  data: Uint8Array | string;
  type: string;
}

/** An export and the claims it hands over. */
export interface HandoverExport {
  files: ExportFile[];
  /** The invoices the export contains, to be marked as handed over. */
  claims: { customerId: string; invoiceId: string }[];
  kind: NonNullable<HandoverRecord["kind"]>;
}

/** The export of claims for an incassobureau, with its control line. */
export interface CollectionExport extends HandoverExport {
  control: ControlLine;
  notFound: string[];
}

/** The factoring export, with its control totals. */
export interface FactoringExport extends HandoverExport {
  control: FactoringControl;
  notFound: string[];
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv;charset=utf-8";

/** The ledger without the rows already handed over (so no claim goes out twice). */
function notHandedOver(ledger: Ledger): Ledger {
  const keep: number[] = [];
  for (let i = 0; i < ledger.length; i++) if (!ledger.columns.handedOver[i]) keep.push(i);
  if (keep.length === ledger.length) return ledger;
  const columns = Object.fromEntries(
    Object.entries(ledger.columns).map(([name, values]) => [
      name,
      keep.map((i) => (values as readonly unknown[])[i]),
    ])
  ) as unknown as Ledger["columns"];
  return { length: keep.length, columns };
}

/**
 * The claim file of `customerIds` on `asOf` in `format` ("dossier": one zip per debtor with the
 * claim statement, invoice list and reminder log), from the ledger's not-handed-over invoices,
 * with the reminder history of `log` and the settings' VAT choice for collection costs.
 */
export async function collectionExport(
  ledger: Ledger,
  customerIds: readonly string[],
  asOf: IsoDay,
  format: "xlsx" | "csv" | "json" | "dossier",
  settings: Settings,
  log: readonly ReminderLogEntry[]
): Promise<CollectionExport> {
  const file = handoffClaims(notHandedOver(ledger), customerIds, asOf, {
    costsIncludeVat: settings.letters.costsIncludeVat,
    log,
  });
  const base = `vorderingen-${asOf}`;
  let files: ExportFile[];
  if (format === "dossier") {
    files = (await dossierZips(file, { log })).map((d) => ({
      name: d.fileName,
      data: d.bytes,
      type: "application/zip",
    }));
  } else if (format === "json") {
    files = [
      {
        name: `${base}.json`,
        data: exportJsonText(handoffJson(file)),
        type: "application/json;charset=utf-8",
      },
    ];
  } else if (format === "csv") {
    files = [{ name: `${base}.csv`, data: exportCsvBytes(handoffTable(file)), type: CSV }];
  } else {
    files = [
      {
        name: `${base}.xlsx`,
        data: await exportXlsxBytes(handoffTable(file), "Vorderingen"),
        type: XLSX,
      },
    ];
  }
  return {
    files,
    claims: file.claims.map((k) => ({ customerId: k.debtor.customerId, invoiceId: k.invoiceId })),
    kind: "collection",
    control: file.control,
    notFound: file.notFound,
  };
}

/**
 * The factoring files (debtor list and assignment list) of `customerIds` on `asOf`; null: every
 * customer with an assignable invoice.
 */
export async function factoringExport(
  ledger: Ledger,
  customerIds: readonly string[] | null,
  asOf: IsoDay,
  format: "xlsx" | "csv",
  settings: Settings
): Promise<FactoringExport> {
  const file = factoringFile(ledger, asOf, {
    ...(customerIds ? { customerIds } : {}),
    edges: settings.ageingEdges,
  });
  const tables = [
    ["debiteuren", "Debiteuren", factoringDebtorTable(file)],
    ["facturen", "Facturen", factoringInvoiceTable(file)],
  ] as const;
  const files: ExportFile[] = [];
  for (const [name, sheet, table] of tables)
    files.push(
      format === "csv"
        ? { name: `factoring-${name}-${asOf}.csv`, data: exportCsvBytes(table), type: CSV }
        : {
            name: `factoring-${name}-${asOf}.xlsx`,
            data: await exportXlsxBytes(table, sheet),
            type: XLSX,
          }
    );
  return {
    files,
    claims: file.invoices.map((k) => ({ customerId: k.debtor.customerId, invoiceId: k.invoiceId })),
    kind: "factoring",
    control: file.control,
    notFound: file.notFound,
  };
}

/** A batch id not used in `state`: "incasso-2026-11-20", then "-2", "-3", … */
export function nextBatchId(
  state: HandoverState,
  kind: NonNullable<HandoverRecord["kind"]>,
  asOf: IsoDay
): string {
  const base = `${kind === "factoring" ? "factoring" : "incasso"}-${asOf}`;
  const used = new Set(state.records.map((r) => r.batch));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** One batch of the hand-over state, for the list with undo. */
export interface HandoverBatch {
  batch: string;
  date: IsoDay;
  kind: NonNullable<HandoverRecord["kind"]>;
  customers: number;
  claims: number;
}

/** The batches of `state`, newest first. */
export function handoverBatches(state: HandoverState): HandoverBatch[] {
  const byBatch = new Map<string, HandoverBatch & { ids: Set<string> }>();
  for (const r of state.records) {
    let b = byBatch.get(r.batch);
    if (!b) {
      b = {
        batch: r.batch,
        date: r.date,
        kind: r.kind ?? "collection",
        customers: 0,
        claims: 0,
        ids: new Set(),
      };
      byBatch.set(r.batch, b);
    }
    b.ids.add(r.customerId);
    b.customers = b.ids.size;
    b.claims += 1;
    if (compareDays(r.date, b.date) > 0) b.date = r.date;
  }
  return [...byBatch.values()]
    .map(({ batch, date, kind, customers, claims }) => ({ batch, date, kind, customers, claims }))
    .sort((a, b) => compareDays(b.date, a.date) || b.batch.localeCompare(a.batch));
}
