// The reminder, calendar, VAT-relief and identifier functions as Excel calls them.
import { errorOf } from "./custom-functions-fake";

const fns = await import("../../functions/reminders.functions");
const { dayToSerial } = await import("../../src/core");
const { isoDay } = await import("../../src/core");

const serial = (d: string): number => dayToSerial(isoDay(d));

describe("=DEB.NEXTREMINDER", () => {
  it("gives stage 1 on the business day after due + 7 (Christmas 2026 -> Monday 28 Dec)", () => {
    expect(fns.nextReminderFunction(serial("2026-12-18"))).toBe(serial("2026-12-28"));
    expect(fns.nextReminderFunction(serial("2026-12-18"), null, null, null)).toBe(
      serial("2026-12-28")
    );
  });

  it("follows the ladder from the last stage sent, for business and consumer debtors", () => {
    expect(fns.nextReminderFunction(serial("2026-03-02"), 2, serial("2026-03-23"))).toBe(
      serial("2026-04-07")
    );
    expect(fns.nextReminderFunction("2026-03-02", 2, "2026-03-23", "Particulier")).toBe(
      serial("2026-04-09")
    );
    expect(fns.nextReminderFunction(serial("2026-03-02"), 2, serial("2026-03-23"), "B2C")).toBe(
      serial("2026-04-09")
    );
  });

  it("returns #N/A when the ladder is finished, #VALUE! for bad arguments", () => {
    expect(
      errorOf(() => fns.nextReminderFunction(serial("2026-03-02"), 5, serial("2026-04-29"))).code
    ).toBe("#N/A");
    expect(errorOf(() => fns.nextReminderFunction(serial("2026-03-02"), 1, null)).message).toMatch(
      /^last_sent: /
    );
    expect(errorOf(() => fns.nextReminderFunction(serial("2026-03-02"), -1)).message).toMatch(
      /^last_stage: /
    );
    expect(
      errorOf(() => fns.nextReminderFunction(serial("2026-03-02"), 0, null, "vriend")).message
    ).toMatch(/^debtor_type: "vriend"/);
  });
});

describe("=DEB.REMINDERSTAGE", () => {
  it("names the stage due on the as-of date, in Dutch by default and in English on request", () => {
    expect(fns.reminderStageFunction(serial("2026-03-02"), serial("2026-03-09"))).toBe(
      "Herinnering"
    );
    expect(
      fns.reminderStageFunction(serial("2026-03-02"), serial("2026-03-09"), 0, null, null, "en")
    ).toBe("Reminder");
    expect(
      fns.reminderStageFunction(
        serial("2026-03-02"),
        serial("2026-03-23"),
        1,
        serial("2026-03-09"),
        "particulier"
      )
    ).toBe("14-dagenbrief");
  });

  it("is empty text when no stage is due yet or the ladder is finished", () => {
    expect(fns.reminderStageFunction(serial("2026-03-02"), serial("2026-03-06"))).toBe("");
    expect(
      fns.reminderStageFunction(serial("2026-03-02"), serial("2026-12-01"), 5, serial("2026-04-29"))
    ).toBe("");
  });

  it("rejects an unknown language", () => {
    expect(
      errorOf(() =>
        fns.reminderStageFunction(serial("2026-03-02"), serial("2026-03-09"), 0, null, null, "fr")
      ).message
    ).toMatch(/^language: "fr"/);
  });
});

describe("=DEB.WORKDAY", () => {
  it("counts Dutch business days like WORKDAY, over Christmas and Easter", () => {
    expect(fns.workdayFunction(serial("2026-12-23"), 2)).toBe(serial("2026-12-28"));
    expect(fns.workdayFunction(serial("2026-04-02"), 1)).toBe(serial("2026-04-07"));
    expect(fns.workdayFunction(serial("2026-04-07"), -1)).toBe(serial("2026-04-02"));
    expect(fns.workdayFunction("2026-11-02", "10")).toBe(serial("2026-11-16"));
    expect(fns.workdayFunction(serial("2026-11-02"), 2.9)).toBe(serial("2026-11-04")); // truncated, as Excel
  });

  it("returns #VALUE! for a missing or absurd day count", () => {
    expect(errorOf(() => fns.workdayFunction(serial("2026-11-02"), null)).message).toMatch(
      /^days: /
    );
    expect(errorOf(() => fns.workdayFunction(serial("2026-11-02"), "tien")).message).toMatch(
      /^days: "tien"/
    );
    expect(errorOf(() => fns.workdayFunction(serial("2026-11-02"), 1e9)).message).toMatch(
      /^days: /
    );
  });
});

describe("=DEB.VATRELIEFDATE and =DEB.VATRELIEF", () => {
  it("gives one year after the final payment date", () => {
    expect(fns.vatReliefDateFunction(serial("2026-03-15"))).toBe(serial("2027-03-15"));
    expect(fns.vatReliefDateFunction("2016-05-01")).toBe(serial("2018-01-01"));
  });

  it("gives the VAT in an open amount, with the rate as a percentage cell or a number", () => {
    expect(fns.vatReliefFunction(121)).toBe(21);
    expect(fns.vatReliefFunction(100)).toBe(17.36);
    expect(fns.vatReliefFunction(109, 0.09)).toBe(9);
    expect(fns.vatReliefFunction(109, 9)).toBe(9);
    expect(fns.vatReliefFunction(1234.56, 0.21)).toBe(214.26);
  });

  it("returns #VALUE! for negative or non-numeric amounts and bad rates", () => {
    expect(errorOf(() => fns.vatReliefFunction(-5)).message).toMatch(/^open_amount: -5/);
    expect(errorOf(() => fns.vatReliefFunction(null)).message).toMatch(/^open_amount: /);
    expect(errorOf(() => fns.vatReliefFunction(100, "veel")).message).toMatch(/^vat_rate: "veel"/);
  });
});

describe("=DEB.CHECKIBAN / CHECKVAT / CHECKKVK", () => {
  it("checks IBANs", () => {
    expect(fns.checkIbanFunction("NL91ABNA0417164300")).toBe(true);
    expect(fns.checkIbanFunction("NL91 ABNA 0417 1643 00")).toBe(true);
    expect(fns.checkIbanFunction("NL91ABNA0417164301")).toBe(false);
    expect(fns.checkIbanFunction("NL56 3003 0A17 1643 00")).toBe(false);
    expect(fns.checkIbanFunction(null)).toBe(false);
  });

  it("checks btw-ids by 11-proef or mod 97", () => {
    expect(fns.checkVatFunction("NL004495445B01")).toBe(true);
    expect(fns.checkVatFunction("NL002455799B11")).toBe(true);
    expect(fns.checkVatFunction("NL123456789B90")).toBe(false);
    expect(fns.checkVatFunction(12)).toBe(false);
  });

  it("checks the KvK format, also from a number cell", () => {
    expect(fns.checkKvkFunction("12345678")).toBe(true);
    expect(fns.checkKvkFunction(12345678)).toBe(true);
    expect(fns.checkKvkFunction("1234567")).toBe(false);
    expect(fns.checkKvkFunction(1234567)).toBe(false);
    expect(fns.checkKvkFunction("")).toBe(false);
  });
});
