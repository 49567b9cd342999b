/** Closing lines and the payment instruction shared by the Dutch letters of both ladders. */

export const SIGNATURE = `Met vriendelijke groet,

[Ondertekenaar]
[Bedrijfsnaam]`;

export const PAY = `over te maken op rekeningnummer [IBAN] ten name van [Bedrijfsnaam], onder vermelding van [Betalingskenmerk]`;
