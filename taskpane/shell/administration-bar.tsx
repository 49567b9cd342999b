/**
 * The header's administration: whose books the records belong to (the workbook in Excel, the
 * demo, or a confirmed administration in the workbench), and — for a file that matches none — the
 * question which administration it belongs to, with a proposed name to confirm or a known one to
 * pick. Records that were not applied to this ledger are named here too.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ActiveAdministration, AdministrationChoice } from "../../src/app";
import type { Lang } from "../i18n/texts";
import { DAY_TEXTS } from "../i18n/texts-day";

const useStyles = makeStyles({
  line: { color: tokens.colorNeutralForeground2 },
  form: { display: "flex", gap: "8px", alignItems: "flex-end", flexWrap: "wrap", marginTop: "6px" },
  bar: { margin: "8px 0" },
});

/** Props of {@link AdministrationBar}. */
export interface AdministrationBarProps {
  active: ActiveAdministration;
  /** What the analysis says about records it did not apply, or null. */
  notApplied: { en: string; nl: string } | null;
  lang: Lang;
  onConfirm(choice: AdministrationChoice): Promise<void>;
  onError(error: unknown): void;
}

/** The administration line, or the question for a file not tied to one. */
export function AdministrationBar({
  active,
  notApplied,
  lang,
  onConfirm,
  onError,
}: AdministrationBarProps) {
  const s = useStyles();
  const t = DAY_TEXTS[lang];
  const pending = active.kind === "pending" ? active : null;
  const [name, setName] = useState("");
  const [pick, setPick] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setName(pending?.proposedName ?? "");
    setPick(pending?.known[0]?.key ?? "");
  }, [pending?.fileName, pending?.proposedName]);
  const confirm = async (choice: AdministrationChoice) => {
    setBusy(true);
    try {
      await onConfirm(choice);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  const note = notApplied && (
    <div>
      <Caption1 className={s.line} data-testid="records-not-applied">
        {t.notApplied}: {notApplied[lang]}
      </Caption1>
    </div>
  );
  if (!pending) {
    const shown =
      active.kind === "workbook"
        ? t.workbook
        : active.kind === "source"
          ? t.demoAdministration(active.name)
          : active.kind === "confirmed"
            ? `${active.administration.name} (${active.recognised ? t.recognised : t.confirmed})`
            : "";
    return (
      <>
        <div>
          <Caption1 className={s.line} data-testid="administration">
            {t.administration}: {shown}
          </Caption1>
        </div>
        {note}
      </>
    );
  }
  return (
    <MessageBar intent="warning" className={s.bar} data-testid="administration-pending">
      <MessageBarBody>
        <MessageBarTitle>{t.pendingTitle}</MessageBarTitle>
        {t.pendingText(pending.fileName)}
        {pending.sameName && (
          <p data-testid="administration-clash">
            {t.sameName(
              pending.sameName.administration.name,
              pending.sameName.comparison.agree,
              pending.sameName.comparison.conflict
            )}
          </p>
        )}
        <div className={s.form}>
          <Field label={t.name}>
            <Input
              value={name}
              onChange={(_, d) => setName(d.value)}
              data-testid="administration-name"
            />
          </Field>
          <Button
            appearance="primary"
            disabled={busy || !name.trim()}
            onClick={() => void confirm({ name })}
          >
            {t.confirmNew}
          </Button>
        </div>
        {pending.known.length > 0 && (
          <div className={s.form}>
            <Field label={t.orPick}>
              <Select value={pick} onChange={(_, d) => setPick(d.value)}>
                {pending.known.map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button disabled={busy || !pick} onClick={() => void confirm({ key: pick })}>
              {t.pick}
            </Button>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
