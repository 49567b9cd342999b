/**
 * A workbook part's XML read as a stream: unpacked chunk by chunk (jszip, see streamPart), decoded
 * as UTF-8 across chunk borders and fed to saxes, a SAX parser, so no part is ever one string.
 * Element names lose their namespace prefix ("x:c" is "c"), as Excel's readers treat them.
 */
import type JSZip from "jszip";
import { SaxesParser } from "saxes";
import { streamPart } from "../xlsx-size-guard";

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
 * Streams part `name` of `zip` through `handler`; `onBytes` sees each unpacked chunk's size and
 * the part first (the size guard's running count). Resolves false when the part is missing.
 */
export async function streamXml(
  zip: JSZip,
  name: string,
  handler: XmlHandler,
  onBytes: (bytes: number, part: string) => void
): Promise<boolean> {
  if (zip.file(name) === null) return false;
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
    onBytes(chunk.length, name);
    parser.write(decoder.decode(chunk, { stream: true }));
  });
  parser.write(decoder.decode());
  parser.close();
  return true;
}
