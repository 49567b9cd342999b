/** Test helper (not a test file): the QR codes in an HTML document, decoded with jsQR from their SVG paths. */
import jsQR from "jsqr";

/** Every QR code (an SVG of 1×1 path squares, as qrSvg writes it) in `html`, decoded. */
export function decodeQrs(html: string): string[] {
  const svgs = [
    ...html.matchAll(
      /<svg [^>]*viewBox="0 0 (\d+) \1"[^>]*>.*?<path fill="#000" d="([^"]*)"\/><\/svg>/g
    ),
  ];
  return svgs.map(([, size, path]) => {
    const n = Number(size);
    const scale = 4;
    const px = n * scale;
    const pixels = new Uint8ClampedArray(px * px * 4).fill(255);
    for (const [, x, y] of path!.matchAll(/M(\d+) (\d+)h1v1h-1z/g))
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const at = ((Number(y) * scale + dy) * px + Number(x) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
    const code = jsQR(pixels, px, px);
    if (code === null) throw new Error("QR code not decodable");
    return new TextDecoder().decode(new Uint8Array(code.binaryData));
  });
}
