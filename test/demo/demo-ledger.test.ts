import {
  addDays,
  addMonths,
  diffDays,
  isIsoDay,
  type IsoDay,
  centsFromEuros,
} from "../../src/core";
import {
  isValidDutchIban,
  isValidDutchVatId,
  isValidKvk,
  DEMO_COLUMNS,
  demoLedger,
  type DemoCell,
  type DemoLedger,
} from "../../src/demo";

const demo = demoLedger();

/** The demo's rows as objects keyed by header. */
function records(ledger: DemoLedger): Record<string, DemoCell>[] {
  return ledger.rows.map((row) =>
    Object.fromEntries(ledger.headers.map((header, i) => [header, row[i] ?? null]))
  );
}

const rows = records(demo);
const invoices = rows.filter((r) => (r.Bedrag as number) > 0);
const byCustomer = new Map<number, Record<string, DemoCell>[]>();
for (const row of rows) {
  const list = byCustomer.get(row.Debiteurnummer as number) ?? [];
  list.push(row);
  byCustomer.set(row.Debiteurnummer as number, list);
}
const customers = [...byCustomer.values()].map((list) => list[0] as Record<string, DemoCell>);

describe("demoLedger: determinism and shape", () => {
  it("gives identical rows for the same seed and different rows for another seed", () => {
    const again = demoLedger();
    expect([again.asOf, again.headers, again.rows]).toEqual([demo.asOf, demo.headers, demo.rows]);
    expect(demoLedger({ seed: 20261120 }).rows).toEqual(demo.rows);
    const other = demoLedger({ seed: 7 });
    expect(other.rows).not.toEqual(demo.rows);
    expect(other.headers).toEqual(demo.headers);
  });

  it("is pinned: row count, first invoice and totals of the default demo do not drift", () => {
    const cents = (header: string): number =>
      demo.rows.reduce(
        (sum, row) => sum + centsFromEuros(row[demo.headers.indexOf(header)] as number),
        0
      );
    expect({
      rows: demo.rows.length,
      first: demo.rows[0]?.slice(0, 8),
      amount: cents("Bedrag"),
      open: cents("Openstaand"),
    }).toMatchInlineSnapshot(`
     {
       "amount": 266476802,
       "first": [
         "2025-0423",
         10001,
         "Bram Timmermans",
         "2025-05-20",
         "2025-06-03",
         711.13,
         0,
         "2025-05-24",
       ],
       "open": 13957746,
       "rows": 1169,
     }
    `);
  });

  it("defaults to the fixed as-of day 2026-11-20, never the clock", () => {
    expect(demo.asOf).toBe("2026-11-20");
  });

  it("has the Dutch export headers in order and Excel-like values per column type", () => {
    expect(demo.headers).toEqual(DEMO_COLUMNS.map((c) => c.header));
    expect(demo.headers.slice(0, 8)).toEqual([
      "Factuurnummer",
      "Debiteurnummer",
      "Debiteurnaam",
      "Factuurdatum",
      "Vervaldatum",
      "Bedrag",
      "Openstaand",
      "Betaaldatum",
    ]);
    for (const row of demo.rows) {
      expect(row).toHaveLength(demo.headers.length);
      DEMO_COLUMNS.forEach((column, i) => {
        const value = row[i];
        if (value === null || value === undefined) return;
        if (column.type === "date") expect(isIsoDay(value)).toBe(true);
        if (column.type === "amount") expect(Math.round((value as number) * 100) / 100).toBe(value);
        if (column.type === "integer") expect(Number.isInteger(value)).toBe(true);
        if (column.type === "text") expect(typeof value).toBe("string");
      });
    }
  });

  it("values() is the header row plus rows, as a fresh copy", () => {
    const values = demo.values();
    expect(values[0]).toEqual(demo.headers);
    expect(values.slice(1)).toEqual(demo.rows);
    (values[1] as DemoCell[])[0] = "changed";
    expect(demo.rows[0]?.[0]).not.toBe("changed");
  });

  it("has unique invoice numbers per year in date order", () => {
    const ids = rows.map((r) => r.Factuurnummer as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^20\d\d-\d{4}$/);
    const sorted = [...rows].sort((a, b) =>
      String(a.Factuurnummer).localeCompare(String(b.Factuurnummer))
    );
    for (let i = 1; i < sorted.length; i++) {
      expect(String(sorted[i]?.Factuurdatum) >= String(sorted[i - 1]?.Factuurdatum)).toBe(true);
    }
  });
});

describe("demoLedger: customers", () => {
  it("has about 60 customers, mostly businesses, some consumers", () => {
    expect(customers).toHaveLength(60);
    const consumers = customers.filter((c) => c.Soort === "Particulier");
    expect(consumers.length).toBeGreaterThanOrEqual(8);
    expect(consumers.length).toBeLessThan(20);
    expect(customers.filter((c) => c.Soort === "Zakelijk").length).toBe(60 - consumers.length);
  });

  it("names B.V.s, V.O.F.s and eenmanszaken; consumers have no KvK or btw-id", () => {
    const business = customers.filter((c) => c.Soort === "Zakelijk");
    expect(business.filter((c) => String(c.Debiteurnaam).endsWith(" B.V.")).length).toBeGreaterThan(
      5
    );
    expect(
      business.filter((c) => String(c.Debiteurnaam).endsWith(" V.O.F.")).length
    ).toBeGreaterThan(3);
    expect(
      business.filter((c) => !/ (B\.V\.|V\.O\.F\.)$/.test(String(c.Debiteurnaam))).length
    ).toBeGreaterThan(3);
    for (const c of customers.filter((x) => x.Soort === "Particulier")) {
      expect(c["KvK-nummer"]).toBeNull();
      expect(c["Btw-nummer"]).toBeNull();
    }
  });

  it("keeps the customer details identical on every row of a customer", () => {
    const detail = demo.headers.slice(demo.headers.indexOf("Contactpersoon"));
    for (const list of byCustomer.values()) {
      for (const row of list)
        for (const header of [...detail, "Debiteurnaam"])
          expect(row[header]).toEqual(list[0]?.[header]);
    }
  });

  it("writes Dutch postcodes, e-mail addresses, phone numbers, payment terms and languages", () => {
    for (const c of customers) {
      expect(c.Postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      expect(c.Postcode).not.toMatch(/ (SA|SD|SS)$/);
      expect(c["E-mail"]).toMatch(/^[a-z0-9.]+@[a-z0-9]+\.(nl|com)$/);
      expect(c.Telefoon).toMatch(/^0\d{1,3}-\d{6,8}$/);
      expect(String(c.Telefoon).replace("-", "")).toHaveLength(10);
      expect([14, 30]).toContain(c.Betalingstermijn);
      expect(["nl", "en"]).toContain(c.Taal);
      expect(c.Kredietlimiet as number).toBeGreaterThan(0);
      expect(String(c.Adres)).toMatch(/^\D+ \d+/);
    }
    const english = customers.filter((c) => c.Taal === "en").length;
    expect(english).toBeGreaterThanOrEqual(2);
    expect(english).toBeLessThan(10);
  });

  it("has valid KvK/btw/IBAN except a few deliberately invalid ones", () => {
    const ibans = customers.map((c) => c.IBAN).filter((x): x is string => typeof x === "string");
    const vats = customers
      .map((c) => c["Btw-nummer"])
      .filter((x): x is string => typeof x === "string");
    const kvks = customers
      .map((c) => c["KvK-nummer"])
      .filter((x): x is string => typeof x === "string");
    const badIbans = ibans.filter((x) => !isValidDutchIban(x));
    expect(badIbans).toHaveLength(2);
    expect(vats.filter((x) => !isValidDutchVatId(x))).toHaveLength(1);
    expect(kvks.filter((x) => !isValidKvk(x))).toHaveLength(1);
    expect(ibans.length).toBeGreaterThan(40);
    for (const iban of ibans) expect(iban).toMatch(/^NL\d\d(ABNA|INGB|RABO|TRIO|SNSB|BUNQ)\d{10}$/);
    // Sole traders carry the post-2020 btw-id (mod 97); legal entities the RSIN-based B01.
    expect(vats.filter((x) => x.endsWith("B01")).length).toBeGreaterThan(10);
    expect(vats.filter((x) => !x.endsWith("B01")).length).toBeGreaterThan(3);
  });
});

describe("demoLedger: invoices and payment history", () => {
  const asOf = demo.asOf;
  const windowStart = addMonths(asOf, -18);

  it("covers 18 months up to the as-of day, nothing later", () => {
    const dates = rows.map((r) => r.Factuurdatum as IsoDay).sort();
    expect(
      dates[0] !== undefined && dates[0] >= windowStart && dates[0] <= addDays(windowStart, 10)
    ).toBe(true);
    for (const r of rows) {
      expect((r.Factuurdatum as string) <= asOf).toBe(true);
      if (r.Betaaldatum !== null) expect((r.Betaaldatum as string) <= asOf).toBe(true);
      if (r["Datum aanmaning"] !== null)
        expect((r["Datum aanmaning"] as string) <= asOf).toBe(true);
    }
    expect(rows.length).toBeGreaterThan(600);
  });

  it("has realistic invoice amounts (€ 50 - € 25,000) and due dates after the payment term", () => {
    for (const r of invoices) {
      expect(r.Bedrag as number).toBeGreaterThanOrEqual(50);
      expect(r.Bedrag as number).toBeLessThanOrEqual(25000);
      expect(diffDays(r.Vervaldatum as IsoDay, r.Factuurdatum as IsoDay)).toBe(r.Betalingstermijn);
      expect(r.Valuta).toBe("EUR");
    }
  });

  it("is paid on time mostly, late sometimes; paid rows have open 0 and a pay date", () => {
    const paid = invoices.filter((r) => r.Status === "betaald");
    for (const r of paid) {
      expect(r.Openstaand).toBe(0);
      expect(r.Betaaldatum).not.toBeNull();
      expect((r.Betaaldatum as string) >= (r.Factuurdatum as string)).toBe(true);
    }
    const onTime = paid.filter(
      (r) => (r.Betaaldatum as string) <= (r.Vervaldatum as string)
    ).length;
    expect(onTime / paid.length).toBeGreaterThan(0.55);
    expect(paid.length - onTime).toBeGreaterThan(50);
    expect(paid.length / invoices.length).toBeGreaterThan(0.8);
  });

  it("has open items in every age bucket", () => {
    const open = invoices.filter((r) => (r.Openstaand as number) > 0);
    const overdue = open.map((r) => diffDays(asOf, r.Vervaldatum as IsoDay));
    expect(overdue.some((d) => d <= 0)).toBe(true);
    expect(overdue.some((d) => d >= 1 && d <= 30)).toBe(true);
    expect(overdue.some((d) => d >= 31 && d <= 60)).toBe(true);
    expect(overdue.some((d) => d > 90)).toBe(true);
  });

  it("has partial payments: 0 < open < amount, status 'deels betaald', no pay date", () => {
    const partial = invoices.filter(
      (r) => (r.Openstaand as number) > 0 && (r.Openstaand as number) < (r.Bedrag as number)
    );
    expect(partial.length).toBeGreaterThanOrEqual(5);
    for (const r of partial) {
      expect(r.Status).toBe("deels betaald");
      expect(r.Betaaldatum).toBeNull();
    }
  });

  it("has credit notes: negative amounts, open between the amount and 0, naming the invoice they credit", () => {
    const credits = rows.filter((r) => (r.Bedrag as number) < 0);
    expect(credits.length).toBeGreaterThanOrEqual(5);
    const ids = new Set(rows.map((r) => r.Factuurnummer));
    for (const r of credits) {
      expect(r.Openstaand as number).toBeLessThanOrEqual(0);
      expect(r.Openstaand as number).toBeGreaterThanOrEqual(r.Bedrag as number);
      const credited = /factuur (\d{4}-\d{4})/.exec(String(r.Omschrijving))?.[1];
      expect(ids.has(credited)).toBe(true);
    }
    expect(credits.filter((r) => (r.Openstaand as number) < 0).length).toBeGreaterThanOrEqual(1);
  });

  it("has exactly two disputed invoices, open and overdue", () => {
    const disputed = rows.filter((r) => r.Betwist === "Ja");
    expect(disputed).toHaveLength(2);
    expect(rows.filter((r) => r.Status === "betwist")).toHaveLength(2);
    for (const r of disputed) {
      expect(r.Status).toBe("betwist");
      expect(r.Openstaand).toBe(r.Bedrag);
      expect(diffDays(asOf, r.Vervaldatum as IsoDay)).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.Betwist !== "Ja" && r.Betwist !== "Nee")).toHaveLength(0);
  });

  it("has a few written-off invoices, long overdue, after an ingebrekestelling", () => {
    const writtenOff = rows.filter((r) => r.Status === "afgeschreven");
    expect(writtenOff.length).toBeGreaterThanOrEqual(2);
    expect(writtenOff.length).toBeLessThanOrEqual(6);
    for (const r of writtenOff) {
      expect(r.Openstaand).toBe(r.Bedrag);
      expect(r.Aanmaning).toBe(3);
      expect(diffDays(asOf, r.Vervaldatum as IsoDay)).toBeGreaterThan(120);
    }
  });

  it("has exactly one customer handed to an incassobureau, who stopped buying", () => {
    const incasso = rows.filter((r) => r.Status === "incasso");
    expect(incasso.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(incasso.map((r) => r.Debiteurnummer));
    expect(ids.size).toBe(1);
    const all = byCustomer.get([...ids][0] as number) ?? [];
    const last = all
      .map((r) => r.Factuurdatum as string)
      .sort()
      .at(-1) as IsoDay;
    expect(diffDays(asOf, last)).toBeGreaterThan(60);
    for (const r of incasso) {
      expect(r.Openstaand).toBe(r.Bedrag);
      expect(r.Aanmaning).toBe(3);
    }
  });

  it("has new customers (first invoice < 90 days ago) with a large first order (> € 2,500)", () => {
    const fresh = [...byCustomer.values()].filter(
      (list) => diffDays(asOf, list.map((r) => r.Factuurdatum as string).sort()[0] as IsoDay) < 90
    );
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    for (const list of fresh) {
      const first = [...list].sort((a, b) =>
        String(a.Factuurdatum).localeCompare(String(b.Factuurdatum))
      )[0];
      expect(first?.Bedrag as number).toBeGreaterThan(2500);
    }
    // The newest debtor numbers belong to the newest customers.
    expect(Math.min(...fresh.map((list) => list[0]?.Debiteurnummer as number))).toBeGreaterThan(
      10050
    );
  });

  it("records reminder stage and date only on overdue unpaid items, the date after the due date", () => {
    const reminded = rows.filter((r) => r.Aanmaning !== null);
    expect(reminded.length).toBeGreaterThanOrEqual(8);
    expect(new Set(reminded.map((r) => r.Aanmaning))).toEqual(new Set([1, 2, 3]));
    for (const r of reminded) {
      expect(r["Datum aanmaning"]).not.toBeNull();
      expect((r["Datum aanmaning"] as string) > (r.Vervaldatum as string)).toBe(true);
      expect(r.Openstaand as number).toBeGreaterThan(0);
    }
    for (const r of rows.filter((x) => x.Aanmaning === null))
      expect(r["Datum aanmaning"]).toBeNull();
    // Some overdue items have not been chased yet.
    const overdueUnchased = invoices.filter(
      (r) =>
        (r.Openstaand as number) > 0 &&
        r.Aanmaning === null &&
        diffDays(asOf, r.Vervaldatum as IsoDay) > 0
    );
    expect(overdueUnchased.length).toBeGreaterThan(0);
  });

  it("sums exactly in cents", () => {
    const total = rows.reduce((sum, r) => sum + centsFromEuros(r.Bedrag as number), 0);
    const open = rows.reduce((sum, r) => sum + centsFromEuros(r.Openstaand as number), 0);
    expect(Number.isSafeInteger(total) && Number.isSafeInteger(open)).toBe(true);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(total);
  });

  it("follows another as-of day: everything shifts, nothing after it", () => {
    const earlier = demoLedger({ asOf: "2025-06-30" as IsoDay });
    expect(earlier.asOf).toBe("2025-06-30");
    const dates = records(earlier).flatMap((r) => [
      r.Factuurdatum,
      r.Betaaldatum,
      r["Datum aanmaning"],
    ]);
    for (const d of dates) if (d !== null) expect((d as string) <= "2025-06-30").toBe(true);
    expect(() => demoLedger({ asOf: "2025-02-30" as IsoDay })).toThrow("2025-02-30");
  });
});
