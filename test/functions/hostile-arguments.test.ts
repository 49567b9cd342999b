// Every =DEB. function, every argument shape: a value Excel can show, or a CustomFunctions.Error
// with an error code and a message — never a raw exception (Excel shows #VALUE! without a word).
// The functions are the ones the metadata generator finds (the same list Excel registers), so a new
// function is covered the day it is added.
import fc from "fast-check";
import { createRequire } from "node:module";
import path from "node:path";
import { FakeCustomFunctionError } from "./custom-functions-fake";
import { INTERNAL_ERROR_PREFIX } from "../../functions";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (files: string[]) => Promise<{
    metadataJson: string;
    associate: { id: string; functionName: string; sourceFileName: string }[];
    errors: string[];
  }>;
};
const { functionFiles } = require("./webpack.config.js") as { functionFiles: string[] };

interface FunctionMetadata {
  id: string;
  description: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

const generated = await generateCustomFunctionsMetadata(functionFiles.map((f) => path.resolve(f)));
const metadata = JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] };

type Fn = (...args: unknown[]) => unknown;
const implementations = new Map<string, Fn>();
for (const file of functionFiles) {
  const mod = (await import(`../../functions/${path.basename(file)}`)) as Record<string, Fn>;
  for (const a of generated.associate.filter((x) => x.sourceFileName === path.resolve(file))) {
    const fn = mod[a.functionName];
    if (typeof fn === "function") implementations.set(a.id, fn);
  }
}

/** Functions that return a day (an Excel date serial). */
const DAY_RESULTS = ["NEXTREMINDER", "WORKDAY", "VATRELIEFDATE"];
const LAST_SERIAL = 2_958_465;
const ERROR_CODES = ["#VALUE!", "#NUM!", "#N/A"];

// --- Argument shapes ---------------------------------------------------------------------------

/** Serials around Excel's calendar edges: 0, the fictitious 1900-02-29 (60), 9999-12-31 (2958465). */
const edgeSerial = fc.oneof(
  fc.integer({ min: -3, max: 64 }),
  fc.integer({ min: LAST_SERIAL - 400, max: LAST_SERIAL + 3 }),
  fc.constantFrom(0.5, 59.99, 60.5, 61.25, LAST_SERIAL + 0.99, LAST_SERIAL + 1, -0)
);
const ordinarySerial = fc.integer({ min: 36_000, max: 55_000 });
const hugeNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    1e15,
    -1e15,
    1e9,
    99,
    100,
    -1
  ),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 })
);
const number = fc.oneof(
  edgeSerial,
  ordinarySerial,
  hugeNumber,
  fc.integer({ min: -400, max: 400 })
);
const text = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "9999-12-31",
    "9999-12-30",
    "1900-01-01",
    "1900-02-29",
    "1000-01-01",
    "0000-00-00",
    "31-12-9999",
    "2026-02-30",
    "2026-11-22",
    "22-11-2026",
    "NaN",
    "Infinity",
    "-1",
    "1e999",
    "1.234,56",
    "-5",
    "21%",
    "handels",
    "wettelijk",
    "particulier",
    "B2C",
    "nl",
    "en",
    "WAAR",
    "ja",
    "NL91ABNA0417164300",
    "NL004495445B01",
    "12345678",
    '=HYPERLINK("http://x")',
    "\u0000",
    "x".repeat(300)
  ),
  fc.string({ maxLength: 30 }),
  number.map(String)
);
const scalar = fc.oneof(number, text, fc.boolean(), fc.constantFrom(null, undefined));
/** A 2-D range as Excel passes it (rows of cells), including ragged and empty ones. */
const range = fc.oneof(
  fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom([], [[]], [[null]], [[null, null]], [[60, 1]], [[LAST_SERIAL, 1e308]])
);
const hostile = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: range });
/**
 * An ordinary value for a parameter, by its name, so that every hostile value is also tried next to
 * arguments that work (a call with one bad argument among good ones reaches deeper code).
 */
function ordinaryFor(name: string): fc.Arbitrary<unknown> {
  const day = fc.integer({ min: 38_000, max: 46_500 }); // 2004 to 2027
  const byName: Record<string, fc.Arbitrary<unknown>> = {
    principal: fc.integer({ min: 0, max: 100_000 }),
    open_amount: fc.integer({ min: 0, max: 100_000 }),
    days: fc.integer({ min: -300, max: 300 }),
    last_stage: fc.constantFrom(null, 0, 1, 2, 3),
    edges: fc.constantFrom(null, [[30], [60]], [[14], [null], [45]]),
    kind: fc.constantFrom(null, "handels", "wettelijk", "b2c"),
    payments: fc.constantFrom(null, [[null, null]]),
    language: fc.constantFrom(null, "nl", "en"),
    debtor_type: fc.constantFrom(null, "zakelijk", "particulier", "B2C"),
    add_vat: fc.constantFrom(null, true, false),
    vat_rate: fc.constantFrom(null, 21, 0.09, "9%"),
    text: fc.constantFrom("NL91ABNA0417164300", "NL004495445B01", "12345678", ""),
  };
  return byName[name] ?? (/date|as_of|start|sent/.test(name) ? day : fc.constant(null));
}

/** 0 to arity + 1 arguments, mostly all of them, each hostile or ordinary. */
const argumentsOf = (fn: FunctionMetadata): fc.Arbitrary<unknown[]> => {
  const arity = fn.parameters.length;
  const each = [...fn.parameters.map((p) => ordinaryFor(p.name)), fc.constant(null)].map((ok) =>
    fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: ok })
  );
  return fc
    .tuple(fc.oneof(fc.constant(arity), fc.integer({ min: 0, max: arity + 1 })), fc.tuple(...each))
    .map(([n, args]) => args.slice(0, n));
};

// --- The check -------------------------------------------------------------------------------------

function checkValue(id: string, fn: FunctionMetadata, value: unknown): void {
  const cell = (v: unknown): void => {
    if (typeof v === "number") {
      expect(Number.isFinite(v)).toBe(true);
    } else {
      expect(["string", "boolean"]).toContain(typeof v);
    }
  };
  if (fn.result.dimensionality === "matrix") {
    expect(Array.isArray(value)).toBe(true);
    const rows = value as unknown[][];
    expect(rows.length).toBeGreaterThan(0);
    const width = rows[0]!.length;
    for (const row of rows) {
      expect(row).toHaveLength(width);
      row.forEach(cell);
    }
    return;
  }
  cell(value);
  if (DAY_RESULTS.includes(id)) {
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(1);
    expect(value).toBeLessThanOrEqual(LAST_SERIAL);
  }
}

function call(id: string, args: unknown[]): { ok: true } | { ok: false; error: string } {
  const fn = implementations.get(id)!;
  const meta = metadata.functions.find((f) => f.id === id)!;
  try {
    checkValue(id, meta, fn(...args));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof FakeCustomFunctionError)) {
      // The raw error, with the arguments that caused it, as the failure.
      throw new Error(
        `${id}(${args.map((a) => JSON.stringify(a) ?? "undefined").join("; ")}) threw ${String(error)}`
      );
    }
    return { ok: false, error: `${error.code} ${error.message}` };
  }
}

/**
 * WORKDAY walks day by day (src/core/business-days, up to 100,000 business days a call), so a day
 * count such as 46,000 — which the hostile numbers often are — costs most of a second: fewer runs
 * keep the test short.
 */
const RUNS: Record<string, number> = { WORKDAY: 200 };

describe("every =DEB. function with hostile arguments", () => {
  it("finds every function the metadata declares, and its implementation", () => {
    expect(generated.errors).toEqual([]);
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThanOrEqual(14);
    expect([...implementations.keys()].sort()).toEqual(ids);
  });

  for (const fn of metadata.functions) {
    it(`${fn.id}: a value Excel can show, or CustomFunctions.Error with a code and a message`, () => {
      const errors = new Set<string>();
      let values = 0;
      fc.assert(
        fc.property(argumentsOf(fn), (args) => {
          const result = call(fn.id, args);
          if (result.ok) {
            values++;
            return;
          }
          errors.add(result.error);
          const [code] = result.error.split(" ");
          expect(ERROR_CODES).toContain(code);
          expect(result.error.length).toBeGreaterThan(code!.length + 5);
          // Every error was foreseen: the safety net for defects is never what answers.
          expect(result.error).not.toContain(INTERNAL_ERROR_PREFIX);
          expect(result.error).not.toMatch(/\[object Object\]|undefined is not|Epoch day/);
          // A message fits a tooltip, however long the cell's text.
          expect(result.error.length).toBeLessThan(400);
        }),
        { numRuns: RUNS[fn.id] ?? 1500 }
      );
      // Not vacuous: the run saw both answers and refusals (the identifier checks never refuse).
      // With three in four arguments ordinary, every function answers in over 5% of the calls; a
      // bound of 1% cannot fail by chance.
      if (!fn.id.startsWith("CHECK")) expect(errors.size).toBeGreaterThan(0);
      expect(values).toBeGreaterThan((RUNS[fn.id] ?? 1500) / 100);
    });
  }
});

describe("the calls the hostile-input review saw throw raw", () => {
  const errorOf = (id: string, ...args: unknown[]): FakeCustomFunctionError => {
    try {
      implementations.get(id)!(...args);
    } catch (error) {
      if (error instanceof FakeCustomFunctionError) return error;
      throw error;
    }
    throw new Error(`${id} returned a value`);
  };

  it("VATRELIEFDATE one year after a day near 9999-12-31 is #NUM! naming the day", () => {
    const e = errorOf("VATRELIEFDATE", LAST_SERIAL - 100);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe(
      "One year after 9999-09-22 falls outside the days Excel can show (1900-01-01 to 9999-12-31)."
    );
    // The last day that still has an answer: 9998-12-31 + 1 year.
    expect(implementations.get("VATRELIEFDATE")!(LAST_SERIAL - 365)).toBe(LAST_SERIAL);
  });

  it("WORKDAY(1; -1) goes back before 1900-01-01: #NUM!", () => {
    const e = errorOf("WORKDAY", 1, -1);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe(
      "The day 1 business day before 1900-01-01 falls on 1899-12-29, before 1900-01-01, the first day Excel can show."
    );
    const late = errorOf("WORKDAY", LAST_SERIAL, 1);
    expect([late.code, late.message]).toEqual([
      "#NUM!",
      "The day 1 business day after 9999-12-31 falls outside the days Excel can show (1900-01-01 to 9999-12-31).",
    ]);
  });

  it("NEXTREMINDER and REMINDERSTAGE at the end of the calendar", () => {
    const e = errorOf("NEXTREMINDER", LAST_SERIAL - 3);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/^The next reminder falls outside the days Excel can show/);
    // A stage that would fall after 9999-12-31 is due on no day Excel can show.
    expect(implementations.get("REMINDERSTAGE")!(LAST_SERIAL - 3, LAST_SERIAL)).toBe("");
    expect(
      implementations.get("REMINDERSTAGE")!(LAST_SERIAL - 3, LAST_SERIAL, 1, LAST_SERIAL)
    ).toBe("");
  });

  it("INTEREST over centuries outgrows exact cents: a message naming as_of, not a BigInt error", () => {
    for (const id of ["INTEREST", "INTERESTSPEC"]) {
      const e = errorOf(id, 1, 38_000, "9999-12-31");
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(
        /^as_of: The interest on \d+ cents is too large to count exactly in cents\. Choose an as_of nearer to the due date\.$/
      );
    }
  });

  it("a serial past 9999-12-31 is a bad argument, named, not a core message", () => {
    const e = errorOf("DAYSOVERDUE", LAST_SERIAL + 1, 45000);
    expect([e.code, e.message]).toEqual([
      "#VALUE!",
      "due_date: 2958466 is after 9999-12-31 (serial 2958465), the last day Excel can show",
    ]);
  });
});
