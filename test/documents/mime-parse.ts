/** Test helper (not a test file): a small MIME parser for the .eml drafts (RFC 5322/2045/2047). */

/** Decodes RFC 2047 encoded words (B and Q) in a header value. */
export function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === "B"
          ? Buffer.from(text, "base64")
          : Buffer.from(
              text
                .replace(/_/g, " ")
                .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                  String.fromCharCode(parseInt(h, 16))
                ),
              "latin1"
            );
      return bytes.toString("utf8");
    });
}

/** Decodes a quoted-printable body to UTF-8 text. */
export function decodeQp(body: string): string {
  const joined = body.replace(/=\r\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i]!;
    if (ch === "=" && /^[0-9A-F]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(ch, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** A parsed message or part. */
export interface MimePart {
  headers: Map<string, string>;
  body: string;
  parts: MimePart[];
}

/** Parses a message: unfolds headers, splits multipart bodies, decodes QP and base64 parts. */
export function parseMime(text: string): MimePart {
  const split = text.indexOf("\r\n\r\n");
  if (split < 0) throw new Error("no blank line after the headers");
  const head = text.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new Error(`bad header line ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).toLowerCase();
    if (headers.has(name)) throw new Error(`header ${name} appears twice`);
    headers.set(name, line.slice(colon + 1).trim());
  }
  const raw = text.slice(split + 4);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
  if (boundary) {
    const chunks = raw.split(`--${boundary}`);
    const closing = chunks.pop();
    if (closing === undefined || !closing.startsWith("--")) throw new Error("no closing boundary");
    const parts = chunks
      .slice(1)
      .map((chunk) => parseMime(chunk.replace(/^\r\n/, "").replace(/\r\n$/, "")));
    return { headers, body: "", parts };
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const body =
    encoding === "quoted-printable"
      ? decodeQp(raw)
      : encoding === "base64"
        ? Buffer.from(raw, "base64").toString("utf8")
        : raw;
  return { headers, body, parts: [] };
}
