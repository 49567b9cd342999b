/**
 * Dutch places for the demo ledger: real city names with their real postcode ranges and area codes,
 * and street names that exist in nearly every Dutch town. Made-up combinations, real-looking shape.
 */
export interface DutchCity {
  /** City as written in an address ("'s-Hertogenbosch", not "Den Bosch"). */
  name: string;
  /** Lowest and highest 4-digit postcode number of the city. */
  postcodes: readonly [number, number];
  /** Telephone area code without the leading 0 ("20" for Amsterdam). */
  areaCode: string;
}

/** Cities, weighted towards the Randstad by repetition-free choice of the caller. */
export const DUTCH_CITIES: readonly DutchCity[] = [
  { name: "Amsterdam", postcodes: [1011, 1109], areaCode: "20" },
  { name: "Rotterdam", postcodes: [3011, 3089], areaCode: "10" },
  { name: "'s-Gravenhage", postcodes: [2491, 2599], areaCode: "70" },
  { name: "Utrecht", postcodes: [3511, 3585], areaCode: "30" },
  { name: "Eindhoven", postcodes: [5611, 5658], areaCode: "40" },
  { name: "Groningen", postcodes: [9711, 9747], areaCode: "50" },
  { name: "Tilburg", postcodes: [5011, 5049], areaCode: "13" },
  { name: "Almere", postcodes: [1311, 1365], areaCode: "36" },
  { name: "Breda", postcodes: [4811, 4839], areaCode: "76" },
  { name: "Nijmegen", postcodes: [6511, 6546], areaCode: "24" },
  { name: "Apeldoorn", postcodes: [7311, 7339], areaCode: "55" },
  { name: "Haarlem", postcodes: [2011, 2037], areaCode: "23" },
  { name: "Arnhem", postcodes: [6811, 6846], areaCode: "26" },
  { name: "Enschede", postcodes: [7511, 7548], areaCode: "53" },
  { name: "Amersfoort", postcodes: [3811, 3829], areaCode: "33" },
  { name: "Zwolle", postcodes: [8011, 8043], areaCode: "38" },
  { name: "Leiden", postcodes: [2311, 2334], areaCode: "71" },
  { name: "Maastricht", postcodes: [6211, 6229], areaCode: "43" },
  { name: "Dordrecht", postcodes: [3311, 3329], areaCode: "78" },
  { name: "Zoetermeer", postcodes: [2711, 2729], areaCode: "79" },
  { name: "'s-Hertogenbosch", postcodes: [5211, 5258], areaCode: "73" },
  { name: "Delft", postcodes: [2611, 2629], areaCode: "15" },
  { name: "Alkmaar", postcodes: [1811, 1827], areaCode: "72" },
  { name: "Leeuwarden", postcodes: [8911, 8939], areaCode: "58" },
  { name: "Deventer", postcodes: [7411, 7443], areaCode: "570" },
  { name: "Hilversum", postcodes: [1211, 1223], areaCode: "35" },
  { name: "Venlo", postcodes: [5911, 5932], areaCode: "77" },
  { name: "Gouda", postcodes: [2801, 2809], areaCode: "182" },
];

/** Streets on business parks. */
export const BUSINESS_STREETS: readonly string[] = [
  "Industrieweg",
  "Ambachtsweg",
  "Nijverheidsweg",
  "Energieweg",
  "Edisonstraat",
  "Transportweg",
  "Handelsweg",
  "Newtonstraat",
  "Zuiderhavenweg",
  "Kanaaldijk",
  "Marconistraat",
  "Bedrijvenpark Noord",
  "Celsiusweg",
  "Keizersgracht",
  "Stationsplein",
];

/** Residential and town-centre streets. */
export const HOME_STREETS: readonly string[] = [
  "Kerkstraat",
  "Dorpsstraat",
  "Molenweg",
  "Schoolstraat",
  "Julianastraat",
  "Beatrixlaan",
  "Wilhelminastraat",
  "Oranjestraat",
  "Kastanjelaan",
  "Eikenlaan",
  "Lindelaan",
  "Prins Bernhardlaan",
  "Hoofdstraat",
  "Nieuwstraat",
  "Marktplein",
  "Vondelstraat",
  "Rembrandtlaan",
  "Van Goghstraat",
];

/** Letter pairs a Dutch postcode never uses (SA, SD, SS: historical sensitivities). */
export const FORBIDDEN_POSTCODE_LETTERS: readonly string[] = ["SA", "SD", "SS"];
