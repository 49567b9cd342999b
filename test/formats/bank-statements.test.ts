import { readFileSync } from "node:fs";
import fc from "fast-check";
import { StatementFileError, readBankStatement } from "../../src/formats";
import { writeCamt053, writeMt940, type WrittenEntry } from "../payments/statement-writers";

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/bank/${name}`, import.meta.url));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (name: string) => readBankStatement(fixture(name), name);
const refusal = (text: string, name = "afschrift.xml"): StatementFileError => {
  try {
    readBankStatement(bytes(text), name);
  } catch (error) {
    if (error instanceof StatementFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read, but should have been refused`);
};

describe("CAMT.053 as Dutch banks deliver it", () => {
  it("ING camt.053.001.02: account, balances, booked entries only, RF in Strd, text and IBAN of the payer", () => {
    const [statement, ...more] = read("ing-camt053-v02.xml");
    expect(more).toEqual([]);
    expect(statement).toMatchObject({
      format: "camt.053.001.02",
      account: "NL69INGB0123456789",
      currency: "EUR",
      from: "2026-11-30",
      opening: { amount: 1051235 },
      closing: { amount: 1306487 },
    });
    // The pending (PDNG) entry of 99.99 is not booked and not read.
    expect(statement?.entries.map((e) => [e.direction, e.amount, e.iban, e.reference])).toEqual([
      ["credit", 121000, "NL91ABNA0417164300", "RF18539007547034"],
      ["credit", 45017, "NL44RABO0123456789", null],
      ["debit", 8500, "NL02ABNA0123456789", null],
      ["credit", 97735, "DE89370400440532013000", null],
    ]);
    // An escaped script in the remittance stays the text it is; the name's &amp; is an ampersand.
    expect(statement?.entries[1]).toMatchObject({
      name: "J. de Vries & Zn.",
      text: "Factuur 2026-0117 <script>alert(1)</script>",
    });
  });

  it("Rabobank camt.053.001.08: names under Pty, Sts/Cd, a debit opening balance (PRCD), a batch entry split in its parts", () => {
    const [statement] = read("rabobank-camt053-v08.xml");
    expect(statement).toMatchObject({
      format: "camt.053.001.08",
      account: "NL90RABO0330000001",
      opening: { amount: -25000 },
      closing: { amount: 175000 },
    });
    expect(statement?.entries.map((e) => [e.key, e.amount, e.name, e.text, e.reference])).toEqual([
      [
        "RABO-20261130-0001/1",
        150000,
        "Installatiebedrijf Van Dijk",
        "fact 2026-0201 en 2026-0202",
        null,
      ],
      ["RABO-20261130-0001/2", 50000, "Stichting Het Anker", "", "5000056789012345"],
    ]);
  });
});

describe("MT940 as Dutch banks deliver it", () => {
  it("ING: the same day as its CAMT twin, the same entries, IBANs, names and references", () => {
    const [mt] = read("ing-mt940.sta");
    const [camt] = read("ing-camt053-v02.xml");
    expect(mt).toMatchObject({
      format: "MT940",
      account: "NL69INGB0123456789",
      opening: { amount: 1051235 },
      closing: { amount: 1306487 },
    });
    const shape = (s: typeof mt) =>
      s?.entries.map((e) => [e.direction, e.amount, e.iban, e.name, e.reference]);
    expect(shape(mt)).toEqual(shape(camt));
    expect(mt?.entries[1]?.text).toBe("Factuur 2026-0117 betaald");
    expect(mt?.entries[2]?.text).toBe("Incasso abonnement november"); // wrapped mid-word, joined again
  });

  it("Rabobank in its SWIFT envelope: /ORDP//NAME/, the payer's IBAN on the :61: line, account with currency", () => {
    const [statement] = read("rabobank-mt940.swi");
    expect(statement).toMatchObject({
      account: "NL90RABO0330000001",
      id: "940S261130 / 26230",
      opening: { amount: -25000 },
    });
    expect(statement?.entries.map((e) => [e.amount, e.name, e.iban, e.text])).toEqual([
      [150000, "Installatiebedrijf Van Dijk", "NL20INGB0001234567", "fact 2026-0201 en 2026-0202"],
      [50000, "Stichting Het Anker", "NL66ASNB0707070707", "5000056789012345"],
    ]);
  });

  it("ABN AMRO: the older labelled :86: (NAAM:, OMSCHRIJVING:) and the /TRTP/ structure side by side", () => {
    const [statement] = read("abnamro-mt940.sta");
    expect(statement?.entries.map((e) => [e.direction, e.amount, e.name, e.iban, e.text])).toEqual([
      ["credit", 12100, "J. DE VRIES EN ZN", "NL44RABO0123456789", "FACTUUR 2026-0118"],
      ["debit", 2100, "KPN B.V.", "NL02ABNA0123456789", "Factuur 99887766"],
    ]);
  });
});

describe("refusals name the place and the value", () => {
  const good = writeCamt053("NL69INGB0123456789", "2026-11-30", 0, [
    { amount: 1000, direction: "credit", name: "A", iban: "NL91ABNA0417164300", text: "x" },
  ]);

  it("a CSV export, a PDF, camt.052 and camt.054 are refused with what to download", () => {
    expect(refusal("Datum;Naam;Bedrag\n20261130;A;10,00\n", "export.csv").message).toMatch(
      /neither a CAMT\.053.*nor an MT940.*export\.csv|export\.csv is neither/
    );
    expect(refusal("%PDF-1.7\n", "afschrift.pdf").messageNl).toMatch(
      /geen CAMT\.053- \(XML\) of MT940/
    );
    expect(refusal(good.replace("camt.053.001.02", "camt.052.001.02")).message).toMatch(
      /camt\.052\.001\.02, not a CAMT\.053/
    );
    expect(refusal(good.replace("camt.053.001.02", "camt.054.001.08")).message).toMatch(
      /camt\.054\.001\.08/
    );
    expect(refusal(good.replace("camt.053.001.02", "camt.053.001.01")).message).toMatch(/older/);
  });

  it("malformed XML names the line; a DOCTYPE is refused before any entity is expanded", () => {
    const broken = good.replace("</Stmt>", "");
    expect(refusal(broken).message).toMatch(/not well-formed XML at line \d+, column \d+/);
    const lol = good.replace(
      "<Document",
      '<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa">]>\n<Document'
    );
    expect(refusal(lol).message).toMatch(/DOCTYPE/);
  });

  it("an amount that is not an amount names the entry and the value", () => {
    const error = refusal(
      good.replace(
        '<Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>',
        '<Amt Ccy="EUR">10,00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>'
      )
    );
    expect(error.message).toMatch(/Ntry 1: the amount "10,00"/);
    expect(error.messageNl).toMatch(/Ntry 1: het bedrag "10,00"/);
  });

  it("balances that do not add up: refused with the four figures and the difference", () => {
    const error = refusal(
      good.replace(
        '<Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt>',
        '<Amt Ccy="EUR">10.01</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt>'
      )
    );
    expect(error.message).toMatch(
      /opening €0\.00 \+ credits €10\.00 − debits €0\.00 = €10\.00, but the bank states closing €10\.01 \(a difference of €0\.01\)/
    );
    expect(error.messageNl).toMatch(/verschil € 0,01/);
  });

  it("MT940: a missing closing balance and a broken :61: line name the line", () => {
    const mt = writeMt940("NL69INGB0123456789", "2026-11-30", 0, [
      { amount: 1000, direction: "credit", name: "A", iban: "NL91ABNA0417164300", text: "x" },
    ]);
    expect(refusal(mt.replace(/:62F:.*\r\n/, ""), "x.sta").message).toMatch(
      /line 1 \(:20:\): the statement lacks :62F: \(closing balance\)/
    );
    expect(refusal(mt.replace("C10,00NTRF", "C10.00NTRF"), "x.sta").message).toMatch(
      /line 5 \(:61:\): the statement line "2611301130C10\.00NTRF/
    );
  });
});

describe("property: what a bank writes is read back to the cent, in both formats", () => {
  const entry: fc.Arbitrary<WrittenEntry> = fc.record({
    amount: fc.integer({ min: 1, max: 99_999_999_999 }),
    direction: fc.constantFrom("credit" as const, "debit" as const),
    name: fc.stringMatching(/^[A-Za-z][A-Za-z .&'-]{0,30}[A-Za-z]$/),
    iban: fc.constantFrom("NL91ABNA0417164300", "NL44RABO0123456789", "DE89370400440532013000"),
    text: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,<>&'-]{0,60}[A-Za-z0-9]$/),
  });

  it("entries, amounts, directions, names, texts and balances", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(entry, { maxLength: 12 }),
        (opening, entries) => {
          const camt = readBankStatement(
            bytes(writeCamt053("NL69INGB0123456789", "2026-11-30", opening, entries)),
            "a.xml"
          );
          const mt = readBankStatement(
            bytes(writeMt940("NL69INGB0123456789", "2026-11-30", opening, entries)),
            "a.sta"
          );
          for (const [statement] of [camt, mt]) {
            expect(statement?.opening.amount).toBe(opening);
            expect(
              statement?.entries.map((e) => [e.amount, e.direction, e.iban, e.name, e.text])
            ).toEqual(entries.map((e) => [e.amount, e.direction, e.iban, e.name, e.text]));
          }
        }
      ),
      { numRuns: 60 }
    );
  });
});
