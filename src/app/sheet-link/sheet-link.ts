/**
 * Use-cases: "Toon in blad" both ways. From the pane, select a customer's or an invoice's rows in
 * the sheet the ledger was read from; from the sheet, offer the dossier of the customer whose row
 * the user selected. Read-only: the host only selects. Where the host has no sheet (the workbench)
 * {@link canShowInSheet} is false and the pane hides the button.
 */
import type { ColumnMatch, Ledger } from "../../ledger";
import type { Host, SelectedRows, SheetRowPick } from "../host/host";
import { HostError } from "../host/host-error";

/** What the link needs of a ledger as read (a WorkbenchLedger or LoadedLedger fits). */
export interface SheetLinkLedger {
  /** The host's id of the source read; absent for a file or the demo. */
  sourceId?: string | undefined;
  columns: readonly ColumnMatch[];
  ledger: Ledger;
}

/** What to show in the sheet: every row of a customer, or some invoices. */
export type SheetTarget = { customerId: string } | { invoiceIds: readonly string[] };

/** The customer the pane may offer to open, for a row the user selected in the sheet. */
export interface DossierOffer {
  customerId: string;
  /** The customer's name as read, else its id. */
  customerName: string;
  invoiceId: string;
  sheetRow: number;
}

function keyColumnOf(read: SheetLinkLedger): number | null {
  return read.columns.find((c) => c.field === "invoiceId")?.index ?? null;
}

/** True when "Toon in blad" can work: the host has a sheet and the ledger came from one of its sources. */
export function canShowInSheet(host: Host, read: SheetLinkLedger | null | undefined): boolean {
  return (
    host.selectSheetRows !== undefined &&
    read !== null &&
    read !== undefined &&
    read.sourceId !== undefined &&
    keyColumnOf(read) !== null
  );
}

/** The ledger rows (indexes) of `target`, in ledger order. */
export function rowsOfTarget(ledger: Ledger, target: SheetTarget): number[] {
  const c = ledger.columns;
  const rows: number[] = [];
  if ("customerId" in target) {
    for (let i = 0; i < ledger.length; i++) if (c.customerId[i] === target.customerId) rows.push(i);
  } else {
    const wanted = new Set(target.invoiceIds);
    for (let i = 0; i < ledger.length; i++) if (wanted.has(c.invoiceId[i] as string)) rows.push(i);
  }
  return rows;
}

/**
 * Selects the sheet rows of `target` in the source `read` came from. Throws a HostError
 * "unsupported" where the host has no sheet, "not-found" when the ledger has no such rows, and the
 * host's "moved" when the sheet no longer holds them where they were read (nothing is selected then).
 */
export async function showInSheet(
  host: Host,
  read: SheetLinkLedger,
  target: SheetTarget
): Promise<SelectedRows> {
  const keyColumn = keyColumnOf(read);
  if (!host.selectSheetRows || read.sourceId === undefined || keyColumn === null) {
    throw new HostError(
      "unsupported",
      "Show in sheet works in Excel, for a ledger read from a sheet or table of the workbook.",
      "Toon in blad werkt in Excel, voor een lijst ingelezen uit een blad of tabel van de werkmap."
    );
  }
  const c = read.ledger.columns;
  const rows = rowsOfTarget(read.ledger, target).map((i) => ({
    sheetRow: c.sheetRow[i] as number,
    invoiceId: c.invoiceId[i] as string,
  }));
  if (rows.length === 0) {
    const what =
      "customerId" in target
        ? { en: `customer ${target.customerId}`, nl: `klant ${target.customerId}` }
        : {
            en: `invoice ${target.invoiceIds.join(", ")}`,
            nl: `factuur ${target.invoiceIds.join(", ")}`,
          };
    throw new HostError(
      "not-found",
      `The list read has no rows of ${what.en}.`,
      `De ingelezen lijst heeft geen rijen van ${what.nl}.`
    );
  }
  return host.selectSheetRows({ sourceId: read.sourceId, keyColumn, rows });
}

/**
 * The dossier offer for a row the user selected: the invoice at that sheet row when it still holds
 * the invoice number read from it; after a sort, the invoice with the number the row now holds;
 * null for a header, total, blank or unknown row.
 */
export function offerOfPick(read: SheetLinkLedger, pick: SheetRowPick): DossierOffer | null {
  if (pick.invoiceId === "") return null;
  const c = read.ledger.columns;
  let index = -1;
  for (let i = 0; i < read.ledger.length; i++) {
    if (c.sheetRow[i] === pick.sheetRow && c.invoiceId[i] === pick.invoiceId) {
      index = i;
      break;
    }
  }
  if (index < 0) index = c.invoiceId.indexOf(pick.invoiceId);
  if (index < 0) return null;
  const customerId = c.customerId[index] as string;
  return {
    customerId,
    customerName: c.customerName[index] ?? customerId,
    invoiceId: pick.invoiceId,
    sheetRow: pick.sheetRow,
  };
}

/**
 * Follows the user's selection in the source `read` came from and calls `onOffer` with the
 * customer of each selected invoice row (never for other rows). Resolves with a function that stops
 * following, or null where the host has no sheet.
 */
export async function followSheetSelection(
  host: Host,
  read: SheetLinkLedger,
  onOffer: (offer: DossierOffer) => void
): Promise<(() => Promise<void>) | null> {
  const keyColumn = keyColumnOf(read);
  if (!host.watchSheetSelection || read.sourceId === undefined || keyColumn === null) return null;
  return host.watchSheetSelection({ sourceId: read.sourceId, keyColumn }, (pick) => {
    const offer = offerOfPick(read, pick);
    if (offer !== null) onOffer(offer);
  });
}
