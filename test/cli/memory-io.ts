// Test helper (not a test file): a CliIo over in-memory files, recording what the CLI prints and
// writes, with today fixed at the demo's day.
import type { CliIo } from "../../src/cli";
import type { IsoDay } from "../../src/core";

/** CliIo reading `files` (ENOENT for anything else), collecting stdout, stderr and written files. */
export function fakeIo(files: Record<string, Uint8Array>) {
  let out = "";
  let err = "";
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (f) => {
      const data = files[f];
      if (!data) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return data;
    },
    writeFile: async (f, d) => void written.set(f, d),
    today: () => "2026-11-20" as IsoDay,
  };
  return { io, out: () => out, err: () => err, written };
}
