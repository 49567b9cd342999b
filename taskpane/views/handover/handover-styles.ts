/** The styles shared by the Overdracht view and its candidates and batches tables. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { NUM_CELL } from "../../shell/table-styles";

/** Class names of the hand-over view, its candidates table and its batches table. */
export const useHandoverStyles = makeStyles({
  intro: { display: "block", margin: "4px 0 12px", color: tokens.colorNeutralForeground2 },
  num: NUM_CELL,
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
