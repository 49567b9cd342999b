/**
 * Briefsjablonen: edit the subject and text of a stage's letter per language in the plain form —
 * named placeholders such as [Klantnaam], inserted at the cursor by the field picker — checked as
 * you type (an unknown placeholder is named with its line and column), previewed on a real debtor
 * of this run with a warning when company details are missing, and saved in the settings (the
 * workbook in Excel, the browser in the workbench). A template saved in the older {{…}} form keeps
 * working and can be converted. The template code (the default texts) loads when the section is
 * opened.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  companyWarning,
  loadTemplatePreview,
  type Analysis,
  type PickerField,
  type Settings,
} from "../../../src/app";
import { escapeHtml } from "../../../src/core";
import type { LetterTemplate } from "../../../src/documents";
import type { Ledger } from "../../../src/ledger";
import type { Lang } from "../../i18n/texts";
import { RECORD_TEXTS } from "../../i18n/texts-records";
import { TEMPLATE_TEXTS } from "../../i18n/texts-templates";

type PreviewModule = Awaited<ReturnType<typeof loadTemplatePreview>>;

const useStyles = makeStyles({
  section: {
    marginTop: "20px",
    padding: "12px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "grid",
    gap: "10px",
  },
  intro: { display: "block", color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: "12px", flexWrap: "wrap" },
  body: { fontFamily: tokens.fontFamilyMonospace, minHeight: "240px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  list: { margin: "4px 0 0", paddingLeft: "20px" },
  // The list takes what the button leaves (grid, not flex: a select's options set its minimum width).
  picker: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: "8px",
    alignItems: "end",
  },
  pickerSelect: { minWidth: "0" },
  pickerList: { minWidth: "0", width: "100%", "& select": { minWidth: "0" } },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  howList: { margin: "4px 0 0", paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  frame: {
    width: "100%",
    minHeight: "420px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
});

/** Props of {@link TemplateEditor}. */
export interface TemplateEditorProps {
  analysis: Analysis;
  ledger: Ledger;
  settings: Settings;
  lang: Lang;
  onSaveSettings(next: Settings): Promise<void>;
  onError(error: unknown): void;
  /** Opens Instellingen at the company details (from the missing-details warning). */
  onOpenSettings?: () => void;
}

/** The preview as a self-contained page in a sandboxed frame (no scripts, no network). */
function previewPage(subject: string, html: string): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>body{font:14px/1.45 Segoe UI,Arial,sans-serif;margin:16px;color:#222}table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left}h1{font-size:15px}</style><h1>${escapeHtml(subject)}</h1>${html}`;
}

/** The template editor section of Herinneringen. */
export function TemplateEditor(props: TemplateEditorProps) {
  const { analysis, ledger, settings, lang } = props;
  const r = RECORD_TEXTS[lang];
  const tt = TEMPLATE_TEXTS[lang];
  const s = useStyles();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Where the picker inserts: the field last in focus (the text until the subject is chosen).
  const target = useRef<"subject" | "body">("body");
  const [picked, setPicked] = useState(0);
  const [converted, setConverted] = useState<"failed" | null>(null);
  const [mod, setMod] = useState<PreviewModule | null>(null);
  const [choiceIndex, setChoiceIndex] = useState(0);
  const [letterLang, setLetterLang] = useState<Lang>(lang);
  const [draft, setDraft] = useState<LetterTemplate | null>(null);
  const [customerId, setCustomerId] = useState("");
  const [message, setMessage] = useState<"saved" | "restored" | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    loadTemplatePreview().then(
      (m) => live && setMod(m),
      (e) => props.onError(e)
    );
    return () => {
      live = false;
    };
  }, []);

  const choices = useMemo(() => mod?.templateChoices() ?? [], [mod]);
  const choice = choices[choiceIndex] ?? null;
  const key = choice && mod ? mod.templateKey(choice.templateId, letterLang) : "";
  const stored = useMemo(
    () => (choice && mod ? mod.templateInUse(settings, choice.templateId, letterLang) : null),
    [mod, choice, settings, letterLang]
  );
  // A new template, language or stored text starts a fresh draft.
  useEffect(() => {
    setDraft(stored);
    setConverted(null);
  }, [stored]);
  const fields: PickerField[] = useMemo(
    () => (mod ? mod.pickerFields(letterLang, lang) : []),
    [mod, letterLang, lang]
  );
  const missingCompany = companyWarning(settings.company, lang, "settings");

  const candidates = useMemo(
    () => (mod && choice ? mod.previewCandidates(analysis.reminders.proposals, choice) : []),
    [mod, choice, analysis]
  );
  const previewed = candidates.find((p) => p.customerId === customerId) ?? candidates[0] ?? null;
  const problems = mod && draft ? mod.templateProblems(draft, lang) : [];

  // The debtors' addresses: one pass over the ledger per ledger, not per keystroke.
  const debtors = useMemo(() => (mod ? mod.previewDebtors(ledger) : null), [mod, ledger]);
  const preview = useMemo(() => {
    if (!mod || !debtors || !choice || !draft || !previewed || problems.length > 0) return null;
    try {
      const letter = mod.previewLetter(
        debtors,
        previewed,
        choice,
        letterLang,
        draft,
        settings,
        analysis.reminders.asOf
      );
      return previewPage(letter.subject, letter.html);
    } catch (error) {
      return previewPage(
        "",
        `<p>${escapeHtml(error instanceof Error ? error.message : error)}</p>`
      );
    }
  }, [mod, debtors, choice, draft, previewed, letterLang, settings, analysis]);

  if (!mod || !choice || !draft) return <Spinner size="tiny" />;

  const edited = (templateId: string) =>
    ["nl", "en"].some((l) => settings.templates[mod.templateKey(templateId, l as Lang)]);

  const store = async (templates: Settings["templates"], done: "saved" | "restored") => {
    setSaving(true);
    setMessage(null);
    try {
      await props.onSaveSettings({ ...settings, templates });
      setMessage(done);
    } catch (error) {
      props.onError(error);
    } finally {
      setSaving(false);
    }
  };
  const save = () => store({ ...settings.templates, [key]: draft }, "saved");

  /** The picker's field typed in at the cursor (over the selection) of the subject or the text. */
  const insert = (field: PickerField) => {
    const inSubject = target.current === "subject";
    const element = inSubject ? subjectRef.current : bodyRef.current;
    const text = inSubject ? draft.subject : draft.body;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    const next = mod.insertAtCursor(text, start, end, field.token);
    setDraft(
      inSubject
        ? mod.editedTemplate(next.text, draft.body)
        : mod.editedTemplate(draft.subject, next.text)
    );
    setMessage(null);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  const convert = () => {
    const plain = mod.plainTemplate(draft, letterLang);
    if (plain) setDraft(plain);
    else setConverted("failed");
  };
  const groups = [...new Set(fields.map((f) => f.group))];
  const pickedField = fields[picked] ?? fields[0];
  const restore = () => {
    const rest = { ...settings.templates };
    delete rest[key];
    return store(rest, "restored");
  };

  return (
    <section className={s.section} aria-labelledby="templates-title" data-testid="templates">
      <Subtitle2 as="h2" id="templates-title">
        {r.templatesTitle}
      </Subtitle2>
      <Text className={s.intro}>{r.templatesIntro}</Text>
      <div className={s.row}>
        <Field label={r.template}>
          <Select
            value={String(choiceIndex)}
            onChange={(_, d) => {
              setChoiceIndex(Number(d.value));
              setMessage(null);
            }}
            data-testid="template-choice"
          >
            {choices.map((c, i) => (
              <option key={c.templateId} value={i}>
                {`${c.debtor === "consumer" ? r.consumer : r.business} ${c.stage}: ${c.stageName[lang]}${edited(c.templateId) ? ` (${r.edited})` : ""}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={r.templateLanguage}>
          <Select value={letterLang} onChange={(_, d) => setLetterLang(d.value as Lang)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </div>
      {draft.form !== "plain" && (
        <MessageBar intent="info" layout="multiline" data-testid="template-old-form">
          <MessageBarBody>{converted === "failed" ? tt.cannotConvert : tt.oldForm}</MessageBarBody>
          {converted === null && (
            <MessageBarActions>
              <Button onClick={convert}>{tt.convert}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <div className={s.picker}>
        <Field label={tt.insertField} className={s.pickerSelect}>
          <Select
            value={String(picked)}
            onChange={(_, d) => setPicked(Number(d.value))}
            className={s.pickerList}
            data-testid="field-picker"
          >
            {groups.map((group) => (
              <optgroup key={group} label={tt.groups[group]}>
                {fields.map((f, i) =>
                  f.group === group ? (
                    <option key={f.key} value={i}>
                      {f.token}
                    </option>
                  ) : null
                )}
              </optgroup>
            ))}
          </Select>
        </Field>
        <Button
          onClick={() => pickedField && insert(pickedField)}
          title={tt.insertHint}
          data-testid="insert-field"
        >
          {tt.insert}
        </Button>
      </div>
      {/* The field's help under the row, so the Invoegen button sits beside the list, not on it. */}
      {pickedField?.help && <Text className={s.help}>{pickedField.help}</Text>}
      <Field label={r.subject}>
        <Input
          ref={subjectRef}
          onFocus={() => (target.current = "subject")}
          value={draft.subject}
          onChange={(_, d) => setDraft(mod.editedTemplate(d.value, draft.body))}
          data-testid="template-subject"
        />
      </Field>
      <Field label={r.body}>
        <Textarea
          ref={bodyRef}
          onFocus={() => (target.current = "body")}
          className={s.body}
          resize="vertical"
          value={draft.body}
          onChange={(_, d) => setDraft(mod.editedTemplate(draft.subject, d.value))}
          data-testid="template-body"
        />
      </Field>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="template-problems">
          <MessageBarBody>
            {r.problems}
            <ul className={s.list}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={saving || problems.length > 0}
          onClick={() => void save()}
        >
          {r.saveTemplate}
        </Button>
        <Button disabled={saving || !settings.templates[key]} onClick={() => void restore()}>
          {r.restoreDefault}
        </Button>
        {message && (
          <Text role="status">{message === "saved" ? r.templateSaved : r.templateRestored}</Text>
        )}
      </div>
      <details>
        <summary>{tt.howItWorks}</summary>
        <ul className={s.howList}>
          {tt.howLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      <Subtitle2 as="h3">{r.preview}</Subtitle2>
      {missingCompany && (
        <MessageBar intent="warning" layout="multiline" data-testid="template-company-missing">
          <MessageBarBody>
            <MessageBarTitle>{tt.companyMissingTitle}</MessageBarTitle> {missingCompany}
          </MessageBarBody>
          {props.onOpenSettings && (
            <MessageBarActions>
              <Button onClick={props.onOpenSettings}>{tt.toSettings}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {candidates.length === 0 ? (
        <Text>{r.previewNone}</Text>
      ) : (
        <>
          <Field label={r.previewOn}>
            <Select
              value={previewed?.customerId ?? ""}
              onChange={(_, d) => setCustomerId(d.value)}
              data-testid="template-debtor"
            >
              {candidates.map((p) => (
                <option key={p.customerId} value={p.customerId}>
                  {`${p.customerName ?? p.customerId} (${p.customerId})`}
                </option>
              ))}
            </Select>
          </Field>
          {preview && (
            <iframe
              className={s.frame}
              title={r.preview}
              sandbox=""
              srcDoc={preview}
              data-testid="template-preview"
            />
          )}
        </>
      )}
    </section>
  );
}
