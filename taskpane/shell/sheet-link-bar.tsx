/**
 * A small, unobtrusive bar for "Toon in blad" (Excel only): what the last selection selected, or,
 * when the user selected an invoice row in the sheet, "Open dossier van <klant>" — an offer, not a
 * jump. Nothing shows for the customer whose dossier is already open.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../i18n/texts";
import { SHEET_LINK_TEXTS } from "../i18n/texts-sheet-link";
import type { SheetLink } from "./use-sheet-link";

/** Props of {@link SheetLinkBar}. */
export interface SheetLinkBarProps {
  link: SheetLink;
  /** The customer whose dossier is open, if any. */
  openCustomer: string | null;
  lang: Lang;
  onOpen(customerId: string): void;
}

/** The selection confirmation or the dossier offer. */
export function SheetLinkBar({ link, openCustomer, lang, onOpen }: SheetLinkBarProps) {
  const x = SHEET_LINK_TEXTS[lang];
  const offer = link.offer && link.offer.customerId !== openCustomer ? link.offer : null;
  if (offer) {
    return (
      <MessageBar intent="info" data-testid="sheet-offer">
        <MessageBarBody>{x.offerRow(offer.sheetRow, offer.invoiceId)}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button size="small" appearance="transparent" onClick={link.dismiss}>
              {x.dismiss}
            </Button>
          }
        >
          <Button
            size="small"
            onClick={() => {
              link.dismiss();
              onOpen(offer.customerId);
            }}
          >
            {x.offer(offer.customerName)}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (link.selected) {
    return (
      <MessageBar intent="success" data-testid="sheet-selected">
        <MessageBarBody>{x.selected(link.selected.rows, link.selected.sheet)}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button size="small" appearance="transparent" onClick={link.dismiss}>
              {x.dismiss}
            </Button>
          }
        />
      </MessageBar>
    );
  }
  return null;
}
