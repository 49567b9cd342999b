// The options by which the CLI and the pane share one use-case where they differ: letters from the
// demo company only on request, a company file named when details are missing, claims handed over
// before included only on request, the log dated on the run day, and earlier log entries kept.
import {
  collectionExport,
  DEFAULT_SETTINGS,
  DEMO_COMPANY_NAME,
  draftReminders,
  isHostError,
  letterCompany,
  reviewRun,
  type Settings,
} from "../../src/app";
import type { IsoDay } from "../../src/core";
import { applyHandovers, markHandedOver, NO_HANDOVERS } from "../../src/records";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
const asOf = demo.asOf;
const company: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Jansen B.V.", iban: "NL91ABNA0417164300" },
};

describe("letterCompany: one rule, the demo company only on request", () => {
  it("refuses empty details, naming the company file when they came from one", () => {
    const noIban = { ...DEFAULT_SETTINGS, company: { ...company.company, iban: "" } };
    expect(() => letterCompany(noIban)).toThrow(/fill it in under Settings/);
    let error: unknown;
    try {
      letterCompany(noIban, { companyFile: "c.json" });
    } catch (e) {
      error = e;
    }
    expect(isHostError(error)).toBe(true);
    expect((error as Error).message).toBe('Reminders need your IBAN; add it to c.json ("iban").');
    expect((error as { nl: string }).nl).toBe(
      'Voor herinneringen is uw IBAN nodig; vul dit aan in c.json ("iban").'
    );
  });

  it("gives the demo company with demoCompany, whatever the settings say", () => {
    expect(letterCompany(DEFAULT_SETTINGS, { demoCompany: true }).name).toBe(DEMO_COMPANY_NAME);
    expect(letterCompany(company, { demoCompany: true }).name).toBe(DEMO_COMPANY_NAME);
    expect(letterCompany(company).name).toBe("Jansen B.V.");
  });
});

describe("draftReminders: the run day and earlier log entries", () => {
  it("dates the log on runDay and puts earlier entries first in the log file", async () => {
    const { proposals } = reviewRun(ledger, asOf, company);
    expect(proposals.length).toBeGreaterThan(0);
    const plain = await draftReminders(ledger, proposals, company, asOf);
    expect(plain.log.every((e) => e.date === asOf)).toBe(true);
    const runDay = "2030-01-02" as IsoDay;
    const earlier = plain.log.slice(0, 1);
    const later = await draftReminders(ledger, proposals, company, asOf, {
      runDay,
      earlierLog: earlier,
    });
    expect(later.log.map((e) => e.date)).toEqual(plain.log.map(() => runDay));
    const lines = new TextDecoder().decode(later.logCsv).split(/\r?\n/);
    const plainLines = new TextDecoder().decode(plain.logCsv).split(/\r?\n/);
    // One more data row than this run's own log; the earlier entry (on asOf) comes first.
    const dutch = (day: string): string => day.split("-").reverse().join("-");
    expect(lines.filter((l) => l.includes(dutch(runDay))).length).toBe(later.log.length);
    expect(lines.length).toBe(plainLines.length + 1);
    expect(lines[1]).toContain(dutch(asOf));
    expect(lines[1]).not.toContain(dutch(runDay));
  });
});

describe("collectionExport: claims handed over before", () => {
  it("leaves them out by default and takes them in with includeHandedOver", async () => {
    const { proposals } = reviewRun(ledger, asOf, company);
    const ids = [...new Set(proposals.map((p) => p.customerId))].slice(0, 2);
    const first = await collectionExport(ledger, ids, asOf, "csv", company, []);
    expect(first.claims.length).toBeGreaterThan(0);
    const state = markHandedOver(NO_HANDOVERS, first.claims, asOf, "incasso-x", "collection");
    const handed = applyHandovers(ledger, state);
    const again = await collectionExport(handed, ids, asOf, "csv", company, []);
    expect(again.claims).toEqual([]);
    const forced = await collectionExport(handed, ids, asOf, "csv", company, [], {
      includeHandedOver: true,
    });
    expect(forced.claims).toEqual(first.claims);
    expect(forced.control).toEqual(first.control);
  });
});
