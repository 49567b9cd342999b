/** Table styles the pane's views share. */
import type { GriffelStyle } from "@fluentui/react-components";

/**
 * A header cell holds its label in a flex box (Fluent's TableHeaderCell "button"): this pushes the
 * label right, above right-aligned figures.
 */
export const NUM_HEAD: GriffelStyle = {
  "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "right" },
};

/** A column of figures: right-aligned, digits of equal width, on one line; its header too. */
export const NUM_CELL: GriffelStyle = {
  textAlign: "right",
  fontVariantNumeric: "tabular-nums",
  whiteSpace: "nowrap",
  ...NUM_HEAD,
};
