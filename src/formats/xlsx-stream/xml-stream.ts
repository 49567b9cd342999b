/**
 * A workbook part's XML read as a stream: unpacked chunk by chunk (jszip, see streamPart), decoded
 * as UTF-8 across chunk borders and fed to saxes, a SAX parser, so no part is ever one string.
 * Element names lose their namespace prefix ("x:c" is "c"), as Excel's readers treat them.
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { streamPart } from "../xlsx-size-guard";

/** The unpack budget a part is read under (see StreamBudget). */
export interface PartBudget {
  open(name: string, sheet: boolean): void;
  count(bytes: number, name: string): void;
}

/** What a part's reader is told. */
export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams part `name` of `zip` through `handler` under `budget` (told of the part before it is
 * unpacked, `sheet` when it is the streamed sheet, then of each unpacked chunk's size). Resolves
 * false when the part is missing.
 */
export async function streamXml(
  zip: JSZip,
  name: string,
  handler: XmlHandler,
  budget: PartBudget,
  sheet = false
): Promise<boolean> {
  if (zip.file(name) === null) return false;
  budget.open(name, sheet);
  const parser = new SaxesParser();
  parser.on("opentag", (tag) =>
    handler.open(localName(tag.name), tag.attributes as Record<string, string>)
  );
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  parser.on("closetag", (tag) => handler.close(localName(tag.name)));
  parser.on("error", (error) => {
    throw error;
  });
  const decoder = new TextDecoder("utf-8");
  await streamPart(zip, name, (chunk) => {
    budget.count(chunk.length, name);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  parser.write(decoder.decode());
  parser.close();
  return true;
}
