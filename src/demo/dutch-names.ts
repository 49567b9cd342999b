/**
 * Dutch personal names and business-name patterns for the demo ledger. Surnames carry their
 * tussenvoegsel ("de Vries", "van den Berg") because that is how they appear in a ledger.
 */

/** Common Dutch first names. */
export const FIRST_NAMES: readonly string[] = [
  "Jan",
  "Pieter",
  "Kees",
  "Henk",
  "Sanne",
  "Anouk",
  "Fleur",
  "Lotte",
  "Daan",
  "Sem",
  "Lieke",
  "Bram",
  "Thijs",
  "Ruud",
  "Marieke",
  "Esther",
  "Joost",
  "Willem",
  "Noor",
  "Femke",
  "Ingrid",
  "Gerrit",
  "Mirjam",
  "Wouter",
  "Eva",
  "Sophie",
  "Maarten",
  "Hanneke",
  "Bas",
  "Jeroen",
  "Linda",
  "Karin",
  "Rik",
  "Anke",
];

/** Common Dutch surnames, with tussenvoegsel. */
export const SURNAMES: readonly string[] = [
  "de Vries",
  "Jansen",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
  "van der Meer",
  "van der Linden",
  "Kok",
  "Jacobs",
  "de Haan",
  "Vermeulen",
  "van Dijk",
  "Schouten",
  "Willems",
  "Hoekstra",
  "Koster",
  "Prins",
  "Huisman",
  "Kuipers",
  "van Beek",
  "Verhoeven",
  "Postma",
  "Timmermans",
  "Groen",
  "Sluiter",
  "Kramer",
];

/** Trades for "Bouwbedrijf Jansen"-style names of small firms. */
export const TRADES: readonly string[] = [
  "Bouwbedrijf",
  "Installatiebedrijf",
  "Schildersbedrijf",
  "Hoveniersbedrijf",
  "Loodgietersbedrijf",
  "Autobedrijf",
  "Transportbedrijf",
  "Timmerbedrijf",
  "Dakdekkersbedrijf",
  "Elektrotechniek",
  "Bakkerij",
  "Fietsenmaker",
  "Administratiekantoor",
  "Schoonmaakbedrijf",
  "Drukkerij",
];

/** Trades for one-person businesses (eenmanszaken) that trade under the owner's name. */
export const SOLO_TRADES: readonly string[] = [
  "Fotografie",
  "Klussenbedrijf",
  "Tekstbureau",
  "Interieurontwerp",
  "Vertaalbureau",
  "Webdesign",
  "Coaching",
  "Stukadoorsbedrijf",
  "Tegelzetter",
];

/** First words of invented brand-style company names ("Noordzee Logistiek B.V."). */
export const BRAND_WORDS: readonly string[] = [
  "Noordzee",
  "Hollandse",
  "Polder",
  "Delta",
  "Oranje",
  "Lage Landen",
  "Zuidwest",
  "Rijnmond",
  "Veluwe",
  "Amstel",
  "Maas",
  "Duin",
  "Tulp",
  "Kompas",
  "Horizon",
  "Brabantse",
  "Friese",
  "Kennemer",
];

/** Second words of brand-style names. */
export const BRAND_BUSINESSES: readonly string[] = [
  "Logistiek",
  "Bouwgroep",
  "Techniek",
  "Installaties",
  "Vastgoedbeheer",
  "Horeca Groep",
  "Metaalwerken",
  "Zorggroep",
  "Kunststoffen",
  "Facilitair",
  "Verpakkingen",
  "Media",
  "Agri",
  "Energie",
  "Dakwerken",
];

/** Names of hospitality businesses, with diacritics on purpose (they must survive every encoding). */
export const HOSPITALITY_NAMES: readonly string[] = [
  "Eetcafé 't Hoekje",
  "Café De Gouden Leeuw",
  "Brasserie Ré",
  "Lunchroom Smaakvol",
  "Café Übersee",
];

/** English-style names of international firms based in the Netherlands (they get English letters). */
export const INTERNATIONAL_NAMES: readonly string[] = [
  "Amsterdam Tech Hub",
  "Northsea Trading",
  "Lowlands Software",
  "Harbour Analytics",
  "Tulip Cloud Services",
];

/** Free-mail domains Dutch consumers use. */
export const CONSUMER_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "hotmail.com",
  "ziggo.nl",
  "kpnmail.nl",
  "outlook.com",
  "live.nl",
  "xs4all.nl",
];
