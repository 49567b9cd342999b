// makeArrangement: the plan, its record rows, the letter for signature and the e-mail, as the pane
// and `openstaand arrange` make them. Worked examples (dates rolled past a weekend and holidays,
// costs by the staffel), the letter's text, the .eml with the letter attached, and a property: the
// instalments add up to the agreed total to the cent, and the letter prints that total.
import fc from "fast-check";
import { makeArrangement } from "../../src/app";
import { cents, formatCents, isoDay } from "../../src/core";
import { DEMO_COMPANY, handoffClaims } from "../../src/documents";
import { agreementsOn } from "../../src/dunning";
import { ledgerOf } from "../dunning/ledger-fixture";
import { parseMime } from "../documents/mime-parse";

const d = isoDay;
const COMPANY = {
  ...DEMO_COMPANY,
  name: "Hoekstra Techniek B.V.",
  address: "Industrieweg 12",
  postcode: "3542 AD",
  city: "Utrecht",
  iban: "NL91 ABNA 0417 1643 00",
  email: "debiteuren@hoekstra.example",
  phone: "030 123 4567",
  contact: "Sanne de Vries",
};
const rows = [
  { invoiceId: "F-101", dueDate: "2026-12-01", openAmount: 100_000 },
  { invoiceId: "F-102", dueDate: "2027-01-05", openAmount: 50_000 },
  { invoiceId: "F-103", dueDate: "2027-02-01", openAmount: 23_456 },
];
const ledger = ledgerOf(
  rows.map((r) => ({
    ...r,
    customerId: "K2",
    customerName: "Groothandel De Vries",
    invoiceDate: d("2026-11-01"),
    contactPerson: "Mevrouw E. de Vries",
    address: "Havenstraat 4",
    postcode: "1011 AB",
    city: "Amsterdam",
    email: "e.devries@groothandel.example",
  }))
);
const asOf = d("2027-03-15"); // a Monday

describe("makeArrangement", () => {
  it("3 monthly instalments: Saturday 27 March 2027 rolls past Easter to Tuesday 30 March, King's Day 27 April to the 28th", () => {
    const made = makeArrangement(
      ledger,
      { conversation: [], contacts: [] },
      { customerId: "K2", count: 3, first: d("2027-03-27"), every: "month" },
      { company: COMPANY, firstInstalmentWithinDays: 21 },
      asOf
    );
    expect(made.id).toBe("R-K2-20270315");
    expect(made.latestFirst).toBe("2027-04-05");
    expect(made.principal).toBe(173_456);
    expect(made.total).toBe(173_456);
    expect(made.instalments).toEqual([
      { due: "2027-03-30", amount: 57_818 },
      { due: "2027-04-28", amount: 57_818 },
      { due: "2027-05-27", amount: 57_820 },
    ]);
    // The record: one instalment row each, the first carrying what was open when agreed.
    expect(
      made.entries.map((e) => [e.kind, e.arrangementId, e.due, e.amount, e.openAtStart])
    ).toEqual([
      ["instalment", "R-K2-20270315", "2027-03-30", 57_818, 173_456],
      ["instalment", "R-K2-20270315", "2027-04-28", 57_818, null],
      ["instalment", "R-K2-20270315", "2027-05-27", 57_820, null],
    ]);
    expect(made.fileNames).toEqual({
      letter: "Betalingsregeling R-K2-20270315.html",
      eml: "Betalingsregeling R-K2-20270315.eml",
    });
    expect(made.subject).toBe("Betalingsregeling R-K2-20270315");
    expect(made.letterText).toBe(`Geachte Mevrouw E. de Vries,

Zoals zojuist telefonisch besproken, treffen wij met Groothandel De Vries een betalingsregeling voor de onderstaande facturen. Met deze brief leggen wij de afspraken vast.

- Factuur F-101 van 1 november 2026, vervaldatum 1 december 2026: € 1.000,00
- Factuur F-102 van 1 november 2026, vervaldatum 5 januari 2027: € 500,00
- Factuur F-103 van 1 november 2026, vervaldatum 1 februari 2027: € 234,56

Totaal openstaand: € 1.734,56

Termijn 1: € 578,18, uiterlijk op 30 maart 2027
Termijn 2: € 578,18, uiterlijk op 28 april 2027
Termijn 3: € 578,20, uiterlijk op 27 mei 2027
Totaal: € 1.734,56

U betaalt het totaalbedrag van € 1.734,56 in 3 termijnen, maandelijks, volgens het schema hierboven. De eerste termijn van € 578,18 betaalt u uiterlijk op 30 maart 2027.

Wilt u elke termijn uiterlijk op de genoemde datum overmaken op rekeningnummer NL91 ABNA 0417 1643 00 ten name van Hoekstra Techniek B.V., onder vermelding van RF25 DK2? Eerder of meer betalen mag altijd.

Zolang u de termijnen op tijd betaalt, ontvangt u van ons geen herinneringen of aanmaningen voor deze facturen.

Betaalt u een termijn niet, niet volledig of niet op tijd, dan vervalt deze regeling. Het volledige dan nog openstaande bedrag is in dat geval direct en in één keer opeisbaar, en wij zetten de invordering voort waar wij die hebben onderbroken.

Wilt u uw akkoord met deze regeling bevestigen door deze brief te ondertekenen en binnen zeven dagen aan ons terug te sturen, per post naar Hoekstra Techniek B.V., Industrieweg 12, 3542 AD Utrecht of ingescand per e-mail naar debiteuren@hoekstra.example? Heeft u vragen, neem dan contact met ons op via 030 123 4567 of debiteuren@hoekstra.example.

Met vriendelijke groet,

Sanne de Vries
Hoekstra Techniek B.V.
`);
    // The printable letter: letterhead, address block, both tables, room to sign "voor akkoord".
    const html = made.letterHtml;
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain(
      "Groothandel De Vries<br>t.a.v. Mevrouw E. de Vries<br>Havenstraat 4<br>1011 AB  Amsterdam"
    );
    expect(html).toContain('<td>3</td><td>27 mei 2027</td><td class="n">€ 578,20</td>');
    expect(html).toContain('<td colspan="2">Totaal</td><td class="n">€ 1.734,56</td>');
    expect(html).toContain("<strong>Voor akkoord</strong> namens Groothandel De Vries");
    expect(html).toMatch(/<td>Plaats<\/td><td><span class="line"><\/span><\/td>/);
    expect(html).toMatch(
      /<td>Handtekening<\/td><td class="space"><span class="line"><\/span><\/td>/
    );
    expect(html).toContain("Retour aan: Hoekstra Techniek B.V., Industrieweg 12, 3542 AD Utrecht");
  });

  it("the e-mail draft carries the letter as an attachment and asks for it back signed", () => {
    const made = makeArrangement(
      ledger,
      { conversation: [], contacts: [] },
      { customerId: "K2", count: 2, first: d("2027-03-22"), every: "2weeks" },
      { company: COMPANY },
      asOf
    );
    expect(made.mail.subject).toBe("Betalingsregeling R-K2-20270315: € 1.734,56 in 2 termijnen");
    expect(made.mail.text).toContain(
      "In de bijlage vindt u de bevestiging van deze regeling. Wilt u die ondertekenen en binnen zeven dagen aan ons terugsturen, bijvoorbeeld ingescand als antwoord op deze e-mail?"
    );
    const eml = parseMime(made.mail.eml);
    expect(eml.headers.get("content-type")).toMatch(/^multipart\/mixed; boundary=/);
    expect(eml.headers.get("to")).toBe('"Groothandel De Vries" <e.devries@groothandel.example>');
    const [alternative, attachment] = eml.parts;
    expect(alternative!.parts.map((p) => p.headers.get("content-type"))).toEqual([
      "text/plain; charset=UTF-8",
      "text/html; charset=UTF-8",
    ]);
    expect(attachment!.headers.get("content-disposition")).toBe(
      'attachment; filename="Betalingsregeling R-K2-20270315.html"'
    );
    expect(attachment!.body).toBe(made.letterHtml);
  });

  it("interest and costs taken in, in English, interest running: the letter adds them up to the plan's total", () => {
    const made = makeArrangement(
      ledger,
      { conversation: [], contacts: [] },
      {
        customerId: "K2",
        count: 4,
        first: d("2027-03-19"),
        every: "week",
        includeInterest: true,
        includeCosts: true,
        interestRuns: true,
      },
      { company: COMPANY, language: "en" },
      asOf
    );
    const claims = handoffClaims(ledger, ["K2"], asOf).claims;
    const interest = claims.reduce((s, c) => s + c.interest, 0);
    expect(interest).toBeGreaterThan(0);
    expect(made.interest).toBe(interest);
    expect(made.costs).toBe(26_018); // 15 % of € 1.734,56 (art. 2 Besluit vergoeding), B2B
    expect(made.total).toBe(173_456 + interest + 26_018);
    expect(made.instalments.map((i) => i.due)).toEqual([
      "2027-03-19",
      "2027-03-30", // Good Friday 26 March and Easter Monday 29 March (art. 3 Atw) roll it on
      "2027-04-02",
      "2027-04-09",
    ]);
    expect(made.letterText).toContain(
      `Statutory commercial interest up to and including 15 March 2027: ${formatCents(cents(interest), "en")}`
    );
    expect(made.letterText).toContain("Extrajudicial collection costs: €260.18");
    expect(made.letterText).toContain(`Total of the arrangement: ${formatCents(made.total, "en")}`);
    expect(made.letterText).toContain(
      "Statutory commercial interest continues to accrue on the outstanding amount until the day of full payment."
    );
    expect(made.letterText).toContain(
      "If an instalment is not paid, not paid in full or not paid on time, this arrangement lapses. The entire amount then still outstanding falls due at once, and we will resume collection where we left off."
    );
    // Once the invoices are paid off, the arrangement is completed, though the ledger never shows
    // the interest and costs it took in.
    const paidOff = ledgerOf(rows.map((r) => ({ ...r, customerId: "K2", openAmount: 0 })));
    const judged = agreementsOn(paidOff, made.entries, d("2027-04-12"));
    expect(judged.arrangements[0]!.state).toBe("completed");
  });

  it("refuses a first instalment later than Instellingen allows, in both languages", () => {
    const make = () =>
      makeArrangement(
        ledger,
        { conversation: [], contacts: [] },
        { customerId: "K2", count: 3, first: d("2027-04-15"), every: "month" },
        { company: COMPANY, firstInstalmentWithinDays: 21 },
        asOf
      );
    expect(make).toThrow(
      "The first instalment must fall no later than 2027-04-05 (21 days from 2027-03-15); 2027-04-15 is too late."
    );
    try {
      make();
    } catch (error) {
      expect((error as { messageNl?: string }).messageNl).toBe(
        "De eerste termijn moet uiterlijk op 2027-04-05 vallen (21 dagen na 2027-03-15); 2027-04-15 is te laat."
      );
    }
  });

  it("property: any count, frequency and agreed amount — the instalments add up to the total to the cent, and the letter says so", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.constantFrom("month" as const, "2weeks" as const, "week" as const),
        fc.integer({ min: 24, max: 10_000_000 }),
        fc.integer({ min: 0, max: 14 }),
        (count, every, total, offset) => {
          const first = d(new Date(Date.UTC(2027, 2, 15 + offset)).toISOString().slice(0, 10));
          const made = makeArrangement(
            ledger,
            { conversation: [], contacts: [] },
            { customerId: "K2", count, first, every, total: cents(total) },
            { company: COMPANY, firstInstalmentWithinDays: 20 },
            asOf
          );
          const sum = made.instalments.reduce((s, i) => s + i.amount, 0);
          expect(sum).toBe(total);
          expect(made.instalments).toHaveLength(count);
          expect(made.letterText).toContain(`Totaal: ${formatCents(cents(total), "nl")}`);
          expect(made.entries.reduce((s, e) => s + (e.amount ?? 0), 0)).toBe(total);
        }
      ),
      { numRuns: 40 }
    );
  });
});
