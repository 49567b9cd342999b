import JSZip from "jszip";
import Papa from "papaparse";
import {
  handoverBatches,
  nextBatchId,
  handoverCandidates,
  collectionExport,
  factoringExport,
  DEFAULT_SETTINGS,
} from "../../src/app";
import { compareDays, statutoryInterest } from "../../src/core";
import { applyHandovers, markHandedOver, NO_HANDOVERS, undoHandover } from "../../src/records";
import { demoLedger } from "../../src/demo";
import { reviewReminders } from "../../src/dunning";
import { readLedger } from "../../src/ledger";
import { AS_OF, stageLedger } from "../documents/letter-fixture";

const demo = demoLedger();
const { ledger } = readLedger(demo.values(), { asOf: demo.asOf });
const asOf = demo.asOf;
const review = reviewReminders(ledger, asOf);

/** Independent: per customer the overdue open euro invoices not written off or handed over. */
function overdueByCustomer(l: typeof ledger): Map<string, number> {
  const c = l.columns;
  const sums = new Map<string, number>();
  for (let i = 0; i < l.length; i++) {
    const due = c.dueDate[i];
    if (!due || compareDays(due, asOf) >= 0) continue;
    if ((c.openAmount[i] as number) <= 0 || c.writtenOff[i] || c.handedOver[i]) continue;
    if (c.currency[i] !== "EUR") continue;
    const id = c.customerId[i] as string;
    sums.set(id, (sums.get(id) ?? 0) + (c.openAmount[i] as number));
  }
  return sums;
}

function csvRows(bytes: Uint8Array): string[][] {
  return Papa.parse<string[]>(new TextDecoder().decode(bytes), {
    delimiter: ";",
    skipEmptyLines: true,
  }).data;
}

describe("hand-over candidates on the demo ledger", () => {
  const candidates = handoverCandidates(ledger, review, asOf);

  it("are the customers with overdue items not handed over, with their overdue sum", () => {
    const expected = overdueByCustomer(ledger);
    expect(new Map(candidates.map((c) => [c.customerId, c.overdue as number]))).toEqual(expected);
  });

  it("list the customers whose ladder reached the hand-over stage first", () => {
    // The stage fixture: "B5-nl" and friends sent the last notice on 1 October, so the hand-over is due.
    const staged = stageLedger();
    const stagedReview = reviewReminders(staged, AS_OF);
    const list = handoverCandidates(staged, stagedReview, AS_OF);
    const due = stagedReview.proposals
      .filter((p) => p.policyStage.kind === "handover")
      .map((p) => p.customerId)
      .sort();
    expect(due).toEqual(["B5-en", "B5-nl", "C4-en", "C4-nl"]);
    expect(list.slice(0, 4).every((c) => c.due)).toBe(true);
    expect(
      list
        .slice(0, 4)
        .map((c) => c.customerId)
        .sort()
    ).toEqual(due);
    expect(list.slice(4).some((c) => c.due)).toBe(false);
    expect(list).toHaveLength(18);
  });
});

describe("collection export and the hand-over state", () => {
  const candidates = handoverCandidates(ledger, review, asOf);
  const ids = candidates.slice(0, 3).map((c) => c.customerId);
  it("has three customers to hand over", () => expect(ids).toHaveLength(3));

  it("exports the selected customers' claims as csv whose control line reconciles", async () => {
    const made = await collectionExport(ledger, ids, asOf, "csv", DEFAULT_SETTINGS, []);
    expect(made.kind).toBe("collection");
    expect(made.files.map((f) => f.name)).toEqual([`vorderingen-${asOf}.csv`]);
    const [header, ...rows] = csvRows(made.files[0]!.data as Uint8Array);
    const control = rows.pop()!;
    expect(rows).toHaveLength(made.claims.length);
    expect(made.control.count).toBe(made.claims.length);
    const principalCol = header!.indexOf("Hoofdsom");
    const sum = rows.reduce(
      (s, r) => s + Math.round(Number(r[principalCol]!.replace(/\./g, "").replace(",", ".")) * 100),
      0
    );
    expect(sum).toBe(made.control.principal);
    expect(control.join(";")).toContain("Controletotaal");
    // Every selected customer's overdue principal is in, to the cent.
    const expected = overdueByCustomer(ledger);
    expect(made.control.principal).toBe(ids.reduce((s, id) => s + (expected.get(id) ?? 0), 0));
  });

  it("computes each claim's interest as statutoryInterest on it", async () => {
    const made = await collectionExport(ledger, ids, asOf, "json", DEFAULT_SETTINGS, []);
    const json = JSON.parse(made.files[0]!.data as string) as {
      claims: {
        invoiceId: string;
        dueDate: string;
        principal: number;
        interest: number;
        interestKind: "commercial" | "consumer";
      }[];
    };
    for (const claim of json.claims) {
      const expected = statutoryInterest({
        principal: claim.principal as never,
        from: claim.dueDate as never,
        to: asOf,
        kind: claim.interestKind,
      });
      expect([claim.invoiceId, claim.interest]).toEqual([claim.invoiceId, expected.interest]);
    }
  });

  it("marks what went out, so the ladder and a second export skip it; undo brings it back", async () => {
    const made = await collectionExport(ledger, ids, asOf, "xlsx", DEFAULT_SETTINGS, []);
    expect(made.files[0]!.name).toBe(`vorderingen-${asOf}.xlsx`);
    const batch = nextBatchId(NO_HANDOVERS, made.kind, asOf);
    expect(batch).toBe(`incasso-${asOf}`);
    const state = markHandedOver(NO_HANDOVERS, made.claims, asOf, batch, made.kind);
    const applied = applyHandovers(ledger, state);

    const after = handoverCandidates(applied, reviewReminders(applied, asOf), asOf);
    expect(after.map((c) => c.customerId)).not.toEqual(expect.arrayContaining(ids));
    const again = await collectionExport(applied, ids, asOf, "csv", DEFAULT_SETTINGS, []);
    expect(again.claims).toEqual([]);
    // The reminder run proposes nothing more for the handed-over invoices.
    const proposed = reviewReminders(applied, asOf).proposals.filter((p) =>
      ids.includes(p.customerId)
    );
    expect(proposed).toEqual([]);

    expect(nextBatchId(state, "collection", asOf)).toBe(`incasso-${asOf}-2`);
    expect(handoverBatches(state)).toEqual([
      {
        batch,
        date: asOf,
        kind: "collection",
        customers: ids.length,
        claims: made.claims.length,
      },
    ]);
    const undone = undoHandover(state, batch);
    expect(handoverCandidates(applyHandovers(ledger, undone), review, asOf)).toEqual(candidates);
  });

  it("writes one dossier zip per debtor with the claim statement and the invoice list", async () => {
    const made = await collectionExport(ledger, ids, asOf, "dossier", DEFAULT_SETTINGS, []);
    expect(made.files).toHaveLength(ids.length);
    const zip = await JSZip.loadAsync(made.files[0]!.data as Uint8Array);
    expect(Object.keys(zip.files).sort()).toEqual(
      expect.arrayContaining(["README.txt", "facturen.csv", "vordering.csv", "vordering.html"])
    );
  });
});

describe("factoring export", () => {
  it("assigns the open invoices of the selection and marks them as factoring", async () => {
    const ids = handoverCandidates(ledger, review, asOf)
      .slice(0, 5)
      .map((c) => c.customerId);
    const made = await factoringExport(ledger, ids, asOf, "csv", DEFAULT_SETTINGS);
    const all = await factoringExport(ledger, null, asOf, "csv", DEFAULT_SETTINGS);
    expect(all.claims.length).toBeGreaterThan(made.claims.length);
    expect(all.claims).toEqual(expect.arrayContaining(made.claims));
    expect(made.kind).toBe("factoring");
    expect(made.files.map((f) => f.name)).toEqual([
      `factoring-debiteuren-${asOf}.csv`,
      `factoring-facturen-${asOf}.csv`,
    ]);
    const [, ...rows] = csvRows(made.files[1]!.data as Uint8Array);
    expect(rows).toHaveLength(made.claims.length + 1); // + control line
    expect(made.control.count).toBe(made.claims.length);
    const state = markHandedOver(NO_HANDOVERS, made.claims, asOf, "f1", "factoring");
    expect(handoverBatches(state)[0]).toMatchObject({
      kind: "factoring",
      claims: made.claims.length,
    });
    // Assigned invoices are not offered twice.
    const again = await factoringExport(
      applyHandovers(ledger, state),
      ids,
      asOf,
      "csv",
      DEFAULT_SETTINGS
    );
    expect(again.claims).toEqual([]);
  });
});
