/**
 * Status flags from a free-text status column, Dutch or English: "Betwist", "In dispuut",
 * "Afgeschreven", "Oninbaar", "Written off", "Bij incassobureau", "Uit handen gegeven", "Handed over".
 */
import { normalizeHeader } from "./header-text";

/** The three flags a status can set. */
export interface StatusFlags {
  disputed: boolean;
  writtenOff: boolean;
  handedOver: boolean;
}

const DISPUTED = /betwist|dispuut|disput|geschil|reclamatie/;
const WRITTEN_OFF = /afgeschreven|oninbaar|writtenoff|writeoff|baddebt|afgeboekt|afboeking/;
const HANDED_OVER = /incasso|uithanden|overgedragen|handedover|collection|deurwaarder/;

/** The flags a status text sets (all false for "Open", "Betaald" and the like). */
export function statusFlags(status: string): StatusFlags {
  const text = normalizeHeader(status);
  return {
    disputed: DISPUTED.test(text),
    writtenOff: WRITTEN_OFF.test(text),
    handedOver: HANDED_OVER.test(text),
  };
}
