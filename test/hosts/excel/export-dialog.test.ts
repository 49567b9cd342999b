// The export dialog's messages: the pane cuts a file into parts small enough for an Office message,
// the dialog page puts them back together — in any order, with characters outside the BMP cut in
// two at a boundary — and refuses anything that is not a part of one file.
import fc from "fast-check";
import { DIALOG_PART_CHARS, assembleParts, dialogParts, parsePart } from "../../../src/hosts/excel";
import type { DialogPart } from "../../../src/hosts/excel";

test("a 200 kB letters file travels in parts of at most 32k characters and comes back whole", () => {
  const text = `<!doctype html><p>Geachte heer Jansen, € 1.234,56 😀</p>`.repeat(4000);
  const parts = dialogParts({ name: "brieven.html", kind: "html", text });
  expect(parts.length).toBe(Math.ceil(text.length / DIALOG_PART_CHARS));
  for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(DIALOG_PART_CHARS);
  const received = parts.map((p) => parsePart(JSON.stringify(p))).reverse();
  expect(assembleParts(received.slice(0, -1))).toBeNull();
  expect(assembleParts(received)).toEqual({ name: "brieven.html", kind: "html", text });
});

test("property: any text, any part size, any arrival order round-trips", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.integer({ min: 1, max: 50 }),
      fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
      (text, size, random) => {
        const parts = dialogParts({ name: "x.json", kind: "text", text }, size);
        const shuffled = parts
          .map((p, i) => ({ p, key: random.next().value ?? i }))
          .sort((a, b) => a.key - b.key)
          .map(({ p }) => parsePart(JSON.stringify(p)));
        expect(assembleParts(shuffled)).toEqual({ name: "x.json", kind: "text", text });
      }
    )
  );
});

test("an empty file is one empty part; stray or mixed messages are refused", () => {
  expect(dialogParts({ name: "leeg.json", kind: "text", text: "" })).toEqual([
    { name: "leeg.json", kind: "text", part: 0, parts: 1, text: "" },
  ]);
  expect(() => parsePart('{"hello":1}')).toThrow("not part of a file");
  expect(() => parsePart('"<script>"')).toThrow("not part of a file");
  const a: DialogPart = { name: "a.html", kind: "html", part: 0, parts: 2, text: "x" };
  const b: DialogPart = { name: "b.html", kind: "html", part: 1, parts: 2, text: "y" };
  expect(() => assembleParts([a, b])).toThrow("does not belong to 'a.html'");
});
