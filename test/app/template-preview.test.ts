import {
  draftReminders,
  isHostError,
  DEFAULT_SETTINGS,
  validateSettings,
  type Settings,
  previewCandidates,
  previewDebtors,
  previewLetter,
  templateChoices,
  templateInUse,
  templateKey,
  templateProblems,
  TEMPLATE_FIELD_LIST,
} from "../../src/app";
import { collectionCosts, cents } from "../../src/core";
import { defaultTemplate, defaultTemplateIds } from "../../src/documents";
import { reviewReminders } from "../../src/dunning";
import { AS_OF, stageLedger } from "../documents/letter-fixture";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: {
    ...DEFAULT_SETTINGS.company,
    name: "Jansen Installatietechniek B.V.",
    iban: "NL91 ABNA 0417 1643 00",
    contact: "Sanne Bakker, debiteurenbeheer",
  },
};

const ledger = stageLedger();
const debtors = previewDebtors(ledger);
const { proposals } = reviewReminders(ledger, AS_OF);

describe("template choices", () => {
  it("offer every shipped template once, as a stage of its ladder", () => {
    const choices = templateChoices();
    expect(choices.map((c) => c.templateId).sort()).toEqual([...defaultTemplateIds()].sort());
    expect(choices.find((c) => c.templateId === "b2c-2-14-dagenbrief")).toMatchObject({
      debtor: "consumer",
      stage: 2,
      stageName: { nl: "14-dagenbrief" },
    });
  });

  it("the template in use is the edited one, else the default", () => {
    const edited = { subject: "Betreft {{invoiceList}}", body: "Beste {{debtor.name}}" };
    const withEdit = { ...settings, templates: { "b2b-1-herinnering/nl": edited } };
    expect(templateInUse(withEdit, "b2b-1-herinnering", "nl")).toEqual(edited);
    expect(templateInUse(withEdit, "b2b-1-herinnering", "en")).toEqual(
      defaultTemplate("b2b-1-herinnering", "en")
    );
    expect(templateKey("b2b-1-herinnering", "nl")).toBe("b2b-1-herinnering/nl");
  });

  it("name unknown fields and unescaped output in the pane's language", () => {
    const bad = { subject: "{{onderwerp}}", body: "{{{debtor.name}}} {{total}}" };
    expect(templateProblems(bad, "nl")).toEqual([
      "Onderwerp: Onbekend veld {{onderwerp}}.",
      'Tekst: {{{debtor.name}}} zou "debtor.name" zonder beveiliging afdrukken; gebruik {{debtor.name}}.',
    ]);
    expect(templateProblems(bad, "en")[0]).toBe("Subject: Unknown field {{onderwerp}}.");
    expect(
      templateProblems({ subject: "{{invoiceList}}", body: "{{> specificatie}}" }, "nl")
    ).toEqual([]);
    expect(TEMPLATE_FIELD_LIST).toContain("> specificatie");
    expect(TEMPLATE_FIELD_LIST).toContain("debtor.name");
  });
});

describe("preview on a real debtor", () => {
  const choice = templateChoices().find((c) => c.templateId === "b2c-2-14-dagenbrief")!;

  it("lists only debtors of the template's ladder", () => {
    const candidates = previewCandidates(proposals, choice);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((p) => p.debtor === "consumer")).toBe(true);
  });

  it("renders the edited text with the debtor's own figures at the template's stage", () => {
    // A consumer at stage 1 this run, previewed as the 14-dagenbrief (stage 2).
    const proposal = proposals.find((p) => p.customerId === "C1-nl")!;
    expect(proposal.stage).toBe(1);
    const template = {
      subject: "Laatste kans: {{invoiceList}}",
      body: "Geachte {{debtor.name}},\n\nTe betalen: {{total}}. Kosten bij uitblijven: {{warnedCosts}}.\n\n{{> specificatie}}\n\n{{company.contact}}",
    };
    const letter = previewLetter(debtors, proposal, choice, "nl", template, settings, AS_OF);
    expect(letter.subject).toBe("Laatste kans: facturen C1-nl-F1 en C1-nl-F2");
    expect(letter.text).toContain("Geachte Bram Timmermans,");
    expect(letter.text).toContain("Te betalen: € 1.730,50.");
    // The 14-dagenbrief warns of the staffel costs on the principal (no VAT by default).
    // 15 % of € 1.730,50 = € 259,575 → € 259,58.
    expect(collectionCosts(cents(173_050), { vat: false })).toBe(25_958);
    expect(letter.text).toContain("Kosten bij uitblijven: € 259,58.");
    expect(letter.text).toContain("Sanne Bakker, debiteurenbeheer");
    expect(letter.html).toContain("<p>Geachte Bram Timmermans,</p>");
  });

  it("prints markup typed into a template as text, never as HTML", () => {
    const proposal = proposals.find((p) => p.customerId === "C1-nl")!;
    const template = {
      subject: "Test",
      body: "<script>alert(1)</script> Bedrag < € 100 & meer: {{total}}",
    };
    const letter = previewLetter(debtors, proposal, choice, "nl", template, settings, AS_OF);
    expect(letter.html).not.toContain("<script");
    expect(letter.html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; Bedrag &lt; € 100 &amp; meer"
    );
    expect(letter.text).toContain("<script>alert(1)</script> Bedrag < € 100 & meer: € 1.730,50");
  });
});

describe("templates, signatory and costs VAT in the settings", () => {
  it("accept a checked template and reject one with an unknown field, naming the key", () => {
    const good = { subject: "{{invoiceList}}", body: "Geachte {{debtor.name}}," };
    expect(validateSettings({ templates: { "b2b-1-herinnering/nl": good } }).templates).toEqual({
      "b2b-1-herinnering/nl": good,
    });
    try {
      validateSettings({
        templates: { "b2b-1-herinnering/nl": { subject: "x", body: "{{foo}}" } },
      });
      throw new Error("accepted");
    } catch (error) {
      expect(isHostError(error, "settings")).toBe(true);
      const e = error as { message: string; messageIn(l: "nl" | "en"): string };
      expect(e.messageIn("en")).toContain("'templates.b2b-1-herinnering/nl.body'");
      expect(e.messageIn("en")).toContain("Unknown field {{foo}}");
      expect(e.messageIn("nl")).toContain("is geen geldig sjabloon");
    }
    expect(() => validateSettings({ templates: { "geen sleutel": good } })).toThrow(
      /template id and language/
    );
  });

  it("defaults: no signatory, costs without VAT, no edited templates", () => {
    expect(DEFAULT_SETTINGS.company.contact).toBe("");
    expect(DEFAULT_SETTINGS.letters.costsIncludeVat).toBe(false);
    expect(DEFAULT_SETTINGS.templates).toEqual({});
  });

  it("drafts use the edited template, the signatory and costs including VAT", async () => {
    const b3 = proposals.filter((p) => p.customerId === "B3-nl");
    const edited: Settings = {
      ...settings,
      letters: { costsIncludeVat: true },
      templates: {
        "b2b-3-ingebrekestelling/nl": {
          subject: "Ingebrekestelling {{invoiceList}}",
          body: "Totaal {{total}}, waarvan incassokosten {{costs}}.\n\n{{company.contact}}",
        },
      },
    };
    const drafts = await draftReminders(ledger, b3, edited, AS_OF);
    const letter = drafts.letters[0]!;
    expect(letter.rendered.subject).toBe("Ingebrekestelling facturen B3-nl-F1 en B3-nl-F2");
    // Staffel on the principal after the credit note (€ 1.609,50: 15 % = € 241,43), plus 21 % VAT.
    expect(letter.model.amounts.costs).toBe(collectionCosts(cents(160_950), { vat: true }));
    expect(letter.model.amounts.costs).toBe(29_213);
    expect(letter.rendered.text).toContain("waarvan incassokosten € 292,13.");
    expect(letter.rendered.text).toContain("Sanne Bakker, debiteurenbeheer");
    const plain = await draftReminders(ledger, b3, settings, AS_OF);
    expect(plain.letters[0]!.model.amounts.costs).toBe(24_143);
  });
});
