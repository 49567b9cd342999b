import { readFileSync, readdirSync } from "node:fs";
import { readLedgerFile } from "./src/files/read-ledger-file";
(async () => {
  for (const f of readdirSync("test/fixtures/exports")) {
    const r = await readLedgerFile(readFileSync("test/fixtures/exports/" + f), f);
    console.log("==", f, r.encoding, r.delimiter, "header", r.headerRow);
    console.log(
      r.columns
        .map(
          (c) => `${c.field}<-${c.header}(${c.confidence}${c.fit !== undefined ? "/" + c.fit : ""})`
        )
        .join(" ")
    );
    console.log("ignored", r.ignoredHeaders.join("|"));
    const c = r.control;
    console.log(
      `read ${c.rowsRead} acc ${c.accepted} rej ${c.rejected} amt ${c.amount.read} open ${c.open.read} excl ${JSON.stringify(c.excluded)}`
    );
    for (const i of r.issues)
      console.log("  ", i.severity, i.row, i.column, i.value, i.message.slice(0, 150));
    console.log(
      "names null:",
      r.ledger.columns.customerName.filter((n) => n === null).length,
      "neg:",
      r.ledger.columns.amount.filter((a) => a < 0).length
    );
  }
})();
