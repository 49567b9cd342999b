/** Shows a failure in the user's language with what to do about it (mapping, reset, read again). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { isHostError } from "../../src/app";
import type { Lang, Texts } from "../i18n/texts";

/** Props of {@link ErrorBar}. */
export interface ErrorBarProps {
  error: unknown;
  lang: Lang;
  t: Texts;
  onMapping(): void;
  onReset(): void;
  onRetry(): void;
  onDismiss(): void;
}

/** The error message bar; HostErrors carry their own Dutch and English text naming the place. */
export function ErrorBar(props: ErrorBarProps) {
  const { error, lang, t } = props;
  if (isHostError(error, "cancelled")) {
    return (
      <MessageBar intent="info" role="status">
        <MessageBarBody>{t.cancelled}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t.readAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const message = isHostError(error)
    ? error.messageIn(lang)
    : error instanceof Error
      ? error.message
      : String(error);
  const code = isHostError(error) ? error.code : null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.failed}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" onClick={props.onDismiss}>
            {t.dismiss}
          </Button>
        }
      >
        {code === "ledger" && <Button onClick={props.onMapping}>{t.openMapping}</Button>}
        {code === "settings" && <Button onClick={props.onReset}>{t.resetSettings}</Button>}
        {(code === "not-found" || code === "payload" || code === "host" || code === "empty") && (
          <Button onClick={props.onRetry}>{t.readAgain}</Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
