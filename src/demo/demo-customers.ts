/**
 * The ~60 customers (debiteuren) of the demo ledger: businesses (B.V., V.O.F., eenmanszaak) and
 * some consumers, with Dutch addresses, contact details, KvK/btw/IBAN (a few deliberately invalid),
 * credit limit, payment term, language, and the role each plays in the demo's story.
 */
import type { SeededRandom } from "./seeded-random";
import {
  BUSINESS_STREETS,
  DUTCH_CITIES,
  FORBIDDEN_POSTCODE_LETTERS,
  HOME_STREETS,
} from "./dutch-places";
import {
  BRAND_BUSINESSES,
  BRAND_WORDS,
  CONSUMER_MAIL_DOMAINS,
  FIRST_NAMES,
  HOSPITALITY_NAMES,
  INTERNATIONAL_NAMES,
  SOLO_TRADES,
  SURNAMES,
  TRADES,
} from "./dutch-names";
import { randomIban, randomVatId, spoilIdentifiers } from "./demo-identifiers";

/**
 * What a customer does in the demo's story. "regular" customers just buy and pay; the others carry
 * the cases a controller must see: a new customer with a big first order, a claim with the
 * incassobureau, a bankrupt customer whose invoices were written off, a consumer who never paid,
 * and customers with one disputed invoice.
 */
export type CustomerRole =
  "regular" | "new" | "incasso" | "bankrupt" | "unpaidConsumer" | "disputer";

/** How a customer pays: within the term, a little late, or habitually late. */
export type PaymentBehaviour = "punctual" | "slightlyLate" | "late";

/** One demo customer. Amounts in cents. */
export interface DemoCustomer {
  /** Index in generation order; the debtor number is assigned later, by first invoice date. */
  key: number;
  name: string;
  debtorType: "business" | "consumer";
  legalForm: "B.V." | "V.O.F." | "eenmanszaak" | null;
  contactPerson: string;
  address: string;
  postcode: string;
  city: string;
  email: string;
  phone: string;
  kvk: string | null;
  vatId: string | null;
  iban: string | null;
  creditLimitCents: number;
  paymentTermDays: 14 | 30;
  language: "nl" | "en";
  role: CustomerRole;
  behaviour: PaymentBehaviour;
  /** Average number of invoices per month. */
  invoicesPerMonth: number;
  /** Typical invoice amount including VAT, in cents. */
  typicalCents: number;
}

/** Number of customers in the demo. */
export const DEMO_CUSTOMER_COUNT = 60;

/** Generates the demo customers. Deterministic for a given `random` state. */
export function demoCustomers(random: SeededRandom): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  const usedNames = new Set<string>();
  // The mix: 12 consumers, 5 international firms (English), 4 hospitality, and the rest Dutch firms.
  const kinds: string[] = [
    ...Array<string>(12).fill("consumer"),
    ...Array<string>(3).fill("international"),
    ...Array<string>(4).fill("hospitality"),
    ...Array<string>(18).fill("bv"),
    ...Array<string>(10).fill("vof"),
    ...Array<string>(13).fill("solo"),
  ];
  for (const [key, kind] of random.shuffle(kinds).entries()) {
    let customer = makeCustomer(random, key, kind);
    while (usedNames.has(customer.name)) customer = makeCustomer(random, key, kind);
    usedNames.add(customer.name);
    customers.push(customer);
  }
  assignRoles(random, customers);
  spoilIdentifiers(random, customers);
  return customers;
}

function makeCustomer(random: SeededRandom, key: number, kind: string): DemoCustomer {
  const first = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const person = `${first} ${surname}`;
  const city = random.pick(DUTCH_CITIES);
  const consumer = kind === "consumer";
  let legalForm: DemoCustomer["legalForm"] = consumer
    ? null
    : kind === "solo"
      ? "eenmanszaak"
      : kind === "vof"
        ? "V.O.F."
        : "B.V.";
  const name = consumer ? person : businessName(random, kind, first, surname, legalForm);
  if (name.endsWith(" V.O.F.")) legalForm = "V.O.F."; // hospitality names choose their own form
  const street = random.pick(consumer ? HOME_STREETS : BUSINESS_STREETS);
  const typicalCents = consumer
    ? random.int(80, 1200) * 100
    : Math.round(Math.exp(Math.log(150) + random.next() * (Math.log(7000) - Math.log(150)))) * 100;
  return {
    key,
    name,
    debtorType: consumer ? "consumer" : "business",
    legalForm,
    contactPerson: consumer ? person : `${first.charAt(0)}. ${surname}`,
    address: `${street} ${random.int(1, 180)}${random.chance(0.15) ? random.pick(["a", "b", "-2", "-11"]) : ""}`,
    postcode: postcode(random, city.postcodes),
    city: city.name,
    email: consumer
      ? `${slug(first)}.${slug(surname)}@${random.pick(CONSUMER_MAIL_DOMAINS)}`
      : `${random.pick(["administratie", "facturen", "info", "crediteuren"])}@${slug(name)}.nl`,
    phone:
      consumer || random.chance(0.2)
        ? `06-${random.int(1, 6)}${random.digits(7)}`
        : landline(random, city.areaCode),
    kvk: consumer ? null : `${random.int(1, 9)}${random.digits(7)}`,
    vatId: consumer ? null : randomVatId(random, legalForm === "eenmanszaak"),
    iban: consumer && random.chance(0.4) ? null : randomIban(random),
    creditLimitCents: consumer ? random.pick([500, 1000, 1500]) * 100 : creditLimit(typicalCents),
    paymentTermDays: consumer || random.chance(0.3) ? 14 : 30,
    language: kind === "international" || (consumer && random.chance(0.1)) ? "en" : "nl",
    role: "regular",
    behaviour: random.chance(0.65) ? "punctual" : random.chance(0.7) ? "slightlyLate" : "late",
    invoicesPerMonth: consumer ? 0.15 + random.next() * 0.3 : 0.4 + random.next() * 2.2,
    typicalCents,
  };
}

function businessName(
  random: SeededRandom,
  kind: string,
  first: string,
  surname: string,
  legalForm: "B.V." | "V.O.F." | "eenmanszaak" | null
): string {
  const family = capitalise(surname);
  if (kind === "international") return `${random.pick(INTERNATIONAL_NAMES)} B.V.`;
  if (kind === "hospitality")
    return `${random.pick(HOSPITALITY_NAMES)} ${random.pick(["V.O.F.", "B.V."])}`;
  if (legalForm === "eenmanszaak") {
    return random.chance(0.5)
      ? `${random.pick(TRADES)} ${family}`
      : `${first} ${surname} ${random.pick(SOLO_TRADES)}`;
  }
  if (legalForm === "V.O.F.") {
    return random.chance(0.5)
      ? `${family} & ${capitalise(random.pick(SURNAMES))} V.O.F.`
      : `${random.pick(TRADES)} ${family} V.O.F.`;
  }
  return random.chance(0.5)
    ? `${random.pick(BRAND_WORDS)} ${random.pick(BRAND_BUSINESSES)} B.V.`
    : `${random.pick(TRADES)} ${family} B.V.`;
}

/** Gives the story roles to distinct customers of the right kind. */
function assignRoles(random: SeededRandom, customers: DemoCustomer[]): void {
  const businesses = random.shuffle(
    customers.filter((c) => c.debtorType === "business" && c.language === "nl")
  );
  const consumers = random.shuffle(customers.filter((c) => c.debtorType === "consumer"));
  const roles: [DemoCustomer | undefined, CustomerRole][] = [
    [businesses[0], "incasso"],
    [businesses[1], "bankrupt"],
    [businesses[2], "disputer"],
    [businesses[3], "disputer"],
    [businesses[4], "new"],
    [businesses[5], "new"],
    [businesses[6], "new"],
    [consumers[0], "unpaidConsumer"],
  ];
  const international = customers.find((c) => c.language === "en" && c.debtorType === "business");
  roles.push([international, "new"]);
  for (const [customer, role] of roles) {
    if (!customer) throw new Error(`Demo generator: no customer left for role ${role}.`);
    customer.role = role;
  }
  for (const customer of customers) {
    if (customer.role === "incasso" || customer.role === "bankrupt") customer.behaviour = "late";
    if (customer.role === "new") {
      // New customers get a cautious limit: the first order is often above it (a credit-check case).
      customer.creditLimitCents = random.pick([2500, 5000]) * 100;
      customer.behaviour = "punctual";
    }
  }
}

function postcode(random: SeededRandom, [low, high]: readonly [number, number]): string {
  const letters = "ABCDEFGHJKLMNPRSTVWXZ";
  let pair = "";
  do pair = random.pick([...letters]) + random.pick([...letters]);
  while (FORBIDDEN_POSTCODE_LETTERS.includes(pair));
  return `${random.int(low, high)} ${pair}`;
}

function landline(random: SeededRandom, areaCode: string): string {
  return `0${areaCode}-${random.int(2, 9)}${random.digits(8 - areaCode.length)}`;
}

function creditLimit(typicalCents: number): number {
  const euros = Math.min(50000, Math.max(1000, Math.round(((typicalCents / 100) * 4) / 500) * 500));
  return euros * 100;
}

/** "van den Berg" -> "Van den Berg": how a surname is written without a first name before it. */
function capitalise(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

/** Lower-case ASCII slug for e-mail addresses ("Eetcafé 't Hoekje V.O.F." -> "eetcafethoekje"). */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(b\.v\.|v\.o\.f\.)/g, "")
    .replace(/[^a-z0-9]/g, "");
}
