import {
  HostError,
  mappingNeedOfError,
  mappingNeedOfRead,
  mappingProblems,
  mappingToSave,
} from "../../src/app";
import { LedgerError, readLedger } from "../../src/ledger";

/** The LedgerError readLedger throws for `values`. */
function readError(values: unknown[][]): LedgerError {
  try {
    readLedger(values);
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error("expected a LedgerError");
}

const ODD = [
  ["Nr", "Wie", "Wanneer", "Uiterlijk", "Som"],
  ["F1", "Bakkerij", "01-02-2026", "01-03-2026", "100,00"],
];

describe("mappingNeedOfError", () => {
  it("offers the header row of a failed read, wrapped as the host does", () => {
    const cause = readError(ODD);
    const error = new HostError("ledger", "x", "x", { sheet: "odd.csv" }, cause);
    const need = mappingNeedOfError(error, {});
    expect(need?.reason).toBe("failed");
    expect(need?.options.map((o) => [o.value, o.letter])).toEqual([
      ["Nr", "A"],
      ["Wie", "B"],
      ["Wanneer", "C"],
      ["Uiterlijk", "D"],
      ["Som", "E"],
    ]);
    expect(need?.proposal).toEqual({});
  });

  it("pre-fills what detection found and the stored mapping, by text or letter", () => {
    const cause = readError([
      ["Factuur", "Vervaldatum", "Wie", "Bedrag", ""],
      ["F1", 46000, "A", 5, "x"],
    ]);
    const need = mappingNeedOfError(cause, { customerName: "c", description: "Weg" })!;
    expect(need.proposal).toEqual({
      invoiceId: "Factuur",
      dueDate: "Vervaldatum",
      amount: "Bedrag",
      customerName: "Wie",
    });
    expect(need.options[4]).toEqual({ value: "E", header: "", letter: "E" });
  });

  it("picks a repeated header by its letter", () => {
    const need = mappingNeedOfError(new LedgerError("x", ["Som", "som", "Wie"]), {})!;
    expect(need.options.map((o) => o.value)).toEqual(["A", "B", "Wie"]);
  });

  it("is null for other errors and for errors without header texts", () => {
    expect(mappingNeedOfError(new HostError("empty", "x", "x"), {})).toBeNull();
    expect(mappingNeedOfError(new LedgerError("x"), {})).toBeNull();
    expect(mappingNeedOfError(new LedgerError("x", ["", ""]), {})).toBeNull();
    expect(mappingNeedOfError(new Error("x"), {})).toBeNull();
  });
});

describe("mappingNeedOfRead", () => {
  it("is null when every required column is sure and there is a due date", () => {
    const read = readLedger([
      ["Factuurnummer", "Debiteurnummer", "Vervaldatum", "Bedrag", "Opmerking"],
      ["F1", "D1", 46000, 5, ""],
    ]);
    expect(mappingNeedOfRead(read, {})).toBeNull();
  });

  it("asks when there is no due-date column", () => {
    const read = readLedger([
      ["Factuurnummer", "Debiteurnummer", "Bedrag", "Opmerking"],
      ["F1", "D1", 5, ""],
    ]);
    const need = mappingNeedOfRead(read, {})!;
    expect(need.reason).toBe("unsure");
    expect(need.missingDueDate).toBe(true);
    expect(need.doubts).toEqual([]);
    expect(need.options.map((o) => o.value)).toEqual([
      "Factuurnummer",
      "Debiteurnummer",
      "Bedrag",
      "Opmerking",
    ]);
    expect(need.proposal).toEqual({
      invoiceId: "Factuurnummer",
      customerId: "Debiteurnummer",
      amount: "Bedrag",
    });
  });

  it("asks when a required column matched partially, and not once the mapping names it", () => {
    const values = [
      ["Factuurnummer", "Debiteurnummer", "Vervaldatum", "Totaal factuurbedrag incl btw"],
      ["F1", "D1", 46000, 5],
    ];
    const read = readLedger(values);
    const amount = read.columns.find((c) => c.field === "amount")!;
    expect(amount.confidence).toBeLessThan(1);
    const need = mappingNeedOfRead(read, {})!;
    expect(need.doubts).toEqual([
      { field: "amount", header: amount.header, confidence: amount.confidence },
    ]);
    // Confirming the unsure column stores it (the sure ones stay automatic); then no question.
    const save = mappingToSave(need.proposal, need, {});
    expect(save).toEqual({ amount: amount.header });
    expect(mappingNeedOfRead(readLedger(values, { mapping: save }), save)).toBeNull();
  });
});

describe("mappingProblems", () => {
  it("names the required fields left open and columns picked twice", () => {
    expect(mappingProblems({ invoiceId: "Nr", customerName: "Wie", amount: "Som" })).toEqual({
      missing: [],
      twice: [],
    });
    const problems = mappingProblems({ invoiceId: "Nr", dueDate: "Nr", description: "" });
    expect(problems.missing).toEqual([["amount"], ["customerId", "customerName"]]);
    expect(problems.twice).toEqual([{ value: "Nr", fields: ["invoiceId", "dueDate"] }]);
  });
});

describe("mappingToSave", () => {
  it("stores every choice detection did not make for sure, and keeps stored fields", () => {
    const need = mappingNeedOfError(readError(ODD), {})!;
    const choice = { invoiceId: "Nr", customerName: "Wie", dueDate: "Uiterlijk", amount: "Som" };
    expect(mappingToSave(choice, need, {})).toEqual(choice);
    const sure = mappingNeedOfRead(
      readLedger([
        ["Factuurnummer", "Klant", "Bedrag"],
        ["F1", "D1", 5],
      ]),
      { customerId: "Klant" }
    )!;
    expect(
      mappingToSave({ ...sure.proposal, description: "" }, sure, { customerId: "Klant" })
    ).toEqual({
      customerId: "Klant",
    });
  });
});

describe("value fit: a field is only proposed for a column whose values fit it", () => {
  // "Vervaldag" names a due date, but these values are day counts (as a Vervaldagen column).
  const counts = (extra: string[]) => [
    ["Nr", "Klant", "Vervaldag", "Vervalt", ...extra],
    ["F1", "Bakkerij", "14", "15-12-2026", "100,00"],
    ["F2", "Bakkerij", "-3", "04-12-2026", "250,00"],
    ["F3", "Garage", "30", "06-01-2027", "75,50"],
  ];

  it("after a failed read: the due date is proposed from the dates, not from the day counts", () => {
    const need = mappingNeedOfError(readError(counts(["Som"])), {})!;
    expect(need.reason).toBe("failed");
    expect(need.proposal.dueDate).toBe("Vervalt");
    expect(Object.values(need.proposal)).not.toContain("Vervaldag");
  });

  it("a column whose values contradict its name is proposed for nothing and asked about", () => {
    const read = readLedger([
      ["Factuurnummer", "Klant", "Vervaldag", "Bedrag"],
      ["F1", "Bakkerij", "14", "100,00"],
      ["F2", "Bakkerij", "-3", "250,00"],
      ["F3", "Garage", "30", "75,50"],
    ]);
    const due = read.columns.find((c) => c.field === "dueDate");
    expect(due?.fit).toBe(0);
    const need = mappingNeedOfRead(read, {})!;
    expect(need.doubts.map((d) => d.field)).toEqual(["dueDate"]);
    expect(need.proposal.dueDate).toBeUndefined();
  });

  it("a weak name confirmed by its values needs no question (Factuur holding amounts)", () => {
    const read = readLedger([
      ["Factuurnr.", "Naam", "Vervalt", "Factuur", "Saldo"],
      ["2026100", "Mw. A. de Vries", "02-12-2026", "269,96", "269,96"],
      ["2026103", "Dhr. B. Öztürk", "03-12-2026", "460,31", "0,00"],
      ["2026106", "Mw. C. Smit", "17-11-2026", "342,40", "342,40"],
    ]);
    const amount = read.columns.find((c) => c.field === "amount");
    expect(amount).toMatchObject({ header: "Factuur", confidence: 0.5, fit: 1 });
    expect(mappingNeedOfRead(read, {})).toBeNull();
  });
});
