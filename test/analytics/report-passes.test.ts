import fc from "fast-check";
import { cashForecast, paymentBehaviour, vatReliefCandidates } from "../../src/analytics";
import { fastCsvFrame } from "../../src/formats";
import { addDays, toEpochDay, type IsoDay } from "../../src/core";
import { referenceCashForecast, referenceVatRelief } from "./report-passes-reference";

/**
 * A ledger around the reporting day d (2016-2027): paid and open items, credit notes, early and
 * late payers, invoice days on a coarse grid (so due days tie), some more than a year past due.
 */
const ledgerOn = fc
  .record({
    d: fc.integer({ min: 0, max: 4000 }).map((n) => toEpochDay(addDays("2016-06-01" as IsoDay, n))),
    rows: fc.array(
      fc.record({
        customer: fc.integer({ min: 0, max: 5 }),
        back: fc.integer({ min: -2, max: 30 }).map((k) => k * 20),
        term: fc.constantFrom(0, 14, 30, 60),
        cents: fc.integer({ min: -50_000, max: 500_000 }),
        paid: fc.option(fc.integer({ min: -20, max: 120 }), { nil: null, freq: 2 }),
      }),
      { minLength: 40, maxLength: 150 }
    ),
  })
  .map(({ d, rows }) => {
    const iso = (n: number): string => addDays("1970-01-01" as IsoDay, n);
    const lines = rows.map((r, i) => {
      const invoice = d - r.back;
      const due = invoice + r.term;
      const settled = r.paid === null ? "" : iso(due + r.paid);
      const euros = `${r.cents < 0 ? "-" : ""}${Math.floor(Math.abs(r.cents) / 100)}.${String(Math.abs(r.cents) % 100).padStart(2, "0")}`;
      return `F${i},K${r.customer},${iso(invoice)},${iso(due)},${euros},${r.paid === null ? euros : "0"},${settled}`;
    });
    const header = "factuur,klant,factuurdatum,vervaldatum,bedrag,openstaand,betaaldatum";
    return { d, frame: fastCsvFrame(new TextEncoder().encode([header, ...lines].join("\n"))) };
  });

describe("the report's row passes against their plain versions", () => {
  it("VAT relief: the counting sort gives the comparator sort's list, ties in ledger order", () => {
    fc.assert(
      fc.property(ledgerOn, ({ frame, d }) => {
        expect(vatReliefCandidates(frame, d)).toEqual(referenceVatRelief(frame, d));
      }),
      { numRuns: 200 }
    );
  });

  it("cash-in forecast: grouping by lateness in typed arrays gives the Map's forecast", () => {
    fc.assert(
      fc.property(ledgerOn, fc.integer({ min: 1, max: 20 }), ({ frame, d }, weeks) => {
        const behaviour = paymentBehaviour(frame, d);
        expect(cashForecast(frame, behaviour, d, weeks)).toEqual(
          referenceCashForecast(frame, behaviour, d, weeks)
        );
      }),
      { numRuns: 200 }
    );
  });
});
