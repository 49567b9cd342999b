/**
 * The contact of a customer on the call card — person, direct number (a tel: link), e-mail, fixed
 * weekly payment day, note — editable and saved to the kept contacts (Contactpersonen).
 */
import {
  Button,
  Field,
  Input,
  Link,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { withContact } from "../../../src/app";
import type { Contact, Weekday } from "../../../src/dunning";
import type { Lang } from "../../i18n/texts";
import { CALL_TEXTS } from "../../i18n/texts-calls";
import { errorText } from "./call-errors";
import type { ConversationState } from "./use-conversation";

const useStyles = makeStyles({
  h: { display: "block", margin: "16px 0 6px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))",
    gap: "8px",
  },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap", marginTop: "8px" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Props of {@link ContactForm}. */
export interface ContactFormProps {
  customerId: string;
  contact: Contact | null;
  conversation: ConversationState;
  lang: Lang;
}

/** A tel: address of a number as written ("020 - 123 45 67" → tel:0201234567). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** The contact of one customer, editable. */
export function ContactForm({ customerId, contact, conversation, lang }: ContactFormProps) {
  const x = CALL_TEXTS[lang];
  const s = useStyles();
  const [person, setPerson] = useState(contact?.person ?? "");
  const [phone, setPhone] = useState(contact?.phone ?? "");
  const [email, setEmail] = useState(contact?.email ?? "");
  const [paymentDay, setPaymentDay] = useState<string>(String(contact?.paymentDay ?? ""));
  const [note, setNote] = useState(contact?.note ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async () => {
    const next: Contact = {
      customerId,
      person: person.trim(),
      phone: phone.trim(),
      email: email.trim(),
      paymentDay: paymentDay === "" ? null : (Number(paymentDay) as Weekday),
      note: note.trim(),
    };
    try {
      await conversation.saveContacts(withContact(conversation.records?.contacts ?? [], next));
      setMessage({ ok: true, text: x.contactSaved });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error, lang) });
    }
  };

  return (
    <section aria-labelledby="contact-title" data-testid="card-contact">
      <Subtitle2 as="h3" id="contact-title" className={s.h}>
        {x.contactTitle}
      </Subtitle2>
      {contact?.phone && (
        <Text as="p" block>
          {x.phone}: <Link href={telHref(contact.phone)}>{contact.phone}</Link>
          {contact.email && (
            <>
              {" · "}
              <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
            </>
          )}
        </Text>
      )}
      <div className={s.grid}>
        <Field label={x.person}>
          <Input value={person} onChange={(_, d) => setPerson(d.value)} />
        </Field>
        <Field label={x.phone}>
          <Input type="tel" value={phone} onChange={(_, d) => setPhone(d.value)} />
        </Field>
        <Field label={x.email}>
          <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
        </Field>
        <Field label={x.paymentDay}>
          <Select value={paymentDay} onChange={(_, d) => setPaymentDay(d.value)}>
            <option value="">{x.noPaymentDay}</option>
            {x.weekdays.map((w, i) => (
              <option key={w} value={String(i + 1)}>
                {w}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={x.contactNote}>
          <Input value={note} onChange={(_, d) => setNote(d.value)} />
        </Field>
      </div>
      <div className={s.row}>
        <Button onClick={() => void save()} disabled={!conversation.writable}>
          {x.saveContact}
        </Button>
        {message && (
          <Text role="status" className={message.ok ? undefined : s.error}>
            {message.text}
          </Text>
        )}
      </div>
    </section>
  );
}
