/** The public entry of src/hosts/browser: what other folders may use of it. Import through here, never a file inside. */
export { demoCsvText, demoXlsxBytes } from "./demo-files";
export { downloadFile } from "./download-file";
export { ADMINISTRATIONS_KEY, demoHost, memorySettingsStore, recordsKey } from "./demo-host";
