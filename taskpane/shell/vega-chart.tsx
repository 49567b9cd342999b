/** A vega-lite chart, drawn by vega-embed loaded on first use (vega stays out of the first bundle). */
import { Spinner, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { VegaLiteSpec } from "../../src/documents";

/** Props of {@link VegaChart}. */
export interface VegaChartProps {
  spec: VegaLiteSpec;
  dark: boolean;
  /** Accessible name of the chart (its title). */
  label: string;
  loadingText: string;
  failedText: string;
}

/** Renders `spec` as SVG; re-renders when the spec or the theme changes. */
export function VegaChart({ spec, dark, label, loadingText, failedText }: VegaChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "done" | "failed">("loading");
  useEffect(() => {
    let live = true;
    let finalize: (() => void) | null = null;
    setState("loading");
    void import("vega-embed")
      .then(async ({ default: embed }) => {
        if (!live || !host.current) return;
        const result = await embed(host.current, spec as never, {
          // vega's expression interpreter instead of its code generator (Function()): the page's
          // Content-Security-Policy has no 'unsafe-eval'.
          ast: true,
          actions: false,
          renderer: "svg",
          ...(dark ? { theme: "dark" as const } : {}),
          config: { background: "transparent" },
        });
        finalize = () => result.finalize();
        if (live) setState("done");
        else result.finalize();
      })
      .catch((error: unknown) => {
        console.error(error);
        if (live) setState("failed");
      });
    return () => {
      live = false;
      finalize?.();
    };
  }, [spec, dark]);
  return (
    <div role="img" aria-label={label} style={{ width: "100%", minHeight: 260 }}>
      {state === "loading" && <Spinner size="tiny" label={loadingText} />}
      {state === "failed" && <Text>{failedText}</Text>}
      <div ref={host} style={{ width: "100%" }} data-chart={label} />
    </div>
  );
}
