/** Every command with one line on what it does: listed when a command is not known. */
export const COMMANDS: readonly { name: string; en: string }[] = [
  { name: "check", en: "read a CSV or XLSX ledger; print columns, control totals and issues" },
  { name: "report", en: "receivables report of a ledger or a folder: ageing, DSO, CEI, forecast" },
  { name: "remind", en: "reminder letters: mail-merge csv, .eml drafts, printable HTML and log" },
  {
    name: "calls",
    en: "who to call today and why (Vandaag bellen), from the ledger and --records",
  },
  { name: "arrange", en: "a payment arrangement: the plan in instalments, recorded in --records" },
  { name: "handoff", en: "claim file for a collection agency, factoring lists or debtor dossiers" },
  { name: "payments", en: "match a bank statement (CAMT.053, MT940) to open invoices" },
  { name: "demo", en: "write the demo ledger as demo.xlsx and demo.csv" },
  { name: "help", en: "print the usage text (also --help, -h)" },
];

/** The text of `openstaand --help`. */
export const HELP_TEXT = `Openstaand: check an open-items (debiteuren) export before you rely on it.

Usage
  openstaand check <file> [options]   Read a CSV or XLSX ledger; print columns, control totals, issues
  openstaand report <file|folder>     Receivables report: ageing, DSO, CEI, bad debt, flags, forecast
  openstaand remind <file>            Reminder letters: mail-merge csv, .eml drafts (zip), printable HTML, log
  openstaand calls <file> [--records DIR] [--as-of YYYY-MM-DD] [--json] [--lang nl|en]
                     [--settings FILE]
                                      Who to call today and why, most urgent first
  openstaand arrange <file> --customer C --instalments N --first YYYY-MM-DD [--every month|2weeks|week]
                     [--amount EUR] [--with-interest] [--with-costs] [--interest-runs]
                     [--company FILE] [--settings FILE] [--records DIR] [--out DIR]
                                      A payment arrangement: the plan (CSV), the letter to sign
                                      (HTML), the e-mail (.eml), recorded in DIR/gesprekken.csv
  openstaand handoff <file> --customers A,B   Claim file for an incassobureau / deurwaarder
  openstaand handoff <file> --factoring       Debtor list and invoice assignment list for a factor
  openstaand handoff <file> --customers A,B --dossier   One dossier zip per debtor
  openstaand payments <file> <statement> [--records DIR] [--json] [--out DIR]
                                      Match a CAMT.053 or MT940 bank statement to the open invoices
  openstaand demo --out <dir>         Write the demo ledger as demo.xlsx and demo.csv
  openstaand --help                   This text
  openstaand --version                The version of openstaand (also -v)

A file argument "-" reads the ledger from standard input (check, report, remind, handoff):
  cat grootboek.csv | openstaand check - --json

Options for check
  --json                Print one JSON object instead of the report
  --sheet NAME          XLSX: read this sheet (default: the first visible sheet)
  --as-of YYYY-MM-DD    Day the ledger is read as of (derives open amounts from settled dates)
  --header-row N        The header is in sheet row N (default: detected)
  --map field=Header,field=Header   Map columns yourself, over detection: the header text (any
                        case) or a column letter, e.g. --map dueDate=Vervalt,amount=Factuur
                        or --map amount=F. Fields: invoiceId, customerId, customerName,
                        invoiceDate, dueDate, amount, openAmount, settledDate, currency,
                        description, status, documentType, … (the full list in the README)
  --day-order dmy|mdy   Day/month order of text dates (default: detected per file)
  --notation nl|en      Decimal comma (nl) or point (en) for text amounts (default: detected)
  --lang nl|en          Language of the report and of its error messages (default: en);
                        --json always has both message and messageNl
  --locale nl|en        Format of amounts in the report (default: as --lang)
  --max-issues N        Issues listed in the report (default: 50; --json lists all)

Options for report
  --as-of YYYY-MM-DD    Reporting day (default: today; for a ledger of settled invoices only,
                        its last date)
  --edges 30,60,90      Ageing bucket edges in days
  --age-on due|invoice  Age on days past due (default) or days since the invoice date
  --months N            Months of sales for standard DSO, BPDSO and CEI (default 3)
  --json                Print the report model as JSON (one compact line)
  --pretty              With --json: indent the JSON for reading
  --out FILE.html       Write a self-contained HTML report (charts included, no internet needed)
  --lang nl|en          Language of the report (default nl)
  --sheet, --header-row, --day-order, --notation, --map   as for check
  --records DIR         The records folder (see "The records folder" below), applied first: the
                        payments recorded lower the open amounts; --json adds "records", the bridge
                        from the export's open total (exportedOpen, paymentsRecorded, ledgerOpen).
                        One ledger file only.
  --settings FILE       The settings JSON (as Instellingen keeps it): "creditYield" sets what
                        better credit control yields (DSO lower by N days, interest rate and
                        bad-debt target, rates in basis points: 600 = 6,00 %)
  A folder reports every .csv/.xlsx in it: one HTML report each plus index.html, written to --out
  (default <folder>/openstaand-rapport); with --json one JSON object for all files.

Options for remind
  --as-of YYYY-MM-DD    Day of the reminder run (default: today)
  --out DIR             Directory for the files (default: the current directory)
  --company FILE.json   Your company details for the letterhead: name, address, postcode, city,
                        kvk, vatId, iban, email, phone, contact (without it: a fake demo company)
  --sheet NAME          XLSX: read this sheet
  --map field=Header    Map columns yourself, as for check
  --log FILE.csv        The reminder log of an earlier run (herinneringen-<date>-log.csv), applied
                        first so letters already sent are not proposed again; repeat the option or
                        give a comma list (a.csv,b.csv). The new log holds those entries plus this
                        run's, so the next run needs only the newest log.
  --handovers FILE.csv  Hand-over state written by handoff (overdracht-<date>.csv): those claims get
                        no reminder. Repeatable or a comma list.
  --records DIR         The records folder, applied first: payments lower the open amounts; letters
                        in verzendlog.csv are not proposed again; claims in overdrachten.csv, open
                        disputes, pending promises and kept arrangements get no reminder (each
                        listed with the reason). This run's letters are added to verzendlog.csv.
  --costs-vat           Collection costs include 21% VAT (you cannot deduct VAT, e.g. VAT-exempt)
  --lang nl|en          Language of the console output and messages (default en)
  --json                Print the run as one JSON object: asOf, proposals (customer, stage, each
                        invoice at its own stage), excluded (customer, invoice, reason) and files

Options for handoff
  --customers A,B       Customer numbers to hand over (required)
  --format xlsx|csv|json  File format (default xlsx; csv is ";"-separated UTF-8 with BOM)
  --as-of YYYY-MM-DD    Day interest is computed to (default: today)
  --out DIR             Directory for the file (default: the current directory)
  --sheet NAME          XLSX: read this sheet
  --map field=Header    Map columns yourself, as for check
  --factoring           Instead: factoring-debiteuren and factoring-facturen (xlsx or csv), each with
                        a control line; --customers optional (default: all open invoices that are
                        not disputed, written off or handed over, not on consumers and not more
                        than 90 days past due); says what it left out and why
  --max-days-past-due N With --factoring: leave out invoices more than N days past due (default 90;
                        "none": no limit)
  --include-consumers   With --factoring: offer invoices on consumers too
  --dossier             Instead: dossier-<customer>.zip per debtor: claim statement (csv + HTML),
                        invoice list, README.txt (and herinneringslog.csv with --log)
  --log FILE.csv        Reminder logs written by remind: the reminder history, the date of the
                        14-dagenbrief (consumers: collection costs only after its term) and the log
                        in each dossier. Repeatable or a comma list; not with --factoring.
  --handovers FILE.csv  Earlier hand-over state: carried into the new one; --factoring leaves those
                        invoices out. Repeatable or a comma list.
  --costs-vat           Collection costs include 21% VAT (not with --factoring)
  --lang nl|en          Language of the console output and messages (default en)
  Every handoff also writes overdracht-<date>.csv, the claims marked as handed over; pass it to
  remind --handovers so the reminder ladder stops for them. Delete its rows to undo.

Options for calls, arrange and payments
  --records DIR         The records folder (calls: promises, arrangements, disputes, contacts and
                        payments; arrange: the instalments are added to DIR/gesprekken.csv;
                        payments: DIR/betalingen.csv, the payments already recorded)
  --as-of YYYY-MM-DD    Day of the run (default: today)
  --json                calls, payments: print one JSON object
  --lang nl|en          Language of the output (default: en; payments: nl)
  --sheet NAME, --map field=Header   as for check
  arrange: --customer C, --instalments N (1-60), --first YYYY-MM-DD, --every month|2weeks|week
           (default month), --amount EUR (default: what the customer has open), --out DIR (the
           plan regeling-<id>.csv; default the records folder)
  payments: --out DIR writes DIR/betalingen.csv with this statement's matches confirmed

The records folder (--records DIR)
  One CSV per kind of record, the same columns as Openstaand's sheets in Excel; a missing file is
  an empty record: verzendlog.csv (letters sent), overdrachten.csv (claims handed over),
  gesprekken.csv (calls, promises, arrangements, disputes), contactpersonen.csv (contacts),
  betalingen.csv (payments confirmed from bank statements). A row that cannot be read stops the
  run with its file, row, column and value: fix or delete it and run again.

Options for demo
  --out DIR             Directory to write demo.xlsx and demo.csv to (created if missing)
  --seed N              Another demo ledger (default seed 20261120)
  --as-of YYYY-MM-DD    As-of day of the demo (default 2026-11-20)

While a ledger takes more than a second to read, a progress line (bytes, then rows) shows on
standard error when that is a terminal; it is cleared when the read is done.

Exit status: 0 when the file was read (with or without issues), 1 when it could not be read
(report: when any file of a folder could not be read), 2 for a usage error (an unknown command or
option, a bad value, a required option missing).
`;
