/**
 * The conversation records (Gesprekken, Contactpersonen) of the ledger in view, loaded and saved
 * through the app's use-cases under the ledger's record scope (the workbook, the demo, the
 * administration); none while a file is not yet tied to an administration.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  NO_CONVERSATION,
  loadConversation,
  saveContacts,
  saveConversation,
  type ConversationRecords,
  type Host,
} from "../../../src/app";
import type { Contact, ConversationEntry } from "../../../src/dunning";

/** The kept conversation and how to change it. */
export interface ConversationState {
  /** Null while loading. */
  records: ConversationRecords | null;
  /** Whether anything can be recorded (false while the administration is not confirmed). */
  writable: boolean;
  saveEntries(entries: readonly ConversationEntry[]): Promise<void>;
  saveContacts(contacts: readonly Contact[]): Promise<void>;
}

/** The conversation kept under `scope` on `host` (`scope` null: nothing kept, nothing recorded). */
export function useConversation(
  host: Host,
  scope: string | null,
  onError: (error: unknown) => void
): ConversationState {
  const [records, setRecords] = useState<ConversationRecords | null>(null);
  const current = useRef<ConversationRecords>(NO_CONVERSATION);
  useEffect(() => {
    let live = true;
    setRecords(null);
    if (scope === null) {
      current.current = NO_CONVERSATION;
      setRecords(NO_CONVERSATION);
      return;
    }
    loadConversation(host, scope)
      .then((loaded) => {
        if (!live) return;
        current.current = loaded;
        setRecords(loaded);
      })
      .catch((e: unknown) => {
        if (!live) return;
        onError(e);
        current.current = NO_CONVERSATION;
        setRecords(NO_CONVERSATION);
      });
    return () => {
      live = false;
    };
    // onError is the pane's error bar; a new one does not call for a new read.
  }, [host, scope]);

  const saveEntries = useCallback(
    async (entries: readonly ConversationEntry[]) => {
      if (scope === null) return;
      await saveConversation(host, scope, entries);
      current.current = { ...current.current, entries: [...entries] };
      setRecords(current.current);
    },
    [host, scope]
  );
  const saveContactList = useCallback(
    async (contacts: readonly Contact[]) => {
      if (scope === null) return;
      await saveContacts(host, scope, contacts);
      current.current = { ...current.current, contacts: [...contacts] };
      setRecords(current.current);
    },
    [host, scope]
  );
  return { records, writable: scope !== null, saveEntries, saveContacts: saveContactList };
}
