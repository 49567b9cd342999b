/**
 * "The workbench forgets" no more: with the user's consent (Instellingen), the file last opened
 * for an administration is kept in this browser and, after a reload, offered again — "Laatste
 * bestand opnieuw openen" — or forgotten ("Vergeet dit bestand"). Only files the user picked and
 * tied to an administration are kept (the demo is what a reload opens anyway). The keeping and
 * the offer are the app's use-cases (keepLastFile, lastFileOffer, forgetLastFile).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import {
  forgetLastFile,
  keepLastFile,
  lastFileOffer,
  type ActiveAdministration,
  type Host,
  type KeptFile,
  type Settings,
} from "../../src/app";
import type { Lang } from "../i18n/texts";
import { MORNING_TEXTS } from "../i18n/texts-morning";

/** Props of {@link LastFileBar}. */
export interface LastFileBarProps {
  host: Host;
  settings: Settings;
  /** The source of the ledger in view (a file's name), null before any. */
  source: string | null;
  administration: ActiveAdministration | null;
  /** The file the user picked last in this page (null: none yet). */
  picked: File | null;
  lang: Lang;
  onReopen(file: File): void;
  onError(error: unknown): void;
}

const sizeText = (bytes: number, lang: Lang) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB")} kB`
    : `${(bytes / 1024 / 1024).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 })} MB`;

const whenText = (ms: number, lang: Lang) =>
  new Date(ms).toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/** The offer to reopen the last file, and the keeping of the file the user opens. */
export function LastFileBar(props: LastFileBarProps) {
  const { host, settings, source, administration, picked, lang, onError } = props;
  const t = MORNING_TEXTS[lang];
  const [offer, setOffer] = useState<KeptFile | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const keptKey = useRef<string>("");

  // The offer after a (re)load; without consent nothing is kept, and what was kept goes.
  useEffect(() => {
    let live = true;
    lastFileOffer(host, settings)
      .then((found) => live && setOffer(found && found.bytes ? found : null))
      .catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
    // Only the consent decides; the error bar's callback is the shell's.
  }, [host, settings.keepLastFile]);

  // Keep the file the user picked once it is tied to an administration.
  useEffect(() => {
    if (!settings.keepLastFile || !picked || source !== picked.name) return;
    if (administration?.kind !== "confirmed") return;
    const scope = administration.administration.key;
    const key = [scope, picked.name, picked.size, picked.lastModified].join("\u0000");
    if (keptKey.current === key) return;
    keptKey.current = key;
    void (async () => {
      try {
        await keepLastFile(host, settings, {
          scope,
          administration: administration.administration.name,
          name: picked.name,
          size: picked.size,
          lastModified: picked.lastModified,
          keptAt: Date.now(),
          bytes: await picked.arrayBuffer(),
        });
      } catch (e) {
        keptKey.current = "";
        onError(e);
      }
    })();
  }, [host, settings, source, administration, picked]);

  // Once the user opens something themselves, the offer has served.
  useEffect(() => {
    if (picked) setOffer(null);
  }, [picked]);

  if (note)
    return (
      <MessageBar intent="success" data-testid="last-file-note">
        <MessageBarBody>{note}</MessageBarBody>
      </MessageBar>
    );
  if (!offer || !offer.bytes) return null;
  const bytes = offer.bytes;
  return (
    <MessageBar intent="info" data-testid="last-file">
      <MessageBarBody>
        {t.lastFile(offer.name, sizeText(offer.size, lang), whenText(offer.keptAt, lang))}{" "}
        {lang === "nl"
          ? `Administratie: ${offer.administration}.`
          : `Administration: ${offer.administration}.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="primary"
          size="small"
          onClick={() => {
            setOffer(null);
            props.onReopen(new File([bytes], offer.name, { lastModified: offer.lastModified }));
          }}
        >
          {t.reopen}
        </Button>
        <Button
          size="small"
          onClick={() => {
            void forgetLastFile(host, offer.scope)
              .then(() => {
                setOffer(null);
                setNote(t.forgotten);
              })
              .catch(onError);
          }}
        >
          {t.forget}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
