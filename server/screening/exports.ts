import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';
import { excelJs } from '../lazy.js';
import { inkoop, uitslagLabel } from '../messages.js';
import { buildMatrix, type Cell, type Matrix, type ScreeningModel } from './matrix.js';
import type { Assessment, Note } from './assessment.js';
import { renderInOrder, type PdfRenderer } from './pdf-pool.js';
import type { ReportSource } from './store.js';
import { documentTitle } from './views.js';

export interface ExportMeta {
  tijdstip: Date;
  /** Who exported; absent in the CLI. */
  door?: string;
  /** The assessments by people (a round in the database; the CLI has none). */
  beoordeling?: { beoordelingen: Map<string, Assessment>; notities: Map<string, Note[]> };
}

const cellLabel = (c: Cell) => inkoop.cel[c];

/** The fixed columns before the products, shared by the XLSX matrix sheet and the CSV. */
function matrixHeader(model: ScreeningModel, matrix: Matrix): string[] {
  return [
    ...inkoop.export.matrixKolommen,
    ...(model.regio.heeftRegels ? [inkoop.export.regioRegels] : []),
    ...matrix.kolommen.map((k) => `${k.code} ${k.naam}`),
  ];
}

/** The matrix rows; "Nr" stays a number so that a spreadsheet sorts 1, 2, 10 and not 1, 10, 2. */
function matrixRows(model: ScreeningModel, matrix: Matrix): Array<Array<string | number>> {
  // Without a closing date (the CLI) there is nothing to be late for.
  const laat = (b: { naSluiting: boolean }) => (model.ronde.sluitingsdatum === null ? '' : b.naSluiting ? inkoop.ja : inkoop.nee);
  return matrix.rijen.map((r) => [
    r.bid.volgnummer,
    r.bid.aanbiederNaam ?? '',
    r.bid.kvkNummer ?? '',
    r.bid.bestandsnaam,
    laat(r.bid),
    r.bid.catalogusVersie ?? '',
    cellLabel(r.bid.uitslag!),
    ...(r.regioRegels ? [cellLabel(r.regioRegels)] : []),
    ...r.cellen.map(cellLabel),
  ]);
}

const fills: Record<Cell, { bg: string; fg: string }> = {
  voldoet: { bg: 'FFC6EFCE', fg: 'FF006100' },
  'voldoet-niet': { bg: 'FFFFC7CE', fg: 'FF9C0006' },
  'niet-aangeboden': { bg: 'FFF2F2F2', fg: 'FF595959' },
};

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addTable(wb: ExcelJS.Workbook, name: string, columns: Array<[string, number]>, rows: Array<Array<string | number>>): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name);
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.addRows(rows);
  styleHeader(sheet);
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  for (let i = 2; i <= rows.length + 1; i++) sheet.getRow(i).alignment = { vertical: 'top', wrapText: true };
  return sheet;
}

/**
 * The workbook for the assessment committee: the matrix with counts per column, every failed or missing eis of every
 * counting bid with its citation, the invalid files with their input errors, the duplicate KvK numbers, and the round.
 * Cells are written as text, never as formulas, whatever a bid contains.
 */
export function buildWorkbook(model: ScreeningModel, meta: ExportMeta): ExcelJS.Workbook {
  const matrix = buildMatrix(model);
  const t = inkoop.export;
  const wb = new (excelJs().Workbook)();
  wb.creator = inkoop.titel;
  wb.created = meta.tijdstip;
  wb.title = t.titel(model.ronde.naam);

  const header = matrixHeader(model, matrix);
  const fixed = t.matrixKolommen.length;
  const sheet = wb.addWorksheet(t.blad.matrix);
  sheet.columns = header.map((h, i) => ({ header: h, width: i < fixed ? [6, 32, 12, 28, 11, 18, 14][i] : 14 }));
  const rows = matrixRows(model, matrix);
  sheet.addRows(rows);
  styleHeader(sheet);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  sheet.getRow(1).height = 60;
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  matrix.rijen.forEach((r, i) => {
    const cells: Cell[] = [r.bid.uitslag!, ...(r.regioRegels ? [r.regioRegels] : []), ...r.cellen];
    cells.forEach((c, j) => {
      const cell = sheet.getCell(i + 2, fixed + j);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[c].bg } };
      cell.font = { color: { argb: fills[c].fg } };
    });
  });
  // Counts under the product columns, after one empty row so that sorting the matrix leaves them alone.
  const first = rows.length + 3;
  const offset = fixed + (model.regio.heeftRegels ? 1 : 0);
  (['aangeboden', 'voldoet', 'voldoetNiet'] as const).forEach((key, i) => {
    const row = sheet.getRow(first + i);
    row.getCell(2).value = t.telling[key];
    row.getCell(2).font = { bold: true };
    matrix.kolommen.forEach((k, j) => {
      row.getCell(offset + 1 + j).value = k[key];
    });
  });

  const tellen = model.bids.filter((b) => b.geldig && b.telt);
  addTable(
    wb,
    t.blad.tekortkomingen,
    t.tekortkomingKolommen,
    tellen.flatMap((b) =>
      b.tekortkomingen.map((s) => [
        b.volgnummer,
        b.aanbiederNaam ?? '',
        b.kvkNummer ?? '',
        s.productcode ?? t.regioRegels,
        s.productcode ? (model.producten.find((p) => p.code === s.productcode)?.naam ?? '') : '',
        s.eisId,
        s.titel,
        uitslagLabel[s.uitslag],
        s.verwacht,
        s.opgegeven,
        s.document,
        s.sectie,
        s.citaat,
      ]),
    ),
  );

  addTable(
    wb,
    t.blad.ongeldig,
    t.ongeldigKolommen,
    matrix.ongeldig.flatMap((b) => b.fouten.map((f) => [b.volgnummer, b.bestandsnaam, b.aanbiederNaam ?? '', b.kvkNummer ?? '', f.pointer || '/', f.detail])),
  );

  addTable(
    wb,
    t.blad.dubbel,
    t.dubbelKolommen,
    matrix.dubbel.flatMap((d) => d.bids.map((b) => [d.kvkNummer, b.volgnummer, b.aanbiederNaam ?? '', b.bestandsnaam, b.geuploadOp ?? '', b.telt ? inkoop.ja : inkoop.nee])),
  );

  if (meta.beoordeling) {
    const { beoordelingen, notities } = meta.beoordeling;
    const b = inkoop.beoordeling;
    addTable(
      wb,
      b.blad,
      b.kolommen,
      tellen.map((bid) => {
        const a = beoordelingen.get(bid.id!);
        const notes = (notities.get(bid.id!) ?? []).map((n) => `${n.eisId ? `[${n.eisId}] ` : ''}${n.tekst} (${n.door})`).join('\n');
        return [
          bid.volgnummer,
          bid.aanbiederNaam ?? '',
          bid.kvkNummer ?? '',
          cellLabel(bid.uitslag!),
          b.status[a?.status ?? 'te-beoordelen']!,
          a?.reden ?? '',
          a?.door ?? '',
          a?.op ?? '',
          a?.bevestigdDoor ?? '',
          a?.bevestigdOp ?? '',
          notes,
        ];
      }),
    );
  }

  const info = wb.addWorksheet(t.blad.ronde);
  info.columns = [{ width: 28 }, { width: 80 }];
  const c = matrix.telling;
  const pairs: Array<[string, string | number]> = [
    [t.ronde.naam, model.ronde.naam],
    [t.ronde.regio, model.regio.naam],
    [t.ronde.document, documentTitle(model.regio.document, model.regio.jaar)],
    [t.ronde.sluitingsdatum, model.ronde.sluitingsdatum ?? ''],
    [t.ronde.tijdstip, meta.tijdstip.toISOString()],
    ...(meta.door ? [[t.ronde.door, meta.door] as [string, string]] : []),
    [t.ronde.bestanden, c.bestanden],
    [t.ronde.geldig, c.geldig],
    [t.ronde.ongeldig, c.ongeldig],
    [t.ronde.tellen, c.tellen],
    [t.ronde.voldoet, c.voldoet],
    [t.ronde.voldoetNiet, c.voldoetNiet],
    [t.ronde.dubbel, c.dubbel],
  ];
  info.addRows(pairs);
  info.getColumn(1).font = { bold: true };
  return wb;
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or return) as a formula: defuse it, also at the
 * start of every line inside a cell, since a program that splits on a bare line break would start a row there.
 */
export function defuse(value: string | number): string {
  return String(value).replace(/(?<=^|[\r\n])(?=[=+\-@\t\r])/g, "'");
}

/** The matrix as CSV: UTF-8 with BOM and semicolons, as Excel in a Dutch locale opens it without an import step. */
export function matrixCsv(model: ScreeningModel): string {
  const matrix = buildMatrix(model);
  const rows = [matrixHeader(model, matrix), ...matrixRows(model, matrix)].map((r) => r.map(defuse));
  // Every field with a line break is quoted (csv-stringify would leave a bare \n or \r unquoted).
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

/** A file name for a report in the ZIP, from the bid's number, name and KvK number: ASCII letters, digits and dashes. */
export function reportFileName(s: { volgnummer: number; aanbiederNaam: string; kvkNummer: string }): string {
  const slug = s.aanbiederNaam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${String(s.volgnummer).padStart(4, '0')}-${slug || 'aanbieder'}-${s.kvkNummer.replace(/\D/g, '')}.pdf`;
}

/**
 * Streams a ZIP of PDF reports to `out`, rendering a few at a time (see pdf-pool.ts) and waiting whenever `out`
 * is full, so memory stays flat however many bids there are.
 */
export async function streamReportsZip(sources: Iterable<ReportSource> | AsyncIterable<ReportSource>, out: Writable, renderer: PdfRenderer): Promise<number> {
  const zip = new yazl.ZipFile();
  const piped = pipeline(zip.outputStream, out);
  let n = 0;
  try {
    await renderInOrder(renderer, sources, async (s, pdf) => {
      // PDF streams are compressed already; storing them saves time and keeps the archive byte-for-byte reproducible.
      zip.addBuffer(pdf, reportFileName(s), { compress: false, mtime: new Date(s.resultaat.getoetstOp) });
      n += 1;
      if (out.writableNeedDrain) await once(out, 'drain');
    });
  } finally {
    zip.end();
  }
  await piped;
  return n;
}
