/**
 * jszip, loaded when a workbook is first opened rather than when the program starts (about 50 ms
 * of CPU in Node that a CSV report or `openstaand --version` need not pay).
 */
import type JSZip from "jszip";

let loading: Promise<typeof JSZip> | undefined;

/** The JSZip class (its CommonJS export, whichever way the bundler or Node wraps it). */
export function loadJsZip(): Promise<typeof JSZip> {
  loading ??= import("jszip").then((loaded) => loaded.default);
  return loading;
}
