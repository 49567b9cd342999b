import {
  nextReminder,
  stageDeadline,
  DEFAULT_B2B_POLICY,
  DEFAULT_B2C_POLICY,
  type Policy,
} from "../../src/dunning";
import { isoDay, type IsoDay, CoreError } from "../../src/core";

const d = isoDay;

/** Walks a ladder from a due date, sending every stage on the day it falls. */
function walk(due: string, debtor: "business" | "consumer", policy?: Policy): string[] {
  const dates: string[] = [];
  let lastStage = 0;
  let lastSent: IsoDay | undefined;
  for (;;) {
    const next = nextReminder({ due: d(due), lastStage, lastSent, debtor, policy });
    if (next === null) return dates;
    expect(next.stage).toBe(lastStage + 1);
    dates.push(`${next.stage} ${next.name} ${next.date}`);
    lastStage = next.stage;
    lastSent = next.date;
  }
}

describe("nextReminder, business ladder", () => {
  it("goes stage by stage from due Monday 2026-03-02, rolling over Easter Monday", () => {
    expect(walk("2026-03-02", "business")).toEqual([
      "1 Herinnering 2026-03-09",
      "2 Tweede herinnering 2026-03-23",
      // 23 March + 14 = 6 April, Tweede paasdag -> Tuesday 7 April
      "3 Aanmaning / ingebrekestelling 2026-04-07",
      "4 Laatste aanmaning 2026-04-21",
      "5 Overdracht incassobureau 2026-04-29",
    ]);
  });

  it("due 2026-12-18: stage 1 lands on Christmas Day and moves to Monday 2026-12-28", () => {
    expect(nextReminder({ due: d("2026-12-18"), debtor: "business" })).toEqual({
      stage: 1,
      name: "Herinnering",
      date: "2026-12-28",
    });
    expect(walk("2026-12-18", "business")).toEqual([
      "1 Herinnering 2026-12-28",
      "2 Tweede herinnering 2027-01-11",
      "3 Aanmaning / ingebrekestelling 2027-01-25",
      "4 Laatste aanmaning 2027-02-08",
      "5 Overdracht incassobureau 2027-02-16",
    ]);
  });

  it("counts later stages from the day the previous one was actually sent", () => {
    // Stage 1 planned for 9 March but sent on 12 March: stage 2 moves to 26 March.
    const next = nextReminder({
      due: d("2026-03-02"),
      lastStage: 1,
      lastSent: d("2026-03-12"),
      debtor: "business",
    });
    expect(next).toEqual({ stage: 2, name: "Tweede herinnering", date: "2026-03-26" });
  });

  it("returns null once the ladder is finished, and names in English on request", () => {
    expect(
      nextReminder({
        due: d("2026-03-02"),
        lastStage: 5,
        lastSent: d("2026-04-29"),
        debtor: "business",
      })
    ).toBeNull();
    expect(nextReminder({ due: d("2026-03-02"), debtor: "business", language: "en" })?.name).toBe(
      "Reminder"
    );
  });
});

describe("nextReminder, consumer ladder with the 14-dagenbrief", () => {
  it("goes stage by stage from due Monday 2026-03-02", () => {
    expect(walk("2026-03-02", "consumer")).toEqual([
      "1 Herinnering 2026-03-09",
      "2 14-dagenbrief 2026-03-23",
      // receipt 25 March (+2), 14 days from 26 March end on 8 April; stage 3 the business day after
      "3 Ingebrekestelling / laatste aanmaning 2026-04-09",
      "4 Overdracht incassobureau 2026-04-17",
    ]);
  });

  it("stage 3 waits for the whole term, extended when it ends on a weekend (art. 1 Atw)", () => {
    // 14-dagenbrief sent Thursday 23 April 2026, received Saturday 25 April; the 14 days run from
    // 26 April to Saturday 9 May, extended to Monday 11 May; stage 3 on Tuesday 12 May.
    const sent = d("2026-04-23");
    expect(stageDeadline(DEFAULT_B2C_POLICY, DEFAULT_B2C_POLICY.stages[1]!, sent)).toBe(
      "2026-05-11"
    );
    expect(
      nextReminder({ due: d("2026-04-02"), lastStage: 2, lastSent: sent, debtor: "consumer" })
    ).toEqual({
      stage: 3,
      name: "Ingebrekestelling / laatste aanmaning",
      date: "2026-05-12",
    });
  });

  it("uses the policy's delivery days", () => {
    const slowPost: Policy = { ...DEFAULT_B2C_POLICY, deliveryDays: 5 };
    // receipt 28 March (Saturday), term 29 March .. 11 April (Saturday) -> Monday 13 April; stage 3 Tuesday 14 April
    expect(
      nextReminder({
        due: d("2026-03-02"),
        lastStage: 2,
        lastSent: d("2026-03-23"),
        debtor: "consumer",
        policy: slowPost,
      })?.date
    ).toBe("2026-04-14");
  });

  it("due 2026-12-18 also moves stage 1 to Monday 2026-12-28", () => {
    expect(nextReminder({ due: d("2026-12-18"), debtor: "consumer" })?.date).toBe("2026-12-28");
  });
});

describe("stageDeadline", () => {
  it("gives sent + term, rolled to a business day; null for the hand-over", () => {
    const [first, , third, , fifth] = DEFAULT_B2B_POLICY.stages;
    expect(stageDeadline(DEFAULT_B2B_POLICY, first!, d("2026-12-18"))).toBe("2026-12-28");
    expect(stageDeadline(DEFAULT_B2B_POLICY, third!, d("2026-03-23"))).toBe("2026-04-07");
    expect(stageDeadline(DEFAULT_B2B_POLICY, fifth!, d("2026-03-23"))).toBeNull();
  });
});

describe("nextReminder input checks", () => {
  it("names the bad value", () => {
    expect(() => nextReminder({ due: d("2026-03-02"), lastStage: 2, debtor: "business" })).toThrow(
      /Stage 2 was sent, but its date an empty value/
    );
    expect(() => nextReminder({ due: d("2026-03-02"), lastStage: -1, debtor: "business" })).toThrow(
      CoreError
    );
    expect(() => nextReminder({ due: "2026-02-30" as IsoDay, debtor: "business" })).toThrow(
      /2026-02-30/
    );
  });
});
