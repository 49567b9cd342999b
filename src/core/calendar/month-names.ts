/**
 * The names of the months in Dutch and English, full and abbreviated as Dutch and English business
 * texts write them ("mrt", "okt"; "Mar", "Oct"). One list for letters, charts, messages and the demo.
 */
export type MonthLanguage = "nl" | "en";

/** Full month names, index 0 = January. Dutch month names are written in lower case. */
export const MONTH_NAMES: { readonly [L in MonthLanguage]: readonly string[] } = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** Abbreviated month names, index 0 = January. */
export const SHORT_MONTH_NAMES: { readonly [L in MonthLanguage]: readonly string[] } = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};
