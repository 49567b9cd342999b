/** Closing lines and the payment instruction shared by the English letters of both ladders. */

export const REGARDS = `Kind regards,

[Signatory]
[Company name]`;

export const FORMAL = `[Contact person: Yours sincerely,|Yours faithfully,]

[Signatory]
[Company name]`;

export const PAY = `to account [IBAN] in the name of [Company name], quoting [Payment reference]`;
