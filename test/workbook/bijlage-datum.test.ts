import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { zelfevaluatieXlsx } from '../../server/workbook/generate.js';
import { readZelfevaluatieWorkbook } from '../../server/workbook/read.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';
import { editWorkbook } from '../helpers/workbook.js';

/** The date of a bijlage in the Excel workbook: a column of the Bijlagen sheet, read from a date cell or Dutch text. */

const catalog = loadCatalog(fixtureRegion().root);
const region = catalog.regios.get('testregio')!;
const z = {
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Test', kvkNummer: '12345678' },
  aanbod: [{ productcode: 'T1', bijlagen: [{ soort: 'spv-bewijs', bestandsnaam: 'spv.pdf', sha256: 'a'.repeat(64), datum: '2026-05-23' }] }],
} as unknown as Zelfevaluatie;

/** The cell on the Bijlagen sheet that holds the date. */
function dateCell(wb: ExcelJS.Workbook): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  wb.getWorksheet('Bijlagen')!.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === '2026-05-23') found = cell;
  }));
  if (!found) throw new Error('geen datumcel');
  return found;
}

const read = async (edit: (cell: ExcelJS.Cell) => void) =>
  readZelfevaluatieWorkbook(await editWorkbook(await zelfevaluatieXlsx(region, z), (wb) => edit(dateCell(wb))), catalog);

describe('datum van een bijlage in het werkboek', () => {
  it('gaat heen en terug; een datumcel van Excel en 23-5-2026 worden 2026-05-23', async () => {
    for (const value of ['2026-05-23', new Date(Date.UTC(2026, 4, 23)), '23-5-2026']) {
      const r = await read((cell) => { cell.value = value; });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect((r.value as unknown as Zelfevaluatie).aanbod[0]!.bijlagen![0]!.datum).toBe('2026-05-23');
    }
  });

  it('geen datum is een fout met blad en cel', async () => {
    let address = '';
    const r = await read((cell) => { cell.value = 'volgende week'; address = cell.address; });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.detail)).toContain(`Blad Bijlagen, cel ${address}: 'volgende week' is geen datum; typ bijvoorbeeld 23-5-2026`);
  });
});
