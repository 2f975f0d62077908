import ExcelJS from 'exceljs';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { zelfevaluatieXlsx, XLSX_TYPE } from '../../server/workbook/generate.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';
import { fixtureZelfevaluatie } from '../helpers/served-app.js';
import { answerCell, editWorkbook, withEntries } from '../helpers/workbook.js';

const catalog = loadCatalog(fixtureRegion().root);
const app = createApp({ catalog });
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};
let filled: Buffer;
beforeAll(async () => {
  filled = await zelfevaluatieXlsx(catalog.regios.get('testregio')!, fixtureZelfevaluatie as unknown as Zelfevaluatie);
});

describe('GET /api/v1/regios/{regio}/sjabloon.xlsx', () => {
  it('geeft het werkboek van de regio als download', async () => {
    const res = await request(app).get('/api/v1/regios/testregio/sjabloon.xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="zelfevaluatie-testregio-[0-9a-f]{12}\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    expect(answerCell(wb.getWorksheet('Organisatie')!, 'regio').value).toBe('testregio');
  });

  it('onbekende regio: 404; ongeldige regio-id: 400', async () => {
    await request(app).get('/api/v1/regios/nergens/sjabloon.xlsx').expect(404);
    await request(app).get('/api/v1/regios/NERGENS/sjabloon.xlsx').expect(400);
  });
});

describe('POST /api/v1/toetsingen met een ingevuld werkboek', () => {
  it('als body met het mediatype van Excel: het toetsresultaat', async () => {
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', XLSX_TYPE).send(filled).expect(200);
    expect(res.body).toMatchObject({ regio: { id: 'testregio' }, uitslag: 'voldoet', aanbieder: { naam: 'Zorg B.V.' } });
  });

  it('als bestand in het deel "zelfevaluatie", met een bijlage; ook als PDF-rapport', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
    const res = await request(app)
      .post('/api/v1/toetsingen')
      .attach('zelfevaluatie', filled, 'zelfevaluatie.xlsx')
      .attach('bijlage[0][spv-bewijs]', pdf, 'spv.pdf')
      .expect(200);
    expect(res.body.producten[0].bijlagen[0]).toMatchObject({ soort: 'spv-bewijs', bestandsnaam: 'spv.pdf' });
    const rapport = await request(app).post('/api/v1/toetsingen').set('accept', 'application/pdf').attach('zelfevaluatie', filled, 'z.xlsx').expect(200);
    expect(rapport.headers['content-type']).toBe('application/pdf');
  });

  it("een cel die niet te lezen is: 422 met blad en cel", async () => {
    const bad = await editWorkbook(filled, (wb) => {
      answerCell(wb.getWorksheet('T1')!, 'begeleiding/individueelUrenPerWeek').value = 'twee';
    });
    const res = await request(app).post('/api/v1/toetsingen').set('content-type', XLSX_TYPE).send(bad).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.title).toBe('Het Excel-werkboek kan niet worden gelezen');
    expect(res.body.errors).toEqual([{ pointer: '/aanbod/0/begeleiding/individueelUrenPerWeek', detail: expect.stringMatching(/^Blad T1, cel C\d+: 'twee' is geen getal$/) }]);
  });

  it("macro's, een zip-bom, te groot: 4xx, geen 500", async () => {
    const macro = await withEntries(filled, [{ name: 'xl/vbaProject.bin', data: Buffer.from('x') }]);
    const m = await request(app).post('/api/v1/toetsingen').set('content-type', XLSX_TYPE).send(macro).expect(422);
    expect(m.body.errors[0].detail).toMatch(/^Het werkboek bevat macro's/);
    const bomb = await withEntries(filled, [{ name: 'xl/media/a.bin', data: Buffer.alloc(50 * 1024 * 1024) }]);
    const b = await request(app).post('/api/v1/toetsingen').attach('zelfevaluatie', bomb, 'z.xlsx').expect(413);
    expect(b.body.detail).toMatch(/^Het werkboek pakt uit tot meer dan 10 MB/);
    const big = await request(app).post('/api/v1/toetsingen').set('content-type', XLSX_TYPE).send(Buffer.alloc(6 * 1024 * 1024)).expect(413);
    expect(big.body.detail).toBe('Het verzoek is groter dan 5 MB.');
    const notXlsx = await request(app).post('/api/v1/toetsingen').set('content-type', XLSX_TYPE).send(Buffer.from('geen werkboek')).expect(422);
    expect(notXlsx.body.errors[0].detail).toBe('Het bestand is geen Excel-werkboek (.xlsx) of is beschadigd.');
  });
});
