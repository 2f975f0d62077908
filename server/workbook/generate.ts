import type ExcelJS from 'exceljs';
import { excelJs } from '../lazy.js';
import type { Product, Region } from '../catalog/types.js';
import { werkboek } from '../messages.js';
import type { AanbodItem, Zelfevaluatie } from '../types/contract.js';
import { valueAt } from '../json.js';
import { eisenPerField, FIRST_TABLE_ROW, KEY, layout, SHEETS, TABLE_ROWS, tableColumns, type CellField, type TableLayout } from './layout.js';

/**
 * The Excel zelfevaluatie of a region: generated from the catalog and the contract schema, optionally filled
 * with a zelfevaluatie (the same layout read back by read.ts). Labels and eisen are locked; the answer cells
 * are open, with a dropdown for every enum and a number check for every number.
 */

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** Structure locked, answer cells open; no password (the lock is against accidents, not a secret). */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertRows: false,
  deleteRows: false,
  insertColumns: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
};

function validationFor(field: CellField): ExcelJS.DataValidation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: field.label };
  if (field.lijst) return { ...common, type: 'list', formulae: [`"${werkboek.ja}"`], error: werkboek.check.ja };
  if (field.type === 'boolean') return { ...common, type: 'list', formulae: [`"${werkboek.ja},${werkboek.nee}"`], error: werkboek.check.jaNee };
  if (field.enum) return { ...common, type: 'list', formulae: [`"${field.enum.join(',')}"`], error: werkboek.check.keuze(field.enum) };
  if (field.type === 'number' || field.type === 'integer') {
    const min = field.minimum ?? -1e15;
    const max = field.maximum ?? 1e15;
    return {
      ...common,
      type: field.type === 'integer' ? 'whole' : 'decimal',
      operator: 'between',
      formulae: [min, max],
      error: werkboek.check.getal(field.type === 'integer', min, max),
    };
  }
  if (field.klok) return { ...common, type: 'textLength', operator: 'between', formulae: [4, 5], error: werkboek.check.klok };
  if (field.maxLength) return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [field.maxLength], error: werkboek.check.lengte(field.maxLength) };
  return undefined;
}

function cellValue(field: CellField, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? werkboek.ja : werkboek.nee;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return field.lijst ? null : JSON.stringify(value);
}

function openCell(cell: ExcelJS.Cell, field: CellField | undefined, value: ExcelJS.CellValue): void {
  cell.value = value;
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  // Text cells stay text: "07:00" is not turned into a time, "01234567" keeps its leading zero.
  if (!field || field.type === 'string') cell.numFmt = '@';
  const v = field ? validationFor(field) : undefined;
  if (v) cell.dataValidation = v;
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.alignment = WRAP;
  });
}

/** A sheet of questions: hidden key column A, then label, answer, unit, eisen, explanation. */
function questionSheet(wb: ExcelJS.Workbook, name: string, title: string, intro: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [
    { key: 'key', width: 12, hidden: true },
    { key: 'label', width: 42 },
    { key: 'waarde', width: 22 },
    { key: 'eenheid', width: 12 },
    { key: 'eisen', width: 34 },
    { key: 'uitleg', width: 80 },
  ];
  ws.getCell('B1').value = title;
  ws.getCell('B1').font = { bold: true, size: 14 };
  ws.getCell('B2').value = intro;
  ws.mergeCells('B2:F2');
  ws.getCell('B2').alignment = WRAP;
  ws.getRow(2).height = 45;
  const h = ws.getRow(4);
  h.values = ['', ...werkboek.kolommen];
  header(h);
  return ws;
}

function questionRow(ws: ExcelJS.Worksheet, key: string, field: CellField | undefined, label: string, value: ExcelJS.CellValue, extra: { eenheid?: string; eisen?: string[]; uitleg?: string }): ExcelJS.Row {
  const row = ws.addRow([key, label, null, extra.eenheid ?? '', (extra.eisen ?? []).join('\n') || werkboek.geenEis, extra.uitleg ?? '']);
  openCell(row.getCell(3), field, value);
  row.getCell(2).alignment = WRAP;
  row.getCell(5).alignment = WRAP;
  row.getCell(6).alignment = WRAP;
  return row;
}

function infoRow(ws: ExcelJS.Worksheet, key: string, label: string, value: string): void {
  const row = ws.addRow([key, label, value]);
  row.getCell(3).font = { bold: true };
}

function uitleg(field: CellField): string {
  const extra: string[] = [];
  if (field.enum && !field.lijst) extra.push(werkboek.kies(field.enum));
  if (field.type === 'boolean') extra.push(werkboek.kies([werkboek.ja, werkboek.nee]));
  if (field.klok) extra.push(werkboek.klok);
  return [field.description ?? '', ...extra].filter(Boolean).join(' ');
}

function organisationSheet(wb: ExcelJS.Workbook, region: Region, input?: Partial<Zelfevaluatie>): void {
  const ws = questionSheet(wb, SHEETS.organisatie, werkboek.organisatie.titel(region.naam), werkboek.organisatie.intro);
  infoRow(ws, KEY.regio, werkboek.organisatie.regio, region.id);
  infoRow(ws, KEY.versie, werkboek.organisatie.versie, '2');
  infoRow(ws, KEY.catalogusversie, werkboek.organisatie.catalogusversie, region.versie);
  for (const field of layout.organisatie) {
    questionRow(ws, field.key, field, field.label, cellValue(field, valueAt(input, field.segments)), { eenheid: field.eenheid, uitleg: uitleg(field) });
  }
}

async function productSheetFor(wb: ExcelJS.Workbook, region: Region, product: Product, item: AanbodItem | undefined): Promise<void> {
  const ws = questionSheet(wb, product.code, `${product.code} ${product.naam}`, product.beschrijving ?? '');
  const eisen = eisenPerField(product);
  const aangeboden: CellField = { key: KEY.aangeboden, segments: [], label: werkboek.product.aangeboden, type: 'boolean' };
  const row = questionRow(ws, KEY.aangeboden, aangeboden, werkboek.product.aangeboden, item ? werkboek.ja : null, { uitleg: werkboek.product.aangebodenUitleg });
  row.font = { bold: true };
  for (const field of layout.product) {
    questionRow(ws, field.key, field, field.label, cellValue(field, valueAt(item, field.segments)), { eenheid: field.eenheid, eisen: eisen.get(field.key), uitleg: uitleg(field) });
  }
  for (const [sheet, text] of [
    [SHEETS.diensten, werkboek.product.rooster],
    [SHEETS.vensters, werkboek.product.beschikbaarheid],
    [SHEETS.bijlagen, werkboek.product.bijlagen(product.bijlagen.map((b) => `${b.soort} (${b.label})`))],
  ] as const) {
    const r = ws.addRow(['', werkboek.product.zieBlad(sheet), '', '', (eisen.get(sheet) ?? []).join('\n') || werkboek.geenEis, text]);
    r.getCell(6).alignment = WRAP;
    r.getCell(5).alignment = WRAP;
    r.font = { italic: true };
  }
  if (product.verklaringen.length > 0) {
    const h = ws.addRow(['', werkboek.product.verklaringenKop, werkboek.product.verklaringenAntwoord, '', werkboek.kolommen[3], werkboek.product.verklaringenTekst]);
    header(h);
    const boolean: CellField = { key: '', segments: [], label: '', type: 'boolean' };
    for (const v of product.verklaringen) {
      const id = `${region.idPrefix}-${product.code}-verklaring-${v.id}`;
      const value = item?.verklaringen?.[v.id];
      questionRow(ws, `${KEY.verklaring}${v.id}`, { ...boolean, label: v.titel }, v.titel, value === undefined ? null : value ? werkboek.ja : werkboek.nee, { eisen: [id], uitleg: v.tekst });
    }
  }
  await ws.protect('', PROTECTION);
}

async function tableSheet(wb: ExcelJS.Workbook, region: Region, table: TableLayout, input: Partial<Zelfevaluatie> | undefined): Promise<void> {
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: table.perDienst || table.sheet === SHEETS.diensten ? 2 : 1 }] });
  const cols = tableColumns(table);
  ws.columns = cols.map((c) => ({ width: c.field?.lijst ? 5 : Math.min(Math.max(c.label.length + 2, 10), 32) }));
  const h = ws.getRow(1);
  h.values = cols.map((c) => c.label);
  header(h);
  h.height = 45;
  cols.forEach((c, i) => {
    const desc = c.field ? uitleg(c.field) : c.key === KEY.product ? werkboek.tabel.product : werkboek.tabel.dienst(table.sheet === SHEETS.diensten);
    if (desc) h.getCell(i + 1).note = desc;
  });
  const keys = ws.getRow(2);
  keys.values = cols.map((c) => c.key);
  keys.hidden = true;

  const rows: Array<Record<string, unknown>> = [];
  for (const item of input?.aanbod ?? []) {
    if (table.perDienst) {
      (item.rooster?.diensten ?? []).forEach((d, i) => {
        for (const m of d.medewerkers ?? []) rows.push({ [KEY.product]: item.productcode, [KEY.dienst]: i + 1, ...(m as object) });
      });
    } else {
      const list = valueAt(item, table.list);
      if (Array.isArray(list)) list.forEach((entry, i) => rows.push({ [KEY.product]: item.productcode, [KEY.dienst]: i + 1, ...(entry as object) }));
    }
  }
  const productList: CellField = { key: KEY.product, segments: [], label: 'Product', type: 'string', enum: [...region.producten.keys()] };
  const dienstNr: CellField = { key: KEY.dienst, segments: [], label: 'Dienst', type: 'integer', minimum: 1, maximum: 100 };
  const total = Math.max(TABLE_ROWS, rows.length + 20);
  for (let r = 0; r < total; r += 1) {
    const data = rows[r];
    const row = ws.getRow(FIRST_TABLE_ROW + r);
    cols.forEach((c, i) => {
      const field = c.key === KEY.product ? productList : c.key === KEY.dienst ? dienstNr : c.field;
      let value: ExcelJS.CellValue = null;
      if (data) {
        if (c.waarde !== undefined) value = (valueAt(data, c.field!.segments) as string[] | undefined)?.includes(c.waarde) ? werkboek.ja : null;
        else value = field ? cellValue(field, c.field ? valueAt(data, c.field.segments) : data[c.key]) : null;
      }
      openCell(row.getCell(i + 1), field, value);
    });
  }
  await ws.protect('', PROTECTION);
}

async function explanationSheet(wb: ExcelJS.Workbook, region: Region): Promise<void> {
  const ws = wb.addWorksheet(SHEETS.uitleg);
  ws.columns = [{ width: 110 }];
  ws.addRow([werkboek.uitleg.titel(region.naam)]).font = { bold: true, size: 14 };
  ws.addRow([documentLine(region)]);
  ws.addRow([]);
  for (const line of werkboek.uitleg.regels) ws.addRow([line]).getCell(1).alignment = { wrapText: true };
  await ws.protect('', PROTECTION);
}

const documentLine = (region: Region) => werkboek.uitleg.document(region.document, region.jaar, region.versie);

/** The workbook for a region, empty (the sjabloon) or filled with a zelfevaluatie for that region. */
export async function buildZelfevaluatieWorkbook(region: Region, input?: Zelfevaluatie): Promise<ExcelJS.Workbook> {
  const wb = new (excelJs().Workbook)();
  wb.creator = 'Eisentoets Beschermd Wonen';
  // A fixed date keeps the file the same for the same catalog.
  wb.created = new Date('2026-01-01T00:00:00Z');
  wb.modified = wb.created;
  await explanationSheet(wb, region);
  organisationSheet(wb, region, input);
  await wb.getWorksheet(SHEETS.organisatie)!.protect('', PROTECTION);
  for (const table of [layout.tables.diensten, layout.tables.medewerkers, layout.tables.vensters, layout.tables.bijlagen]) await tableSheet(wb, region, table, input);
  for (const product of region.producten.values()) {
    await productSheetFor(wb, region, product, input?.aanbod.find((a) => a.productcode === product.code));
  }
  return wb;
}

export async function zelfevaluatieXlsx(region: Region, input?: Zelfevaluatie): Promise<Buffer> {
  const wb = await buildZelfevaluatieWorkbook(region, input);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
