/**
 * The column mapping dialog: opens by itself when the columns were not recognised (reading failed)
 * or were recognised without certainty. Per ledger field a dropdown of the sheet's header cells,
 * pre-filled with what was detected; "Toepassen" stores the mapping in the settings and reads again.
 * Fluent's Dialog traps the focus and closes on Escape (= Annuleren).
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  FIELD_LABELS,
  FIELD_LABELS_NL,
  LEDGER_FIELDS,
  isHostError,
  mappingProblems,
  type ColumnMapping as Mapping,
  type HeaderOption,
  type MappingNeed,
} from "../../src/app";
import type { LedgerField } from "../../src/ledger";
import type { Lang, Texts } from "../i18n/texts";

const useStyles = makeStyles({
  surface: { maxWidth: "640px", width: "calc(100vw - 32px)" },
  content: { display: "grid", gap: "12px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
    gap: "10px 16px",
  },
  list: { margin: "4px 0 0", paddingLeft: "18px" },
});

/** The fields the dialog always shows; the others behind "Alle velden tonen". */
const MAIN_FIELDS: readonly LedgerField[] = [
  "invoiceId",
  "customerId",
  "customerName",
  "invoiceDate",
  "dueDate",
  "amount",
  "openAmount",
  "settledDate",
  "paymentTermDays",
  "currency",
];

/** Needed without alternative (the customer needs a number or a name: checked as a problem). */
const REQUIRED = new Set<LedgerField>(["invoiceId", "amount"]);

/** Props of {@link MappingDialog}. */
export interface MappingDialogProps {
  /** What to offer; the dialog is closed when null. */
  need: MappingNeed | null;
  lang: Lang;
  t: Texts;
  /** Stores `choice` and reads again; a rejection is shown in the dialog. */
  onApply(choice: Mapping): Promise<void>;
  onCancel(): void;
}

function optionLabel(option: HeaderOption, t: Texts): string {
  if (option.header === "") return t.mapBlankColumn(option.letter ?? "?");
  return option.letter ? `${option.header} (${option.letter})` : option.header;
}

const percent = (confidence: number): number => Math.round(confidence * 100);

/** The dialog. */
export function MappingDialog({ need, lang, t, onApply, onCancel }: MappingDialogProps) {
  const s = useStyles();
  const [choice, setChoice] = useState<Mapping>({});
  const [showAll, setShowAll] = useState(false);
  const [applying, setApplying] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    setChoice(need?.proposal ?? {});
    setShowAll(false);
    setFailure(null);
  }, [need]);

  const labels = lang === "nl" ? FIELD_LABELS_NL : FIELD_LABELS;
  const fields = LEDGER_FIELDS.filter(
    (field) => showAll || MAIN_FIELDS.includes(field) || (choice[field] ?? "") !== ""
  );
  const problems = mappingProblems(choice);
  const list = (items: string[], word: string) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
  const problemTexts = [
    ...(problems.missing.length > 0
      ? [
          t.mapMissing(
            problems.missing
              .map((alternatives) =>
                list(
                  alternatives.map((f) => labels[f]),
                  t.mapOr
                )
              )
              .join("; ")
          ),
        ]
      : []),
    ...problems.twice.map(({ value, fields: twice }) =>
      t.mapTwice(
        value,
        list(
          twice.map((f) => labels[f]),
          t.mapAnd
        )
      )
    ),
  ];
  const doubt = new Map(need?.doubts.map((d) => [d.field, d]) ?? []);

  const apply = async () => {
    setApplying(true);
    setFailure(null);
    try {
      await onApply(choice);
    } catch (error) {
      setFailure(
        isHostError(error)
          ? error.messageIn(lang)
          : error instanceof Error
            ? error.message
            : String(error)
      );
    } finally {
      setApplying(false);
    }
  };

  return (
    <Dialog
      open={need !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !applying) onCancel();
      }}
    >
      <DialogSurface className={s.surface} data-testid="mapping-dialog">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (problemTexts.length === 0 && !applying) void apply();
          }}
        >
          <DialogBody>
            <DialogTitle>{t.mapDialogTitle}</DialogTitle>
            <DialogContent className={s.content}>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {need?.reason === "failed" ? t.mapFailed : t.mapUnsure}
                  {need && (need.doubts.length > 0 || need.missingDueDate) && (
                    <ul className={s.list}>
                      {need.doubts.map((d) => (
                        <li key={d.field}>
                          {t.mapDoubt(labels[d.field], d.header, percent(d.confidence))}
                        </li>
                      ))}
                      {need.missingDueDate && <li>{t.mapNoDueDate}</li>}
                    </ul>
                  )}
                </MessageBarBody>
              </MessageBar>
              <div className={s.grid}>
                {fields.map((field) => {
                  const unsure = doubt.get(field);
                  return (
                    <Field
                      key={field}
                      label={labels[field]}
                      required={REQUIRED.has(field)}
                      validationState={unsure ? "warning" : "none"}
                      validationMessage={
                        unsure ? t.mapUnsureHint(percent(unsure.confidence)) : undefined
                      }
                    >
                      <Select
                        value={choice[field] ?? ""}
                        data-field={field}
                        onChange={(_, d) => setChoice({ ...choice, [field]: d.value })}
                      >
                        <option value="">{t.mapNotUsed}</option>
                        {need?.options.map((option) => (
                          <option key={`${option.letter}:${option.value}`} value={option.value}>
                            {optionLabel(option, t)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  );
                })}
              </div>
              <Checkbox
                checked={showAll}
                label={t.mapShowAll}
                onChange={(_, d) => setShowAll(Boolean(d.checked))}
              />
              {(problemTexts.length > 0 || failure) && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    {[...problemTexts, ...(failure ? [failure] : [])].join(" ")}
                  </MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              {applying && <Spinner size="tiny" label={t.mapApplying} />}
              <Button
                appearance="primary"
                type="submit"
                disabled={applying || problemTexts.length > 0}
              >
                {t.mapApply}
              </Button>
              <Button onClick={onCancel} disabled={applying}>
                {t.mapCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
