/** Default English templates of the business ladder (DEFAULT_B2B_POLICY), by template id. */
import type { LetterTemplate } from "./letter-template";
import { FORMAL, PAY, REGARDS } from "./closing-en";

/** Business debtors, English. */
export const B2B_EN: Readonly<Record<string, LetterTemplate>> = {
  "b2b-1-herinnering": {
    subject: "Payment reminder: [Invoices]",
    body: `[Salutation]

According to our records, the [invoice below remains|invoices below remain] unpaid, although the payment term has expired. Perhaps this has escaped your attention.

[Specification]

We would be grateful if you could transfer the outstanding amount of [Amount due] by [Pay by] ${PAY}.

If you have already paid, please disregard this reminder. If you have any questions about the [invoice or invoices], please do not hesitate to contact us [Phone or email: on [Phone or email]].

${REGARDS}`,
  },
  "b2b-2-tweede-herinnering": {
    subject: "Second reminder: [Invoices]",
    body: `[Salutation]

We recently reminded you of the [invoice or invoices] below, but we have not yet received your payment.

[Specification]

We ask you to transfer the outstanding amount of [Amount due] by [Pay by] at the latest ${PAY}.

If payment is not received, we will have to give you formal notice of default and charge statutory commercial interest and extrajudicial collection costs, as Dutch law allows.

If there is a reason why you cannot pay, or if you dispute [the invoice|any of the invoices], please contact us before [Pay by] [Phone or email: on [Phone or email]] so that we can resolve it together.

${REGARDS}`,
  },
  "b2b-3-ingebrekestelling": {
    subject: "Formal notice of default: [Invoices]",
    body: `[Salutation]

Despite our earlier reminders, we have not received payment of the [invoice or invoices] below.

[Specification]

We hereby give you formal notice of default and demand that you pay the total amount of [Amount due] no later than [Pay by] ${PAY}.

This amount consists of the principal of [Principal][Interest: , statutory commercial interest (Article 6:119a of the Dutch Civil Code) up to and including [Date] of [Interest]] and extrajudicial collection costs of [Collection costs] [Costs with VAT: (including 21% VAT)] (Article 6:96 of the Dutch Civil Code). Interest continues to accrue until the day of payment in full.

If we have not received the full amount by [Pay by], we will pass the claim to a collection agency or bailiff without further notice. The costs of further collection, including those of legal proceedings, may then be charged to you.

If you have already paid, please disregard this letter.

${FORMAL}`,
  },
  "b2b-4-laatste-aanmaning": {
    subject: "Final notice: [Invoices]",
    body: `[Salutation]

We have given you formal notice of default for the [invoice or invoices] below, but we have still not received your payment. This is our final notice.

[Specification]

We demand that you pay the total amount of [Amount due] no later than [Pay by] ${PAY}. Statutory commercial interest continues to accrue until the day of payment in full.

If we have not received the full amount by [Pay by], we will pass the claim to a collection agency or bailiff without further notice. The costs of further collection, including those of legal proceedings, may then be charged to you.

${FORMAL}`,
  },
  "b2b-5-overdracht": {
    subject: "Your account has been passed to a collection agency: [Invoices]",
    body: `[Salutation]

Despite our repeated reminders, we have not received payment of the [invoice or invoices] below. We have therefore passed the claim to a collection agency with effect from [Date]. The agency will continue collection on our behalf and will contact you.

[Specification]

The total amount of [Amount due] consists of the principal of [Principal][Interest: , statutory commercial interest up to and including [Date] of [Interest]] and extrajudicial collection costs of [Collection costs] [Costs with VAT: (including 21% VAT)]. Interest continues to accrue until the day of payment in full.

From now on, please address any questions about this claim, and your payment, to the collection agency.

${FORMAL}`,
  },
};
