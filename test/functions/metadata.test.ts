// The metadata Excel reads, generated as the build generates it (custom-functions-metadata from the
// JSDoc, then the Dutch localization): which functions are volatile, their help links, and the
// support page's reference those links land on.
import { jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { FakeCustomFunctionError } from "./custom-functions-fake";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { functionFiles, dutchFunctionNames } = require("./webpack.config.js") as {
  functionFiles: string[];
  dutchFunctionNames: () => Record<string, unknown>;
};
const { functionMetadata, functionReference } = require("./scripts/function-reference.cjs");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

interface Meta {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  options?: { volatile?: boolean };
  parameters: { name: string; optional?: boolean }[];
}
type Metadata = { functions: Meta[] };

const { en, nl } = (await functionMetadata(functionFiles, dutchFunctionNames())) as {
  en: Metadata;
  nl: Metadata;
};
const reference = (await functionReference(functionFiles, dutchFunctionNames())) as {
  functionReferenceEn: string;
  functionReferenceNl: string;
};

// The implementations, bound by the same associate list the build appends to the bundle.
type Fn = (...args: unknown[]) => unknown;
const generated = await generateCustomFunctionsMetadata(functionFiles.map((f) => path.resolve(f)));
const implementations = new Map<string, Fn>();
for (const file of functionFiles) {
  const mod = (await import(`../../functions/${path.basename(file)}`)) as Record<string, Fn>;
  for (const a of generated.associate as {
    id: string;
    functionName: string;
    sourceFileName: string;
  }[]) {
    if (a.sourceFileName === path.resolve(file)) implementations.set(a.id, mod[a.functionName]!);
  }
}

const { dayToSerial } = await import("../../src/core");
const { isoDay } = await import("../../src/core");
const serial = (d: string): number => dayToSerial(isoDay(d));

/**
 * An ordinary call per parameter name, with every optional day left out. A new parameter name makes
 * the test fail here, so that the clock check below keeps covering every argument.
 */
const SAMPLE: Record<string, unknown> = {
  due_date: serial("2026-10-01"),
  as_of: null,
  edges: null,
  language: null,
  principal: 1000,
  kind: null,
  payments: null,
  date: serial("2026-10-01"),
  add_vat: null,
  last_stage: null,
  last_sent: null,
  debtor_type: null,
  start: serial("2026-10-01"),
  days: 5,
  open_amount: 121,
  vat_rate: null,
  text: "NL91ABNA0417164300",
};

function outcomeAt(now: Date, id: string, args: unknown[]): string {
  jest.useFakeTimers({ now });
  try {
    return JSON.stringify(implementations.get(id)!(...args));
  } catch (error) {
    if (error instanceof FakeCustomFunctionError) return `${error.code} ${error.message}`;
    throw error;
  } finally {
    jest.useRealTimers();
  }
}

const TODAY_DEFAULTING = ["AGEBUCKET", "DAYSOVERDUE", "INTEREST", "INTERESTSPEC", "REMINDERSTAGE"];

describe("generated metadata: volatility", () => {
  it("marks volatile exactly the functions whose answer moves with the clock", () => {
    const clockDependent: string[] = [];
    for (const fn of en.functions) {
      const args = fn.parameters.map((p) => {
        if (!(p.name in SAMPLE)) throw new Error(`no sample value for ${fn.id}.${p.name}`);
        return SAMPLE[p.name];
      });
      // Local noon, before and well after the sample due date.
      const early = outcomeAt(new Date(2026, 8, 15, 12), fn.id, args);
      const late = outcomeAt(new Date(2027, 5, 15, 12), fn.id, args);
      if (early !== late) clockDependent.push(fn.id);
    }
    expect(clockDependent.sort()).toEqual(TODAY_DEFAULTING);
    const volatile = en.functions.filter((f) => f.options?.volatile === true).map((f) => f.id);
    expect(volatile.sort()).toEqual(TODAY_DEFAULTING);
    // The Dutch file is the same functions with other names: the same options.
    expect(nl.functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(
      en.functions.filter((f) => f.options?.volatile).map((f) => f.id)
    );
  });

  it("counts to the local day of the clock when the day is left out, and not once a day is given", () => {
    const due = serial("2026-11-01");
    expect(outcomeAt(new Date(2026, 10, 22, 23, 30), "DAYSOVERDUE", [due])).toBe("21");
    expect(outcomeAt(new Date(2026, 10, 23, 0, 30), "DAYSOVERDUE", [due])).toBe("22");
    const pinned = [due, serial("2026-11-30")];
    expect(outcomeAt(new Date(2026, 10, 22, 12), "DAYSOVERDUE", pinned)).toBe("29");
    expect(outcomeAt(new Date(2030, 0, 1, 12), "DAYSOVERDUE", pinned)).toBe("29");
    expect(outcomeAt(new Date(2027, 1, 15, 12), "AGEBUCKET", [due, null, null, "en"])).toBe(
      '"90+"'
    );
  });

  it("says in each volatile function's description how to pin the day, in both languages", () => {
    for (const fn of en.functions.filter((f) => f.options?.volatile)) {
      expect(fn.description).toMatch(/give as_of to pin the day/);
      expect(fn.description).toMatch(/today/);
    }
    for (const fn of nl.functions.filter((f) => f.options?.volatile)) {
      expect(fn.description).toMatch(/Zonder peildatum: tot vandaag, elke dag opnieuw berekend\./);
    }
  });
});

describe("generated metadata: help links and descriptions", () => {
  const page = readFileSync(path.join(process.cwd(), "taskpane/support.html"), "utf8");
  const anchorsIn = (html: string): Set<string> =>
    new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!));

  it("gives every function a helpUrl to its English entry of the support page", () => {
    const anchors = anchorsIn(reference.functionReferenceEn);
    for (const fn of en.functions) {
      expect(fn.helpUrl).toBe(`https://localhost:3000/support.html#en-${fn.id.toLowerCase()}`);
      expect(anchors).toContain(`en-${fn.id.toLowerCase()}`);
    }
    expect(anchors.size).toBe(en.functions.length);
  });

  it("points the Dutch file's helpUrl at the Dutch entry, named as Dutch Excel names it", () => {
    const anchors = anchorsIn(reference.functionReferenceNl);
    const byId = new Map(nl.functions.map((f) => [f.id, f]));
    expect(byId.get("DAYSOVERDUE")!.helpUrl).toBe(
      "https://localhost:3000/support.html#nl-dagenvervallen"
    );
    for (const fn of nl.functions) {
      expect(fn.helpUrl).toBe(`https://localhost:3000/support.html#nl-${fn.name.toLowerCase()}`);
      expect(anchors).toContain(`nl-${fn.name.toLowerCase()}`);
    }
    expect(anchors.size).toBe(nl.functions.length);
  });

  it("renders each entry with its signature, every argument and a link to its other-language twin", () => {
    const en1 = reference.functionReferenceEn;
    expect(en1).toContain("<code>=DEB.AGEBUCKET(due_date; [as_of]; [edges]; [language])</code>");
    expect(en1).toContain('<a href="#nl-ouderdomsklasse"><code>=DEB.OUDERDOMSKLASSE</code></a>');
    const nl1 = reference.functionReferenceNl;
    expect(nl1).toContain(
      "<code>=DEB.WETTELIJKERENTE(hoofdsom; vervaldatum; [peildatum]; [soort]; [betalingen])</code>"
    );
    expect(nl1).toContain("<dt><code>grenzen</code> (optioneel, een bereik)</dt>");
    for (const fn of nl.functions) {
      for (const p of fn.parameters) expect(nl1).toContain(`<code>${p.name}</code>`);
    }
    // Only the volatile functions carry the note on pinning a day.
    expect(nl1.split('class="note"').length - 1).toBe(TODAY_DEFAULTING.length);
    expect(en1.split('class="note"').length - 1).toBe(TODAY_DEFAULTING.length);
    // Descriptions are escaped text, not markup.
    expect(nl1).toContain("&quot;Niet vervallen&quot;");
  });

  it("has a support page template that places both references and explains pinning a day", () => {
    expect(page).toContain("<%= functionReferenceNl %>");
    expect(page).toContain("<%= functionReferenceEn %>");
    expect(page).toMatch(/id="nl-functies"/);
    expect(page).toMatch(/id="en-functions"/);
    expect(page).toContain("=DEB.DAGENVERVALLEN(B2; $H$1)");
    expect(page).toContain("=DEB.DAYSOVERDUE(B2; $H$1)");
  });

  it("says in the description of every function that returns a day that the cell wants a date format", () => {
    const dayResults = ["NEXTREMINDER", "WORKDAY", "VATRELIEFDATE"];
    for (const id of dayResults) {
      expect(en.functions.find((f) => f.id === id)!.description).toMatch(
        /Format the cell as a date\.$/
      );
      expect(nl.functions.find((f) => f.id === id)!.description).toMatch(
        /Geef de cel een datumnotatie\.$/
      );
    }
    expect(en.functions.find((f) => f.id === "INTERESTSPEC")!.description).toMatch(
      /Format the columns from and to as dates/
    );
    expect(nl.functions.find((f) => f.id === "INTERESTSPEC")!.description).toMatch(
      /kolommen van en tot een datumnotatie/
    );
  });

  it("keeps descriptions short for the Insert Function dialog: at most 255 characters", () => {
    for (const fn of [...en.functions, ...nl.functions]) {
      expect(fn.description.length).toBeLessThanOrEqual(255);
    }
  });
});
