/** The public entry of taskpane: what other folders may use of it. Import through here, never a file inside. */
export { langOf } from "./i18n/texts";
export { App } from "./shell/app";
export { mappingNeedOfError, mappingNeedOfRead, mappingProblems, mappingToSave } from "./shell/mapping-need";
export { loadKeptRecords, storeRecords } from "./shell/workbench-records";
export { customerIndex } from "./views/customers/customer-index";
