/**
 * The letters of a reminder run: per proposal the model and the rendered text, in proposal order.
 */
import type { Ledger } from "../../ledger";
import type { ReminderProposal } from "../../dunning";
import { debtorDetails } from "./debtor-details";
import { letterModel, type LetterModel, type LetterOptions } from "./letter-model";
import { renderLetter, type RenderedLetter } from "./render-letter";
import type { LetterTemplate } from "./template-catalog";

/** One letter: its model and its rendering. */
export interface Letter {
  model: LetterModel;
  rendered: RenderedLetter;
}

/** Options of {@link lettersFor}: those of the letter model plus edited templates by id and language. */
export interface LetterSetOptions extends LetterOptions {
  /** Edited templates, keyed `${templateId}/${language}` (e.g. "b2c-2-14-dagenbrief/nl"). */
  templates?: Readonly<Record<string, LetterTemplate>>;
}

/** Builds and renders the letter of every proposal. */
export function lettersFor(
  ledger: Ledger,
  proposals: readonly ReminderProposal[],
  options: LetterSetOptions
): Letter[] {
  const details = debtorDetails(ledger);
  return proposals.map((proposal) => {
    const model = letterModel(proposal, details.get(proposal.customerId), options);
    const edited = options.templates?.[`${model.templateId}/${model.language}`];
    return { model, rendered: renderLetter(model, edited) };
  });
}
