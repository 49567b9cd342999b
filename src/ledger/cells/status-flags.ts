/**
 * Status flags from a free-text status column, Dutch or English: "Betwist", "In dispuut",
 * "Afgeschreven", "Oninbaar", "Written off", "Bij incassobureau", "Uit handen gegeven", "Handed over".
 */
import { normalizeHeader } from "../header/header-text";

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

const DO_NOT_REMIND =
  /nietaanmanen|nietmanen|nietherinneren|aanmaningsstop|aanmaanstop|aanmaanblokkade|aanmaningsblokkade|geblokkeerd|blokkade|blocked|onhold|dunningblock|nodunning|nofollowup|donotremind|donotdun/;
const NOT_BLOCKED = /deblok|unblock|nietgeblokkeerd|notblocked|nietonhold/;

/**
 * Whether a status text stops reminders (aanmaningsstop): "Niet aanmanen", "Geblokkeerd",
 * "Blokkade", "Aanmaningsstop", "Blocked", "On hold", "No follow-up", "Do not remind" — but not
 * "Gedeblokkeerd", "Unblocked" or "Niet geblokkeerd".
 */
export function statusStopsReminders(status: string): boolean {
  const text = normalizeHeader(status);
  return DO_NOT_REMIND.test(text) && !NOT_BLOCKED.test(text);
}
