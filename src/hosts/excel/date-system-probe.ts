/* global Excel */
import type { DateSystem } from "../../core";

/**
 * The workbook's date system. `workbook.use1904DateSystem` is preview-only, so ask Excel itself:
 * DATE(1904,1,1) is serial 1462 in the 1900 system and 0 in the 1904 system. One sync.
 */
export async function probeDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  await context.sync();
  return probe.value === 0 ? 1904 : 1900;
}
