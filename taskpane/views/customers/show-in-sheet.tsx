/**
 * The "Toon in blad" button (Excel only): selects a customer's or some invoices' rows in the sheet
 * the ledger was read from. The views show it only when given `onShow` (the workbench has no sheet).
 */
import { Button } from "@fluentui/react-components";
import type { SheetTarget } from "../../../src/app";
import type { Lang } from "../../i18n/texts";
import { SHEET_LINK_TEXTS } from "../../i18n/texts-sheet-link";

/** Props of {@link ShowInSheetButton}. */
export interface ShowInSheetButtonProps {
  target: SheetTarget;
  /** The customer's name, for the button's tooltip (customer targets). */
  name?: string;
  lang: Lang;
  onShow(target: SheetTarget): void;
  /** A compact button for a list row ("Blad"); the full label otherwise. */
  compact?: boolean;
}

/** "Toon in blad" / "Show in sheet". */
export function ShowInSheetButton({ target, name, lang, onShow, compact }: ShowInSheetButtonProps) {
  const x = SHEET_LINK_TEXTS[lang];
  const title =
    "customerId" in target
      ? x.customerTitle(name ?? target.customerId)
      : x.invoicesTitle(target.invoiceIds);
  return (
    <Button
      size="small"
      appearance={compact ? "transparent" : "secondary"}
      title={title}
      aria-label={title}
      data-testid="show-in-sheet"
      onClick={() => onShow(target)}
    >
      {compact ? x.short : x.showInSheet}
    </Button>
  );
}
