/**
 * Guessing the field delimiter of a CSV export: ";" (Dutch Excel, most Dutch bookkeeping packages),
 * "," (English exports) or tab (Excel's "Text (tab delimited)" / "Unicode text").
 *
 * The guess parses the first lines with each candidate (papaparse, so quoted fields count right) and
 * prefers the candidate that splits the most lines into the same number (> 1) of fields. That is
 * what makes a ";" file with Dutch amounts such as 1.234,56 come out right: its commas split lines
 * into varying field counts, and not the header at all, while its semicolons split every line alike.
 */
import Papa from "papaparse";

/** The delimiters we recognise, in order of preference on a tie. */
export const CSV_DELIMITERS = [";", ",", "\t"] as const;
/** A recognised delimiter. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const SAMPLE_RECORDS = 50;

/** A candidate's evidence: most common field count, and the share of sampled lines that have it. */
interface DelimiterScore {
  delimiter: CsvDelimiter;
  fields: number;
  consistency: number;
}

/** The delimiter of `text` (a whole CSV or its first few kilobytes). Falls back to "," for one-column files. */
export function sniffDelimiter(text: string): CsvDelimiter {
  const scores = CSV_DELIMITERS.map((delimiter) => scoreDelimiter(text, delimiter));
  let best: DelimiterScore | null = null;
  for (const score of scores) {
    if (score.fields < 2) continue;
    if (
      best === null ||
      score.consistency > best.consistency + 1e-9 ||
      (Math.abs(score.consistency - best.consistency) <= 1e-9 && score.fields > best.fields)
    ) {
      best = score;
    }
  }
  return best?.delimiter ?? ",";
}

function scoreDelimiter(text: string, delimiter: CsvDelimiter): DelimiterScore {
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    preview: SAMPLE_RECORDS,
    skipEmptyLines: "greedy",
  });
  const counts = new Map<number, number>();
  for (const record of parsed.data) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
  let fields = 0;
  let lines = 0;
  for (const [count, times] of counts) {
    if (times > lines || (times === lines && count > fields)) [fields, lines] = [count, times];
  }
  return {
    delimiter,
    fields,
    consistency: parsed.data.length === 0 ? 0 : lines / parsed.data.length,
  };
}
