import {
  decodeContacts,
  decodeConversations,
  encodeContacts,
  encodeConversations,
} from "../../src/records";
import type { Contact, ConversationEntry } from "../../src/dunning";
import { isoDay, cents } from "../../src/core";

const d = isoDay;
const base: Omit<ConversationEntry, "kind"> = {
  date: d("2026-11-20"),
  customerId: "00123",
  invoiceIds: [],
  amount: null,
  due: null,
  openAtStart: null,
  arrangementId: null,
  reason: "",
  status: null,
  owner: "",
  note: "",
};
const log: ConversationEntry[] = [
  { ...base, kind: "not-reached", note: "Voicemail ingesproken" },
  {
    ...base,
    kind: "promise",
    invoiceIds: ["F2026-001", "F2026-007"],
    amount: cents(123_456),
    due: d("2026-11-27"),
    openAtStart: cents(250_000),
    owner: "MV",
  },
  {
    ...base,
    kind: "instalment",
    arrangementId: "R-00123-1",
    invoiceIds: ["F2026-003"],
    amount: cents(33_333),
    due: d("2026-12-01"),
    openAtStart: cents(99_999),
  },
  {
    ...base,
    kind: "dispute",
    invoiceIds: ["F2026-009"],
    reason: "Prijs wijkt af van offerte",
    due: d("2026-11-27"),
    status: "open",
    owner: "JdB",
  },
  { ...base, kind: "paid-already", customerId: "=HYPERLINK(1)", note: "Zegt betaald op 18-11" },
];
const contacts: Contact[] = [
  {
    customerId: "00123",
    person: "Mw. J. de Vries",
    phone: "+31 20 123 4567",
    email: "crediteuren@bakkerij.nl",
    paymentDay: 4,
    note: "",
  },
  {
    customerId: "00456",
    person: "",
    phone: "",
    email: "",
    paymentDay: null,
    note: "Bellen na 10:00",
  },
];

describe("the conversation log as a table and back", () => {
  it("round-trips every kind without loss (leading zeros, formula-like text as text)", () => {
    const table = encodeConversations(log);
    expect(table.headers).toEqual([
      "Datum",
      "Debiteurnummer",
      "Soort",
      "Facturen",
      "Bedrag",
      "Afgesproken datum",
      "Open bij afspraak",
      "Regeling",
      "Reden",
      "Status",
      "Behandelaar",
      "Notitie",
    ]);
    expect(table.rows[1]).toEqual([
      "2026-11-20",
      "00123",
      "betaalbelofte",
      "F2026-001; F2026-007",
      1234.56,
      "2026-11-27",
      2500,
      null,
      null,
      null,
      "MV",
      null,
    ]);
    const back = decodeConversations(table);
    expect(back.issues).toEqual([]);
    expect(back.entries).toEqual(log);
  });

  it("reads hand edits: columns moved, Dutch dates and amounts, an Excel serial, a dispute closed by hand", () => {
    const back = decodeConversations({
      headers: [
        "Notitie",
        "Soort",
        "Debiteurnummer",
        "Datum",
        "Bedrag",
        "Afgesproken datum",
        "Facturen",
        "Status",
      ],
      rows: [
        ["", "Belofte", 4711, "20-11-2026", "€ 1.234,56", 46_353, "F1, F2", null],
        ["klant akkoord", "geschil", "4711", "2026-11-21", null, null, "F3", "Creditnota"],
      ],
    });
    expect(back.issues).toEqual([]);
    expect(
      back.entries.map((e) => [e.kind, e.customerId, e.amount, e.due, e.invoiceIds, e.status])
    ).toEqual([
      ["promise", "4711", 123_456, "2026-11-27", ["F1", "F2"], null],
      ["dispute", "4711", null, null, ["F3"], "credit-note"],
    ]);
  });

  it("keeps a broken row out as issues naming row, column and value; the other rows are read", () => {
    const back = decodeConversations({
      headers: [
        "Datum",
        "Debiteurnummer",
        "Soort",
        "Bedrag",
        "Afgesproken datum",
        "Facturen",
        "Regeling",
      ],
      rows: [
        ["2026-11-20", "C1", "belofte", "veel", "", "", ""],
        ["2026-11-20", "C1", "afspraak", "", "", "", ""],
        ["2026-11-20", "C1", "geschil", "", "", "", ""],
        ["2026-11-20", "C1", "termijn", "100,00", "01-12-2026", "F1", ""],
        ["31-02-2026", "C1", "gesprek", "", "", "", ""],
        ["2026-11-20", "C2", "gesprek", "", "", "", ""],
      ],
    });
    expect(back.entries.map((e) => e.customerId)).toEqual(["C2"]);
    expect(back.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, "Bedrag", "veel"],
      [2, "Afgesproken datum", ""],
      [3, "Soort", "afspraak"],
      [4, "Facturen", ""],
      [5, "Regeling", ""],
      [6, "Datum", "31-02-2026"],
    ]);
    expect(back.issues[2]!.text.nl).toBe(
      'Soort "afspraak" is niet een van gesprek, niet bereikt, betaalbelofte, termijn, geschil, al betaald.'
    );
    expect(back.issues[3]!.text.en).toBe(
      "Facturen is empty; a dispute is about one or more invoices."
    );
  });

  it("a table without its Soort column cannot be read at all", () => {
    const back = decodeConversations({
      headers: ["Datum", "Debiteurnummer"],
      rows: [["2026-11-20", "C1"]],
    });
    expect(back.entries).toEqual([]);
    expect(back.issues[0]).toMatchObject({ column: "Soort", table: true });
  });
});

describe("contacts as a table and back", () => {
  it("round-trips, the payment day as a Dutch weekday", () => {
    const table = encodeContacts(contacts);
    expect(table.rows[0]).toEqual([
      "00123",
      "Mw. J. de Vries",
      "+31 20 123 4567",
      "crediteuren@bakkerij.nl",
      "donderdag",
      null,
    ]);
    const back = decodeContacts(table);
    expect(back.issues).toEqual([]);
    expect(back.contacts).toEqual(contacts);
  });

  it("reads 'vr' and 'Friday'; a bad e-mail, an unknown day and a second row for a customer are issues", () => {
    const back = decodeContacts({
      headers: ["Debiteurnummer", "E-mail", "Vaste betaaldag"],
      rows: [
        ["C1", "", "vr"],
        ["C2", "info@", "Friday"],
        ["C3", "", "zaterdag"],
        ["C1", "a@b.nl", ""],
        ["C4", "a@b.nl", "di"],
      ],
    });
    expect(back.contacts.map((c) => [c.customerId, c.paymentDay])).toEqual([
      ["C1", 5],
      ["C4", 2],
    ]);
    expect(back.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, "E-mail", "info@"],
      [4, "Vaste betaaldag", "zaterdag"],
      [5, "Debiteurnummer", "C1"],
    ]);
  });
});
