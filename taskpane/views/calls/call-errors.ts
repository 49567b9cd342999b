/** What went wrong with a step of "Bellen", in the user's language. */
import { isHostError } from "../../../src/app";
import type { Lang } from "../../i18n/texts";

/**
 * The message of `error` in `lang`: a HostError's own text, the Dutch `messageNl` the call
 * use-cases attach to a refusal, else the message as it is.
 */
export function errorText(error: unknown, lang: Lang): string {
  if (isHostError(error)) return error.messageIn(lang);
  if (error instanceof Error) {
    const nl = (error as Error & { messageNl?: unknown }).messageNl;
    return lang === "nl" && typeof nl === "string" ? nl : error.message;
  }
  return String(error);
}
