import {
  DEFAULT_SETTINGS,
  companyWarning,
  editedTemplate,
  insertAtCursor,
  isHostError,
  pickerFields,
  plainTemplate,
  templateProblems,
  validateSettings,
} from "../../src/app";
import {
  DEMO_COMPANY,
  defaultTemplate,
  defaultTemplateIds,
  letterModel,
  renderLetter,
  type LetterTemplate,
} from "../../src/documents";
import { stageProposals } from "../documents/letter-fixture";

const single = stageProposals({ single: true });
const several = stageProposals();

/**
 * What a controller does in the editor: types the text, and takes every field from the picker,
 * which inserts it at the cursor. Returns the text and how many fields came from the picker.
 */
function typeWithPicker(
  target: string,
  tokens: readonly string[]
): { text: string; picked: number } {
  const byLength = [...tokens].sort((a, b) => b.length - a.length);
  const found: { at: number; token: string }[] = [];
  let typed = "";
  for (let i = 0; i < target.length;) {
    const token = byLength.find((t) => target.startsWith(t, i));
    if (token) {
      found.push({ at: i, token });
      i += token.length;
    } else typed += target[i++];
  }
  // The typed text has no field in it; the picker puts each in at the cursor, first to last.
  let text = typed;
  for (const { at, token } of found) {
    const next = insertAtCursor(text, at, at, token);
    expect(next.cursor).toBe(at + token.length);
    text = next.text;
  }
  return { text, picked: found.length };
}

function letter(set: ReturnType<typeof stageProposals>, id: string, template?: LetterTemplate) {
  const proposal = set.proposals.get(id)!;
  const model = letterModel(proposal, set.details.get(id), { company: DEMO_COMPANY });
  expect(model.invoiceIds.length).toBe(set === single ? 1 : 2);
  return renderLetter(model, template);
}

/** The fixture's customer at a template's stage: "b2c-2-14-dagenbrief" in English → "C2-en". */
const customerOf = (templateId: string, lang: "nl" | "en") =>
  `${templateId.startsWith("b2b") ? "B" : "C"}${templateId.split("-")[1]}-${lang}`;

describe("a template written with the field picker", () => {
  it.each(defaultTemplateIds().flatMap((id) => [[id, "nl"] as const, [id, "en"] as const]))(
    "%s/%s renders the same letter as the shipped one, for one invoice and for several",
    (templateId, lang) => {
      const shipped = defaultTemplate(templateId, lang)!;
      const tokens = pickerFields(lang, "nl").map((f) => f.token);
      const subject = typeWithPicker(shipped.subject, tokens);
      const body = typeWithPicker(shipped.body, tokens);
      expect(subject.picked).toBeGreaterThanOrEqual(1);
      expect(body.picked).toBeGreaterThanOrEqual(8);
      const edited = editedTemplate(subject.text, body.text);
      expect(edited.form).toBe("plain");
      expect(templateProblems(edited, "nl")).toEqual([]);
      const id = customerOf(templateId, lang);
      for (const set of [single, several]) {
        const mine = letter(set, id, edited);
        const theirs = letter(set, id);
        expect(mine.subject).toBe(theirs.subject);
        expect(mine.text).toBe(theirs.text);
        expect(mine.html).toBe(theirs.html);
      }
    }
  );

  it("one invoice and several read differently (the product picks the wording)", () => {
    const one = letter(single, "C2-nl");
    const more = letter(several, "C2-nl");
    expect(one.text).toContain(
      "Eerder herinnerden wij u aan de betaling van de onderstaande factuur."
    );
    expect(more.text).toContain(
      "Eerder herinnerden wij u aan de betaling van de onderstaande facturen."
    );
    expect(one.subject).toBe("Aanmaning: betaling binnen veertien dagen, factuur C2-nl-F1");
  });

  it("inserts over a selection and places the cursor after the field", () => {
    expect(insertAtCursor("Beste KLANT,", 6, 11, "[Klantnaam]")).toEqual({
      text: "Beste [Klantnaam],",
      cursor: 17,
    });
    // A selection made backwards, or past the end, is the same selection.
    expect(insertAtCursor("abc", 3, 1, "[Datum]")).toEqual({ text: "a[Datum]", cursor: 8 });
    expect(insertAtCursor("abc", 10, 10, "[Datum]")).toEqual({ text: "abc[Datum]", cursor: 10 });
  });

  it("offers the letter language's names and explains them in the pane's language", () => {
    const nl = pickerFields("nl", "en");
    const en = pickerFields("en", "nl");
    expect(nl.find((f) => f.key === "debtor.name")).toMatchObject({
      token: "[Klantnaam]",
      help: "The debtor's name",
    });
    expect(en.find((f) => f.key === "debtor.name")).toMatchObject({
      token: "[Customer name]",
      help: "Naam van de debiteur",
    });
    expect(nl.map((f) => f.token)).toEqual(
      expect.arrayContaining([
        "[Specificatie]",
        "[factuur of facturen]",
        "[staat|staan]",
        "[Te betalen]",
      ])
    );
    // Every token the picker offers is a valid template on its own.
    for (const f of [...nl, ...en])
      expect(templateProblems(editedTemplate("x", `a ${f.token} b`), "en")).toEqual([]);
  });

  it("an unknown placeholder is named with its place, in the pane's language", () => {
    expect(
      templateProblems(editedTemplate("Herinnering [Facturen]", "Beste [Klant],"), "nl")
    ).toEqual(["Tekst: Regel 1, kolom 7: Onbekend veld [Klant]; bedoelt u [Klantnaam]?"]);
    expect(templateProblems(editedTemplate("[Onderwerp]", "x"), "en")).toEqual([
      "Subject: Line 1, column 1: Unknown field [Onderwerp].",
    ]);
  });

  it("text with a {{ tag is the older mustache form, checked and kept as such", () => {
    const old = editedTemplate("Herinnering {{invoiceList}}", "Beste {{debtor.name}}, [geen veld]");
    expect(old.form).toBe("mustache");
    expect(templateProblems(old, "nl")).toEqual([]);
    const converted = plainTemplate(old, "nl")!;
    expect(converted).toEqual({
      subject: "Herinnering [Facturen]",
      body: "Beste [Klantnaam], \\[geen veld\\]",
      form: "plain",
    });
  });
});

describe("stored templates in the settings", () => {
  it("accept a plain template, reject an unknown placeholder naming the key, keep mustache ones", () => {
    const good = editedTemplate("Herinnering [Facturen]", "Geachte [Klantnaam],\n\n[Specificatie]");
    expect(validateSettings({ templates: { "b2b-1-herinnering/nl": good } }).templates).toEqual({
      "b2b-1-herinnering/nl": good,
    });
    const old = { subject: "{{invoiceList}}", body: "Geachte {{debtor.name}}," };
    expect(validateSettings({ templates: { "b2b-1-herinnering/nl": old } }).templates).toEqual({
      "b2b-1-herinnering/nl": old,
    });
    try {
      validateSettings({
        templates: { "b2b-1-herinnering/nl": { subject: "x", body: "[Foo]", form: "plain" } },
      });
      throw new Error("accepted");
    } catch (error) {
      expect(isHostError(error, "settings")).toBe(true);
      const e = error as { messageIn(l: "nl" | "en"): string };
      expect(e.messageIn("en")).toContain("'templates.b2b-1-herinnering/nl.body'");
      expect(e.messageIn("en")).toContain("Unknown field [Foo]");
    }
  });
});

describe("the warning that company details are missing", () => {
  it("lists the missing fields in Dutch and English and points to Instellingen", () => {
    const empty = { ...DEFAULT_SETTINGS.company };
    expect(companyWarning(empty, "nl", "settings")).toBe(
      "De brieven missen deze gegevens van uw bedrijf: bedrijfsnaam, IBAN, adres, postcode, plaats en KvK-nummer. Vul ze aan in Instellingen; verstuur de brieven niet zo."
    );
    expect(companyWarning(empty, "en", "settings")).toBe(
      "The letters lack these details of your company: company name, IBAN, address, postcode, city and KvK number. Add them in Settings; do not send the letters like this."
    );
    const noKvk = { ...DEMO_COMPANY, kvk: "" };
    expect(companyWarning(noKvk, "nl", "cli")).toBe(
      "De brieven missen dit gegeven van uw bedrijf: KvK-nummer. Vul het aan in het --company-bestand; verstuur de brieven niet zo."
    );
    expect(companyWarning(DEMO_COMPANY, "nl", "settings")).toBeNull();
  });
});
