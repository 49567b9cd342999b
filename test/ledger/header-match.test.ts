import { matchHeader, normalizeHeader } from "../../src/ledger";

const best = (text: string): string | undefined => matchHeader(text)[0]?.field;

describe("normalizeHeader", () => {
  it("drops case, accents, spaces and punctuation", () => {
    expect(normalizeHeader("Factuur nr.")).toBe("factuurnr");
    expect(normalizeHeader("Invoice No.")).toBe("invoiceno");
    expect(normalizeHeader("Débiteur")).toBe("debiteur");
    expect(normalizeHeader("E-mail")).toBe("email");
  });
});

describe("matchHeader", () => {
  it("knows the Dutch and English names of every key field", () => {
    const cases: [string, string][] = [
      ["Factuurnummer", "invoiceId"], ["Boekstuknummer", "invoiceId"], ["Invoice no", "invoiceId"], ["Document", "invoiceId"],
      ["Relatienummer", "customerId"], ["Klant", "customerId"], ["AccountCode", "customerId"], ["customerID", "customerId"],
      ["Relatienaam", "customerName"], ["AccountName", "customerName"], ["Boekdatum", "invoiceDate"],
      ["Uiterste betaaldatum", "dueDate"], ["Vervaldag", "dueDate"], ["Factuurbedrag", "amount"], ["Totaalbedrag", "amount"],
      ["Saldo", "openAmount"], ["Restant", "openAmount"], ["Outstanding", "openAmount"], ["Amount due", "openAmount"],
      ["Voldaan op", "settledDate"], ["Valuta", "currency"], ["Uw referentie", "reference"], ["Dispuut", "disputed"],
      ["Oninbaar", "writtenOff"], ["Uit handen", "handedOver"], ["Dunning level", "reminderStage"],
      ["Datum laatste aanmaning", "reminderDate"], ["Woonplaats", "city"], ["Zip", "postcode"], ["KvK-nummer", "kvk"],
      ["BTW-id", "vatId"], ["Rekeningnummer", "iban"], ["Credit limit", "creditLimit"], ["Type debiteur", "debtorType"],
      ["Taal", "language"], ["Terms (days)", "paymentTermDays"], ["Contactpersoon", "contactPerson"], ["Telefoon", "phone"],
    ]; // prettier-ignore
    for (const [header, field] of cases) expect([header, best(header)]).toEqual([header, field]);
  });

  it("scores exact names 1, generic dates 0.5 and partial names between 0.5 and 0.9", () => {
    expect(matchHeader("Vervaldatum")[0]).toEqual({ field: "dueDate", confidence: 1 });
    expect(matchHeader("Datum")[0]).toEqual({ field: "invoiceDate", confidence: 0.5 });
    const partial = matchHeader("Vervaldatum (berekend)")[0];
    expect(partial?.field).toBe("dueDate");
    expect(partial?.confidence).toBeGreaterThan(0.5);
    expect(partial?.confidence).toBeLessThanOrEqual(0.9);
  });

  it("does not let generic words claim longer headers", () => {
    expect(matchHeader("Accountmanager")).toEqual([]);
    expect(matchHeader("Documentnaam")).toEqual([]);
    expect(matchHeader("Vervaldagen")).toEqual([]);
    expect(matchHeader("PaperlessDate")).toEqual([]);
    expect(matchHeader("DaysLate")).toEqual([]);
    expect(matchHeader("BTW")).toEqual([]);
    expect(matchHeader("")).toEqual([]);
  });

  it("knows the Dutch column names of Exact Online, Moneybird and SnelStart lists", () => {
    expect(matchHeader("Factuur ID")[0]).toEqual({ field: "invoiceId", confidence: 1 });
    expect(matchHeader("Code")[0]).toEqual({ field: "customerId", confidence: 0.6 });
    expect(best("Relatiecode")).toBe("customerId");
    expect(best("Openstaand saldo")).toBe("openAmount");
    expect(best("Nog te betalen")).toBe("openAmount");
  });

  it("reads a currency suffix as part of the money header", () => {
    expect(matchHeader("Saldo (EUR)")[0]?.field).toBe("openAmount");
    expect(matchHeader("Open €")[0]?.field).toBe("openAmount");
  });
});
