/**
 * Use-case: the report as one self-contained HTML file (the workbench's download). This module is the pane's lazy chunk for it ({@link loadReportHtml}): the
 * renderer loads on the first download. The door passes the chart libraries it inlines.
 */
export { reportHtml, type ChartBundles } from "../../documents";
