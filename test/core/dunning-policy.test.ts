import {
  DEFAULT_B2B_POLICY,
  DEFAULT_B2C_POLICY,
  defaultPolicy,
  validatePolicy,
  type Policy,
} from "../../src/dunning";
import { CoreError } from "../../src/core";

describe("default dunning policies", () => {
  it("B2B: herinnering, tweede herinnering (+ call), aanmaning, laatste aanmaning, overdracht", () => {
    const rows = DEFAULT_B2B_POLICY.stages.map((s) => [
      s.name.nl,
      s.offset.from === "previous-term-end" ? "term-end" : `${s.offset.from}+${s.offset.days}`,
      s.term?.days ?? null,
      s.channels.includes("phone-task"),
      s.mayChargeCollectionCosts,
    ]);
    expect(rows).toEqual([
      ["Herinnering", "due+7", 7, false, false],
      ["Tweede herinnering", "previous-sent+14", 7, true, false],
      ["Aanmaning / ingebrekestelling", "previous-sent+14", 14, false, true],
      ["Laatste aanmaning", "previous-sent+14", 7, false, true],
      ["Overdracht incassobureau", "previous-sent+8", null, false, true],
    ]);
  });

  it("B2C: the 14-dagenbrief is free, its term runs from receipt, costs only from stage 3", () => {
    const [first, letter, notice, handover] = DEFAULT_B2C_POLICY.stages;
    expect(DEFAULT_B2C_POLICY.stages).toHaveLength(4);
    expect(first?.offset).toEqual({ from: "due", days: 7 });
    expect(letter?.kind).toBe("fourteen-day-letter");
    expect(letter?.term).toEqual({ days: 14, from: "receipt" });
    expect(letter?.mayChargeCollectionCosts).toBe(false);
    expect(notice?.offset).toEqual({ from: "previous-term-end" });
    expect(notice?.mayChargeCollectionCosts).toBe(true);
    expect(notice?.term?.days).toBe(7);
    expect(handover?.offset).toEqual({ from: "previous-sent", days: 8 });
    expect(handover?.term).toBeNull();
    expect(DEFAULT_B2C_POLICY.deliveryDays).toBe(2);
  });

  it("has English names and a template per stage, and is frozen", () => {
    for (const policy of [DEFAULT_B2B_POLICY, DEFAULT_B2C_POLICY]) {
      for (const stage of policy.stages) {
        expect(stage.name.en.length).toBeGreaterThan(3);
        expect(stage.templateId).toMatch(/^b2[bc]-\d-/);
      }
      expect(Object.isFrozen(policy.stages[0])).toBe(true);
      expect(validatePolicy(policy)).toBe(policy);
    }
    expect(defaultPolicy("consumer")).toBe(DEFAULT_B2C_POLICY);
    expect(defaultPolicy("business")).toBe(DEFAULT_B2B_POLICY);
  });
});

describe("validatePolicy", () => {
  const edit = (change: (p: Policy & { stages: Policy["stages"][number][] }) => void): Policy => {
    const copy = structuredClone(DEFAULT_B2B_POLICY) as Policy & {
      stages: Policy["stages"][number][];
    };
    change(copy);
    return copy;
  };

  it("accepts a user's edit with other offsets", () => {
    const p = edit((p) => {
      p.stages[0] = { ...p.stages[0]!, offset: { from: "due", days: 3 } };
    });
    expect(validatePolicy(p).stages[0]?.offset).toEqual({ from: "due", days: 3 });
  });

  it("rejects a first stage on or before the due date, naming the policy and stage", () => {
    const p = edit((p) => {
      p.stages[0] = { ...p.stages[0]!, offset: { from: "due", days: 0 } };
    });
    expect(() => validatePolicy(p)).toThrow(/Policy "b2b", stage 1/);
  });

  it("rejects no stages, bad terms, a later stage counting from the due date", () => {
    expect(() => validatePolicy(edit((p) => (p.stages = [])))).toThrow(CoreError);
    expect(() =>
      validatePolicy(
        edit((p) => (p.stages[1] = { ...p.stages[1]!, term: { days: 0, from: "sent" } }))
      )
    ).toThrow(/stage 2: term/);
    expect(() =>
      validatePolicy(
        edit((p) => (p.stages[2] = { ...p.stages[2]!, offset: { from: "due", days: 30 } }))
      )
    ).toThrow(/stage 3/);
    expect(() =>
      validatePolicy(
        edit((p) => (p.stages[4] = { ...p.stages[4]!, offset: { from: "previous-term-end" } }))
      )
    ).not.toThrow();
    expect(() =>
      validatePolicy(
        edit((p) => {
          p.stages[3] = { ...p.stages[3]!, term: null };
          p.stages[4] = { ...p.stages[4]!, offset: { from: "previous-term-end" } };
        })
      )
    ).toThrow(/gives no term/);
  });
});
