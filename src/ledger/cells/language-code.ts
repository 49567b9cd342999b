/** The correspondence language of a customer: Dutch or English (the languages letters exist in). */
import type { Cell } from "./cell";
import { quote, readFailed, readOk, type FieldRead } from "../rows/field-read";
import { normalizeHeader } from "../header/header-text";

const DUTCH = /^(nl|nld|dut|ned|nederlands|dutch|nlnl|nlbe|vlaams|flemish)$/;
const ENGLISH = /^(en|eng|engels|english|engb|enus|enie|uk|gb)$/;

/**
 * Reads a language cell; blank is null, other languages are a failure naming the value. `label`
 * and `labelNl` name the field in the English and Dutch message.
 */
export function readLanguage(
  cell: Cell,
  label: string,
  labelNl: string
): FieldRead<"nl" | "en" | null> {
  if (cell.kind === "blank") return readOk(null);
  if (cell.kind !== "text")
    return readFailed(`${label} is not a language.`, `${labelNl} is geen taal.`);
  const word = normalizeHeader(cell.text);
  if (DUTCH.test(word)) return readOk("nl");
  if (ENGLISH.test(word)) return readOk("en");
  return readFailed(
    `${label} ${quote(cell.text)} is not Dutch or English; letters will use the default language.`,
    `${labelNl} ${quote(cell.text)} is geen Nederlands of Engels; brieven krijgen de standaardtaal.`
  );
}
