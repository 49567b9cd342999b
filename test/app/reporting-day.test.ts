import fc from "fast-check";
import {
  lastMonthEnd,
  localDay,
  reportingDay,
  analyse,
  type Host,
  loadLedger,
  handedOverOn,
  sentOn,
  DEFAULT_SETTINGS,
} from "../../src/app";
import { addDays, endOfMonth, isoDay, toEpochDay } from "../../src/core";
import { demoLedger } from "../../src/demo";
import { DEMO_COMPANY, lettersFor } from "../../src/documents";
import { NO_HANDOVERS, reminderLogEntries } from "../../src/records";
import { reminderRun } from "../../src/dunning";
import { createExcelHost } from "../../src/hosts/excel";
import { demoHost } from "../../src/hosts/browser";
import { readLedger } from "../../src/ledger";

describe("localDay: the calendar day of the machine's clock", () => {
  it("is the local calendar day, not the UTC one (tests run in Pacific/Kiritimati, UTC+14)", () => {
    // 2026-12-06 12:00 UTC is already 7 December on Kiritimati.
    const instant = new Date(Date.UTC(2026, 11, 6, 12, 0));
    const local = `${instant.getFullYear()}-${String(instant.getMonth() + 1).padStart(2, "0")}-${String(instant.getDate()).padStart(2, "0")}`;
    expect(localDay(instant)).toBe(local);
    if (process.env.TZ === "Pacific/Kiritimati") expect(localDay(instant)).toBe("2026-12-07");
  });

  it("rejects an invalid Date", () => {
    expect(() => localDay(new Date(Number.NaN))).toThrow(/no calendar day/);
  });
});

describe("lastMonthEnd ('laatste maandeinde')", () => {
  it.each([
    ["2026-12-07", "2026-11-30"],
    ["2026-12-01", "2026-11-30"],
    ["2026-11-30", "2026-11-30"],
    ["2027-03-01", "2027-02-28"],
    ["2028-03-15", "2028-02-29"],
    ["2027-01-05", "2026-12-31"],
    ["2026-12-31", "2026-12-31"],
  ])("%s → %s", (day, expected) => {
    expect(lastMonthEnd(isoDay(day))).toBe(expected);
  });

  it("is a month-end, on or before the day, with no month-end strictly between them", () => {
    const days = fc
      .integer({ min: toEpochDay(isoDay("1990-01-01")), max: toEpochDay(isoDay("2090-12-31")) })
      .map((n) => addDays(isoDay("1970-01-01"), n));
    fc.assert(
      fc.property(days, (day) => {
        const end = lastMonthEnd(day);
        expect(endOfMonth(end)).toBe(end);
        expect(toEpochDay(end)).toBeLessThanOrEqual(toEpochDay(day));
        // The day after the month-end is in a month that has not ended by `day`.
        expect(toEpochDay(endOfMonth(addDays(end, 1)))).toBeGreaterThan(toEpochDay(day));
      })
    );
  });
});

describe("reportingDay: which day an analysis is as of", () => {
  const today = isoDay("2026-12-07");
  it("is today for a real source (a file, an Excel sheet)", () => {
    expect(reportingDay(today)).toEqual({ day: today, basis: "today" });
    expect(reportingDay(today, null, null)).toEqual({ day: today, basis: "today" });
  });
  it("is the demo's story day for the demo", () => {
    expect(reportingDay(today, isoDay("2026-11-20"))).toEqual({
      day: "2026-11-20",
      basis: "source",
    });
  });
  it("is the user's choice over both", () => {
    expect(reportingDay(today, isoDay("2026-11-20"), isoDay("2026-10-31"))).toEqual({
      day: "2026-10-31",
      basis: "chosen",
    });
  });
});

describe("the hosts: files and sheets as of today, the demo as of its story day", () => {
  const clock = () => new Date(2027, 0, 5, 9, 30); // 5 January 2027, 09:30 on this machine
  it("the workbench's today is the clock's day; the demo is read as of its own day and says so", async () => {
    const host = demoHost(undefined, undefined, clock);
    expect(host.today()).toBe("2027-01-05");
    const demo = await loadLedger(host);
    expect(demo.asOf).toBe(demoLedger().asOf);
    expect(demo.asOf).not.toBe("2027-01-05");
    expect(demo).toMatchObject({ dayBasis: "source", sourceDay: demoLedger().asOf });
    const chosen = await loadLedger(host, { asOf: isoDay("2026-10-31") });
    expect(chosen).toMatchObject({ asOf: "2026-10-31", dayBasis: "chosen" });
  });

  it("Excel's today is the clock's day (a sheet has no day of its own)", () => {
    expect(createExcelHost({ now: clock }).today()).toBe("2027-01-05");
  });

  it("a source without a day of its own is read as of today", async () => {
    const demo = demoHost(undefined, undefined, clock);
    const plain: Host = {
      ...demo,
      readOpenItems: async (request) => {
        const values = await demo.readOpenItems(request);
        delete values.asOf;
        return values;
      },
    };
    const read = await loadLedger(plain);
    expect(read).toMatchObject({ asOf: "2027-01-05", dayBasis: "today" });
    expect(read.sourceDay).toBeUndefined();
  });
});

describe("records carry the real run day, whatever day the analysis is as of", () => {
  const ledger = readLedger(demoLedger().values(), { asOf: demoLedger().asOf }).ledger;
  it("analyse keeps the peildatum and the run day apart", () => {
    const result = analyse(ledger, isoDay("2026-10-31"), DEFAULT_SETTINGS, isoDay("2026-11-20"));
    expect(result.asOf).toBe("2026-10-31");
    expect(result.runDay).toBe("2026-11-20");
    expect(result.reminders.asOf).toBe("2026-10-31");
    expect(analyse(ledger, isoDay("2026-10-31"), DEFAULT_SETTINGS).runDay).toBe("2026-10-31");
  });

  it("letters recorded as sent are dated the run day; their amounts and deadlines stay", () => {
    const asOf = demoLedger().asOf;
    const proposals = reminderRun(ledger, asOf);
    const letters = lettersFor(ledger, proposals, { company: DEMO_COMPANY });
    const entries = reminderLogEntries(letters);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.date === asOf)).toBe(true);
    const sent = sentOn(entries, isoDay("2026-12-07"));
    expect(sent.map((e) => e.date)).toEqual(entries.map(() => "2026-12-07"));
    expect(sent).toEqual(entries.map((e) => ({ ...e, date: "2026-12-07" })));
  });

  it("a hand-over is dated and named after the run day", () => {
    const claims = [{ customerId: "10004", invoiceId: "2026-0567" }];
    const first = handedOverOn(NO_HANDOVERS, claims, "collection", isoDay("2026-11-20"));
    expect(first.batch).toBe("incasso-2026-11-20");
    expect(first.state.records).toEqual([
      { ...claims[0], date: "2026-11-20", batch: "incasso-2026-11-20", kind: "collection" },
    ]);
    const second = handedOverOn(
      first.state,
      [{ customerId: "10009", invoiceId: "2026-0608" }],
      "collection",
      isoDay("2026-11-20")
    );
    expect(second.batch).toBe("incasso-2026-11-20-2");
  });
});
