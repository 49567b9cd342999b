/**
 * A letter template: a subject line and a body, both mustache (logic-less; `{{name}}` escapes by
 * default). In the body, blank lines separate paragraphs and `{{> specificatie}}` places the table
 * of invoices, credit notes, interest, costs and total.
 */
export interface LetterTemplate {
  subject: string;
  body: string;
}
