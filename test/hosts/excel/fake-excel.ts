/**
 * An in-memory fake of the part of the Excel JavaScript API the adapter uses, with office.js's
 * batch semantics: calls and property writes are queued, run in order on `context.sync()`, loaded
 * properties are readable only after the sync that loaded them (else PropertyNotLoaded), and
 * `...OrNullObject` gives an object whose `isNullObject` is known after the sync. Every sync is
 * recorded with the bytes of values sent and received and the writes it made, and a sync over the
 * payload limit fails like Excel on the web (RequestPayloadSizeLimitExceeded). Every API member
 * touched is recorded in `used` so a test can check the requirement-set table.
 */
import type { DialogFile, ExcelRuntime } from "../../../src/hosts/excel";
import type { ExportFile } from "../../../src/app";
import { columnIndexOfLetter, columnLetter } from "../../../src/ledger";
import { dayToSerial, makeDay } from "../../../src/core";

/** A block of cells: 0-based top-left and size. */
export interface Rect {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

/** Values computed on demand, for sheets too large to hold (a 1,048,576-row sheet). */
export interface CellGenerator {
  rows: number;
  columns: number;
  cell(row: number, column: number): unknown;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden";
  cells: Map<number, unknown[]>;
  formats: Map<string, unknown>;
  bold: Set<string>;
  autofit: string[];
  generator?: CellGenerator;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  rect: Rect;
}

export interface FakeChart {
  sheetId: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: [string, string?] | null;
}

/** One write to the workbook, for "only owned sheets were written" checks. */
export interface FakeWrite {
  kind:
    | "values"
    | "numberFormat"
    | "bold"
    | "autofit"
    | "addSheet"
    | "deleteSheet"
    | "position"
    | "table"
    | "chart"
    | "setting";
  /** Sheet name at the time of the write (the setting key for "setting"). */
  target: string;
  address?: string;
}

export interface SyncRecord {
  bytesSent: number;
  bytesReceived: number;
  cellsRead: number;
  cellsWritten: number;
  writes: FakeWrite[];
  error?: string;
}

/** The RichApi error shape office.js throws. */
export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

function parseA1(address: string): Rect {
  const m = /^(?:.*!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) throw new FakeRichApiError("InvalidArgument", `Bad address ${address}`);
  const c1 = columnIndexOfLetter(m[1] as string) as number;
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? (columnIndexOfLetter(m[3]) as number) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    r: Math.min(r1, r2),
    c: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

function a1(rect: Rect): string {
  const tl = `${columnLetter(rect.c)}${rect.r + 1}`;
  return `${tl}:${columnLetter(rect.c + rect.cols - 1)}${rect.r + rect.rows}`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = Math.max(a.r, b.r);
  const c = Math.max(a.c, b.c);
  const r2 = Math.min(a.r + a.rows, b.r + b.rows);
  const c2 = Math.min(a.c + a.cols, b.c + b.cols);
  return r < r2 && c < c2 ? { r, c, rows: r2 - r, cols: c2 - c } : null;
}

/** The fake workbook; `runtime` plugs it into the adapter through setExcelRuntime. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  settings = new Map<string, unknown>();
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | "chart" | null = null;
  date1904 = false;
  /** Highest ExcelApi 1.x minor version this Excel supports. */
  apiMinor = 17;
  payloadLimit = 5 * 1024 * 1024;
  /**
   * Store written values as Excel does (off by default, so other tests see what the adapter sent):
   * a leading apostrophe is a quote prefix and is dropped (the rest stays text, whatever the
   * format); in a cell not formatted "@", text that reads as a number becomes that number and a
   * date text ("2026-11-20", "20-11-2026") becomes its serial.
   */
  coerceValues = false;
  syncs: SyncRecord[] = [];
  used = new Set<string>();
  /** Office.context.platform ("PC", "Mac", "OfficeOnline"). */
  platform: string | null = "PC";
  /** Other requirement sets and their highest 1.x minor version (DialogApi 1.2). */
  otherSets = new Map<string, number>([["DialogApi", 2]]);
  /** Workbooks opened with Excel.createWorkbook: the base64 text each was given. */
  workbooks: string[] = [];
  /** Files the task pane downloaded. */
  downloads: ExportFile[] = [];
  /** What the export dialog was given to show. */
  dialogs: DialogFile[] = [];
  /** Every Office.addin.setStartupBehavior call, in order. */
  startupBehaviours: ("load" | "none")[] = [];
  /** How often Office.addin.showAsTaskpane was called. */
  panesShown = 0;
  /** Every selection the add-in made (Range.select, RangeAreas.select): sheet and address. */
  selections: { sheet: string; address: string }[] = [];
  /** Worksheet.onSelectionChanged handlers added (removed ones stay, marked). */
  selectionHandlers: {
    sheetId: string;
    handler: (event: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>;
    removed: boolean;
  }[] = [];
  private nextId = 1;

  /** Adds a sheet from rows of values (row 0 = sheet row 1), optionally offset. */
  addSheet(name: string, rows: unknown[][] = [], at = { r: 0, c: 0 }): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((row, i) => {
      const line: unknown[] = [];
      row.forEach((v, j) => (line[at.c + j] = v));
      sheet.cells.set(at.r + i, line);
    });
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Adds a sheet whose values are generated on demand. */
  addGeneratedSheet(name: string, generator: CellGenerator): FakeSheet {
    const sheet = this.newSheet(name);
    sheet.generator = generator;
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  addTable(sheetName: string, name: string, address: string): void {
    this.tables.push({ name, sheetId: this.sheet(sheetName).id, rect: parseA1(address) });
  }

  activate(name: string): void {
    this.activeSheetId = this.sheet(name).id;
  }

  select(sheetName: string, address: string): void {
    this.selection = { sheetId: this.sheet(sheetName).id, rect: parseA1(address) };
  }

  /**
   * The user selects `address` ("B7", "A3:C4") on `sheetName`, as with the mouse: the selection
   * moves and every live onSelectionChanged handler of that sheet runs (awaited).
   */
  async userSelects(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect: parseA1(address) };
    const event = { address, worksheetId: sheet.id, type: "WorksheetSelectionChanged" as const };
    for (const h of this.selectionHandlers.filter((x) => x.sheetId === sheet.id && !x.removed))
      await h.handler(event);
  }

  /** Sorts the rows `first..last` (1-based sheet rows) of `sheetName` by the values in `column`. */
  sortRows(
    sheetName: string,
    first: number,
    last: number,
    column: number,
    descending = false
  ): void {
    const sheet = this.sheet(sheetName);
    const rows: unknown[][] = [];
    for (let r = first - 1; r < last; r++) rows.push(sheet.cells.get(r) ?? []);
    rows.sort((a, b) => {
      const x = String(a[column] ?? "");
      const y = String(b[column] ?? "");
      return (x < y ? -1 : x > y ? 1 : 0) * (descending ? -1 : 1);
    });
    rows.forEach((row, i) => sheet.cells.set(first - 1 + i, row));
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No sheet ${name}`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value of one cell ("" when empty). */
  cell(sheetName: string, address: string): unknown {
    const { r, c } = parseA1(address);
    return cellOf(this.sheet(sheetName), r, c);
  }

  /** The values of a block, as Excel would return them. */
  values(sheetName: string, address: string): unknown[][] {
    return readRect(this.sheet(sheetName), parseA1(address));
  }

  /** Every write of every sync. */
  writes(): FakeWrite[] {
    return this.syncs.flatMap((s) => s.writes);
  }

  /** The runtime to pass to setExcelRuntime. */
  runtime(): ExcelRuntime {
    return {
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        batch(new FakeContext(this) as unknown as Excel.RequestContext),
      runIn: <T>(
        context: OfficeExtension.ClientRequestContext,
        batch: (context: Excel.RequestContext) => Promise<T>
      ) => batch(context as Excel.RequestContext),
      isSetSupported: (name, version) => {
        const minor = name === "ExcelApi" ? this.apiMinor : this.otherSets.get(name);
        return minor !== undefined && Number(version.split(".")[1] ?? 0) <= minor;
      },
      createWorkbook: async (base64) => {
        this.used.add("Excel.createWorkbook");
        // Like a request, the file travels to Excel whole: over the limit Excel on the web refuses.
        if (base64.length > this.payloadLimit)
          throw new FakeRichApiError(
            "RequestPayloadSizeLimitExceeded",
            "The request payload size has exceeded the limit."
          );
        this.workbooks.push(base64);
      },
      platform: () => this.platform,
      download: (file) => {
        if (this.platform !== "PC" && this.platform !== "OfficeOnline")
          throw new Error(`The ${this.platform} task pane downloads nothing.`);
        this.downloads.push(file);
      },
      showInDialog: async (file) => {
        this.dialogs.push(file);
      },
      setStartupBehavior: async (behaviour) => {
        this.startupBehaviours.push(behaviour);
      },
      showAsTaskpane: async () => {
        this.panesShown++;
      },
    };
  }

  /** `Excel.run` for installing as a global. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new FakeContext(this) as unknown as Excel.RequestContext);

  newSheet(name: string): FakeSheet {
    if (this.hasSheet(name))
      throw new FakeRichApiError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
    const sheet: FakeSheet = {
      id: `{SHEET-${this.nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      formats: new Map(),
      bold: new Set(),
      autofit: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }
}

function cellOf(sheet: FakeSheet, r: number, c: number): unknown {
  if (sheet.generator) {
    return r < sheet.generator.rows && c < sheet.generator.columns
      ? sheet.generator.cell(r, c)
      : "";
  }
  const v = sheet.cells.get(r)?.[c];
  return v === undefined || v === null ? "" : v;
}

function readRect(sheet: FakeSheet, rect: Rect): unknown[][] {
  const out: unknown[][] = [];
  for (let i = 0; i < rect.rows; i++) {
    const row: unknown[] = new Array(rect.cols);
    for (let j = 0; j < rect.cols; j++) row[j] = cellOf(sheet, rect.r + i, rect.c + j);
    out.push(row);
  }
  return out;
}

function usedRect(sheet: FakeSheet): Rect | null {
  if (sheet.generator) {
    const g = sheet.generator;
    return g.rows > 0 && g.columns > 0 ? { r: 0, c: 0, rows: g.rows, cols: g.columns } : null;
  }
  let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1; // prettier-ignore
  for (const [r, row] of sheet.cells) {
    row.forEach((v, c) => {
      if (v === undefined || v === null || v === "") return;
      r1 = Math.min(r1, r);
      r2 = Math.max(r2, r);
      c1 = Math.min(c1, c);
      c2 = Math.max(c2, c); // prettier-ignore
    });
  }
  return r2 < 0 ? null : { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** What Excel stores for a written value in a cell of `format` (see FakeExcel.coerceValues). */
function coerce(value: unknown, format: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return value.slice(1);
  if (format === "@") return value;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  if (iso) return dayToSerial(makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  if (dmy) return dayToSerial(makeDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])));
  return value;
}

type Op = (record: SyncRecord) => void;

/** The request context: a queue of operations and `sync`. */
class FakeContext {
  queue: Op[] = [];
  sent = 0;
  readonly workbook: FakeWorkbook;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  use(member: string): void {
    this.excel.used.add(member);
  }
  enqueue(op: Op, bytesSent = 0): void {
    this.queue.push(op);
    this.sent += bytesSent;
  }
  async sync(): Promise<void> {
    this.use("RequestContext.sync");
    const ops = this.queue;
    const record: SyncRecord = { bytesSent: this.sent, bytesReceived: 0, cellsRead: 0, cellsWritten: 0, writes: [] }; // prettier-ignore
    this.queue = [];
    this.sent = 0;
    this.excel.syncs.push(record);
    const limit = this.excel.payloadLimit;
    if (record.bytesSent > limit) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeRichApiError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    try {
      for (const op of ops) op(record);
    } catch (error) {
      record.error = error instanceof FakeRichApiError ? error.code : String(error);
      throw error;
    }
    if (record.bytesReceived > limit) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeRichApiError(
        "RequestPayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
  }
}

/** Shared load/null-object machinery: `resolve` finds the target when the queue runs. */
abstract class FakeObject<T> {
  private target: T | null | undefined = undefined;
  private loadedProps = new Map<string, unknown>();
  private known = false;
  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
    protected readonly kind: string
  ) {}
  /** The target, resolved once (inside a sync); throws ItemNotFound for a missing non-null object. */
  protected t(): T {
    const t = this.tOrNull();
    if (t === null) throw new FakeRichApiError("ItemNotFound", `${this.kind} not found`);
    return t;
  }
  protected tOrNull(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }
  protected abstract read(target: T, prop: string, record: SyncRecord): unknown;
  load(props?: string | string[]): this {
    this.ctx.use(`${this.kind}.load`);
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.enqueue((record) => {
      const target = this.tOrNull();
      this.known = true;
      if (target === null) return;
      for (const p of list) this.loadedProps.set(p, this.read(target, p, record));
    });
    return this;
  }
  get isNullObject(): boolean {
    if (!this.known) throw new Error(`PropertyNotLoaded: isNullObject of ${this.kind} before sync`);
    return this.tOrNull() === null;
  }
  protected prop<V>(name: string): V {
    if (!this.loadedProps.has(name))
      throw new Error(`PropertyNotLoaded: '${name}' of ${this.kind} was not loaded and synced`);
    return this.loadedProps.get(name) as V;
  }
  protected setLoaded(name: string, value: unknown): void {
    this.loadedProps.set(name, value);
  }
}

class FakeWorkbook {
  constructor(private readonly ctx: FakeContext) {}
  get worksheets(): FakeWorksheetCollection {
    this.ctx.use("Workbook.worksheets");
    return new FakeWorksheetCollection(this.ctx);
  }
  get tables(): FakeTableCollection {
    this.ctx.use("Workbook.tables");
    return new FakeTableCollection(this.ctx, () => null);
  }
  get settings(): FakeSettingCollection {
    this.ctx.use("Workbook.settings");
    return new FakeSettingCollection(this.ctx);
  }
  get functions(): { date(y: number, m: number, d: number): FakeFunctionResult } {
    this.ctx.use("Workbook.functions");
    return {
      date: (y, m, d) => {
        this.ctx.use("Functions.date");
        const excel = this.ctx.excel;
        return new FakeFunctionResult(this.ctx, () =>
          dayToSerial(makeDay(y, m, d), excel.date1904 ? 1904 : 1900)
        );
      },
    };
  }
  getSelectedRange(): FakeRange {
    this.ctx.use("Workbook.getSelectedRange");
    const excel = this.ctx.excel;
    return new FakeRange(this.ctx, () => {
      const sel = excel.selection;
      if (sel === null || sel === "chart")
        throw new FakeRichApiError(
          "InvalidSelection",
          "The current selection is invalid for this operation."
        );
      const sheet = excel.sheets.find((s) => s.id === sel.sheetId) as FakeSheet;
      return { sheet, rect: sel.rect };
    });
  }
}

class FakeFunctionResult extends FakeObject<number> {
  constructor(ctx: FakeContext, compute: () => number) {
    super(ctx, compute, "FunctionResult");
  }
  protected read(target: number, prop: string): unknown {
    return prop === "value" ? target : null;
  }
  get value(): number {
    return this.prop("value");
  }
}

class FakeWorksheetCollection extends FakeObject<FakeSheet[]> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.sheets, "WorksheetCollection");
  }
  private itemList: FakeWorksheet[] | null = null;
  protected read(target: FakeSheet[], prop: string, record: SyncRecord): unknown {
    const sub = prop.replace(/^items\/?/, "");
    if (this.itemList === null)
      this.itemList = target.map((s) => new FakeWorksheet(this.ctx, () => s));
    this.itemList.forEach((item) => item.loadNow(sub, record));
    return true;
  }
  get items(): FakeWorksheet[] {
    if (this.itemList === null) throw new Error("PropertyNotLoaded: items of WorksheetCollection");
    return this.itemList;
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.use("WorksheetCollection.getActiveWorksheet");
    const excel = this.ctx.excel;
    return new FakeWorksheet(
      this.ctx,
      () => excel.sheets.find((s) => s.id === excel.activeSheetId) ?? null
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.use("WorksheetCollection.getItemOrNullObject");
    const excel = this.ctx.excel;
    return new FakeWorksheet(
      this.ctx,
      () => excel.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
  add(name: string): FakeWorksheet {
    this.ctx.use("WorksheetCollection.add");
    let made: FakeSheet | null = null;
    this.ctx.enqueue((record) => {
      made = this.ctx.excel.newSheet(name);
      record.writes.push({ kind: "addSheet", target: name });
    });
    return new FakeWorksheet(this.ctx, () => made);
  }
}

class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(ctx: FakeContext, resolve: () => FakeSheet | null) {
    super(ctx, resolve, "Worksheet");
  }
  protected read(s: FakeSheet, prop: string): unknown {
    const excel = this.ctx.excel;
    switch (prop) {
      case "name": return s.name; // prettier-ignore
      case "id": return s.id; // prettier-ignore
      case "visibility": return s.visibility; // prettier-ignore
      case "position": return excel.sheets.indexOf(s); // prettier-ignore
      default: throw new Error(`Fake Worksheet cannot load ${prop}`); // prettier-ignore
    }
  }
  /** Loads a property right now (for collection items during a sync). */
  loadNow(prop: string, record: SyncRecord): void {
    for (const p of prop
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean))
      this.setLoaded(p, this.read(this.t(), p));
    void record;
  }
  get name(): string { return this.prop("name"); } // prettier-ignore
  get id(): string { return this.prop("id"); } // prettier-ignore
  get visibility(): string { return this.prop("visibility"); } // prettier-ignore
  get position(): number { return this.prop("position"); } // prettier-ignore
  set position(value: number) {
    this.ctx.use("Worksheet.position");
    this.ctx.enqueue((record) => {
      const s = this.t();
      const list = this.ctx.excel.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(value, list.length), 0, s);
      record.writes.push({ kind: "position", target: s.name });
    });
  }
  delete(): void {
    this.ctx.use("Worksheet.delete");
    this.ctx.enqueue((record) => {
      const s = this.t();
      const excel = this.ctx.excel;
      if (excel.sheets.filter((x) => x.visibility === "Visible").length <= 1)
        throw new FakeRichApiError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      excel.sheets.splice(excel.sheets.indexOf(s), 1);
      excel.tables = excel.tables.filter((t) => t.sheetId !== s.id);
      excel.charts = excel.charts.filter((c) => c.sheetId !== s.id);
      if (excel.activeSheetId === s.id) excel.activeSheetId = excel.sheets[0]?.id ?? "";
      record.writes.push({ kind: "deleteSheet", target: s.name });
    });
  }
  getRange(address?: string): FakeRange {
    this.ctx.use("Worksheet.getRange");
    return new FakeRange(this.ctx, () => {
      const sheet = this.t();
      return {
        sheet,
        rect: address ? parseA1(address) : { r: 0, c: 0, rows: 1048576, cols: 16384 },
      };
    });
  }
  activate(): void {
    this.ctx.use("Worksheet.activate");
    this.ctx.enqueue(() => {
      this.ctx.excel.activeSheetId = this.t().id;
    });
  }
  /** RangeAreas of comma-separated addresses ("A3:G3,A7:G8"); only `select` is faked. */
  getRanges(address: string): { select(): void } {
    this.ctx.use("Worksheet.getRanges");
    const ctx = this.ctx;
    return {
      select: () => {
        ctx.use("RangeAreas.select");
        ctx.enqueue(() => {
          const sheet = this.t();
          const rects = address.split(",").map((a) => parseA1(a));
          ctx.excel.selection = { sheetId: sheet.id, rect: rects[0] as Rect };
          ctx.excel.selections.push({ sheet: sheet.name, address: rects.map(a1).join(",") });
        });
      },
    };
  }
  get onSelectionChanged(): {
    add(handler: (event: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>): {
      context: FakeContext;
      remove(): void;
    };
  } {
    this.ctx.use("Worksheet.onSelectionChanged");
    const ctx = this.ctx;
    return {
      add: (handler) => {
        const entry = { sheetId: "", handler, removed: false };
        ctx.enqueue(() => {
          entry.sheetId = this.t().id;
          ctx.excel.selectionHandlers.push(entry);
        });
        return {
          context: ctx,
          remove: () => ctx.enqueue(() => void (entry.removed = true)),
        };
      },
    };
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.use("Worksheet.getUsedRangeOrNullObject");
    void valuesOnly;
    return new FakeRange(this.ctx, () => {
      const sheet = this.tOrNull();
      const rect = sheet && usedRect(sheet);
      return sheet && rect ? { sheet, rect } : null;
    });
  }
  get tables(): FakeTableCollection {
    this.ctx.use("Worksheet.tables");
    return new FakeTableCollection(this.ctx, () => this.t());
  }
  get charts(): FakeChartCollection {
    this.ctx.use("Worksheet.charts");
    return new FakeChartCollection(this.ctx, () => this.t());
  }
}

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

class FakeRange extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null) {
    super(ctx, resolve, "Range");
  }
  protected read({ sheet, rect }: RangeTarget, prop: string, record: SyncRecord): unknown {
    switch (prop) {
      case "values": {
        this.ctx.use("Range.values");
        const values = readRect(sheet, rect);
        record.bytesReceived += bytesOf(values);
        record.cellsRead += rect.rows * rect.cols;
        return values;
      }
      case "address": return `${sheet.name}!${a1(rect)}`; // prettier-ignore
      case "rowIndex": return rect.r; // prettier-ignore
      case "columnIndex": return rect.c; // prettier-ignore
      case "rowCount": return rect.rows; // prettier-ignore
      case "columnCount": return rect.cols; // prettier-ignore
      default: throw new Error(`Fake Range cannot load ${prop}`); // prettier-ignore
    }
  }
  get values(): unknown[][] { return this.prop("values"); } // prettier-ignore
  get address(): string { return this.prop("address"); } // prettier-ignore
  get rowIndex(): number { return this.prop("rowIndex"); } // prettier-ignore
  get columnIndex(): number { return this.prop("columnIndex"); } // prettier-ignore
  get rowCount(): number { return this.prop("rowCount"); } // prettier-ignore
  get columnCount(): number { return this.prop("columnCount"); } // prettier-ignore
  set values(values: unknown[][]) {
    this.ctx.use("Range.values");
    const excel = this.ctx.excel;
    this.write("values", values, (s, key, v) => {
      const [r, c] = key;
      const row = s.cells.get(r) ?? [];
      row[c] = excel.coerceValues ? coerce(v, s.formats.get(`${r},${c}`)) : v;
      s.cells.set(r, row);
    });
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.use("Range.numberFormat");
    this.write("numberFormat", formats, (s, [r, c], v) => s.formats.set(`${r},${c}`, v));
  }
  private write(
    kind: "values" | "numberFormat",
    grid: unknown[][],
    put: (s: FakeSheet, at: [number, number], v: unknown) => void
  ): void {
    this.ctx.enqueue((record) => {
      const { sheet, rect } = this.t();
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))
        throw new FakeRichApiError(
          "InvalidArgument",
          `The ${kind} do not match the size of ${a1(rect)}.`
        );
      grid.forEach((row, i) => row.forEach((v, j) => put(sheet, [rect.r + i, rect.c + j], v)));
      if (kind === "values") record.cellsWritten += rect.rows * rect.cols;
      record.writes.push({ kind, target: sheet.name, address: a1(rect) });
    }, bytesOf(grid));
  }
  get format(): { font: { bold: boolean }; autofitColumns(): void } {
    const ctx = this.ctx;
    const range = this;
    return {
      font: {
        set bold(value: boolean) {
          ctx.use("Range.format.font.bold");
          ctx.enqueue((record) => {
            const { sheet, rect } = range.t();
            if (value) sheet.bold.add(a1(rect));
            record.writes.push({ kind: "bold", target: sheet.name, address: a1(rect) });
          });
        },
        get bold(): boolean {
          throw new Error("Fake: bold is write-only");
        },
      },
      autofitColumns(): void {
        ctx.use("Range.format.autofitColumns");
        ctx.enqueue((record) => {
          const { sheet, rect } = range.t();
          sheet.autofit.push(a1(rect));
          record.writes.push({ kind: "autofit", target: sheet.name, address: a1(rect) });
        });
      },
    };
  }
  select(): void {
    this.ctx.use("Range.select");
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.t();
      this.ctx.excel.selection = { sheetId: sheet.id, rect };
      this.ctx.excel.selections.push({ sheet: sheet.name, address: a1(rect) });
    });
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.ctx.use("Range.getIntersectionOrNullObject");
    return new FakeRange(this.ctx, () => {
      const a = this.t();
      const b = other.t();
      if (a.sheet !== b.sheet)
        throw new FakeRichApiError("InvalidArgument", "Ranges are on different sheets.");
      const rect = intersect(a.rect, b.rect);
      return rect ? { sheet: a.sheet, rect } : null;
    });
  }
  /** For FakeTableCollection/FakeChartCollection: the target during a sync. */
  targetNow(): RangeTarget {
    return this.t();
  }
}

class FakeTableCollection extends FakeObject<FakeTable[]> {
  private itemList: FakeTableObject[] | null = null;
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet | null
  ) {
    super(
      ctx,
      () => {
        const sheet = sheetOf();
        return sheet ? ctx.excel.tables.filter((t) => t.sheetId === sheet.id) : ctx.excel.tables;
      },
      "TableCollection"
    );
  }
  protected read(target: FakeTable[], prop: string): unknown {
    const sub = prop.replace(/^items\/?/, "");
    if (this.itemList === null)
      this.itemList = target.map((t) => new FakeTableObject(this.ctx, () => t));
    this.itemList.forEach((item) => item.loadNow(sub));
    return true;
  }
  get items(): FakeTableObject[] {
    if (this.itemList === null) throw new Error("PropertyNotLoaded: items of TableCollection");
    return this.itemList;
  }
  getItemOrNullObject(name: string): FakeTableObject {
    this.ctx.use("TableCollection.getItemOrNullObject");
    return new FakeTableObject(
      this.ctx,
      () => this.ctx.excel.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
  add(address: string, hasHeaders: boolean): FakeTableObject {
    this.ctx.use("TableCollection.add");
    let made: FakeTable | null = null;
    this.ctx.enqueue((record) => {
      const sheet = this.sheetOf();
      if (!sheet) throw new FakeRichApiError("InvalidArgument", "Fake: add tables on a worksheet");
      const rect = parseA1(address);
      const excel = this.ctx.excel;
      if (excel.tables.some((t) => t.sheetId === sheet.id && intersect(t.rect, rect)))
        throw new FakeRichApiError("InvalidArgument", "A table cannot overlap another table.");
      let n = 1;
      while (excel.tables.some((t) => t.name === `Table${n}`)) n++;
      made = { name: `Table${n}`, sheetId: sheet.id, rect };
      excel.tables.push(made);
      record.writes.push({ kind: "table", target: sheet.name, address: a1(rect) });
      void hasHeaders;
    });
    return new FakeTableObject(this.ctx, () => made);
  }
}

class FakeTableObject extends FakeObject<FakeTable> {
  constructor(ctx: FakeContext, resolve: () => FakeTable | null) {
    super(ctx, resolve, "Table");
  }
  protected read(t: FakeTable, prop: string): unknown {
    if (prop === "name") return t.name;
    if (prop === "id") return `{T-${t.name}}`;
    throw new Error(`Fake Table cannot load ${prop}`);
  }
  loadNow(prop: string): void {
    for (const p of prop
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean))
      this.setLoaded(p, this.read(this.t(), p));
  }
  get name(): string { return this.prop("name"); } // prettier-ignore
  get worksheet(): FakeWorksheet {
    this.ctx.use("Table.worksheet");
    return new FakeWorksheet(this.ctx, () => {
      const t = this.tOrNull();
      return t ? (this.ctx.excel.sheets.find((s) => s.id === t.sheetId) ?? null) : null;
    });
  }
  getRange(): FakeRange {
    this.ctx.use("Table.getRange");
    return new FakeRange(this.ctx, () => {
      const t = this.t();
      return {
        sheet: this.ctx.excel.sheets.find((s) => s.id === t.sheetId) as FakeSheet,
        rect: t.rect,
      };
    });
  }
}

class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet
  ) {}
  add(
    type: string,
    source: FakeRange,
    seriesBy: string
  ): { title: { text: string }; setPosition(a: string, b?: string): void } {
    this.ctx.use("ChartCollection.add");
    const ctx = this.ctx;
    let chart: FakeChart | null = null;
    ctx.enqueue((record) => {
      const sheet = this.sheetOf();
      const target = source.targetNow();
      if (target.sheet !== sheet)
        throw new FakeRichApiError("InvalidArgument", "Chart source on another sheet.");
      chart = { sheetId: sheet.id, type, source: target.rect, seriesBy, title: "", position: null };
      ctx.excel.charts.push(chart);
      record.writes.push({ kind: "chart", target: sheet.name, address: a1(target.rect) });
    });
    const withChart = (fn: (c: FakeChart) => void): void =>
      ctx.enqueue(() => {
        if (!chart) throw new FakeRichApiError("ItemNotFound", "chart");
        fn(chart);
      });
    return {
      title: {
        set text(value: string) {
          ctx.use("Chart.title.text");
          withChart((c) => (c.title = value));
        },
        get text(): string {
          throw new Error("Fake: title.text is write-only");
        },
      },
      setPosition(a: string, b?: string): void {
        ctx.use("Chart.setPosition");
        withChart((c) => (c.position = [a, b]));
      },
    };
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.use("SettingCollection.getItemOrNullObject");
    return new FakeSetting(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.use("SettingCollection.add");
    this.ctx.enqueue((record) => {
      this.ctx.excel.settings.set(key, value);
      record.writes.push({ kind: "setting", target: key });
    }, bytesOf(value));
  }
}

class FakeSetting extends FakeObject<{ key: string; value: unknown }> {
  constructor(
    ctx: FakeContext,
    private readonly key: string
  ) {
    super(
      ctx,
      () => (ctx.excel.settings.has(key) ? { key, value: ctx.excel.settings.get(key) } : null),
      "Setting"
    );
  }
  protected read(t: { key: string; value: unknown }, prop: string, record: SyncRecord): unknown {
    if (prop === "key") return t.key;
    if (prop === "value") {
      record.bytesReceived += bytesOf(t.value);
      return t.value;
    }
    throw new Error(`Fake Setting cannot load ${prop}`);
  }
  get value(): unknown { return this.prop("value"); } // prettier-ignore
  delete(): void {
    this.ctx.use("Setting.delete");
    this.ctx.enqueue((record) => {
      this.ctx.excel.settings.delete(this.key);
      record.writes.push({ kind: "setting", target: this.key });
    });
  }
}
