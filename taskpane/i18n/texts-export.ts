/** What the pane says after an export was handed over, in Dutch and English (see saveExport). */
import type { SavedExport } from "../../src/app";
import type { Lang } from "./texts";

/** The sentence for an export that went somewhere other than a plain download; null for a download. */
export function savedExportText(saved: SavedExport, lang: Lang): string | null {
  const nl = lang === "nl";
  switch (saved.route) {
    case "download":
      return null;
    case "workbook":
      return nl
        ? `‘${saved.name}’ is geopend als nieuwe werkmap. Sla die op via Bestand > Opslaan als (ook als CSV).`
        : `‘${saved.name}’ opened as a new workbook. Save it with File > Save As (CSV too).`;
    case "sheet":
      return nl
        ? `‘${saved.name}’ staat in het blad ‘${saved.sheet}’${saved.replaced ? " (de vorige versie is vervangen)" : ""}. Een bestand nodig? Kies de xlsx-export: die opent als nieuwe werkmap, die u ook als CSV kunt opslaan.`
        : `‘${saved.name}’ is in the sheet ‘${saved.sheet}’${saved.replaced ? " (the previous version was replaced)" : ""}. Need a file? Choose the xlsx export: it opens as a new workbook, which you can also save as CSV.`;
    case "dialog":
      return nl
        ? `‘${saved.name}’ is geopend in een apart venster: druk het daar af of selecteer en kopieer de tekst.`
        : `‘${saved.name}’ opened in a separate window: print it there, or select and copy the text.`;
  }
}
