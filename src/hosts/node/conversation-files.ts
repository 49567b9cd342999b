/**
 * The arrangement plan the CLI's `arrange` writes beside the records folder: `regeling-<id>.csv`,
 * one row per instalment. (The conversation log and the contacts themselves are records of the
 * folder, see records-folder.ts.)
 */
import type { ConversationEntry } from "../../dunning";
import { exportCsvBytes } from "../../formats";
import type { CliIo } from "./cli-io";

const join = (dir: string, name: string): string => `${dir.replace(/[\\/]+$/, "") || "."}/${name}`;

/** Writes the plan of the arrangement whose instalment rows are `instalments` as `regeling-<id>.csv`. */
export async function writeArrangementPlan(
  dir: string,
  instalments: readonly ConversationEntry[],
  io: CliIo
): Promise<string> {
  if (!io.writeFile) throw new Error("this environment cannot write files.");
  const id = instalments[0]?.arrangementId ?? "";
  const path = join(dir, `regeling-${id}.csv`);
  await io.writeFile(
    path,
    exportCsvBytes({
      headers: ["Regeling", "Debiteurnummer", "Termijn", "Datum", "Bedrag", "Facturen"],
      rows: instalments.map((e, n) => [
        id,
        e.customerId,
        n + 1,
        e.due,
        (e.amount ?? 0) / 100,
        e.invoiceIds.join("; "),
      ]),
      types: ["text", "text", "integer", "date", "amount", "text"],
    })
  );
  return path;
}
