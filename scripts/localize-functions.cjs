// Generates localized custom-function metadata (functions-nl.json) from the functions.json that
// custom-functions-metadata-plugin derives from the JSDoc. Ids stay the same (they bind the code);
// names, descriptions and parameter names are taken from functions/locale/<lang>.json. A function or
// parameter without a translation fails the build, so a new function cannot ship half-translated.
const { sources, Compilation, WebpackError } = require("webpack");

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string,
 *   parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string,
 *   parameters?: Record<string, { name: string, description: string }> }>} translation
 */
function localizeMetadata(metadata, translation) {
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
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(translation)) {
    if (!metadata.functions.some((fn) => fn.id === id))
      problems.push(`translation for unknown function ${id}`);
  }
  if (problems.length > 0) throw new Error(`Function localization: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

class LocalizedFunctionsPlugin {
  /** @param {{ input: string, locales: Record<string, object> }} options */
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
          const metadata = JSON.parse(source.source.source().toString());
          for (const [lang, translation] of Object.entries(this.options.locales)) {
            const name = this.options.input.replace(/\.json$/, `-${lang}.json`);
            try {
              const localized = localizeMetadata(metadata, translation);
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

module.exports = { localizeMetadata, LocalizedFunctionsPlugin };
