/** Why the CLI could not do something, in English or Dutch (one wording for every command). */

const FILE_CODES: Record<string, { en: string; nl: string }> = {
  ENOENT: { en: "no such file or directory", nl: "dat bestand of die map bestaat niet" },
  EISDIR: { en: "it is a directory, not a file", nl: "dat is een map, geen bestand" },
  EACCES: { en: "permission denied", nl: "geen toegang (onvoldoende rechten)" },
  EPERM: { en: "permission denied", nl: "geen toegang (onvoldoende rechten)" },
};

/**
 * The message of an error, with Node's file-system codes made readable; with `lang` "nl" the
 * error's `messageNl` where it has one (LedgerFileError, LedgerError) or `nl` (app's HostError),
 * else the English message.
 * Duck-typed rather than `instanceof Error`: errors from another realm (a VM context, a worker)
 * are no instances of ours.
 */
export function describeFailure(error: unknown, lang: "nl" | "en" = "en"): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const { code, messageNl, nl } = error as { code?: unknown; messageNl?: unknown; nl?: unknown };
    const known =
      typeof code === "string" && Object.prototype.hasOwnProperty.call(FILE_CODES, code)
        ? FILE_CODES[code]
        : undefined;
    if (known !== undefined) return known[lang];
    if (lang === "nl" && typeof messageNl === "string") return messageNl;
    if (lang === "nl" && typeof nl === "string") return nl;
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
