import { createHash } from "node:crypto";
import fc from "fast-check";
import { cspHash, sha256 } from "../../src/core";

const nodeHash = (text: string): string =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("cspHash", () => {
  it("gives the FIPS 180-4 digests of the standard examples", () => {
    const hex = (s: string) => Buffer.from(sha256(new TextEncoder().encode(s))).toString("hex");
    expect(hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
  });

  it("is the policy source a browser computes: as node:crypto has it, for any text", () => {
    // Lengths around the 55/56/64-byte padding edges, non-ASCII and astral characters.
    for (let n = 0; n < 200; n++) expect(cspHash("é".repeat(n))).toBe(nodeHash("é".repeat(n)));
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(cspHash(text)).toBe(nodeHash(text));
      })
    );
    expect(cspHash("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
