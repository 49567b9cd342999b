/** The CSV reader's own issues (an unclosed quote) carry a Dutch text for the Dutch pane as well. */
import { readCsvValues } from "../../src/formats";
import { expectDutchTwin } from "../ledger/dutch-twin";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

test("an unclosed quote is reported in Dutch, with the parser's own words in brackets", () => {
  const csv = readCsvValues(utf8('a;b\n1;2\n3;"open\n4;5\n'));
  expect(csv.issues).toHaveLength(1);
  const issue = csv.issues[0]!;
  expect(issue.messageNl).toMatch(
    /^Een veld tussen aanhalingstekens dat op deze rij begint, wordt nergens gesloten; de rest van het bestand is daardoor mogelijk als één veld gelezen \(.+\)\.$/
  );
  expectDutchTwin(issue);
});
