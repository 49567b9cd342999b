/**
 * The task pane's entry for the composition root (src/main-pane.tsx): the App and what the tests
 * use.
 */
export { langOf } from "./i18n/texts";
export { App } from "./shell/app";
