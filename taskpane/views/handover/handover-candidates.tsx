/**
 * Overdracht, the candidates: the customers with overdue items that can be handed over, each with
 * a checkbox (those whose ladder reached the hand-over step marked "due"), select all / none and
 * the chosen total.
 */
import {
  Badge,
  Button,
  Checkbox,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { HandoverCandidate } from "../../../src/app";
import { count, money } from "../../shell/format";
import { useHandoverStyles } from "./handover-styles";
import type { Lang } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";

const MAX_ROWS = 500;

/** Props of {@link HandoverCandidates}. */
export interface HandoverCandidatesProps {
  candidates: readonly HandoverCandidate[];
  /** The ids of the ticked customers. */
  chosen: ReadonlySet<string>;
  lang: Lang;
  /** Replace the ticked customers by `ids`. */
  onSelect(ids: Set<string>): void;
}

/** The candidates heading, selection tools and table of the hand-over view. */
export function HandoverCandidates(props: HandoverCandidatesProps) {
  const { candidates, chosen, lang } = props;
  const r = RECORD_TEXTS[lang];
  const s = useHandoverStyles();
  const chosenOverdue = candidates
    .filter((c) => chosen.has(c.customerId))
    .reduce((sum, c) => sum + c.overdue, 0);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    props.onSelect(next);
  };

  return (
    <>
      <Subtitle2 as="h2" id="candidates-title">
        {r.candidates} ({count(candidates.length, lang)})
      </Subtitle2>
      <Text className={s.intro}>{r.candidatesHint}</Text>
      <div className={s.tools}>
        <Button
          size="small"
          onClick={() => props.onSelect(new Set(candidates.map((c) => c.customerId)))}
        >
          {r.selectAll}
        </Button>
        <Button size="small" onClick={() => props.onSelect(new Set())}>
          {r.selectNone}
        </Button>
        <Text role="status" data-testid="handover-selected">
          {r.selected(chosen.size, money(chosenOverdue, lang))}
        </Text>
      </div>
      <div className={s.scroll}>
        <Table size="small" aria-labelledby="candidates-title" data-testid="candidates">
          <TableHeader>
            <TableRow>
              <TableHeaderCell />
              <TableHeaderCell>{r.customer}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.invoices}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.oldest}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.stageShort}</TableHeaderCell>
              <TableHeaderCell className={s.num}>{r.overdue}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {candidates.slice(0, MAX_ROWS).map((c) => (
              <TableRow key={c.customerId}>
                <TableCell>
                  <Checkbox
                    checked={chosen.has(c.customerId)}
                    onChange={(_, d) => toggle(c.customerId, d.checked === true)}
                    aria-label={c.name ?? c.customerId}
                  />
                </TableCell>
                <TableCell>
                  {c.name ?? c.customerId} <Text size={200}>({c.customerId})</Text>{" "}
                  {c.due && (
                    <Badge appearance="tint" color="danger">
                      {r.due}
                    </Badge>
                  )}
                </TableCell>
                <TableCell className={s.num}>{count(c.invoiceCount, lang)}</TableCell>
                <TableCell className={s.num}>{count(c.oldestDays, lang)}</TableCell>
                <TableCell className={s.num}>{c.stage}</TableCell>
                <TableCell className={s.num}>{money(c.overdue, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
