// The confirmation e-mail of a promise to pay, made from the conversation log the way the pane and
// the CLI make it: the whole Dutch and English text asserted, the .eml parsed back, the QR decoded.
import { confirmPromise, outcomeEntries } from "../../src/app";
import { cents, isoDay } from "../../src/core";
import { DEMO_COMPANY } from "../../src/documents";
import type { Contact } from "../../src/dunning";
import { ledgerOf } from "../dunning/ledger-fixture";
import { parseMime } from "../documents/mime-parse";
import { decodeQrs } from "../documents/qr-decode";

const d = isoDay;
const COMPANY = {
  ...DEMO_COMPANY,
  name: "Hoekstra Techniek B.V.",
  iban: "NL91 ABNA 0417 1643 00",
  email: "debiteuren@hoekstra.example",
  phone: "030 123 4567",
  contact: "Debiteurenbeheer",
};
const ledger = ledgerOf([
  {
    invoiceId: "2026-0412",
    customerId: "K1",
    customerName: "Bouwbedrijf Jansen B.V.",
    invoiceDate: d("2026-08-01"),
    dueDate: "2026-08-31",
    openAmount: 121_000,
    email: "administratie@jansenbouw.example",
  },
  {
    invoiceId: "2026-0518",
    customerId: "K1",
    customerName: "Bouwbedrijf Jansen B.V.",
    invoiceDate: d("2026-10-01"),
    dueDate: "2026-10-31",
    openAmount: 24_250,
  },
  { invoiceId: "X1", customerId: "K2", dueDate: "2026-10-01", openAmount: 5_000 },
]);
const contacts: Contact[] = [
  {
    customerId: "K1",
    person: "Peter Jansen",
    phone: "06 1234 5678",
    email: "p.jansen@jansenbouw.example",
    paymentDay: 2,
    note: "",
  },
];
const day = d("2026-11-20");

function promise(amount: number, due: string, invoiceIds?: string[]) {
  const [entry] = outcomeEntries(
    ledger,
    "K1",
    {
      kind: "promise",
      amount: cents(amount),
      due: d(due),
      owner: "Sanne de Vries",
      ...(invoiceIds ? { invoiceIds } : {}),
    },
    day
  );
  return entry!;
}

describe("confirmPromise: the e-mail that confirms a promise the same day", () => {
  it("Dutch: who, what, the exact amount and day, the invoices, IBAN and RF, what happens after", () => {
    const mail = confirmPromise(ledger, { contacts }, promise(145_250, "2026-11-27"), {
      company: COMPANY,
    });
    expect(mail.language).toBe("nl");
    expect(mail.to).toBe("p.jansen@jansenbouw.example");
    expect(mail.subject).toBe(
      "Bevestiging betalingsafspraak: € 1.452,50 uiterlijk op 27 november 2026"
    );
    expect(mail.text).toBe(
      `Geachte Peter Jansen,

Zoals zojuist telefonisch besproken, bevestigen wij hierbij de betalingsafspraak met Bouwbedrijf Jansen B.V.: u betaalt € 1.452,50 uiterlijk op 27 november 2026. Deze betaling is bestemd voor de onderstaande facturen.

- Factuur 2026-0412 van 1 augustus 2026, vervaldatum 31 augustus 2026: € 1.210,00
- Factuur 2026-0518 van 1 oktober 2026, vervaldatum 31 oktober 2026: € 242,50

Totaal openstaand: € 1.452,50

Wilt u het bedrag van € 1.452,50 uiterlijk op 27 november 2026 overmaken op rekeningnummer NL91 ABNA 0417 1643 00 ten name van Hoekstra Techniek B.V., onder vermelding van RF52 DK1? Dan kunnen wij uw betaling direct verwerken.

Tot en met 27 november 2026 ontvangt u van ons geen herinneringen voor deze facturen. Hebben wij het bedrag op 27 november 2026 niet ontvangen, dan vervalt deze afspraak en zetten wij de invordering zonder nadere aankondiging voort.

Klopt iets in deze bevestiging niet, laat het ons dan zo snel mogelijk weten via 030 123 4567 of debiteuren@hoekstra.example.

Met vriendelijke groet,

Sanne de Vries
Hoekstra Techniek B.V.
`
    );
    expect(mail.fileName).toBe("K1 Bouwbedrijf Jansen B.V bevestiging 2026-11-20.eml");
    // The .eml: a draft to the person spoken to, the same text, the HTML with the table and a QR
    // code that asks exactly the promised amount with the customer's RF reference.
    const eml = parseMime(mail.eml);
    expect(eml.headers.get("to")).toBe('"Bouwbedrijf Jansen B.V." <p.jansen@jansenbouw.example>');
    expect(eml.headers.get("x-unsent")).toBe("1");
    expect(eml.parts[0]!.body.replace(/\r\n/g, "\n")).toBe(mail.text);
    const html = eml.parts[1]!.body;
    expect(html).toContain('<td class="n">€ 242,50</td>');
    expect(html).toContain("Totaal openstaand");
    const [qr] = decodeQrs(html);
    expect(qr!.split("\n")).toEqual(
      expect.arrayContaining(["NL91ABNA0417164300", "EUR1452.50", "RF52DK1"])
    );
  });

  it("English, part of the account, drafted a day later: says what remains and when it was discussed", () => {
    const entry = promise(100_000, "2026-12-04", ["2026-0412"]);
    const mail = confirmPromise(ledger, { contacts: [] }, entry, {
      company: COMPANY,
      language: "en",
      draftedOn: d("2026-11-21"),
    });
    expect(mail.subject).toBe(
      "Confirmation of our payment agreement: €1,000.00 by 4 December 2026"
    );
    expect(mail.text).toContain(
      "As discussed on the phone on 20 November 2026, we confirm the payment agreement with Bouwbedrijf Jansen B.V.: you will pay €1,000.00 no later than 4 December 2026. This payment is for the invoice below."
    );
    expect(mail.text).toContain(
      "- Invoice 2026-0412 dated 1 August 2026, due 31 August 2026: €1,210.00"
    );
    expect(mail.text).not.toContain("2026-0518");
    expect(mail.text).toContain(
      "After this payment, €210.00 remains outstanding on this invoice. We will contact you separately about its payment."
    );
    expect(mail.text).toContain(
      "If we have not received the amount by 4 December 2026, this agreement lapses and we will continue collection without further notice."
    );
    // No kept contact: the ledger's e-mail and a neutral salutation.
    expect(mail.text.startsWith("Dear Sir or Madam,\n")).toBe(true);
    expect(mail.to).toBe("administratie@jansenbouw.example");
    expect(mail.fileName).toBe("K1 Bouwbedrijf Jansen B.V confirmation 2026-11-20.eml");
  });

  it("escapes what the ledger and the records bring into the HTML", () => {
    const hostile: Contact = { ...contacts[0]!, person: '<img src=x onerror="alert(1)">' };
    const mail = confirmPromise(ledger, { contacts: [hostile] }, promise(10_000, "2026-11-23"), {
      company: COMPANY,
    });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("Geachte &lt;img src");
  });

  it("refuses what is not a promise, naming the kind", () => {
    const [call] = outcomeEntries(ledger, "K1", { kind: "call", note: "x" }, day);
    expect(() => confirmPromise(ledger, { contacts }, call!, { company: COMPANY })).toThrow(
      "Only a promise to pay (amount and day) can be confirmed, not a call entry."
    );
  });
});
