/** The styles of the Betalingen tab and its statement proposals. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { NUM_CELL } from "../../shell/table-styles";

/** Class names of the payments view. */
export const usePaymentStyles = makeStyles({
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  hint: { display: "block", margin: "2px 0 6px", color: tokens.colorNeutralForeground3 },
  num: NUM_CELL,
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", maxHeight: "420px", overflowY: "auto" },
  tools: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", margin: "8px 0" },
  hidden: { display: "none" },
  summary: { display: "flex", flexWrap: "wrap", gap: "4px 24px", margin: "8px 0" },
  summaryBlock: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: "2px 12px",
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, gridColumnStart: 2 },
  },
  everyCent: {
    display: "block",
    padding: "8px 12px",
    margin: "8px 0",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  section: { marginTop: "16px" },
});
