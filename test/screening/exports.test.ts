import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { beforeAll, describe, expect, it } from 'vitest';
import { asFile, attachAll, bid, binary, createRound, login, sampleNamed, testEnv, type Agent, type TestEnv, SLUITINGSDATUM } from './helpers.js';

let env: TestEnv;
let a: Agent;
let id: string;
let matrix: {
  producten: Array<{ code: string; naam: string; aangeboden: number; voldoet: number; voldoetNiet: number }>;
  inschrijvers: Array<{ volgnummer: number; aanbieder: { naam: string; kvkNummer: string }; uitslag: string; regioRegels?: string; producten: Record<string, string> }>;
  telling: Record<string, number>;
};

const NACHT = 'gz-15N13-beschikbaarheid-nacht';
const EVIL = '=HYPERLINK("http://evil.example","klik")';

beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
  id = await createRound(a, 'Export-ronde 2026');
  const files = [
    asFile('nacht.json', sampleNamed('15N13-voldoet-niet-nacht-30-minuten.json', 'Stichting Nachtwacht', '40000001')),
    asFile('linde.json', sampleNamed('bod-zorggroep-de-linde.json', 'Zorggroep De Linde', '40000002')),
    asFile('formule.json', sampleNamed('15N13-voldoet.json', EVIL, '40000003')),
    ...Array.from({ length: 8 }, (_, i) => asFile(`bod-${i}.json`, bid(i + 10))),
    asFile('linde-2.json', sampleNamed('bod-zorggroep-de-linde.json', 'Zorggroep De Linde (tweede)', '40000002')),
    asFile('kapot.json', '{'),
  ];
  await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files).expect(201);
  matrix = (await a.agent.get(`/api/v1/screeningsrondes/${id}`).expect(200)).body;
});

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

describe('XLSX-export', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/export.xlsx`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="screening-export-ronde-2026.xlsx"');
    expect(res.headers['cache-control']).toBe('no-store');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
  });

  it('heeft de bladen matrix, tekortkomingen, ongeldig, dubbel, beoordeling en ronde', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Tekortkomingen', 'Ongeldig', 'Dubbele KvK-nummers', 'Beoordeling', 'Ronde']);
  });

  it('de matrix: een rij per meetellende inschrijver, een kolom per product, cellen als in de API', () => {
    const sheet = wb.getWorksheet('Matrix')!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    const products = matrix.producten.map((p) => `${p.code} ${p.naam}`);
    expect(header).toEqual(['Nr', 'Aanbieder', 'KvK-nummer', 'Bestand', 'Na sluiting', 'Catalogusversie', 'Uitslag', 'Regels regio', ...products]);
    const versie = env.catalog.regios.get('gelderland-zuid')!.versie;
    expect(matrix.inschrijvers).toHaveLength(11);
    const label: Record<string, string> = { voldoet: 'Voldoet', 'voldoet-niet': 'Voldoet niet', 'niet-aangeboden': 'Niet aangeboden' };
    matrix.inschrijvers.forEach((r, i) => {
      const row = (sheet.getRow(i + 2).values as ExcelJS.CellValue[]).slice(1).map(cellText);
      expect(row.slice(0, 3)).toEqual([String(r.volgnummer), r.aanbieder.naam, r.aanbieder.kvkNummer]);
      expect(row.slice(4, 6)).toEqual(['nee', versie]);
      expect(row[6]).toBe(label[r.uitslag]);
      expect(row[7]).toBe(label[r.regioRegels!]);
      expect(row.slice(8)).toEqual(matrix.producten.map((p) => label[r.producten[p.code]!]));
    });
    const nacht = matrix.inschrijvers.findIndex((r) => r.aanbieder.naam === 'Stichting Nachtwacht');
    const col15N13 = 9 + matrix.producten.findIndex((p) => p.code === '15N13');
    expect(sheet.getCell(nacht + 2, col15N13).value).toBe('Voldoet niet');
    expect((sheet.getCell(nacht + 2, col15N13).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    // A name that looks like a formula stays text.
    const evil = matrix.inschrijvers.findIndex((r) => r.aanbieder.naam === EVIL);
    expect(sheet.getCell(evil + 2, 2).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(evil + 2, 2).value).toBe(EVIL);
  });

  it('tellingen per kolom onder de matrix', () => {
    const sheet = wb.getWorksheet('Matrix')!;
    const first = matrix.inschrijvers.length + 3;
    const rows = [0, 1, 2].map((k) => (sheet.getRow(first + k).values as ExcelJS.CellValue[]).slice(1));
    expect(rows.map((r) => r[1])).toEqual(['Aangeboden', 'Voldoet', 'Voldoet niet']);
    expect(rows[0]!.slice(8)).toEqual(matrix.producten.map((p) => p.aangeboden));
    expect(rows[1]!.slice(8)).toEqual(matrix.producten.map((p) => p.voldoet));
    expect(rows[2]!.slice(8)).toEqual(matrix.producten.map((p) => p.voldoetNiet));
    expect(matrix.producten.find((p) => p.code === '15N13')!.voldoetNiet).toBeGreaterThanOrEqual(1);
  });

  it('elke eis die niet voldoet of ontbreekt, per inschrijving, met het citaat uit de catalogus', () => {
    const sheet = wb.getWorksheet('Tekortkomingen')!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header).toEqual(['Nr', 'Aanbieder', 'KvK-nummer', 'Product', 'Productnaam', 'Eis-id', 'Eis', 'Uitslag', 'Verwacht', 'Opgegeven', 'Document', 'Sectie', 'Citaat']);
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    const nacht = rows.filter((r) => r[1] === 'Stichting Nachtwacht');
    const eis = env.catalog.regios.get('gelderland-zuid')!.producten.get('15N13')!.eisen.find((e) => e.id === NACHT)!;
    expect(nacht).toContainEqual([
      expect.any(Number),
      'Stichting Nachtwacht',
      '40000001',
      '15N13',
      'Beschermd Wonen: zwaar',
      NACHT,
      eis.titel,
      'Voldoet niet',
      eis.verwacht,
      expect.stringContaining('30 minuten'),
      eis.bron.document,
      eis.bron.sectie,
      eis.bron.citaat,
    ]);
    // Only failures and missing facts, and every one the database holds for a counting bid.
    expect(rows.every((r) => r[7] === 'Voldoet niet' || r[7] === 'Ontbreekt')).toBe(true);
    const stored = (env.db.prepare('SELECT count(*) AS n FROM tekortkoming t JOIN inschrijving i ON i.id = t.inschrijving_id WHERE i.ronde_id = ? AND i.telt = 1').get(id) as { n: number }).n;
    expect(rows).toHaveLength(stored);
  });

  it('ongeldige bestanden en dubbele KvK-nummers', () => {
    const ongeldig = wb.getWorksheet('Ongeldig')!.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(ongeldig).toEqual([[13, 'kapot.json', '', '', '/', expect.stringContaining('De JSON is niet leesbaar')]]);
    const dubbel = wb.getWorksheet('Dubbele KvK-nummers')!.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(dubbel.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['40000002', 2, 'Zorggroep De Linde', 'nee'],
      ['40000002', 12, 'Zorggroep De Linde (tweede)', 'ja'],
    ]);
  });

  it('het blad Ronde noemt de ronde, de regio, de tellingen en wie exporteerde', () => {
    const rows = Object.fromEntries(wb.getWorksheet('Ronde')!.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[]).slice(1)) as Array<[string, unknown]>);
    expect(rows).toMatchObject({
      Ronde: 'Export-ronde 2026',
      Regio: 'Regio Gelderland Zuid',
      Sluitingsdatum: SLUITINGSDATUM,
      'Geëxporteerd door': 'inkoper@gz.example',
      'Bestanden ontvangen': 13,
      'Geldige zelfevaluaties': 12,
      'Ongeldige bestanden': 1,
      'Inschrijvers (tellen mee)': 11,
    });
  });
});

describe('CSV-export', () => {
  it('de matrix als CSV (UTF-8 met BOM, puntkomma), formules onschadelijk gemaakt', async () => {
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/export.csv`).buffer(true).parse(binary).expect(200).expect('content-type', 'text/csv; charset=utf-8');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFNr;Aanbieder;KvK-nummer;Bestand;Na sluiting;Catalogusversie;Uitslag;Regels regio;15N02 Beschermd Thuis: licht;')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 11);
    expect(text).toContain(`;"'=HYPERLINK(""http://evil.example"",""klik"")";40000003;`);
    expect(lines.find((l) => l.includes('Stichting Nachtwacht'))).toMatch(/;Voldoet niet;/);
  });
});

describe('ZIP met PDF-rapporten', () => {
  it('bevat een PDF per meetellende inschrijving, met naam en KvK-nummer, gestreamd', async () => {
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/rapporten.zip`).buffer(true).parse(binary).expect(200).expect('content-type', 'application/zip');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const entries = new Map<string, Buffer>();
    await new Promise<void>((resolve, reject) => {
      yauzl.fromBuffer(res.body as Buffer, { lazyEntries: true }, (err, zip) => {
        if (err) return reject(err);
        zip.on('entry', (entry: yauzl.Entry) => {
          zip.openReadStream(entry, (e, stream) => {
            if (e) return reject(e);
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('end', () => {
              entries.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.on('end', resolve);
        zip.readEntry();
      });
    });
    expect([...entries.keys()]).toHaveLength(11);
    expect([...entries.keys()]).toContain('0001-stichting-nachtwacht-40000001.pdf');
    // The latest bid of a KvK number counts (the correction), so its report is the one in the ZIP.
    expect([...entries.keys()]).toContain('0012-zorggroep-de-linde-tweede-40000002.pdf');
    expect([...entries.keys()]).not.toContain('0002-zorggroep-de-linde-40000002.pdf');
    expect([...entries.keys()].every((n) => /^\d{4}-[a-z0-9-]+-\d{8}\.pdf$/.test(n))).toBe(true);

    const pdf = entries.get('0001-stichting-nachtwacht-40000001.pdf')!;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(env.dir, 'nachtwacht.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Stichting Nachtwacht');
    expect(text).toContain('40000001');
    expect(text).toContain('15N13');
  });
});

describe('logboek', () => {
  it('legt elke export vast, per organisatie', async () => {
    const acties = (env.db.prepare("SELECT actie FROM audit WHERE ronde_id = ? AND actie LIKE 'export-%' ORDER BY id").all(id) as Array<{ actie: string }>).map((r) => r.actie);
    expect(acties).toEqual(['export-xlsx', 'export-csv', 'export-rapporten']);
    const page = await a.agent.get('/inkoop/logboek').expect(200);
    for (const label of ['Export: Excel-werkmap', 'Export: CSV', 'Export: ZIP met PDF-rapporten', 'Inschrijvingen toegevoegd', 'Ronde aangemaakt']) expect(page.text).toContain(label);
    const ander = await login(env.app, 'inkoper@andere.example');
    const other = await ander.agent.get('/inkoop/logboek').expect(200);
    expect(other.text).not.toContain('Export-ronde 2026');
  });
});
