/** Closing lines and the payment instruction shared by the English letters of both ladders. */

export const REGARDS = `Kind regards,

{{#company.contact}}{{company.contact}}
{{/company.contact}}{{company.name}}`;

export const FORMAL = `{{#debtor.contact}}Yours sincerely,{{/debtor.contact}}{{^debtor.contact}}Yours faithfully,{{/debtor.contact}}

{{#company.contact}}{{company.contact}}
{{/company.contact}}{{company.name}}`;

export const PAY = `to account {{company.iban}} in the name of {{company.name}}, quoting {{paymentReference}}`;
