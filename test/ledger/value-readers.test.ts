/** The small cell readers: yes/no, status, currency, debtor type, language, reminder stage, payment term. */
import {
  classifyCell,
  currencyCodeOf,
  splitForeignCurrency,
  debtorTypeOf,
  readDebtorType,
  readLanguage,
  readPaymentTerm,
  readReminderStage,
  statusFlags,
  isTotalLabel,
  readYesNo,
  yesNoOf,
} from "../../src/ledger";

const valueOf = <T>(read: { ok: true; value: T } | { ok: false; message: string }): T | string =>
  read.ok ? read.value : `failed: ${read.message}`;

describe("yes/no", () => {
  it("knows Dutch and English spellings", () => {
    expect(["Ja", "J", "YES", "y", "true", "WAAR", "1", "x"].map(yesNoOf)).toEqual(
      Array(8).fill(true)
    );
    expect(["Nee", "n", "No", "FALSE", "onwaar", "0"].map(yesNoOf)).toEqual(Array(6).fill(false));
    expect(yesNoOf("misschien")).toBeNull();
  });

  it("reads a filled unknown cell as yes with a warning, an Excel error as a failure", () => {
    expect(readYesNo(classifyCell("klacht 12/3"), "Disputed", "Betwist")).toEqual({
      ok: true,
      value: true,
      warning: 'Disputed "klacht 12/3" is not yes/no; read as yes because the cell is filled.',
      warningNl: 'Betwist "klacht 12/3" is geen ja of nee; gelezen als ja omdat de cel gevuld is.',
    });
    expect(readYesNo(classifyCell(null), "Disputed", "Betwist")).toEqual({
      ok: true,
      value: false,
    });
    expect(readYesNo(classifyCell("#N/A"), "Disputed", "Betwist")).toEqual({
      ok: false,
      message: "Disputed is the Excel error #N/A; read as no.",
      messageNl: "Betwist bevat de Excel-foutwaarde #N/A; gelezen als nee.",
    });
  });
});

describe("statusFlags", () => {
  it("sets flags from Dutch and English status words", () => {
    expect(statusFlags("In dispuut")).toEqual({
      disputed: true,
      writtenOff: false,
      handedOver: false,
    });
    expect(statusFlags("Uit handen gegeven")).toEqual({
      disputed: false,
      writtenOff: false,
      handedOver: true,
    });
    expect(statusFlags("Write-off")).toEqual({
      disputed: false,
      writtenOff: true,
      handedOver: false,
    });
    expect(statusFlags("Betaald")).toEqual({
      disputed: false,
      writtenOff: false,
      handedOver: false,
    });
  });
});

describe("currency", () => {
  it("reads codes, symbols and words", () => {
    expect(["eur", "€", "$", "£", "Euro", "CHF", "dollar", "Gulden"].map(currencyCodeOf)).toEqual([
      "EUR",
      "EUR",
      "USD",
      "GBP",
      "EUR",
      "CHF",
      "USD",
      null,
    ]);
  });

  it("splits foreign markers off amount text but leaves euro ones to the amount parser", () => {
    expect(splitForeignCurrency("USD 1,200.00")).toEqual({ currency: "USD", amount: "1,200.00" });
    expect(splitForeignCurrency("12,50 GBP")).toEqual({ currency: "GBP", amount: "12,50" });
    expect(splitForeignCurrency("$12")).toEqual({ currency: "USD", amount: "12" });
    expect(splitForeignCurrency("EUR 12")).toBeNull();
    expect(splitForeignCurrency("12,50")).toBeNull();
  });
});

describe("debtor type", () => {
  it("reads consumer and business words", () => {
    expect(["Particulier", "consument", "B2C", "Privé"].map(debtorTypeOf)).toEqual(
      Array(4).fill("consumer")
    );
    expect(["Zakelijk", "Bedrijf", "B2B", "business"].map(debtorTypeOf)).toEqual(
      Array(4).fill("business")
    );
  });

  it("gives yes/no meaning from the header and fails otherwise", () => {
    expect(
      valueOf(readDebtorType(classifyCell("Ja"), "B2B", "Debtor type", "Soort debiteur"))
    ).toBe("business");
    expect(
      valueOf(readDebtorType(classifyCell(false), "Consument", "Debtor type", "Soort debiteur"))
    ).toBe("business");
    expect(
      valueOf(readDebtorType(classifyCell("Ja"), "Soort", "Debtor type", "Soort debiteur"))
    ).toMatch(/^failed: Debtor type "Ja"/);
  });
});

describe("language", () => {
  it("reads Dutch and English in several spellings and fails for others", () => {
    expect(
      ["NL", "nl-NL", "Nederlands", "Dutch"].map((t) =>
        valueOf(readLanguage(classifyCell(t), "Language", "Taal"))
      )
    ).toEqual(Array(4).fill("nl"));
    expect(
      ["EN", "en-GB", "Engels"].map((t) =>
        valueOf(readLanguage(classifyCell(t), "Language", "Taal"))
      )
    ).toEqual(Array(3).fill("en"));
    expect(valueOf(readLanguage(classifyCell("Deutsch"), "Language", "Taal"))).toMatch(
      /not Dutch or English/
    );
  });
});

describe("reminder stage", () => {
  it("reads numbers, ordinals and Dutch ladder words", () => {
    const read = (v: unknown): unknown =>
      valueOf(readReminderStage(classifyCell(v), "Reminder stage", "Aanmaningsfase"));
    expect(
      [
        2,
        "3",
        "2e aanmaning",
        "1ste herinnering",
        "Herinnering",
        "Aanmaning",
        "14-dagenbrief",
        "Ingebrekestelling",
        "Incasso",
        "Geen",
      ].map(read)
    ).toEqual([2, 3, 2, 1, 1, 2, 2, 3, 4, 0]);
    expect(read(2.5)).toMatch(/^failed/);
    expect(read("veel")).toMatch(/^failed: Reminder stage "veel"/);
  });
});

describe("payment term", () => {
  it("reads days from numbers and common phrases", () => {
    const read = (v: unknown): unknown =>
      valueOf(readPaymentTerm(classifyCell(v), "Payment term", "Betalingstermijn"));
    expect([30, "14", "30 dagen", "Net 30", "netto 14 dagen", "60 days"].map(read)).toEqual([
      30, 14, 30, 30, 14, 60,
    ]);
    expect(read("direct")).toMatch(/^failed/);
    expect(read(45658)).toMatch(/^failed/);
  });
});

describe("total labels", () => {
  it("matches subtotal and total words but not names that merely start with them", () => {
    for (const label of [
      "Totaal",
      "subtotaal",
      "Sub-totaal",
      "Total:",
      "Grand total",
      "Eindtotaal",
      "Totaal generaal",
      "Totalen",
      "Totaal debiteur 1001",
    ]) {
      expect([label, isTotalLabel(label)]).toEqual([label, true]);
    }
    for (const label of ["TotalEnergies", "Totaalbouw BV", "Jansen"])
      expect([label, isTotalLabel(label)]).toEqual([label, false]);
  });
});
