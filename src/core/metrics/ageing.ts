import { assert } from "../assert";
import { describeValue } from "../describe-value";
import { diffDays, type IsoDay } from "../calendar/day";

/** The usual ageing edges in days overdue: 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_AGE_EDGES: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * Checks ageing edges: non-empty, positive integers, strictly increasing. Returns a frozen copy;
 * throws a CoreError naming the bad edge otherwise.
 */
export function validateAgeEdges(edges: readonly number[]): readonly number[] {
  assert(
    Array.isArray(edges) && edges.length > 0,
    "ageing.no-edges",
    "Ageing needs at least one bucket edge (e.g. 30, 60, 90)."
  );
  edges.forEach((edge, i) => {
    assert(
      Number.isSafeInteger(edge) && edge > 0,
      "ageing.invalid-edge",
      () => `Ageing edge ${describeValue(edge)} is not a positive whole number of days.`
    );
    const previous = edges[i - 1];
    assert(
      previous === undefined || edge > previous,
      "ageing.unordered-edges",
      () => `Ageing edge ${edge} must be larger than the edge before it (${previous}).`
    );
  });
  return Object.freeze([...edges]);
}

/**
 * Bucket labels for `edges`: "Not due", then one bucket per edge ("1-30", "31-60", "61-90"; a bucket
 * of one day is just "7"), then the open-ended "90+".
 */
export function ageBucketLabels(edges: readonly number[] = DEFAULT_AGE_EDGES): string[] {
  const valid = validateAgeEdges(edges);
  const labels = ["Not due"];
  let from = 1;
  for (const edge of valid) {
    labels.push(from === edge ? String(edge) : `${from}-${edge}`);
    from = edge + 1;
  }
  labels.push(`${valid[valid.length - 1]}+`);
  return labels;
}

/**
 * The bucket index for `daysOverdue`: 0 = not due (<= 0 days), i = (edge[i-2], edge[i-1]],
 * edges.length + 1 = beyond the last edge. Fractional days count as into the next day.
 */
export function ageBucketIndex(
  daysOverdue: number,
  edges: readonly number[] = DEFAULT_AGE_EDGES
): number {
  assert(
    typeof daysOverdue === "number" && !Number.isNaN(daysOverdue),
    "ageing.invalid-days",
    () => `${describeValue(daysOverdue)} is not a number of days overdue.`
  );
  const valid = edges === DEFAULT_AGE_EDGES ? edges : validateAgeEdges(edges);
  if (daysOverdue <= 0) return 0;
  const index = valid.findIndex((edge) => daysOverdue <= edge);
  return index === -1 ? valid.length + 1 : index + 1;
}

/** The bucket label for `daysOverdue` (see {@link ageBucketLabels}). */
export function ageBucket(
  daysOverdue: number,
  edges: readonly number[] = DEFAULT_AGE_EDGES
): string {
  const labels = ageBucketLabels(edges);
  return labels[ageBucketIndex(daysOverdue, edges)] as string;
}

/** Days `asOf` is past `due`: positive = overdue, 0 or negative = not (yet) overdue. */
export function daysOverdue(due: IsoDay, asOf: IsoDay): number {
  return diffDays(asOf, due);
}
