import {
  DEFAULT_SETTINGS,
  INITIAL_SETTINGS,
  parseSettings,
  serializeSettings,
  validateSettings,
  HostError,
} from "../../src/app";

const fail = (text: string): HostError => {
  try {
    parseSettings(text);
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error(`accepted ${text}`);
};

test("the pane's settings before loading (written out, no zod) are the schema's defaults", () => {
  expect(INITIAL_SETTINGS).toStrictEqual(DEFAULT_SETTINGS);
});

test("nothing stored or {} gives the defaults", () => {
  expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings("")).toEqual(DEFAULT_SETTINGS);
  expect(parseSettings("{}")).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS).toMatchObject({
    version: 1,
    language: null,
    ageingEdges: [30, 60, 90],
    toleranceCents: 500,
    thresholds: { newCustomerDays: 90, exposureCents: 250_000 },
    company: { name: "", iban: "", kvk: "" },
    columnMapping: {},
    dunningPolicy: null,
  });
});

test("missing nested keys get their defaults, given ones are kept", () => {
  const s = parseSettings(
    JSON.stringify({
      thresholds: { exposureCents: 500_000 },
      company: { name: "Openstaand demo B.V.", iban: "NL91 ABNA 0417 1643 00", kvk: "12345678" },
      columnMapping: { dueDate: "Vervaldag", amount: "E" },
      dunningPolicy: { stages: [14, 28] },
    })
  );
  expect(s.thresholds).toEqual({ newCustomerDays: 90, exposureCents: 500_000 });
  expect(s.company).toMatchObject({ name: "Openstaand demo B.V.", city: "" });
  expect(s.columnMapping).toEqual({ dueDate: "Vervaldag", amount: "E" });
  expect(s.dunningPolicy).toEqual({ stages: [14, 28] });
  expect(parseSettings(serializeSettings(s))).toEqual(s);
});

test("errors name the bad key, in English and Dutch", () => {
  const bad = fail(JSON.stringify({ company: { iban: "NL00 BANK 0000 0000 00" } }));
  expect(bad.code).toBe("settings");
  expect(bad.place.key).toBe("company.iban");
  expect(bad.message).toBe(
    "The setting 'company.iban' must be a valid IBAN. Correct it in Settings or reset the settings."
  );
  expect(bad.nl).toBe(
    "De instelling 'company.iban' moet een geldig IBAN zijn. Pas dit aan bij Instellingen of zet de instellingen terug."
  );
  expect(fail(JSON.stringify({ columnMapping: { vervaldatum: "C" } })).place.key).toBe(
    "columnMapping.vervaldatum"
  );
  expect(fail(JSON.stringify({ language: "de" })).place.key).toBe("language");
  expect(fail(JSON.stringify({ company: { kvk: "1234" } })).message).toContain(
    "'company.kvk' must be 8 digits"
  );
  expect(fail(JSON.stringify({ ageingEdge: [30] })).message).toContain(
    "unknown key(s) 'ageingEdge'"
  );
  expect(fail("{not json").message).toContain("not valid JSON; reset the settings");
  expect(fail(JSON.stringify({ ageingEdges: [] })).place.key).toBe("ageingEdges");
});

test("validateSettings takes a form's object", () => {
  expect(validateSettings({ language: "en" }).language).toBe("en");
  expect(() => validateSettings({ toleranceCents: 1.5 })).toThrow("'toleranceCents'");
});
