// remind and handoff with their records: --log (earlier reminder logs), --handovers (the hand-over
// state handoff writes), --costs-vat; the files they write read back with the record codecs.
import JSZip from "jszip";
import { run, parseCliArgs, HELP_TEXT } from "../../src/cli";
import { collectionCosts, cents } from "../../src/core";
import { handoversFromCsv, reminderLogFromCsv } from "../../src/formats";
import { demoCsvText } from "../../src/hosts/browser";
import { fakeIo } from "./memory-io";

const utf8 = (t: string) => new TextEncoder().encode(t);
const demo = utf8(demoCsvText());
const logOf = (bytes: Uint8Array | undefined) => {
  const decoded = reminderLogFromCsv(bytes!);
  expect(decoded.issues).toEqual([]);
  return decoded.entries;
};
const stateOf = (bytes: Uint8Array | undefined) => {
  const decoded = handoversFromCsv(bytes!);
  expect(decoded.issues).toEqual([]);
  return decoded.state;
};

/** A consumer at stage 1 (reminder sent 1 October) and a business debtor at stage 2. */
const small = utf8(
  [
    "Factuurnummer;Debiteurnummer;Naam;Factuurdatum;Vervaldatum;Bedrag;Openstaand;Klanttype;Aanmaning;Datum laatste aanmaning;Adres;Postcode;Plaats",
    "F100;P1;Bram Timmermans;01-09-2026;15-09-2026;1250,00;1250,00;particulier;1;01-10-2026;Kastanjelaan 92;6221 MF;Maastricht",
    "F200;B1;Amstel Horeca Groep B.V.;01-08-2026;31-08-2026;4800,00;4800,00;zakelijk;2;01-10-2026;Prinsengracht 263;1016 GV;Amsterdam",
    "",
  ].join("\r\n")
);

describe("remind --log", () => {
  it("applies the earlier log, proposes no letter twice, and writes old plus new", async () => {
    const first = fakeIo({ "demo.csv": demo });
    expect(await run(["remind", "demo.csv", "--as-of", "2026-11-20"], first.io)).toBe(0);
    const sent = logOf(first.written.get("./herinneringen-2026-11-20-log.csv"));
    expect(sent.length).toBe(3);

    // The same day again with the log: nothing new, and the log still holds the three.
    const again = fakeIo({
      "demo.csv": demo,
      "log.csv": first.written.get("./herinneringen-2026-11-20-log.csv")!,
    });
    expect(
      await run(["remind", "demo.csv", "--as-of", "2026-11-20", "--log", "log.csv"], again.io)
    ).toBe(0);
    expect(again.out()).toMatch(/^0 letters as of 2026-11-20/);
    expect(again.out()).toContain(
      "Earlier log: 3 entries from log.csv applied first, so letters already sent are not proposed again. ./herinneringen-2026-11-20-log.csv holds those 3 plus this run's 0."
    );
    expect(logOf(again.written.get("./herinneringen-2026-11-20-log.csv"))).toEqual(sent);

    // Two weeks later: without the log the same customers get the same first reminder again;
    // with it, what was sent counts.
    const later = ["remind", "demo.csv", "--as-of", "2026-12-04"];
    const blind = fakeIo({ "demo.csv": demo });
    expect(await run(later, blind.io)).toBe(0);
    const blindLog = logOf(blind.written.get("./herinneringen-2026-12-04-log.csv"));
    const resent = blindLog.filter((e) =>
      sent.some(
        (s) =>
          s.customerId === e.customerId &&
          s.stage === e.stage &&
          e.invoices.some((i) =>
            s.invoices.some((j) => j.invoiceId === i.invoiceId && j.stage === i.stage)
          )
      )
    );
    expect(resent.length).toBeGreaterThan(0);
    const informed = fakeIo({
      "demo.csv": demo,
      "log.csv": first.written.get("./herinneringen-2026-11-20-log.csv")!,
    });
    expect(await run([...later, "--log", "log.csv"], informed.io)).toBe(0);
    const all = logOf(informed.written.get("./herinneringen-2026-12-04-log.csv"));
    expect(all.slice(0, 3)).toEqual(sent);
    const fresh = all.slice(3);
    expect(fresh.length).toBeGreaterThan(0);
    for (const e of fresh)
      for (const i of e.invoices)
        for (const s of sent)
          if (s.customerId === e.customerId)
            for (const j of s.invoices)
              if (j.invoiceId === i.invoiceId) expect(i.stage).toBeGreaterThan(j.stage);
    expect(informed.out()).toMatch(/holds those 3 plus this run's \d+\./);
  });

  it("takes several logs (repeated or a comma list) and counts an entry in two of them once", async () => {
    const first = fakeIo({ "demo.csv": demo });
    await run(["remind", "demo.csv", "--as-of", "2026-11-20"], first.io);
    const log = first.written.get("./herinneringen-2026-11-20-log.csv")!;
    const f = fakeIo({ "demo.csv": demo, "a.csv": log, "b.csv": log, "c.csv": log });
    expect(
      await run(
        ["remind", "demo.csv", "--as-of", "2026-11-20", "--log", "a.csv,b.csv", "--log", "c.csv"],
        f.io
      )
    ).toBe(0);
    expect(f.out()).toContain("3 entries from a.csv, b.csv and c.csv applied first");
    expect(logOf(f.written.get("./herinneringen-2026-11-20-log.csv"))).toHaveLength(3);
  });

  it("a broken log stops the run and names file, row, column and value", async () => {
    const first = fakeIo({ "demo.csv": demo });
    await run(["remind", "demo.csv", "--as-of", "2026-11-20"], first.io);
    const text = new TextDecoder().decode(first.written.get("./herinneringen-2026-11-20-log.csv")!);
    const lines = text.split("\r\n");
    lines[2] = lines[2]!.replace(/^[^;]*;/, "gisteren;");
    const f = fakeIo({ "demo.csv": demo, "log.csv": utf8(lines.join("\r\n")) });
    expect(
      await run(["remind", "demo.csv", "--as-of", "2026-11-20", "--log", "log.csv"], f.io)
    ).toBe(1);
    expect(f.err()).toContain(
      "log.csv cannot be read completely (1 problem); a letter recorded in an unreadable row would be proposed again."
    );
    expect(f.err()).toContain('row 3, column Datum ("gisteren"): Datum "gisteren" is not a date');
    expect(f.written.size).toBe(0);
    const missing = fakeIo({ "demo.csv": demo });
    expect(await run(["remind", "demo.csv", "--log", "weg.csv"], missing.io)).toBe(1);
    expect(missing.err()).toContain("cannot read --log file weg.csv: no such file or directory");
    const wrong = fakeIo({ "demo.csv": demo });
    expect(await run(["remind", "demo.csv", "--log", "demo.csv"], wrong.io)).toBe(1);
    expect(wrong.err()).toContain("has no column 'Fase'");
  });
});

describe("handoff writes the hand-over state; remind --handovers skips those claims", () => {
  it("incasso: overdracht-<date>.csv, read back by remind --handovers", async () => {
    const before = fakeIo({ "demo.csv": demo });
    await run(["remind", "demo.csv", "--as-of", "2026-11-20"], before.io);
    const customer = logOf(before.written.get("./herinneringen-2026-11-20-log.csv"))[0]!.customerId;

    const h = fakeIo({ "demo.csv": demo });
    expect(
      await run(
        [
          "handoff",
          "demo.csv",
          "--customers",
          customer,
          "--as-of",
          "2026-11-20",
          "--format",
          "json",
          "--out",
          "o",
        ],
        h.io
      )
    ).toBe(0);
    const claims = (
      JSON.parse(new TextDecoder().decode(h.written.get("o/vorderingen-2026-11-20.json")!)) as {
        claims: { invoiceId: string }[];
      }
    ).claims;
    const state = stateOf(h.written.get("o/overdracht-2026-11-20.csv"));
    expect(state.records).toEqual(
      claims.map((c) => ({
        customerId: customer,
        invoiceId: c.invoiceId,
        date: "2026-11-20",
        batch: "incasso-2026-11-20",
        kind: "collection",
      }))
    );
    expect(h.out()).toContain(
      `Marked ${claims.length} claims as handed over (batch incasso-2026-11-20); pass o/overdracht-2026-11-20.csv to the next run as remind --handovers`
    );

    const r = fakeIo({ "demo.csv": demo, "o.csv": h.written.get("o/overdracht-2026-11-20.csv")! });
    expect(
      await run(["remind", "demo.csv", "--as-of", "2026-11-20", "--handovers", "o.csv"], r.io)
    ).toBe(0);
    const after = logOf(r.written.get("./herinneringen-2026-11-20-log.csv"));
    expect(after.map((e) => e.customerId)).not.toContain(customer);
    expect(after).toHaveLength(2);
    expect(r.out()).toContain(
      `Handed over: ${claims.length} claims from o.csv left out of the reminder ladder.`
    );

    // A second hand-off the same day carries the earlier state and gets its own batch.
    const again = fakeIo({
      "demo.csv": demo,
      "o.csv": h.written.get("o/overdracht-2026-11-20.csv")!,
    });
    expect(
      await run(
        [
          "handoff",
          "demo.csv",
          "--customers",
          `${customer},10009`,
          "--as-of",
          "2026-11-20",
          "--handovers",
          "o.csv",
        ],
        again.io
      )
    ).toBe(0);
    expect(again.err()).toContain(
      `of customer "${customer}" was handed over before (2026-11-20, batch incasso-2026-11-20)`
    );
    const both = stateOf(again.written.get("./overdracht-2026-11-20.csv"));
    expect(both.records.slice(0, claims.length)).toEqual(state.records);
    expect(new Set(both.records.slice(claims.length).map((r) => r.batch))).toEqual(
      new Set(["incasso-2026-11-20-2"])
    );
    expect(both.records.slice(claims.length).every((r) => r.customerId === "10009")).toBe(true);
  });

  it("factoring: the assigned invoices are marked 'factoring'; earlier hand-overs are left out", async () => {
    const h = fakeIo({ "demo.csv": demo });
    await run(
      ["handoff", "demo.csv", "--customers", "10004", "--as-of", "2026-11-20", "--format", "csv"],
      h.io
    );
    const collected = stateOf(h.written.get("./overdracht-2026-11-20.csv"));
    const f = fakeIo({ "demo.csv": demo, "o.csv": h.written.get("./overdracht-2026-11-20.csv")! });
    expect(
      await run(
        [
          "handoff",
          "demo.csv",
          "--factoring",
          "--as-of",
          "2026-11-21",
          "--format",
          "csv",
          "--handovers",
          "o.csv",
        ],
        f.io
      )
    ).toBe(0);
    expect(f.out()).toMatch(
      /Left out \(open invoices\):\n(?: {2}.*\n)* {2}\d+ invoices? \(€[\d,.]+\) already handed over\n/
    );
    const state = stateOf(f.written.get("./overdracht-2026-11-21.csv"));
    expect(state.records.slice(0, collected.records.length)).toEqual(collected.records);
    const factored = state.records.slice(collected.records.length);
    expect(factored.length).toBeGreaterThan(10);
    expect(
      factored.every((r) => r.kind === "factoring" && r.batch === "factoring-2026-11-21")
    ).toBe(true);
    expect(
      factored.some(
        (r) =>
          r.customerId === "10004" && collected.records.some((c) => c.invoiceId === r.invoiceId)
      )
    ).toBe(false);
    expect([...f.written.keys()].sort()).toEqual([
      "./factoring-debiteuren-2026-11-21.csv",
      "./factoring-facturen-2026-11-21.csv",
      "./overdracht-2026-11-21.csv",
    ]);
  });
});

describe("handoff --log: reminder history, the 14-dagenbrief and the dossiers", () => {
  it("a consumer's 14-dagenbrief from the log makes the collection costs claimable", async () => {
    const r = fakeIo({ "d.csv": small });
    expect(await run(["remind", "d.csv", "--as-of", "2026-11-20"], r.io)).toBe(0);
    const log = logOf(r.written.get("./herinneringen-2026-11-20-log.csv"));
    const letter = log.find((e) => e.customerId === "P1")!;
    expect(letter.stageKind).toBe("fourteen-day-letter");
    const args = [
      "handoff",
      "d.csv",
      "--customers",
      "P1",
      "--as-of",
      "2027-01-15",
      "--format",
      "json",
    ];
    type Claim = {
      fourteenDayLetter: { sent: boolean; date: string | null };
      costs: number;
      principal: number;
      reminders: { stage: number; date: string | null }[];
    };
    const claimOf = (f: ReturnType<typeof fakeIo>) =>
      (
        JSON.parse(new TextDecoder().decode(f.written.get("./vorderingen-2027-01-15.json")!)) as {
          claims: Claim[];
        }
      ).claims[0]!;

    const blind = fakeIo({ "d.csv": small });
    expect(await run(args, blind.io)).toBe(0);
    expect(claimOf(blind).fourteenDayLetter).toEqual({ sent: false, date: null });
    expect(claimOf(blind).costs).toBe(0);

    const informed = fakeIo({
      "d.csv": small,
      "log.csv": r.written.get("./herinneringen-2026-11-20-log.csv")!,
    });
    expect(await run([...args, "--log", "log.csv"], informed.io)).toBe(0);
    const claim = claimOf(informed);
    expect(claim.fourteenDayLetter).toEqual({ sent: true, date: "2026-11-20" });
    expect(claim.reminders).toEqual([
      { stage: 1, stageName: "Herinnering", date: "2026-10-01" },
      { stage: 2, stageName: "14-dagenbrief", date: "2026-11-20" },
    ]);
    expect(claim.costs).toBe(collectionCosts(cents(125000)));
    expect(informed.out()).toContain(
      "Reminder history and 14-dagenbrief dates include 2 logged letters from log.csv."
    );

    const vat = fakeIo({
      "d.csv": small,
      "log.csv": r.written.get("./herinneringen-2026-11-20-log.csv")!,
    });
    expect(await run([...args, "--log", "log.csv", "--costs-vat"], vat.io)).toBe(0);
    expect(claimOf(vat).costs).toBe(collectionCosts(cents(125000), { vat: true }));
    expect(vat.out()).toContain("Collection costs include 21% VAT (--costs-vat).");
  });

  it("--dossier --log puts the debtor's log in each dossier and says so", async () => {
    const r = fakeIo({ "d.csv": small });
    await run(["remind", "d.csv", "--as-of", "2026-11-20"], r.io);
    const f = fakeIo({
      "d.csv": small,
      "log.csv": r.written.get("./herinneringen-2026-11-20-log.csv")!,
    });
    expect(
      await run(
        [
          "handoff",
          "d.csv",
          "--customers",
          "P1,B1",
          "--dossier",
          "--as-of",
          "2027-01-15",
          "--log",
          "log.csv",
          "--out",
          "d",
        ],
        f.io
      )
    ).toBe(0);
    expect(f.out()).toContain(
      "2 of the 2 dossiers hold the debtor's entries of the reminder log (herinneringslog.csv"
    );
    expect(f.out()).not.toContain("the CLI has no reminder log");
    const zip = await JSZip.loadAsync(f.written.get("d/dossier-P1.zip")!);
    expect(Object.keys(zip.files).sort()).toEqual([
      "README.txt",
      "facturen.csv",
      "herinneringslog.csv",
      "vordering.csv",
      "vordering.html",
    ]);
    const inZip = reminderLogFromCsv(await zip.file("herinneringslog.csv")!.async("uint8array"));
    expect(inZip.entries.map((e) => e.customerId)).toEqual(["P1"]);
    expect(await zip.file("README.txt")!.async("string")).toContain("staat in herinneringslog.csv");
    expect(
      stateOf(f.written.get("d/overdracht-2027-01-15.csv")).records.map((r) => r.invoiceId)
    ).toEqual(["F100", "F200"]);
    const none = fakeIo({ "d.csv": small });
    await run(
      ["handoff", "d.csv", "--customers", "P1", "--dossier", "--as-of", "2027-01-15"],
      none.io
    );
    expect(none.out()).toContain("Letters sent are not included (no --log given)");
  });
});

describe("remind --costs-vat", () => {
  it("charges collection costs with 21% VAT in the letters and the log", async () => {
    const args = ["remind", "d.csv", "--as-of", "2026-11-20"];
    const plain = fakeIo({ "d.csv": small });
    await run(args, plain.io);
    const vat = fakeIo({ "d.csv": small });
    await run([...args, "--costs-vat"], vat.io);
    const b1 = logOf(plain.written.get("./herinneringen-2026-11-20-log.csv")).find(
      (e) => e.customerId === "B1"
    )!;
    const b1Vat = logOf(vat.written.get("./herinneringen-2026-11-20-log.csv")).find(
      (e) => e.customerId === "B1"
    )!;
    expect(b1.costs).toBe(collectionCosts(cents(480000)));
    expect(b1Vat.costs).toBe(collectionCosts(cents(480000), { vat: true }));
    expect(b1Vat.total - b1.total).toBe(b1Vat.costs - b1.costs);
    expect(vat.out()).toContain("Collection costs include 21% VAT (--costs-vat).");
  });
});

describe("flags", () => {
  it("parses --log, --handovers and --costs-vat only when given", () => {
    expect(
      parseCliArgs([
        "remind",
        "x.csv",
        "--log",
        "a.csv",
        "--log",
        " b.csv , c.csv",
        "--handovers",
        "o.csv",
        "--costs-vat",
      ])
    ).toMatchObject({ log: ["a.csv", "b.csv", "c.csv"], handovers: ["o.csv"], costsVat: true });
    const bare = parseCliArgs(["remind", "x.csv"]);
    for (const key of ["log", "handovers", "costsVat"]) expect(bare).not.toHaveProperty(key);
    expect(
      parseCliArgs(["handoff", "x.csv", "--customers", "A", "--log", "l.csv", "--costs-vat"])
    ).toMatchObject({
      log: ["l.csv"],
      costsVat: true,
    });
    expect(parseCliArgs(["handoff", "x.csv", "--factoring", "--handovers", "o.csv"])).toMatchObject(
      {
        factoring: true,
        handovers: ["o.csv"],
      }
    );
  });

  it("usage errors name the problem", async () => {
    const f = fakeIo({});
    expect(await run(["handoff", "d.csv", "--factoring", "--log", "l.csv"], f.io)).toBe(2);
    expect(f.err()).toContain("--log does not apply to --factoring");
    expect(await run(["handoff", "d.csv", "--factoring", "--costs-vat"], f.io)).toBe(2);
    expect(f.err()).toContain("--costs-vat does not apply to --factoring");
    expect(await run(["remind", "d.csv", "--log", "a.csv,,b.csv"], f.io)).toBe(2);
    expect(f.err()).toContain('--log "a.csv,,b.csv" names an empty file');
    expect(await run(["remind", "d.csv", "--handovers", ""], f.io)).toBe(2);
    expect(f.err()).toContain('--handovers "" names an empty file');
    expect(await run(["remind", "d.csv", "--costs-vat=ja"], f.io)).toBe(2);
    expect(f.err()).toContain("--costs-vat");
    expect(await run(["remind", "d.csv", "--log"], f.io)).toBe(2);
  });

  it("help explains the records", () => {
    for (const flag of [
      "--log FILE.csv",
      "--handovers FILE.csv",
      "--costs-vat",
      "overdracht-<date>.csv",
    ])
      expect(HELP_TEXT).toContain(flag);
  });
});
