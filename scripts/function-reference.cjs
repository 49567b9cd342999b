// The function reference of the support page (taskpane/support.html), rendered at build time from
// the same metadata Excel reads: the JSDoc of functions/*.functions.ts (English) and
// functions/locale/nl/*.json (Dutch). Every function gets an anchor per language — #en-<id> and
// #nl-<Dutch name>, in lower case — which is where its helpUrl in functions(-nl).json points, so the
// "Help on this function" link of Excel's Insert Function dialog lands on its entry.
const path = require("node:path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { localizeMetadata, helpAnchor } = require("./localize-functions.cjs");

const TEXTS = {
  en: {
    optional: "optional",
    parameters: "Arguments",
    returns: "Returns",
    volatile:
      "The function is volatile: Excel recalculates it on every recalculation and when the workbook opens, so with the day left out (today) yesterday's answer never stays in a cell. To pin a day, pass a date or a cell that holds one; the answer then stays the same.",
    range: "a range",
    otherLanguage: "In Dutch Excel:",
  },
  nl: {
    optional: "optioneel",
    parameters: "Argumenten",
    returns: "Resultaat",
    volatile:
      "De functie is volatiel: Excel berekent haar bij elke herberekening en bij het openen van de werkmap opnieuw, zodat met een weggelaten peildatum (vandaag) het antwoord van gisteren nooit in een cel blijft staan. Wilt u een vaste dag, vul dan een datum in of verwijs naar een cel met een datum; het antwoord blijft dan gelijk.",
    range: "een bereik",
    otherLanguage: "In Engelstalig Excel:",
  },
};

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * The English metadata (as custom-functions-metadata-plugin generates it) and its Dutch
 * localization, for `files` (functions/*.functions.ts) and the Dutch translation.
 */
async function functionMetadata(files, dutch) {
  const result = await generateCustomFunctionsMetadata(files.map((f) => path.resolve(f)));
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const en = JSON.parse(result.metadataJson);
  return { en, nl: localizeMetadata(en, dutch, "nl") };
}

/** `=DEB.NAME(a; [b])` with the argument names of `fn`. */
function signature(fn, namespace) {
  const args = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace}.${fn.name}(${args.join("; ")})`;
}

/** The reference entries of `metadata` in `lang`; `other` is the same metadata in the other language. */
function renderReference(metadata, lang, other, otherLang, namespace = "DEB") {
  const t = TEXTS[lang];
  const otherById = new Map(other.functions.map((f) => [f.id, f]));
  return metadata.functions
    .map((fn) => {
      const twin = otherById.get(fn.id);
      const params = (fn.parameters || [])
        .map((p) => {
          const kind = [p.optional ? t.optional : "", p.dimensionality === "matrix" ? t.range : ""]
            .filter(Boolean)
            .join(", ");
          return `<dt><code>${escapeHtml(p.name)}</code>${kind ? ` (${kind})` : ""}</dt><dd>${escapeHtml(p.description || "")}</dd>`;
        })
        .join("");
      return [
        `<section class="fn" id="${helpAnchor(fn.name, lang)}">`,
        `<h3><code>${escapeHtml(signature(fn, namespace))}</code></h3>`,
        `<p>${escapeHtml(fn.description || "")}</p>`,
        params ? `<h4>${t.parameters}</h4><dl>${params}</dl>` : "",
        fn.options && fn.options.volatile ? `<p class="note">${escapeHtml(t.volatile)}</p>` : "",
        twin
          ? `<p class="twin">${t.otherLanguage} <a href="#${helpAnchor(twin.name, otherLang)}"><code>=${namespace}.${escapeHtml(twin.name)}</code></a></p>`
          : "",
        `</section>`,
      ]
        .filter(Boolean)
        .join("\n");
    })
    .join("\n");
}

/** Both references for the support page's template: `{ functionReferenceNl, functionReferenceEn }`. */
async function functionReference(files, dutch) {
  const { en, nl } = await functionMetadata(files, dutch);
  return {
    functionReferenceEn: renderReference(en, "en", nl, "nl"),
    functionReferenceNl: renderReference(nl, "nl", en, "en"),
  };
}

module.exports = { functionMetadata, functionReference, renderReference };
