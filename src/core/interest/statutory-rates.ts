import type { IsoDay } from "../calendar/day";

/**
 * Which statutory rate applies: `"commercial"` is the wettelijke handelsrente of art. 6:119a BW
 * (transactions between businesses; art. 6:119b, public-authority debtors, uses the same rate);
 * `"consumer"` is the wettelijke rente of art. 6:119 BW (a consumer or another non-commercial claim).
 */
export type InterestKind = "commercial" | "consumer";

/**
 * One change of a statutory rate: from `from` (inclusive) the rate is `pct` percent a year, until the
 * next row. `source` says where the figure comes from; `note` explains a choice where published
 * tables disagree.
 */
export interface RateRow {
  /** First day the rate applies to running interest (art. 6:120 BW). */
  readonly from: IsoDay;
  /** The rate in percent a year, at most two decimals (10.15 means 10.15 %). */
  readonly pct: number;
  /** Where the figure is published. */
  readonly source: string;
  /** For handelsrente: the ECB reference rate and the statutory margin that make up `pct`. */
  readonly basis?: { readonly ecbPct: number; readonly marginPct: number };
  /** Why this figure was chosen where sources disagree. */
  readonly note?: string;
}

/** Rate rows per kind, each list in increasing `from` order. */
export interface RateTable {
  readonly commercial: readonly RateRow[];
  readonly consumer: readonly RateRow[];
  /**
   * The last day for which the table is known to be complete (the end of the half-year of the latest
   * row). Interest past this day uses the last row, and results say so.
   */
  readonly completeThrough?: IsoDay;
}

const RIJKSOVERHEID_WR =
  "Rijksoverheid.nl, 'Wettelijke rente' (AMvB op grond van art. 6:120 lid 1 BW); Raad van Arbitrage, historisch overzicht";
const RIJKSOVERHEID_HR =
  "Rijksoverheid.nl, 'Wettelijke handelsrente' (ECB-herfinancieringsrente plus marge, art. 6:120 lid 2 BW)";

const day = (text: string): IsoDay => text as IsoDay; // literals below are checked by a test per row
const hr = (from: string, ecbPct: number, marginPct: number, note?: string): RateRow => ({
  from: day(from),
  pct: Math.round((ecbPct + marginPct) * 100) / 100,
  source: RIJKSOVERHEID_HR,
  basis: { ecbPct, marginPct },
  ...(note === undefined ? {} : { note }),
});
const wr = (from: string, pct: number, source = RIJKSOVERHEID_WR): RateRow => ({
  from: day(from),
  pct,
  source,
});

/**
 * The Dutch statutory interest rates. To add a half-year: append one row to the list (commercial:
 * `hr(date, ecbRate, 8)`; consumer: `wr(date, pct)`), move `completeThrough` to the end of that
 * half-year, and run the tests (one test per row checks its place in the table).
 */
export const STATUTORY_RATES: RateTable = {
  completeThrough: day("2026-12-31"),
  consumer: [
    wr("2001-01-01", 8),
    wr("2002-01-01", 7),
    wr("2003-08-01", 5, "Besluit van 3 juli 2003, Stb. 2003, 280"),
    wr("2004-02-01", 4, "Besluit van 15 januari 2004, Stb. 2004, 13"),
    wr("2007-01-01", 6),
    wr("2009-07-01", 4),
    wr("2010-01-01", 3),
    wr("2011-07-01", 4),
    wr("2012-07-01", 3),
    wr("2015-01-01", 2),
    wr("2023-01-01", 4),
    wr("2023-07-01", 6),
    wr("2024-01-01", 7),
    wr("2025-01-01", 6),
    wr("2026-01-01", 4),
  ],
  commercial: [
    {
      from: day("2002-08-08"),
      pct: 7,
      source: "Raad van Arbitrage voor de Bouw, historisch overzicht wettelijke handelsrente",
      note:
        "Art. 6:119a BW applies to contracts concluded from 8 August 2002, but the act that inserted " +
        "it (implementing Directive 2000/35/EC) took effect only on 1 December 2002. Until then no " +
        "statute gave the higher rate, so the ordinary wettelijke rente (7 %) ran; tables that show " +
        "10.35 % from 8 August back-date the directive, which does not bind private parties directly.",
    },
    hr("2002-12-01", 3.35, 7),
    hr("2003-01-01", 2.85, 7),
    hr("2003-07-01", 2.1, 7),
    hr(
      "2004-01-01",
      2.02,
      7,
      "9.02 %, not 9.01 %: the ECB rate of the last refinancing operation of 2003 was 2.02 %; the " +
        "9.01 % found in one table is the rate of 1 July 2004 carried back to January (that table " +
        "has no separate row for the second half of 2004)."
    ),
    hr("2004-07-01", 2.01, 7),
    hr("2005-01-01", 2.09, 7),
    hr("2005-07-01", 2.05, 7),
    hr("2006-01-01", 2.25, 7),
    hr("2006-07-01", 2.83, 7),
    hr("2007-01-01", 3.58, 7),
    hr("2007-07-01", 4.07, 7),
    hr("2008-01-01", 4.2, 7),
    hr("2008-07-01", 4.07, 7),
    hr("2009-01-01", 2.5, 7),
    hr("2009-07-01", 1, 7),
    hr(
      "2011-07-01",
      1.25,
      7,
      "8.25 %, not 8.00 %: the ECB raised its rate to 1.25 % in April 2011, so on 1 July 2011 the " +
        "handelsrente became 1.25 + 7. Tables with 8.00 % repeat news items from June 2011 that " +
        "predate the new half-year's publication."
    ),
    hr("2012-01-01", 1, 7),
    hr("2013-01-01", 0.75, 7),
    hr(
      "2013-03-16",
      0.75,
      8,
      "Directive 2011/7/EU implemented: the margin over the ECB rate rose from 7 to 8 points."
    ),
    hr("2013-07-01", 0.5, 8),
    hr("2014-01-01", 0.25, 8),
    hr("2014-07-01", 0.15, 8),
    hr("2015-01-01", 0.05, 8),
    hr("2016-07-01", 0, 8),
    hr("2023-01-01", 2.5, 8),
    hr("2023-07-01", 4, 8),
    hr("2024-01-01", 4.5, 8),
    hr("2024-07-01", 4.25, 8),
    hr("2025-01-01", 3.15, 8),
    hr("2025-07-01", 2.15, 8),
    hr("2026-07-01", 2.4, 8),
  ],
};
