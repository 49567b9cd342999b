/** Closing lines and the payment instruction shared by the Dutch letters of both ladders. */

export const SIGNATURE = `Met vriendelijke groet,

{{#company.contact}}{{company.contact}}
{{/company.contact}}{{company.name}}`;

export const PAY = `over te maken op rekeningnummer {{company.iban}} ten name van {{company.name}}, onder vermelding van {{paymentReference}}`;
