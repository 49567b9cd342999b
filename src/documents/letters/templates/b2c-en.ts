/**
 * Default English templates of the consumer ladder (DEFAULT_B2C_POLICY), by template id. The
 * 14-day letter carries the same legal elements as the Dutch one (art. 6:96 lid 6 BW): fourteen
 * days from the day after receipt, the concrete collection costs, free of charge, all claims.
 */
import type { LetterTemplate } from "./letter-template";
import { FORMAL, PAY, REGARDS } from "./closing-en";

/** Consumer debtors, English. */
export const B2C_EN: Readonly<Record<string, LetterTemplate>> = {
  "b2c-1-herinnering": {
    subject: "Payment reminder: [Invoices]",
    body: `[Salutation]

According to our records, the [invoice below remains|invoices below remain] unpaid, although the payment term has expired. Perhaps this has escaped your attention.

[Specification]

Could you please transfer the outstanding amount of [Amount due] by [Pay by] ${PAY}?

If you have already paid, please disregard this reminder. If you have any questions, or if you cannot pay the full amount at once, please do not hesitate to contact us [Phone or email: on [Phone or email]].

${REGARDS}`,
  },
  "b2c-2-14-dagenbrief": {
    subject: "Request for payment within fourteen days: [Invoices]",
    body: `[Salutation]

We recently reminded you of the [invoice or invoices] below. The payment term has expired and we have not yet received your payment. Below are all the amounts you currently owe us.

[Specification]

We ask you to pay the outstanding amount of [Amount due] within fourteen days after the day on which you receive this letter. You can transfer the amount ${PAY}.

If you do not pay within this period, you will owe extrajudicial collection costs of [Announced collection costs] [Costs with VAT: (including 21% VAT)], calculated in accordance with the Dutch Extrajudicial Collection Costs Decree (Besluit vergoeding voor buitengerechtelijke incassokosten). We may then also charge statutory interest and pass the claim to a collection agency.

This letter is free of charge. If you have already paid, please disregard it. If you cannot pay the full amount at once, please contact us [Phone or email: on [Phone or email]] to discuss a payment plan.

${REGARDS}`,
  },
  "b2c-3-ingebrekestelling": {
    subject: "Notice of default and final notice: [Invoices]",
    body: `[Salutation]

In our previous letter we asked you to pay the [invoice or invoices] below within fourteen days of receipt. That period has expired without payment, so we now charge the extrajudicial collection costs announced in that letter.

[Specification]

We hereby give you notice of default and ask you to pay the total amount of [Amount due] no later than [Pay by] ${PAY}.

This amount consists of the principal of [Principal][Interest: , statutory interest (Article 6:119 of the Dutch Civil Code) up to and including [Date] of [Interest]] and extrajudicial collection costs of [Collection costs] [Costs with VAT: (including 21% VAT)] (Article 6:96 of the Dutch Civil Code). Statutory interest continues to accrue until the day of payment in full.

If you do not pay by [Pay by], we will pass the claim to a collection agency or bailiff without further notice. Legal proceedings may follow, and their costs may be charged to you.

If you cannot pay the full amount at once, please contact us before [Pay by] [Phone or email: on [Phone or email]].

${FORMAL}`,
  },
  "b2c-4-overdracht": {
    subject: "Your account has been passed to a collection agency: [Invoices]",
    body: `[Salutation]

Despite our earlier letters, we have not received payment of the [invoice or invoices] below. We have therefore passed the claim to a collection agency with effect from [Date]. The agency will continue collection on our behalf and will contact you.

[Specification]

The total amount of [Amount due] consists of the principal of [Principal][Interest: , statutory interest up to and including [Date] of [Interest]] and extrajudicial collection costs of [Collection costs] [Costs with VAT: (including 21% VAT)]. Statutory interest continues to accrue until the day of payment in full.

From now on, please address any questions about this claim, and your payment, to the collection agency.

${FORMAL}`,
  },
};
