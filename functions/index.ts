/** The public entry of functions: what other folders may use of it. Import through here, never a file inside. */
export { ageBucketFunction, daysOverdueFunction } from "./ageing.functions";
export { epochDayArg } from "./args";
export { INTERNAL_ERROR_PREFIX } from "./guarded";
export { amountArg } from "./interest-args";
export {
  collectionCostsFunction,
  interestFunction,
  interestSpecFunction,
  rateFunction,
} from "./interest.functions";
export { excelLanguage, resetExcelLanguage } from "./language";
export { today, todayEpochDay } from "./today";
