import type ExcelJS from 'exceljs';
import { excelJs } from '../lazy.js';
import type { Catalog, Region } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import { check, type CheckOutcome } from '../engine/check.js';
import { parsePointer, toPointer } from '../json.js';
import { werkboek } from '../messages.js';
import { FIRST_TABLE_ROW, KEY, layout, SHEETS, tableColumns, type CellField, type TableLayout } from './layout.js';
import { inspectWorkbook } from './safety.js';

/** Filled rows per table: far above any rooster (100 diensten of 50 people), so a runaway sheet stops early. */
const MAX_TABLE_ROWS = 5000;

export type WorkbookRead =
  | { ok: true; value: Record<string, unknown>; where: (pointer: string) => string | undefined }
  | { ok: false; status: 413 | 422; errors: InputError[] };

type Obj = Record<string, unknown>;

const FOUT = werkboek.fout;
const TIME = /^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/** The plain value of a cell, or a reason it is not one (a formula, an error value). */
function plain(cell: ExcelJS.Cell): { value: unknown } | { fout: string } {
  const v = cell.value;
  if (v === null || v === undefined) return { value: undefined };
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) return { fout: FOUT.formule(String((v as { formula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '')) };
    if ('error' in v) return { fout: FOUT.foutwaarde(String((v as { error: unknown }).error)) };
    if ('richText' in v) return { value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
    return { fout: FOUT.geenTekst };
  }
  if (typeof v === 'string') {
    const t = v.trim();
    return { value: t === '' ? undefined : t };
  }
  return { value: v };
}

/** What Excel stores for a time of day: a fraction of a day, or a Date on 1899-12-30. */
function clock(v: unknown): string | undefined {
  let minutes: number | undefined;
  if (v instanceof Date) minutes = Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 60000);
  else if (typeof v === 'number' && v >= 0 && v <= 1) minutes = Math.round(v * 1440);
  if (minutes === undefined || minutes < 0 || minutes > 1440) return undefined;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Converts one cell to the contract type of its field; `fout` is the sentence after "Blad X, cel Y:". */
function convert(field: CellField, raw: unknown): { value: unknown } | { fout: string } {
  const text = raw instanceof Date ? raw.toISOString() : String(raw);
  if (field.type === 'boolean') {
    if (typeof raw === 'boolean') return { value: raw };
    const t = text.toLowerCase();
    if (t === werkboek.ja) return { value: true };
    if (t === werkboek.nee) return { value: false };
    return { fout: FOUT.geenJaNee(text) };
  }
  if (field.type === 'number' || field.type === 'integer') {
    let n: number | undefined;
    if (typeof raw === 'number') n = raw;
    else if (typeof raw === 'string' && /^-?\d+([.,]\d+)?$/.test(raw)) n = Number(raw.replace(',', '.'));
    if (n === undefined || !Number.isFinite(n)) return { fout: FOUT.geenGetal(text) };
    if (field.type === 'integer' && !Number.isInteger(n)) return { fout: FOUT.geenGeheelGetal(text) };
    return { value: n };
  }
  if (field.klok) {
    const t = typeof raw === 'string' ? raw : clock(raw);
    if (t === undefined || !TIME.test(t)) return { fout: FOUT.geenTijd(text) };
    return { value: t.padStart(5, '0') };
  }
  if (field.datum) {
    // Excel keeps a typed date as a date cell (exceljs: midnight UTC); a date typed as text may be Dutch (23-5-2026).
    if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
    // A date in a cell formatted as text or number: Excel's serial day number (days since 30 December 1899).
    if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 2958466) return { value: new Date(Date.UTC(1899, 11, 30) + raw * 86_400_000).toISOString().slice(0, 10) };
    const t = String(raw).trim();
    const nl = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
    if (nl) return { value: `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}` };
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { value: t };
    return { fout: FOUT.geenDatum(t) };
  }
  if (raw instanceof Date || typeof raw === 'boolean') return { fout: FOUT.geenTekst };
  const s = String(raw);
  if (field.enum && !field.enum.includes(s)) return { fout: FOUT.geenKeuze(s, field.enum) };
  return { value: s };
}

function setAt(root: Obj, segments: readonly string[], value: unknown): void {
  let node = root;
  segments.forEach((s, i) => {
    if (i === segments.length - 1) node[s] = value;
    else node = (node[s] ??= {}) as Obj;
  });
}

class Reader {
  readonly errors: InputError[] = [];
  readonly cells = new Map<string, string>();

  constructor(private readonly wb: ExcelJS.Workbook) {}

  sheet(name: string): ExcelJS.Worksheet | undefined {
    const ws = this.wb.getWorksheet(name);
    if (!ws) this.errors.push({ pointer: '', detail: FOUT.bladOntbreekt(name) });
    return ws;
  }

  fail(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, pointer: string, detail: string): void {
    this.errors.push({ pointer, detail: FOUT.cel(ws.name, cell.address, detail) });
  }

  /** Reads one cell into target; records where the pointer lives so later contract errors can name the cell. */
  field(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, field: CellField, target: Obj, base: (string | number)[]): void {
    const pointer = toPointer([...base, ...field.segments]);
    this.cells.set(pointer, FOUT.cel(ws.name, cell.address, '').slice(0, -2));
    const p = plain(cell);
    if ('fout' in p) return this.fail(ws, cell, pointer, p.fout);
    if (p.value === undefined) return;
    const c = convert(field, p.value);
    if ('fout' in c) return this.fail(ws, cell, pointer, c.fout);
    setAt(target, field.segments, c.value);
  }

  /** The rows of a question sheet by their key in hidden column A. */
  keyed(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => {
      const key = row.getCell(1).value;
      if (typeof key === 'string' && key !== '' && !rows.has(key)) rows.set(key, row);
    });
    return rows;
  }

  questions(ws: ExcelJS.Worksheet, fields: CellField[], target: Obj, base: (string | number)[], known: readonly string[] = []): void {
    const byKey = new Map(fields.map((f) => [f.key, f]));
    for (const [key, row] of this.keyed(ws)) {
      const field = byKey.get(key);
      if (field) this.field(ws, row.getCell(3), field, target, base);
      else if (!known.includes(key) && !key.startsWith(KEY.verklaring)) this.fail(ws, row.getCell(2), '', FOUT.onbekendeRegel(key));
    }
  }
}

function cellText(v: ExcelJS.CellValue): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Reads one table sheet into the aanbod items it names. */
function readTable(r: Reader, table: TableLayout, items: Map<string, { index: number; item: Obj }>, codes: Set<string>, diensten: Map<string, number>): void {
  const ws = r.sheet(table.sheet);
  if (!ws) return;
  const keyRow = ws.getRow(2);
  const expected = tableColumns(table);
  const cols: Array<{ col: number; spec: (typeof expected)[number] }> = [];
  keyRow.eachCell((cell, col) => {
    const key = cellText(cell.value);
    const spec = expected.find((e) => e.key === key);
    if (spec) cols.push({ col, spec });
    else if (key) r.fail(ws, cell, '', FOUT.onbekendeRegel(key));
  });
  let filled = 0;
  // Only rows that exist in the file: a stray cell far down the sheet does not make millions of empty rows.
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => {
    if (n >= FIRST_TABLE_ROW) rows.push(row);
  });
  for (const row of rows) {
    const n = row.number;
    const values = cols.map(({ col, spec }) => ({ spec, cell: row.getCell(col), p: plain(row.getCell(col)) }));
    if (values.every((v) => 'value' in v.p && v.p.value === undefined)) continue;
    filled += 1;
    if (filled > MAX_TABLE_ROWS) {
      r.errors.push({ pointer: '', detail: FOUT.teveelRegels(ws.name, MAX_TABLE_ROWS) });
      return;
    }
    const productCell = values.find((v) => v.spec.key === KEY.product);
    const dienstCell = values.find((v) => v.spec.key === KEY.dienst);
    const code = productCell && 'value' in productCell.p && productCell.p.value !== undefined ? String(productCell.p.value) : undefined;
    const firstCell = productCell?.cell ?? row.getCell(1);
    if (!code) {
      r.fail(ws, firstCell, '', FOUT.productOntbreekt);
      continue;
    }
    const owner = items.get(code);
    if (!owner) {
      r.fail(ws, firstCell, '', codes.has(code) ? FOUT.nietAangeboden(code) : FOUT.onbekendProduct(code));
      continue;
    }
    let nr: string | undefined;
    if (dienstCell) {
      const p = dienstCell.p;
      nr = 'value' in p && p.value !== undefined ? String(p.value) : undefined;
      if (!nr) {
        r.fail(ws, dienstCell.cell, '', FOUT.dienstOntbreekt);
        continue;
      }
    }
    let list: unknown[];
    let base: (string | number)[];
    if (table.perDienst) {
      const index = diensten.get(`${code}\u0000${nr}`);
      if (index === undefined) {
        r.fail(ws, dienstCell!.cell, '', FOUT.geenDienst(code, nr!));
        continue;
      }
      const dienst = ((owner.item.rooster as Obj).diensten as Obj[])[index]!;
      list = dienst.medewerkers as unknown[];
      base = ['aanbod', owner.index, 'rooster', 'diensten', index, 'medewerkers', list.length];
    } else {
      let parent = owner.item;
      for (const s of table.list.slice(0, -1)) parent = (parent[s] ??= {}) as Obj;
      list = (parent[table.list.at(-1)!] ??= []) as unknown[];
      base = ['aanbod', owner.index, ...table.list, list.length];
    }
    const entry: Obj = table.sheet === SHEETS.diensten ? { medewerkers: [] } : {};
    if (table.sheet === SHEETS.diensten) {
      const key = `${code}\u0000${nr}`;
      if (diensten.has(key)) {
        r.fail(ws, dienstCell!.cell, '', FOUT.dubbeleDienst(code, nr!));
        continue;
      }
      diensten.set(key, list.length);
    }
    r.cells.set(toPointer(base), `Blad ${ws.name}, rij ${n}`);
    const lijsten = new Map<string, { field: CellField; waarden: string[]; cell: ExcelJS.Cell }>();
    for (const v of values) {
      const field = v.spec.field;
      if (!field) continue;
      if (v.spec.waarde !== undefined) {
        const l = lijsten.get(field.key) ?? { field, waarden: [], cell: v.cell };
        lijsten.set(field.key, l);
        const pointer = toPointer([...base, ...field.segments]);
        r.cells.set(pointer, `Blad ${ws.name}, cel ${l.cell.address}`);
        if ('fout' in v.p) r.fail(ws, v.cell, pointer, v.p.fout);
        else if (v.p.value === true || (typeof v.p.value === 'string' && /^(ja|x)$/i.test(v.p.value))) l.waarden.push(v.spec.waarde);
        else if (v.p.value !== undefined) r.fail(ws, v.cell, pointer, FOUT.geenJa(String(v.p.value)));
        continue;
      }
      r.field(ws, v.cell, field, entry, base);
    }
    for (const l of lijsten.values()) if (l.waarden.length > 0) setAt(entry, l.field.segments, l.waarden);
    list.push(entry);
  }
}

function regionOf(r: Reader, ws: ExcelJS.Worksheet, catalog: Catalog): Region | undefined {
  const row = r.keyed(ws).get(KEY.regio);
  const id = row ? plain(row.getCell(3)) : undefined;
  const region = id && 'value' in id && typeof id.value === 'string' ? catalog.regios.get(id.value) : undefined;
  if (!region) r.errors.push({ pointer: '/regio', detail: row ? FOUT.cel(ws.name, row.getCell(3).address, FOUT.onbekendeRegio) : FOUT.geenSjabloon });
  return region;
}

/**
 * Turns a filled Excel zelfevaluatie into a zelfevaluatie (contract version 2), to be validated and checked as
 * any other. The workbook is inspected first (size, unpacked size, macros, links); cells that cannot be read are
 * errors naming sheet and cell. Products are in catalog order, diensten, tijdvakken and bijlagen in row order.
 */
export async function readZelfevaluatieWorkbook(buffer: Buffer, catalog: Catalog): Promise<WorkbookRead> {
  const refusal = await inspectWorkbook(buffer);
  if (refusal) return { ok: false, status: refusal.status, errors: [{ pointer: '', detail: refusal.detail }] };
  const wb = new (excelJs().Workbook)();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, status: 422, errors: [{ pointer: '', detail: FOUT.geenWerkboek }] };
  }
  const r = new Reader(wb);
  const org = wb.getWorksheet(SHEETS.organisatie);
  if (!org) return { ok: false, status: 422, errors: [{ pointer: '', detail: FOUT.geenSjabloon }] };
  const region = regionOf(r, org, catalog);
  if (!region) return { ok: false, status: 422, errors: r.errors };

  const expected = new Set<string>([...Object.values(SHEETS), ...region.producten.keys()]);
  for (const ws of wb.worksheets) if (!expected.has(ws.name)) r.errors.push({ pointer: '', detail: FOUT.onbekendBlad(ws.name) });

  const value: Obj = { versie: '2', regio: region.id };
  r.questions(org, layout.organisatie, value, [], [KEY.regio, KEY.versie, KEY.catalogusversie]);

  const aanbod: Obj[] = [];
  const items = new Map<string, { index: number; item: Obj }>();
  const aangeboden: CellField = { key: KEY.aangeboden, segments: ['aangeboden'], label: '', type: 'boolean' };
  for (const product of region.producten.values()) {
    const ws = r.sheet(product.code);
    if (!ws) continue;
    const rows = r.keyed(ws);
    const flag: Obj = {};
    const flagRow = rows.get(KEY.aangeboden);
    if (flagRow) r.field(ws, flagRow.getCell(3), aangeboden, flag, ['#']);
    if (flag.aangeboden !== true) continue;
    const index = aanbod.length;
    const item: Obj = { productcode: product.code };
    r.questions(ws, layout.product, item, ['aanbod', index], [KEY.aangeboden]);
    const verklaringen: Obj = {};
    for (const v of product.verklaringen) {
      const row = rows.get(`${KEY.verklaring}${v.id}`);
      if (row) r.field(ws, row.getCell(3), { key: v.id, segments: [v.id], label: v.titel, type: 'boolean' }, verklaringen, ['aanbod', index, 'verklaringen']);
    }
    for (const [key, row] of rows) {
      if (key.startsWith(KEY.verklaring) && !product.verklaringen.some((v) => `${KEY.verklaring}${v.id}` === key)) r.fail(ws, row.getCell(2), '', FOUT.onbekendeRegel(key));
    }
    if (Object.keys(verklaringen).length > 0) item.verklaringen = verklaringen;
    r.cells.set(toPointer(['aanbod', index]), `Blad ${ws.name}`);
    aanbod.push(item);
    items.set(product.code, { index, item });
  }
  const codes = new Set(region.producten.keys());
  const diensten = new Map<string, number>();
  for (const table of [layout.tables.diensten, layout.tables.medewerkers, layout.tables.vensters, layout.tables.bijlagen]) readTable(r, table, items, codes, diensten);
  if (aanbod.length === 0 && r.errors.length === 0) r.errors.push({ pointer: '/aanbod', detail: FOUT.geenProduct });
  if (r.errors.length > 0) return { ok: false, status: 422, errors: r.errors };
  value.aanbod = aanbod;
  return { ok: true, value, where: (pointer) => locate(r.cells, pointer) };
}

/** The nearest cell or row that a pointer into the read zelfevaluatie came from. */
function locate(cells: Map<string, string>, pointer: string): string | undefined {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n >= 0; n -= 1) {
    const hit = cells.get(toPointer(segments.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

/** Contract errors of a zelfevaluatie read from a workbook, with the sheet and cell in front. */
export function withCells(errors: InputError[], where: (pointer: string) => string | undefined): InputError[] {
  return errors.map((e) => {
    const at = where(e.pointer);
    return at ? { pointer: e.pointer, detail: `${at}: ${e.detail}` } : e;
  });
}

export type WorkbookCheck = CheckOutcome | { ok: false; status: 413 | 422; errors: InputError[] };

/** Read, validate and check a workbook: the one entry point for the API, the form's upload, screening and the CLI. */
export async function checkWorkbook(buffer: Buffer, catalog: Catalog): Promise<WorkbookCheck> {
  const read = await readZelfevaluatieWorkbook(buffer, catalog);
  if (!read.ok) return read;
  const outcome = check(read.value, catalog);
  return outcome.ok ? outcome : { ok: false, errors: withCells(outcome.errors, read.where) };
}
