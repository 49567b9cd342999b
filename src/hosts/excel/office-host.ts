/* global Office */
// Apart from the Excel host (excel-host.ts), so the page can ask where it runs without loading it.

/** Resolves with the Office host: "excel" inside Excel, null in a plain browser (standalone mode). */
export async function officeHost(): Promise<"excel" | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel ? "excel" : null;
}
