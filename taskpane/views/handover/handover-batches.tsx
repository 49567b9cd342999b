/**
 * Overdracht, the hand-overs made ("Overgedragen"): one row per batch with its date, kind,
 * customers and claims, and a button to undo it.
 */
import {
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { HandoverBatch } from "../../../src/app";
import { count, day } from "../../shell/format";
import { useHandoverStyles } from "./handover-styles";
import type { Lang } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";

/** Props of {@link HandoverBatches}. */
export interface HandoverBatchesProps {
  batches: readonly HandoverBatch[];
  /** An export or undo is running: the undo buttons are disabled. */
  busy: boolean;
  hostKind: "excel" | "standalone";
  lang: Lang;
  /** How a batch of this kind is described ("overgedragen aan de factor"). */
  kindText(kind: HandoverBatch["kind"]): string;
  onUndo(batch: string): void;
}

/** The section listing the hand-over batches, newest first, each with undo. */
export function HandoverBatches(props: HandoverBatchesProps) {
  const { batches, busy, lang } = props;
  const r = RECORD_TEXTS[lang];
  const s = useHandoverStyles();
  return (
    <section className={s.section} aria-labelledby="handed-title">
      <Subtitle2 as="h2" id="handed-title">
        {r.handedOverTitle}
      </Subtitle2>
      <Text className={s.intro}>
        {props.hostKind === "excel" ? r.handoverKeptExcel : r.handoverKeptWorkbench}
      </Text>
      {batches.length === 0 ? (
        <Text>{r.handedOverEmpty}</Text>
      ) : (
        <Table size="small" aria-labelledby="handed-title" data-testid="handover-batches">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{r.batch}</TableHeaderCell>
              <TableHeaderCell>{r.date}</TableHeaderCell>
              <TableHeaderCell>{r.kind}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.customers}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.invoices}</TableHeaderCell>
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {batches.map((b) => (
              <TableRow key={b.batch}>
                <TableCell>{b.batch}</TableCell>
                <TableCell>{day(b.date, lang)}</TableCell>
                <TableCell>{props.kindText(b.kind)}</TableCell>
                <TableCell className={s.num}>{count(b.customers, lang)}</TableCell>
                <TableCell className={s.num}>{r.claims(b.claims)}</TableCell>
                <TableCell>
                  <Button size="small" disabled={busy} onClick={() => props.onUndo(b.batch)}>
                    {r.undoBatch}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
