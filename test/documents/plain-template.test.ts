import fc from "fast-check";
import {
  DEMO_COMPANY,
  checkPlainTemplate,
  convertToPlain,
  defaultTemplate,
  defaultTemplateIds,
  emailHtml,
  letterModel,
  lettersFor,
  lettersHtml,
  parsePlainTemplate,
  renderLetter,
  renderTemplate,
  templateForm,
  type CompanyDetails,
  type LetterTemplate,
} from "../../src/documents";
import { stageProposals } from "./letter-fixture";
import { MUSTACHE_TEMPLATES } from "./mustache-templates";

const several = stageProposals();
const single = stageProposals({ single: true });
const NO_TABLE = { text: "<TABEL>", html: "<table>TABEL</table>" };

/** A view as letters have it, small enough to read in a test. */
const view = (overrides: Record<string, unknown> = {}) => ({
  single: true,
  salutation: "Geachte Sanne de Vries,",
  total: "€ 1.609,50",
  interest: "€ 12,34",
  hasInterest: true,
  contactVia: "",
  debtor: { name: "Amstel & Zn <B.V.>", contact: "Sanne de Vries" },
  company: { name: "Jansen B.V.", contact: "" },
  ...overrides,
});

const plain = (body: string, subject = "Betreft"): LetterTemplate => ({
  subject,
  body,
  form: "plain",
});

function letterOf(
  set: ReturnType<typeof stageProposals>,
  id: string,
  template?: LetterTemplate,
  company: CompanyDetails = DEMO_COMPANY
) {
  const proposal = set.proposals.get(id);
  if (!proposal) throw new Error(`no proposal ${id}`);
  const model = letterModel(proposal, set.details.get(id), { company });
  return { model, rendered: renderLetter(model, template) };
}

describe("the plain form: named placeholders", () => {
  it("prints fields, names in either language and any case", () => {
    const r = renderTemplate(
      plain("[Aanhef]\n\nU bent [te betalen] verschuldigd, [Customer name]."),
      view(),
      NO_TABLE
    );
    expect(r.text).toBe(
      "Geachte Sanne de Vries,\n\nU bent € 1.609,50 verschuldigd, Amstel & Zn <B.V.>.\n"
    );
  });

  it("picks the singular or plural form by the number of invoices", () => {
    const t = plain(
      "De [factuur of facturen] [staat|staan] open. [Factuur of facturen] hieronder."
    );
    expect(renderTemplate(t, view(), NO_TABLE).text).toBe(
      "De factuur staat open. Factuur hieronder.\n"
    );
    expect(renderTemplate(t, view({ single: false }), NO_TABLE).text).toBe(
      "De facturen staan open. Facturen hieronder.\n"
    );
  });

  it("shows conditional text only when the field has something, with an otherwise", () => {
    const t = plain(
      "Hoofdsom[Rente: , rente [Rente]] en kosten. Bel ons [Telefoon of e-mail: via [Telefoon of e-mail]].\n\n[Contactpersoon: Beste [Contactpersoon]|Geachte heer, mevrouw],"
    );
    expect(renderTemplate(t, view(), NO_TABLE).text).toBe(
      "Hoofdsom, rente € 12,34 en kosten. Bel ons.\n\nBeste Sanne de Vries,\n"
    );
    const other = view({
      hasInterest: false,
      contactVia: "020-1234567",
      debtor: { name: "X", contact: "" },
    });
    expect(renderTemplate(t, other, NO_TABLE).text).toBe(
      "Hoofdsom en kosten. Bel ons via 020-1234567.\n\nGeachte heer, mevrouw,\n"
    );
  });

  it("places the specification, escapes values and literal text in HTML, keeps \\[ literal", () => {
    const t = plain("Zie \\[bijlage\\] <b>hier</b> & [Klantnaam]:\n\n[Specificatie]\n\nDank.");
    const r = renderTemplate(t, view(), NO_TABLE);
    expect(r.text).toBe("Zie [bijlage] <b>hier</b> & Amstel & Zn <B.V.>:\n\n<TABEL>\n\nDank.\n");
    expect(r.html).toBe(
      "<p>Zie [bijlage] &lt;b&gt;hier&lt;/b&gt; &amp; Amstel &amp; Zn &lt;B.V.&gt;:</p>\n<table>TABEL</table>\n<p>Dank.</p>"
    );
  });

  it("names an unknown placeholder with its line and column, in both languages", () => {
    const text = "Geachte heer,\n\nU bent [Te betalen] verschuldigd aan [Klantnam] en [Foo].";
    const parsed = parsePlainTemplate(text);
    expect(parsed.ok).toBe(false);
    expect(checkPlainTemplate(text, "nl")).toEqual([
      "Regel 3, kolom 38: Onbekend veld [Klantnam]; bedoelt u [Klantnaam]?",
      "Regel 3, kolom 52: Onbekend veld [Foo].",
    ]);
    expect(checkPlainTemplate(text, "en")).toEqual([
      "Line 3, column 38: Unknown field [Klantnam]; did you mean [Klantnaam]?",
      "Line 3, column 52: Unknown field [Foo].",
    ]);
  });

  it("names the other mistakes: an unclosed bracket, three forms, a condition that prints nothing", () => {
    expect(checkPlainTemplate("Betaal [Te betalen", "nl")).toEqual([
      "Regel 1, kolom 8: Deze [ wordt niet gesloten met een ]; schrijf \\[ voor een los haakje.",
    ]);
    expect(checkPlainTemplate("[een|twee|drie]", "en")).toEqual([
      "Line 1, column 1: [een|twee|drie] has more than two forms; write [singular|plural].",
    ]);
    expect(checkPlainTemplate("x [Kosten met btw]", "nl")).toEqual([
      "Regel 1, kolom 3: [Kosten met btw] drukt zelf niets af; gebruik het als voorwaarde: [Kosten met btw: tekst].",
    ]);
    expect(checkPlainTemplate("[Specificatie: x]", "en")).toEqual([
      "Line 1, column 1: [Specificatie] cannot be a condition: [Specificatie: …] is not possible.",
    ]);
    // A template with problems is not rendered as if it were fine.
    expect(() => renderTemplate(plain("[Foo]"), view(), NO_TABLE)).toThrow(/Unknown field \[Foo\]/);
  });

  it("text without brackets prints as it is (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const literal = s.replace(/[[\]\\]/g, "");
        const parsed = parsePlainTemplate(literal);
        expect(parsed.ok).toBe(true);
        const t = plain(literal, literal.replace(/\n/g, " "));
        // The subject is one line and the body keeps its words (paragraphs are trimmed).
        const r = renderTemplate(t, view(), NO_TABLE);
        expect(r.text.replace(/\s+/g, "")).toBe(literal.replace(/\s+/g, ""));
      })
    );
  });
});

describe("the shipped templates are plain", () => {
  it.each(defaultTemplateIds().flatMap((id) => [[id, "nl"] as const, [id, "en"] as const]))(
    "%s/%s has no tags and no problems",
    (id, lang) => {
      const t = defaultTemplate(id, lang)!;
      expect(templateForm(t)).toBe("plain");
      expect(`${t.subject}${t.body}`).not.toMatch(/\{\{|\}\}/);
      expect(checkPlainTemplate(t.subject)).toEqual([]);
      expect(checkPlainTemplate(t.body)).toEqual([]);
    }
  );
});

describe("a saved mustache template still renders, as the same letter as the shipped one", () => {
  const bare: CompanyDetails = { ...DEMO_COMPANY, contact: "", phone: "", email: "" };
  it.each(Object.keys(MUSTACHE_TEMPLATES))("%s, one and several invoices", (key) => {
    const [templateId, lang] = key.split("/") as [string, "nl" | "en"];
    const old = MUSTACHE_TEMPLATES[key]!;
    expect(templateForm(old)).toBe("mustache");
    const stage = templateId.startsWith("b2b-1") ? 1 : 3;
    const id = `B${stage}-${lang}`;
    for (const set of [single, several])
      for (const company of [DEMO_COMPANY, bare]) {
        const shipped = letterOf(set, id, undefined, company).rendered;
        expect(letterOf(set, id, old, company).rendered).toEqual(shipped);
        // Converted to the plain form, it still gives that letter.
        const converted = convertToPlain(old, lang)!;
        expect(templateForm(converted)).toBe("plain");
        expect(converted.body).not.toContain("{{");
        expect(letterOf(set, id, converted, company).rendered).toEqual(shipped);
      }
    expect(letterOf(single, id).rendered.text).toContain(lang === "nl" ? "factuur" : "invoice");
  });

  it("a mustache template the plain form cannot say is not converted", () => {
    const loop = { subject: "x", body: "{{#invoices}}{{number}}{{/invoices}}" };
    expect(convertToPlain(loop, "nl")).toBeNull();
  });
});

describe("the shipped letters for one invoice and for several", () => {
  it("Dutch herinnering: singular and plural wording, the right invoices", () => {
    const one = letterOf(single, "B1-nl").rendered;
    const more = letterOf(several, "B1-nl").rendered;
    expect(one.subject).toBe("Herinnering factuur B1-nl-F1");
    expect(more.subject).toBe("Herinnering facturen B1-nl-F1 en B1-nl-F2");
    expect(one.text).toContain("Volgens onze administratie staat de onderstaande factuur nog open");
    expect(more.text).toContain(
      "Volgens onze administratie staan de onderstaande facturen nog open"
    );
    expect(one.text).toContain(
      "Heeft u vragen over de factuur, neem dan gerust contact met ons op via 000-0000000 of debiteuren@openstaand-demo.example."
    );
    expect(more.text).toContain("Heeft u vragen over de facturen, neem");
  });
});

describe("the letterhead carries address, KvK, btw-id, IBAN, phone and e-mail", () => {
  const company: CompanyDetails = {
    name: "Jansen Installatietechniek B.V.",
    address: "Industrieweg 12",
    postcode: "3542 AD",
    city: "Utrecht",
    kvk: "30123456",
    vatId: "NL812345678B01",
    iban: "NL91 ABNA 0417 1643 00",
    email: "debiteuren@jansen.nl",
    phone: "030-1234567",
    contact: "",
  };
  const letters = (lang: "nl" | "en") =>
    lettersFor(several.ledger, [several.proposals.get(`B1-${lang}`)!], { company });

  it.each(["nl", "en"] as const)("printed letters, %s", (lang) => {
    const html = lettersHtml(letters(lang));
    const head = /<div class="letterhead">([\s\S]*?)<\/div><\/div>/.exec(html)?.[0] ?? "";
    expect(head).toContain('<div class="company">Jansen Installatietechniek B.V.</div>');
    expect(head).toContain("<div>Industrieweg 12, 3542 AD Utrecht</div>");
    expect(head).toContain("<div>030-1234567 · debiteuren@jansen.nl</div>");
    expect(head).toContain(
      lang === "nl"
        ? "<div>KvK 30123456 · Btw-id NL812345678B01</div>"
        : "<div>Chamber of Commerce 30123456 · VAT ID NL812345678B01</div>"
    );
    expect(head).toContain("<div>IBAN NL91 ABNA 0417 1643 00</div>");
  });

  it("the e-mail closes with the same company details", () => {
    const [mail] = letters("nl");
    const html = emailHtml(mail!);
    const footer = /<div class="company"[^>]*>([\s\S]*?)<\/div><\/body>/.exec(
      html.replace(/\n/g, "")
    )?.[1];
    expect(footer).toBe(
      "<div>Jansen Installatietechniek B.V.</div><div>Industrieweg 12, 3542 AD Utrecht</div><div>030-1234567 · debiteuren@jansen.nl</div><div>KvK 30123456 · Btw-id NL812345678B01</div><div>IBAN NL91 ABNA 0417 1643 00</div>"
    );
    // Only what is set: no empty lines for a company without phone, e-mail and btw-id.
    const [bare] = lettersFor(several.ledger, [several.proposals.get("B1-en")!], {
      company: { ...company, phone: "", email: "", vatId: "" },
    });
    expect(emailHtml(bare!)).toContain(
      "<div>Jansen Installatietechniek B.V.</div><div>Industrieweg 12, 3542 AD Utrecht</div><div>Chamber of Commerce 30123456</div><div>IBAN NL91 ABNA 0417 1643 00</div></div>"
    );
  });
});
