/**
 * The documents that follow a call, as the app's use-cases drafted them: an e-mail (to, subject,
 * text; copy the text, or download the draft as .eml to open in the mail program) and a letter
 * (previewed; print it, or download it as HTML).
 */
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { ExportFile } from "../../../src/app";
import type { Lang } from "../../i18n/texts";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import { errorText } from "./call-errors";

const useStyles = makeStyles({
  box: {
    marginTop: "12px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  h: { display: "block", margin: "0 0 6px" },
  head: { display: "block", color: tokens.colorNeutralForeground2 },
  text: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    margin: "8px 0",
    maxHeight: "320px",
    overflowY: "auto",
  },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  frame: {
    width: "100%",
    height: "420px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "white",
    margin: "8px 0",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** An e-mail draft as the use-cases make it. */
export interface MailDraft {
  to: string;
  subject: string;
  text: string;
  eml: string;
  fileName: string;
}

/** The draft of an e-mail: read it, copy it, or download it as .eml. */
export function MailDraftView(props: {
  title: string;
  mail: MailDraft;
  lang: Lang;
  save(file: ExportFile): Promise<unknown>;
  testId: string;
}) {
  const { mail, lang } = props;
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${mail.subject}\n\n${mail.text}`);
      setNote({ ok: true, text: x.copied });
    } catch (error) {
      setNote({ ok: false, text: errorText(error, lang) });
    }
  };
  const download = async () => {
    try {
      await props.save({ name: mail.fileName, data: mail.eml, type: "message/rfc822" });
    } catch (error) {
      setNote({ ok: false, text: errorText(error, lang) });
    }
  };
  return (
    <section className={s.box} data-testid={props.testId} aria-label={props.title}>
      <Subtitle2 as="h4" className={s.h}>
        {props.title}
      </Subtitle2>
      <Text className={s.head}>
        {x.mailTo}: {mail.to || x.mailToUnknown}
      </Text>
      <Text className={s.head}>
        {x.mailSubject}: <strong>{mail.subject}</strong>
      </Text>
      <pre className={s.text}>{mail.text}</pre>
      <div className={s.row}>
        <Button onClick={() => void copy()}>{x.copy}</Button>
        <Button onClick={() => void download()}>{x.downloadEml}</Button>
        {note && (
          <Text role="status" className={note.ok ? undefined : s.error}>
            {note.text}
          </Text>
        )}
      </div>
    </section>
  );
}

/** A letter: previewed, printed or downloaded as HTML. */
export function LetterDraftView(props: {
  title: string;
  html: string;
  fileName: string;
  lang: Lang;
  save(file: ExportFile): Promise<unknown>;
  testId: string;
}) {
  const x = CALL_TEXTS[props.lang];
  const s = useStyles();
  const frame = useRef<HTMLIFrameElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const download = async () => {
    try {
      await props.save({ name: props.fileName, data: props.html, type: "text/html;charset=utf-8" });
    } catch (error) {
      setNote(errorText(error, props.lang));
    }
  };
  return (
    <section className={s.box} data-testid={props.testId} aria-label={props.title}>
      <Subtitle2 as="h4" className={s.h}>
        {props.title}
      </Subtitle2>
      {/* No scripts in the letter; same origin only so that the pane can print it. */}
      <iframe
        ref={frame}
        className={s.frame}
        title={props.title}
        sandbox="allow-same-origin allow-modals"
        srcDoc={props.html}
      />
      <div className={s.row}>
        <Button onClick={() => frame.current?.contentWindow?.print()}>{x.printLetter}</Button>
        <Button onClick={() => void download()}>{x.downloadLetter}</Button>
        {note && <Text className={s.error}>{note}</Text>}
      </div>
    </section>
  );
}
