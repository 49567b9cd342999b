/**
 * The plain form of a letter template: text with named placeholders a controller can write.
 *
 *   [Klantnaam]                     a field of the letter (see placeholders.ts)
 *   [Specificatie]                  the table of invoices, interest, costs and total
 *   [staat|staan]                   the first form for one invoice, the second for several
 *   [factuur of facturen]           the product's own singular/plural wording
 *   [Rente: , de rente van [Rente]] the text after the colon only when the field has something
 *   [Contactpersoon: a|b]           a when the field has something, else b
 *   \[ and \]                       a literal bracket
 *
 * Parsed into a small tree, checked (every problem names the text and its line and column), and
 * rendered over the same view as the mustache form, so both forms give the same letter.
 */
import type { Text } from "../../core";
import { closestPlaceholderName, findPlaceholder, type Placeholder } from "./placeholders";

/** One piece of a parsed template. */
export type PlainNode =
  | { kind: "text"; text: string }
  | { kind: "field"; path: string }
  | { kind: "specification" }
  | { kind: "plural"; one: PlainNode[]; many: PlainNode[] }
  | { kind: "when"; path: string; body: PlainNode[]; otherwise: PlainNode[] };

/** A problem of a plain template: where it is and what is wrong, in both languages. */
export interface PlainProblem {
  line: number;
  column: number;
  message: Text;
}

/** The parsed template, or its problems. */
export type PlainParse = { ok: true; nodes: PlainNode[] } | { ok: false; problems: PlainProblem[] };

/** Where `offset` is in `text`: 1-based line and column. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** The offset of the `]` that closes the `[` at `open`, or -1 when none does. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Offsets of `char` at the top level of `text` between `from` and `to` (not in nested brackets). */
function topLevel(text: string, from: number, to: number, char: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === char && depth === 0) found.push(i);
  }
  return found;
}

/** Parses a plain template; the problems are in the order of the text. */
export function parsePlainTemplate(source: string): PlainParse {
  const text = source.replace(/\r\n?/g, "\n");
  const problems: PlainProblem[] = [];
  const problem = (offset: number, message: Text): void => {
    problems.push({ ...position(text, offset), message });
  };

  const sequence = (from: number, to: number): PlainNode[] => {
    const nodes: PlainNode[] = [];
    let literal = "";
    const flush = (): void => {
      if (literal !== "") nodes.push({ kind: "text", text: literal });
      literal = "";
    };
    for (let i = from; i < to; i++) {
      const c = text[i]!;
      if (c === "\\" && (text[i + 1] === "[" || text[i + 1] === "]")) {
        literal += text[++i];
      } else if (c === "[") {
        const end = closing(text, i);
        if (end < 0 || end >= to) {
          problem(i, {
            nl: "Deze [ wordt niet gesloten met een ]; schrijf \\[ voor een los haakje.",
            en: "This [ is not closed by a ]; write \\[ for a literal bracket.",
          });
          literal += c;
          continue;
        }
        flush();
        const node = bracket(i, end);
        if (node) nodes.push(node);
        i = end;
      } else literal += c;
    }
    flush();
    return nodes;
  };

  const bracket = (open: number, end: number): PlainNode | null => {
    const inner = text.slice(open + 1, end);
    // [Naam: tekst] when Naam is a placeholder that can be a condition.
    const colon = topLevel(text, open + 1, end, ":")[0];
    if (colon !== undefined) {
      const found = findPlaceholder(text.slice(open + 1, colon).trim());
      if (found) {
        const when =
          found.placeholder.when === undefined ? found.placeholder.path : found.placeholder.when;
        if (when === null) {
          problem(open, {
            nl: `[${found.name}] kan geen voorwaarde zijn: [${found.name}: …] kan niet.`,
            en: `[${found.name}] cannot be a condition: [${found.name}: …] is not possible.`,
          });
          return null;
        }
        const bars = topLevel(text, colon + 1, end, "|");
        if (bars.length > 1) {
          problem(open, {
            nl: `[${found.name}: …] heeft meer dan twee teksten; schrijf [${found.name}: wel|niet].`,
            en: `[${found.name}: …] has more than two texts; write [${found.name}: if set|otherwise].`,
          });
          return null;
        }
        const bar = bars[0] ?? end;
        // "[Rente: tekst]": the one space after the colon is the writing's, not the text's.
        const start = text[colon + 1] === " " ? colon + 2 : colon + 1;
        return {
          kind: "when",
          path: when,
          body: sequence(start, Math.max(start, bar)),
          otherwise: bar < end ? sequence(bar + 1, end) : [],
        };
      }
    }
    // [enkelvoud|meervoud]
    const bars = topLevel(text, open + 1, end, "|");
    if (bars.length > 0) {
      if (bars.length > 1) {
        problem(open, {
          nl: `[${inner}] heeft meer dan twee vormen; schrijf [enkelvoud|meervoud].`,
          en: `[${inner}] has more than two forms; write [singular|plural].`,
        });
        return null;
      }
      const bar = bars[0]!;
      return { kind: "plural", one: sequence(open + 1, bar), many: sequence(bar + 1, end) };
    }
    const name = inner.trim();
    const found = findPlaceholder(name);
    if (!found) {
      const near = colon === undefined ? closestPlaceholderName(name) : null;
      const label = colon === undefined ? name : text.slice(open + 1, colon).trim();
      problem(open, {
        nl: `Onbekend veld [${label}]${near ? `; bedoelt u [${near}]?` : "."}`,
        en: `Unknown field [${label}]${near ? `; did you mean [${near}]?` : "."}`,
      });
      return null;
    }
    return fieldNode(found.placeholder, found.name, open);
  };

  const fieldNode = (placeholder: Placeholder, name: string, open: number): PlainNode | null => {
    if (placeholder.specification) return { kind: "specification" };
    if (placeholder.plural) {
      const forms = placeholder.names.nl.includes(name)
        ? placeholder.plural.nl
        : placeholder.plural.en;
      // "[Factuur of facturen]" at the start of a sentence: capitals.
      const typed = text[open + 1] ?? "";
      const cap = (word: string): string =>
        typed !== typed.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
      return {
        kind: "plural",
        one: [{ kind: "text", text: cap(forms[0]) }],
        many: [{ kind: "text", text: cap(forms[1]) }],
      };
    }
    if (placeholder.path === null) {
      problem(open, {
        nl: `[${name}] drukt zelf niets af; gebruik het als voorwaarde: [${name}: tekst].`,
        en: `[${name}] prints nothing itself; use it as a condition: [${name}: text].`,
      });
      return null;
    }
    return { kind: "field", path: placeholder.path };
  };

  const nodes = sequence(0, text.length);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, nodes };
}

/** A problem as one sentence in `language`: "Regel 3, kolom 12: Onbekend veld [Klantnam]." */
export function plainProblemText(problem: PlainProblem, language: "nl" | "en"): string {
  return language === "nl"
    ? `Regel ${problem.line}, kolom ${problem.column}: ${problem.message.nl}`
    : `Line ${problem.line}, column ${problem.column}: ${problem.message.en}`;
}

/** The problems of a plain template text, as sentences in `language` (empty when it is fine). */
export function checkPlainTemplate(text: string, language: "nl" | "en" = "en"): string[] {
  const parsed = parsePlainTemplate(text);
  return parsed.ok ? [] : parsed.problems.map((p) => plainProblemText(p, language));
}

function lookup(view: object, path: string): unknown {
  let value: unknown = view;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * Renders parsed nodes over `view`: literal text through `literal`, values through `value`, the
 * specification as `specification` (a marker the caller replaces). One invoice (`view.single`)
 * takes the first form of a plural.
 */
export function renderPlainNodes(
  nodes: readonly PlainNode[],
  view: object,
  value: (v: unknown) => string,
  literal: (text: string) => string,
  specification: string
): string {
  const single = lookup(view, "single") === true;
  const one = (node: PlainNode): string => {
    switch (node.kind) {
      case "text":
        return literal(node.text);
      case "field":
        return value(lookup(view, node.path));
      case "specification":
        return specification;
      case "plural":
        return render(single ? node.one : node.many);
      case "when":
        return render(truthy(lookup(view, node.path)) ? node.body : node.otherwise);
    }
  };
  const render = (list: readonly PlainNode[]): string => {
    let out = "";
    list.forEach((node, i) => {
      const part = one(node);
      // "neem contact op [Telefoon of e-mail: via …]." without a phone or e-mail: "neem contact op."
      if (part === "" && (node.kind === "field" || node.kind === "when") && out.endsWith(" ")) {
        const next = list[i + 1];
        if (next === undefined || (next.kind === "text" && /^[\s,.;:?!)]/.test(next.text)))
          out = out.slice(0, -1);
      }
      out += part;
    });
    return out;
  };
  return render(nodes);
}
