import {
  DEMO_COMPANY,
  letterModel,
  renderLetter,
  checkTemplate,
  defaultTemplate,
  defaultTemplateIds,
} from "../../src/documents";
import { collectionCosts, cents } from "../../src/core";
import { stageProposals } from "./letter-fixture";

const { proposals, details } = stageProposals();

function letter(id: string, costsIncludeVat = false) {
  const proposal = proposals.get(id);
  if (!proposal) throw new Error(`no proposal for ${id}`);
  const model = letterModel(proposal, details.get(id), { company: DEMO_COMPANY, costsIncludeVat });
  return { model, ...renderLetter(model) };
}

describe("the fixture reaches every stage", () => {
  it.each([
    ["B", 5],
    ["C", 4],
  ] as const)("%s ladder", (kind, stages) => {
    for (const lang of ["nl", "en"])
      for (let s = 1; s <= stages; s++) expect(proposals.get(`${kind}${s}-${lang}`)?.stage).toBe(s);
  });
});

describe("golden letters: business, Dutch", () => {
  it("stage 1 herinnering is polite, charges nothing, gives the date", () => {
    const l = letter("B1-nl");
    expect(l.subject).toBe("Herinnering facturen B1-nl-F1 en B1-nl-F2");
    expect(l.text).toContain("Geachte Sanne de Vries,");
    expect(l.text).toContain(
      "Volgens onze administratie staan de onderstaande facturen nog open, terwijl de betalingstermijn is verstreken. Wellicht is het aan uw aandacht ontsnapt."
    );
    expect(l.text).toContain(
      "- Factuur B1-nl-F1 van 18 juli 2026, vervaldatum 1 augustus 2026: € 1.250,00 (111 dagen te laat)"
    );
    expect(l.text).toContain("- Creditnota B1-nl-CN van 10 september 2026: -€ 121,00");
    expect(l.text).toContain(
      "Wij verzoeken u het openstaande bedrag van € 1.609,50 uiterlijk op 27 november 2026 over te maken op rekeningnummer NL00 TEST 0000 0000 00 ten name van Openstaand Demo B.V., onder vermelding van RF88 DB1N L."
    );
    expect(l.text).not.toMatch(/rente|incassokosten/i);
    expect(l.model.amounts).toMatchObject({ interest: 0, costs: 0, total: 160_950 });
  });

  it("stage 2 warns of interest and costs without charging them", () => {
    const l = letter("B2-nl");
    expect(l.subject).toBe("Tweede herinnering facturen B2-nl-F1 en B2-nl-F2");
    expect(l.text).toContain(
      "wettelijke handelsrente en de buitengerechtelijke incassokosten bij u in rekening te brengen"
    );
    expect(l.model.amounts.total).toBe(160_950);
  });

  it("stage 3 ingebrekestelling: interest per invoice, staffel costs on the principal, term and consequences", () => {
    const l = letter("B3-nl");
    // 15 % of € 1.609,50 = € 241,425 → € 241,43 (no VAT: the creditor deducts it).
    expect(l.model.amounts.costs).toBe(collectionCosts(cents(160_950)));
    expect(l.model.amounts.costs).toBe(24_143);
    expect(l.text).toContain(
      "Hierbij stellen wij u in gebreke. Wij sommeren u het totaalbedrag van € 1.901,41 uiterlijk op 4 december 2026"
    );
    expect(l.text).toContain(
      "Dit bedrag bestaat uit de hoofdsom van € 1.609,50, de wettelijke handelsrente (artikel 6:119a BW) tot en met 20 november 2026 van € 50,48 en de buitengerechtelijke incassokosten van € 241,43 (artikel 6:96 BW)."
    );
    expect(l.text).toContain(
      "dragen wij de vordering zonder nadere aankondiging over aan een incassobureau of gerechtsdeurwaarder"
    );
    expect(l.text).toContain("Wettelijke handelsrente tot en met 20 november 2026: € 50,48");
    expect(l.text).toContain("Totaal te betalen: € 1.901,41");
  });

  it("stage 3 with VAT on costs when the creditor cannot deduct it", () => {
    const l = letter("B3-nl", true);
    expect(l.model.amounts.costs).toBe(29_213); // 241.43 × 1.21 = 292.1303
    expect(l.text).toContain("incassokosten van € 292,13 (inclusief 21% btw)");
  });

  it("stages 4 and 5", () => {
    expect(letter("B4-nl").text).toContain("Dit is onze laatste aanmaning.");
    const l5 = letter("B5-nl");
    expect(l5.subject).toBe(
      "Overdracht van uw dossier aan een incassobureau: facturen B5-nl-F1 en B5-nl-F2"
    );
    expect(l5.text).toContain(
      "met ingang van 20 november 2026 uit handen gegeven aan een incassobureau"
    );
  });
});

describe("golden letters: consumer, Dutch", () => {
  it("stage 1 is polite and offers help", () => {
    const l = letter("C1-nl");
    expect(l.text).toContain("Geachte Bram Timmermans,");
    expect(l.text).toContain("Wellicht is het aan uw aandacht ontsnapt.");
    expect(l.text).toContain(
      "Wilt u het openstaande bedrag van € 1.730,50 uiterlijk op 27 november 2026 over te maken"
    );
  });

  it("the 14-dagenbrief: fourteen days after the day of receipt, the exact costs, free of charge, all claims", () => {
    const l = letter("C2-nl");
    expect(l.text).toContain(
      "te betalen binnen veertien dagen na de dag van ontvangst van deze brief."
    );
    expect(l.text).not.toMatch(/dagtekening|uiterlijk op/);
    // Staffel on the principal € 1.730,50: 15 % = € 259,575 → € 259,58.
    expect(l.model.amounts.warnedCosts).toBe(25_958);
    expect(l.text).toContain(
      "dan bent u buitengerechtelijke incassokosten verschuldigd. Deze bedragen € 259,58, berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten."
    );
    expect(l.text).toContain("Aan deze brief zijn voor u geen kosten verbonden.");
    expect(l.model.amounts).toMatchObject({ interest: 0, costs: 0, total: 173_050 });
    expect(l.text).toContain("C2-nl-F1");
    expect(l.text).toContain("C2-nl-F2");
    expect(l.text).toContain(
      "Hieronder staan alle bedragen die u ons op dit moment verschuldigd bent."
    );
  });

  it("the 14-dagenbrief of a creditor that cannot deduct VAT states the costs incl. VAT", () => {
    const l = letter("C2-nl", true);
    expect(l.model.amounts.warnedCosts).toBe(31_409); // 259.58 × 1.21 = 314.0918
    expect(l.text).toContain("Deze bedragen € 314,09 (inclusief 21% btw)");
  });

  it("stage 3 charges the announced costs and consumer interest", () => {
    const l = letter("C3-nl");
    expect(l.model.amounts.costs).toBe(25_958);
    expect(l.text).toContain(
      "Daarom brengen wij u nu de in die brief aangekondigde buitengerechtelijke incassokosten in rekening."
    );
    expect(l.text).toContain("Hierbij stellen wij u in gebreke.");
    expect(l.text).toContain("de wettelijke rente (artikel 6:119 BW) tot en met 20 november 2026");
    expect(l.text).toMatch(/uiterlijk op 27 november 2026/);
  });

  it("stage 4 hand-over", () => {
    expect(letter("C4-nl").text).toContain("uit handen gegeven aan een incassobureau");
  });
});

describe("golden letters: English", () => {
  it("business stage 1", () => {
    const l = letter("B1-en");
    expect(l.subject).toBe("Payment reminder: invoices B1-en-F1 and B1-en-F2");
    expect(l.text).toContain("Dear Sanne de Vries,");
    expect(l.text).toContain("Perhaps this has escaped your attention.");
    expect(l.text).toContain(
      "We would be grateful if you could transfer the outstanding amount of €1,609.50 by 27 November 2026"
    );
    expect(l.text).toContain("Kind regards,");
  });

  it("business stage 3: formal notice with interest and costs", () => {
    const l = letter("B3-en");
    expect(l.subject).toBe("Formal notice of default: invoices B3-en-F1 and B3-en-F2");
    expect(l.text).toContain(
      "We hereby give you formal notice of default and demand that you pay the total amount of €1,901.41 no later than 4 December 2026"
    );
    expect(l.text).toContain(
      "statutory commercial interest (Article 6:119a of the Dutch Civil Code) up to and including 20 November 2026 of €50.48"
    );
    expect(l.text).toContain("Yours sincerely,");
  });

  it("business stages 2, 4, 5", () => {
    expect(letter("B2-en").subject).toBe("Second reminder: invoices B2-en-F1 and B2-en-F2");
    expect(letter("B4-en").text).toContain("This is our final notice.");
    expect(letter("B5-en").text).toContain(
      "passed the claim to a collection agency with effect from 20 November 2026"
    );
  });

  it("consumer 14-day letter: receipt wording and exact costs", () => {
    const l = letter("C2-en");
    expect(l.text).toContain("within fourteen days after the day on which you receive this letter");
    expect(l.text).toContain("you will owe extrajudicial collection costs of €259.58");
    expect(l.text).toContain("This letter is free of charge.");
  });

  it("consumer stages 1, 3, 4", () => {
    expect(letter("C1-en").text).toContain("Perhaps this has escaped your attention.");
    expect(letter("C3-en").text).toContain("We hereby give you notice of default");
    expect(letter("C4-en").subject).toBe(
      "Your account has been passed to a collection agency: invoices C4-en-F1 and C4-en-F2"
    );
  });
});

describe("templates", () => {
  it("every shipped template passes the check in both languages", () => {
    expect(defaultTemplateIds()).toHaveLength(9);
    for (const id of defaultTemplateIds())
      for (const lang of ["nl", "en"] as const) {
        const t = defaultTemplate(id, lang)!;
        expect([id, lang, checkTemplate(t.subject), checkTemplate(t.body)]).toEqual([
          id,
          lang,
          [],
          [],
        ]);
      }
  });

  it("the check names unknown fields, unescaped output and other partials", () => {
    expect(
      checkTemplate(
        "{{totaal}} {{{total}}} {{> x}} {{#invoices}}{{number}}{{/invoices}} {{number}}"
      )
    ).toEqual([
      "Unknown field {{totaal}}.",
      '{{{total}}} would print "total" without escaping; use {{total}}.',
      "Unknown part {{> x}}; the only part is {{> specificatie}}.",
      "Unknown field {{number}}.",
    ]);
  });

  it("an edited template renders; the HTML variant escapes", () => {
    const proposal = proposals.get("B1-nl")!;
    const model = letterModel(
      proposal,
      { ...details.get("B1-nl")!, contactPerson: "<b>Jan</b> & Co" },
      { company: DEMO_COMPANY }
    );
    const r = renderLetter(model, {
      subject: "Hallo {{debtor.contact}}",
      body: "{{salutation}}\n\n{{> specificatie}}\n\nTotaal {{total}}",
    });
    expect(r.subject).toBe("Hallo <b>Jan</b> & Co");
    expect(r.html).toContain("<p>Geachte &lt;b&gt;Jan&lt;/b&gt; &amp; Co,</p>");
    expect(r.html).toContain('<table class="specificatie">');
    expect(r.text).toContain("Totaal € 1.609,50");
  });
});
