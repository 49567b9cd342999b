/**
 * Whether the pane is task-pane narrow (at most 600 px wide, as an Excel task pane is): the header
 * then turns compact. Follows the window as it is resized.
 */
import { useEffect, useState } from "react";

/** The width up to which the pane counts as narrow. */
export const NARROW_QUERY = "(max-width: 600px)";

/** True while the window matches {@link NARROW_QUERY}. */
export function useNarrow(): boolean {
  const query =
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia(NARROW_QUERY) : null;
  const [narrow, setNarrow] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const changed = () => setNarrow(query.matches);
    query.addEventListener("change", changed);
    changed();
    return () => query.removeEventListener("change", changed);
  }, []);
  return narrow;
}
