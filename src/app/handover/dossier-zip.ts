/**
 * The dossier zip per debtor for an incassobureau or deurwaarder: the claim statement (csv with
 * control line, and a readable HTML page with the interest specification), the invoice list (csv),
 * the letters sent (printable HTML) and the reminder log (csv) when they are passed in, and a
 * README.txt that lists the contents, the control total and what is missing.
 */
import { daysOverdue, cents, centsToEuros, formatCents } from "../../core";
import {
  type SheetTable,
  claimStatementHtml,
  oneLine,
  controlLine,
  fileNamePart,
  type HandoffFile,
  handoffTable,
  type Letter,
  lettersHtml,
  letterDate,
} from "../../documents";
import { exportCsvBytes } from "../../formats";
import { reminderLogTable, type ReminderLogEntry } from "../../records";

/** What else goes into the dossiers: the letters and log entries of the debtors (others are ignored). */
export interface DossierOptions {
  letters?: readonly Letter[];
  log?: readonly ReminderLogEntry[];
}

/** One debtor's dossier. */
export interface DossierFile {
  customerId: string;
  /** "dossier-<customer number>.zip", safe as a file name, unique within one call. */
  fileName: string;
  /** The claims in it (the debtor's part of the hand-off file, with its own control line). */
  claims: HandoffFile;
  bytes: Uint8Array;
}

/** The invoice list of a debtor's claims, with the control line (count, amount, paid, open). */
export function dossierInvoiceTable(file: HandoffFile): SheetTable {
  const rows: (string | number | null)[][] = file.claims.map((c) => [
    c.invoiceId,
    c.invoiceDate,
    c.dueDate,
    centsToEuros(c.amount),
    centsToEuros(c.paid),
    centsToEuros(c.principal),
    c.dueDate === null ? null : daysOverdue(c.dueDate, file.asOf),
    c.disputed ? "ja" : "nee",
  ]);
  const sum = (f: (c: HandoffFile["claims"][number]) => number) =>
    cents(file.claims.reduce((s, c) => s + f(c), 0));
  const n = file.claims.length;
  rows.push([
    "Controletotaal",
    `${n} ${n === 1 ? "factuur" : "facturen"}`,
    null,
    centsToEuros(sum((c) => c.amount)),
    centsToEuros(sum((c) => c.paid)),
    centsToEuros(sum((c) => c.principal)),
    null,
    null,
  ]);
  return {
    headers: [
      "Factuurnummer",
      "Factuurdatum",
      "Vervaldatum",
      "Factuurbedrag",
      "Ontvangen",
      "Openstaand",
      "Dagen over vervaldatum",
      "Betwist",
    ],
    types: ["text", "date", "date", "amount", "amount", "amount", "integer", "text"],
    rows,
  };
}

function readme(file: HandoffFile, letters: number, logged: number): string {
  const d = file.claims[0]?.debtor;
  const k = file.control;
  const lines = [
    `Dossier ${d ? `${oneLine(d.name)} (debiteurnummer ${oneLine(d.customerId)})` : ""}`.trim(),
    `Stand per ${letterDate(file.asOf, "nl")}`,
    "",
    "Inhoud",
    "- vordering.html: vorderingsoverzicht met rentespecificatie en herinneringsgeschiedenis",
    "- vordering.csv: de vorderingen per factuur, met controletotaal",
    "- facturen.csv: de facturen van de vordering, met controletotaal",
  ];
  if (letters > 0)
    lines.push(
      `- brieven.html: ${letters === 1 ? "de verstuurde brief" : `de ${letters} verstuurde brieven`}`
    );
  if (logged > 0) lines.push("- herinneringslog.csv: de vastgelegde herinneringen en aanmaningen");
  if (letters === 0 && logged > 0)
    lines.push(
      "",
      "Verstuurde brieven: de brieven zelf zijn niet bijgevoegd, want ze zijn niet bewaard. Welke",
      "herinneringen en aanmaningen zijn verstuurd, wanneer, over welke facturen en met welke bedragen,",
      "staat in herinneringslog.csv; de herinneringsgeschiedenis ook in vordering.html en vordering.csv."
    );
  else if (letters === 0)
    lines.push(
      "",
      "Verstuurde brieven: niet bijgevoegd, want er zijn geen brieven meegegeven bij het maken van",
      "dit dossier. Welke herinneringen volgens de administratie zijn verstuurd, en wanneer, staat in",
      "vordering.html en vordering.csv."
    );
  lines.push(
    "",
    `Controletotaal: ${k.count} ${k.count === 1 ? "vordering" : "vorderingen"}; hoofdsom ${formatCents(k.principal, "nl")}; rente ${formatCents(k.interest, "nl")}; incassokosten ${formatCents(k.costs, "nl")}; totaal ${formatCents(k.total, "nl")}.`,
    "",
    "De csv-bestanden zijn gescheiden door puntkomma's, UTF-8 met BOM, datums dd-mm-jjjj, bedragen",
    "met decimale komma. Tekst die met =, +, -, @ of een tab begint, staat er met een apostrof voor,",
    "zodat een spreadsheet hem niet als formule uitvoert."
  );
  return `${lines.join("\r\n")}\r\n`;
}

/** The dossier zip of `file`, which holds the claims of one debtor. */
export async function dossierZip(
  file: HandoffFile,
  options: DossierOptions = {}
): Promise<Uint8Array> {
  const id = file.claims[0]?.debtor.customerId;
  const letters = (options.letters ?? []).filter((l) => l.model.customerId === id);
  const log = (options.log ?? []).filter((entry) => entry.customerId === id);
  // jszip loads when the first archive is made, not when the program starts.
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  // A fixed date: the same dossier gives the same bytes.
  const date = new Date(Date.UTC(2000, 0, 1));
  zip.file("README.txt", readme(file, letters.length, log.length), { date });
  zip.file("vordering.html", claimStatementHtml(file), { date });
  zip.file("vordering.csv", exportCsvBytes(handoffTable(file)), { date });
  zip.file("facturen.csv", exportCsvBytes(dossierInvoiceTable(file)), { date });
  if (letters.length > 0)
    zip.file("brieven.html", lettersHtml(letters, "Verstuurde brieven"), { date });
  if (log.length > 0)
    zip.file("herinneringslog.csv", exportCsvBytes(reminderLogTable(log)), { date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** One dossier per debtor in `file`, in the order the debtors first appear. */
export async function dossierZips(
  file: HandoffFile,
  options: DossierOptions = {}
): Promise<DossierFile[]> {
  const byDebtor = new Map<string, HandoffFile["claims"]>();
  for (const claim of file.claims) {
    const list = byDebtor.get(claim.debtor.customerId) ?? [];
    list.push(claim);
    byDebtor.set(claim.debtor.customerId, list);
  }
  const used = new Set<string>();
  const out: DossierFile[] = [];
  for (const [customerId, claims] of byDebtor) {
    const part = fileNamePart(customerId);
    let fileName = `dossier-${part}.zip`;
    // Case-insensitive: "A" and "a" would overwrite each other on Windows and macOS.
    for (let n = 2; used.has(fileName.toLowerCase()); n++) fileName = `dossier-${part}-${n}.zip`;
    used.add(fileName.toLowerCase());
    const mine: HandoffFile = {
      asOf: file.asOf,
      claims,
      control: controlLine(claims),
      notFound: [],
    };
    out.push({ customerId, fileName, claims: mine, bytes: await dossierZip(mine, options) });
  }
  return out;
}
