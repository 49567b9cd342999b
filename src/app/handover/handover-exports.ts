/**
 * Use-case: the hand-over exports — for an incassobureau / deurwaarder (xlsx, csv, JSON, dossier
 * zips) and for a factoring company (xlsx, csv) — and the claims each export marks as handed
 * over. Pure apart from being async (zips and workbooks are generated asynchronously).
 */
import type { IsoDay } from "../../core";
import { dossierZips } from "./dossier-zip";
import {
  factoringFile,
  factoringLeftOutLines,
  type FactoringControl,
  type FactoringLeftOut,
  handoffClaims,
  type ControlLine,
} from "../../documents";
import type { HandoverRecord, ReminderLogEntry } from "../../records";
import type { Ledger } from "../../ledger";
import type { ExportFile } from "../host/host";
import type { Settings } from "../settings/settings";
import { factoringFileData, handoffFileData } from "./handoff-files";

export type { ExportFile };

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

/** The factoring export, with its control totals and what it left out, and why. */
export interface FactoringExport extends HandoverExport {
  control: FactoringControl;
  notFound: string[];
  /** The open invoices of the selected customers not offered, each with its reason. */
  leftOut: FactoringLeftOut[];
  /** Why, one line per reason with count and amount, in the pane's language. */
  leftOutLines: string[];
  /** Debtors on the debtor list. */
  debtors: number;
  /** The limits the selection applied (from the settings). */
  maxDaysPastDue: number | null;
  includeConsumers: boolean;
}

/** Where doors differ in a collection export. */
export interface CollectionExportOptions {
  /**
   * Claims handed over before go in again (the CLI, which warns about each); by default they are
   * left out (the pane offers only claims not yet handed over).
   */
  includeHandedOver?: boolean;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CSV = "text/csv;charset=utf-8";

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
  log: readonly ReminderLogEntry[],
  options: CollectionExportOptions = {}
): Promise<CollectionExport> {
  const file = handoffClaims(ledger, customerIds, asOf, {
    costsIncludeVat: settings.letters.costsIncludeVat,
    log,
    skipHandedOver: options.includeHandedOver !== true,
  });
  const base = `vorderingen-${asOf}`;
  let files: ExportFile[];
  if (format === "dossier") {
    files = (await dossierZips(file, { log })).map((d) => ({
      name: d.fileName,
      data: d.bytes,
      type: "application/zip",
    }));
  } else {
    files = [
      {
        name: `${base}.${format}`,
        data: await handoffFileData(file, format),
        type: format === "json" ? "application/json;charset=utf-8" : format === "csv" ? CSV : XLSX,
        sheetName: "Vorderingen",
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
 * customer with an assignable invoice. The settings say how many days past due an invoice may be
 * and whether consumer invoices go too; what is left out comes back with its reason in `lang`.
 */
export async function factoringExport(
  ledger: Ledger,
  customerIds: readonly string[] | null,
  asOf: IsoDay,
  format: "xlsx" | "csv",
  settings: Settings,
  lang: "nl" | "en" = "nl"
): Promise<FactoringExport> {
  const file = factoringFile(ledger, asOf, {
    ...(customerIds ? { customerIds } : {}),
    edges: settings.ageingEdges,
    maxDaysPastDue: settings.factoring.maxDaysPastDue,
    includeConsumers: settings.factoring.includeConsumers,
  });
  const files: ExportFile[] = (await factoringFileData(file, format)).map(({ part, data }) => ({
    name: `factoring-${part}-${asOf}.${format}`,
    data,
    type: format === "csv" ? CSV : XLSX,
    sheetName: part === "debiteuren" ? "Factoring debiteur" : "Factoring facturen",
  }));
  return {
    files,
    claims: file.invoices.map((k) => ({ customerId: k.debtor.customerId, invoiceId: k.invoiceId })),
    kind: "factoring",
    control: file.control,
    notFound: file.notFound,
    leftOut: file.leftOut,
    leftOutLines: factoringLeftOutLines(file, lang),
    debtors: file.debtors.length,
    maxDaysPastDue: file.maxDaysPastDue,
    includeConsumers: file.includeConsumers,
  };
}
