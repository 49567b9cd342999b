/**
 * A QR code as an inline SVG (one path, no script, no external reference: fits the letters' strict
 * CSP and any e-mail client), from qrcode-generator (MIT, offline). Error correction M, as EPC069-12
 * prescribes; the text is encoded as UTF-8 bytes (byte mode).
 */
import qrcode from "qrcode-generator";

/** The dark modules of a QR code of `text`: `matrix[row][col]`. */
export function qrMatrix(text: string): boolean[][] {
  // qrcode-generator's byte mode takes each char code & 0xff: hand it the UTF-8 bytes as chars.
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const qr = qrcode(0, "M");
  qr.addData(binary, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/**
 * An SVG of the QR code of `text` with a 4-module quiet zone, `size` CSS pixels wide, labelled for
 * screen readers with `label` (escaped here).
 */
export function qrSvg(text: string, label: string, size = 132): string {
  const matrix = qrMatrix(text);
  const n = matrix.length + 8;
  let path = "";
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) path += `M${c + 4} ${r + 4}h1v1h-1z`;
    })
  );
  const safe = label
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges" role="img" aria-label="${safe}"><rect width="${n}" height="${n}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
}
