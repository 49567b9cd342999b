// Generates localized custom-function metadata (functions-nl.json) from the functions.json that
// custom-functions-metadata-plugin derives from the JSDoc. Ids stay the same (they bind the code);
// names, descriptions and parameter names are taken from functions/locale/<lang>.json. A function or
// parameter without a translation fails the build, so a new function cannot ship half-translated.
// A function's helpUrl (the support page's function reference) points at the anchor of its
// translated name in that language's section: support.html#en-daysoverdue becomes
// support.html#nl-dagenvervallen.
const { sources, Compilation, WebpackError } = require("webpack");

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string,
 *   parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string,
 *   parameters?: Record<string, { name: string, description: string }> }>} translation
 * @param {string} [lang] the language code of the translation ("nl"), for the help anchors
 */
function localizeMetadata(metadata, translation, lang = "nl") {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const t = translation[fn.id];
    if (!t) {
      problems.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp) {
        problems.push(`no translation for parameter ${fn.id}.${p.name}`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    const localized = { ...fn, name: t.name, description: t.description, parameters };
    if (typeof fn.helpUrl === "string") localized.helpUrl = helpUrlFor(fn.helpUrl, t.name, lang);
    return localized;
  });
  for (const id of Object.keys(translation)) {
    if (!metadata.functions.some((fn) => fn.id === id))
      problems.push(`translation for unknown function ${id}`);
  }
  if (problems.length > 0) throw new Error(`Function localization: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

/** The help anchor of a function in a language: `#<lang>-<name in lower case>`. */
function helpAnchor(name, lang) {
  return `${lang}-${name.toLowerCase()}`;
}

function helpUrlFor(url, name, lang) {
  return `${url.replace(/#.*$/, "")}#${helpAnchor(name, lang)}`;
}

class LocalizedFunctionsPlugin {
  /**
   * @param {{ input: string, locales: Record<string, object>,
   *   rewrite?: (json: string) => string }} options `rewrite` is applied to the input and to every
   *   localized file (production builds point the help URLs at the hosted support page).
   */
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const source = compilation.getAsset(this.options.input);
          if (!source) {
            compilation.errors.push(new WebpackError(`${this.options.input} was not generated`));
            return;
          }
          const rewrite = this.options.rewrite || ((json) => json);
          const original = source.source.source().toString();
          const rewritten = rewrite(original);
          if (rewritten !== original) {
            compilation.updateAsset(this.options.input, new sources.RawSource(rewritten));
          }
          const metadata = JSON.parse(rewritten);
          for (const [lang, translation] of Object.entries(this.options.locales)) {
            const name = this.options.input.replace(/\.json$/, `-${lang}.json`);
            try {
              const localized = localizeMetadata(metadata, translation, lang);
              compilation.emitAsset(
                name,
                new sources.RawSource(JSON.stringify(localized, null, 2))
              );
            } catch (error) {
              compilation.errors.push(new WebpackError(String(error.message || error)));
            }
          }
        }
      );
    });
  }
}

module.exports = { localizeMetadata, helpAnchor, LocalizedFunctionsPlugin };
