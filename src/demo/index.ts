/** The public entry of src/demo: what other folders may use of it. Import through here, never a file inside. */
export { DEMO_COLUMNS, demoColumnType } from "./demo-columns";
export { demoLedger } from "./demo-ledger";
export type { DemoCell, DemoLedger } from "./demo-ledger";
export {
  completeElfproef,
  completeRsin,
  ibanCheckDigits,
  isValidDutchIban,
  isValidDutchVatId,
  isValidKvk,
  passesElfproef,
  soleTraderVatSuffix,
} from "./dutch-identifiers";
export { SeededRandom } from "./seeded-random";
