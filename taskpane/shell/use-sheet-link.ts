/**
 * "Toon in blad" in the pane (Excel only): the action the views' buttons call, and the dossier
 * offer when the user selects an invoice row in the sheet the ledger was read from. The logic is
 * in src/app (sheet-link); this hook holds the pane's state of it.
 */
import { useEffect, useRef, useState } from "react";
import {
  canShowInSheet,
  followSheetSelection,
  rowsOfTarget,
  showInSheet,
  type DossierOffer,
  type Host,
  type SelectedRows,
  type SheetLinkLedger,
  type SheetTarget,
} from "../../src/app";

/** What {@link useSheetLink} gives the pane. */
export interface SheetLink {
  /** Selects `target`'s rows in the sheet; undefined where there is no sheet (hide the buttons). */
  show: ((target: SheetTarget) => void) | undefined;
  /** What the last "Toon in blad" selected (for a short confirmation), or null. */
  selected: SelectedRows | null;
  /** The customer of the row the user selected in the sheet, or null. */
  offer: DossierOffer | null;
  dismiss(): void;
}

/** The sheet link over `host` for the ledger `data` (null while none is read). */
export function useSheetLink(
  host: Host,
  data: SheetLinkLedger | null,
  onError: (error: unknown) => void
): SheetLink {
  const [offer, setOffer] = useState<DossierOffer | null>(null);
  const [selected, setSelected] = useState<SelectedRows | null>(null);
  const can = canShowInSheet(host, data);
  // Excel reports the pane's own selection as a selection change: its first row is not an offer.
  const echo = useRef<number | null>(null);

  useEffect(() => {
    setOffer(null);
    setSelected(null);
    if (data === null || !canShowInSheet(host, data)) return;
    let live = true;
    let stop: (() => Promise<void>) | null = null;
    followSheetSelection(host, data, (next) => {
      if (next.sheetRow === echo.current) echo.current = null;
      else if (live) setOffer(next);
    }).then(
      (stopper) => {
        if (live) stop = stopper;
        else void stopper?.().catch(() => undefined);
      },
      // Following the selection is a convenience: an Excel without it simply offers nothing.
      (error: unknown) => console.warn("Openstaand: the sheet selection is not followed", error)
    );
    return () => {
      live = false;
      void stop?.().catch(() => undefined);
    };
  }, [host, data]);

  return {
    show:
      can && data !== null
        ? (target) => {
            setSelected(null);
            setOffer(null);
            const rows = rowsOfTarget(data.ledger, target).map(
              (i) => data.ledger.columns.sheetRow[i] as number
            );
            echo.current = rows.length > 0 ? Math.min(...rows) : null;
            showInSheet(host, data, target).then(setSelected, (error: unknown) => {
              echo.current = null;
              onError(error);
            });
          }
        : undefined,
    selected,
    offer,
    dismiss: () => {
      setOffer(null);
      setSelected(null);
    },
  };
}
