/**
 * Test writers of bank statements in the published formats (CAMT.053.001.02 and ING-style MT940),
 * for properties and round trips: the readers must read back exactly what was written.
 */
export interface WrittenEntry {
  amount: number; // cents, > 0
  direction: "credit" | "debit";
  name: string;
  iban: string;
  text: string;
  reference?: string;
  currency?: string;
}

const euros = (cents: number, separator: "." | ","): string =>
  `${Math.floor(cents / 100)}${separator}${String(cents % 100).padStart(2, "0")}`;
const xml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A CAMT.053 (version `version`, "02" by default) of one statement. */
export function writeCamt053(
  account: string,
  day: string,
  opening: number,
  entries: WrittenEntry[],
  version = "02"
): string {
  const closing = entries.reduce(
    (s, e) => s + (e.direction === "credit" ? e.amount : -e.amount),
    opening
  );
  const bal = (code: string, amount: number): string =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(Math.abs(amount), ".")}</Amt><CdtDbtInd>${amount < 0 ? "DBIT" : "CRDT"}</CdtDbtInd><Dt><Dt>${day}</Dt></Dt></Bal>`;
  const party = (e: WrittenEntry): string => {
    const role = e.direction === "credit" ? "Dbtr" : "Cdtr";
    const name =
      Number(version) >= 8 ? `<Pty><Nm>${xml(e.name)}</Nm></Pty>` : `<Nm>${xml(e.name)}</Nm>`;
    return `<RltdPties><${role}>${name}</${role}><${role}Acct><Id><IBAN>${e.iban}</IBAN></Id></${role}Acct></RltdPties>`;
  };
  const remit = (e: WrittenEntry): string =>
    e.reference
      ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${e.reference}</Ref></CdtrRefInf></Strd></RmtInf>`
      : `<RmtInf><Ustrd>${xml(e.text)}</Ustrd></RmtInf>`;
  const ntry = entries
    .map(
      (e, i) =>
        `<Ntry><Amt Ccy="${e.currency ?? "EUR"}">${euros(e.amount, ".")}</Amt><CdtDbtInd>${e.direction === "credit" ? "CRDT" : "DBIT"}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${day}</Dt></BookgDt><ValDt><Dt>${day}</Dt></ValDt><AcctSvcrRef>REF${i + 1}</AcctSvcrRef><NtryDtls><TxDtls>${party(e)}${remit(e)}</TxDtls></NtryDtls></Ntry>`
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">
<BkToCstmrStmt><GrpHdr><MsgId>TEST</MsgId><CreDtTm>${day}T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>STMT-${day}</Id><Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy></Acct>
${bal("OPBD", opening)}
${bal("CLBD", closing)}
${ntry}
</Stmt></BkToCstmrStmt></Document>
`;
}

/** An ING-style MT940 (structured :86:, lines wrapped at 65 characters) of one statement. */
export function writeMt940(
  account: string,
  day: string,
  opening: number,
  entries: WrittenEntry[]
): string {
  const yymmdd = day.slice(2).replace(/-/g, "");
  const closing = entries.reduce(
    (s, e) => s + (e.direction === "credit" ? e.amount : -e.amount),
    opening
  );
  const balance = (tag: string, amount: number): string =>
    `:${tag}:${amount < 0 ? "D" : "C"}${yymmdd}EUR${euros(Math.abs(amount), ",")}`;
  const wrap = (tag: string, value: string): string[] => {
    const first = `:${tag}:${value}`;
    const lines = [first.slice(0, 65)];
    for (let i = 65; i < first.length; i += 65) lines.push(first.slice(i, i + 65));
    return lines;
  };
  const lines = [":20:P" + yymmdd, `:25:${account}EUR`, ":28C:00000", balance("60F", opening)];
  entries.forEach((e, i) => {
    lines.push(
      `:61:${yymmdd}${yymmdd.slice(2)}${e.direction === "credit" ? "C" : "D"}${euros(e.amount, ",")}NTRFREF${i + 1}//${i + 1}`
    );
    const remi = e.reference ? `/REMI/STRD/CUR/ISO/${e.reference}//` : `/REMI/USTD//${e.text}/`;
    lines.push(...wrap("86", `/EREF/NOTPROVIDED//CNTP/${e.iban}/BANKNL2A/${e.name}///${remi}`));
  });
  lines.push(balance("62F", closing), "-");
  return lines.join("\r\n") + "\r\n";
}
