// The HTML report's Content-Security-Policy: exactly its own inline scripts, by their SHA-256 as a
// browser computes it (node:crypto here), nothing from anywhere else, no eval.
import { createHash } from "node:crypto";
import { buildReport } from "../../src/analytics";
import { reportHtml } from "../../src/documents";
import { demoLedger } from "../../src/demo";
import { readLedger } from "../../src/ledger";

const demo = demoLedger();
const model = buildReport(readLedger(demo.values()).ledger, { asOf: demo.asOf });
const bundles = {
  vega: "var vega={};",
  vegaLite: "var vegaLite={'a':'</script>'};",
  vegaEmbed: "",
};

function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  if (!content) throw new Error("no policy");
  return new Map(
    content.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    })
  );
}

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the HTML report's Content-Security-Policy", () => {
  it("allows exactly the report's own scripts, by hash, and nothing from elsewhere", () => {
    const html = reportHtml(model, { lang: "nl", bundles });
    const policy = policyOf(html);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(4);
    expect(policy.get("script-src")).toEqual(scripts.map(sha));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(html).not.toMatch(/unsafe-eval|https?:\/\/(?!vega\.github\.io\/schema)/);
    // The chart script asks vega for its expression interpreter (no Function()).
    expect(scripts[3]).toContain("ast:true");
  });

  it("has no script at all without the chart libraries", () => {
    const html = reportHtml(model, { lang: "en" });
    expect(html).not.toContain("<script");
    expect(policyOf(html).get("script-src")).toEqual(["'none'"]);
  });

  it("follows the bundles it inlines: other bundles, other hashes", () => {
    const a = policyOf(reportHtml(model, { lang: "nl", bundles })).get("script-src")!;
    const b = policyOf(
      reportHtml(model, { lang: "nl", bundles: { ...bundles, vega: "var vega={v:2};" } })
    ).get("script-src")!;
    expect(b[0]).not.toBe(a[0]);
    expect(b.slice(1)).toEqual(a.slice(1));
  });
});
