import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { screenCommand } from '../../server/screening/cli.js';
import { openDatabase } from '../../server/screening/db.js';
import { asFile, bid, csrfFrom, regionCatalog, zipOf } from './helpers.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'eisentoets-screen-'));

function writeBids(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `bod-${String(i).padStart(3, '0')}.json`), JSON.stringify(bid(i)));
  writeFileSync(path.join(dir, 'kapot.json'), '{"versie": ');
  writeFileSync(path.join(dir, 'lees-mij.txt'), 'geen bod');
}

describe('eisentoets screen', () => {
  it('screent een map: XLSX, resultaten.json en een PDF per geldige inschrijving', async () => {
    const dir = tmp();
    writeBids(path.join(dir, 'ronde'), 20);
    const out = path.join(dir, 'uit');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await screenCommand([path.join(dir, 'ronde'), '--regio', 'gelderland-zuid', '--out', out, '--naam', 'Ronde 1']);
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    expect(code).toBe(0);
    expect(printed).toMatch(/^21 bestanden in \d+\.\d s: 20 geldig \(\d+ voldoen, \d+ voldoen niet\), 1 ongeldig, 0 KvK-nummers dubbel\./);

    const json = JSON.parse(readFileSync(path.join(out, 'resultaten.json'), 'utf8'));
    expect(json).toMatchObject({ ronde: 'Ronde 1', regio: 'gelderland-zuid', telling: { bestanden: 21, geldig: 20, ongeldig: 1 } });
    expect(json.inschrijvingen).toHaveLength(21);
    expect(json.inschrijvingen.find((b: { bestand: string }) => b.bestand === 'kapot.json')).toMatchObject({ geldig: false, fouten: [{ pointer: '' }] });
    expect(json.inschrijvingen[0].toetsresultaat).toMatchObject({ versie: '2', aanbieder: { naam: 'Zorgaanbieder 000 B.V.' } });

    const pdfs = readdirSync(path.join(out, 'rapporten'));
    expect(pdfs).toHaveLength(20);
    expect(pdfs[0]).toBe('0001-zorgaanbieder-000-b-v-30000000.pdf');
    expect(readFileSync(path.join(out, 'rapporten', pdfs[0]!)).subarray(0, 5).toString()).toBe('%PDF-');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'screening.xlsx'));
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.getCell('B2').value).toBe('Zorgaanbieder 000 B.V.');
    expect(matrix.getCell('G2').value).toBe(json.inschrijvingen[0].toetsresultaat.uitslag === 'voldoet' ? 'Voldoet' : 'Voldoet niet');
    expect(wb.getWorksheet('Ongeldig')!.getCell('B2').value).toBe('kapot.json');
  });

  it('screent een ZIP-bestand op dezelfde manier', async () => {
    const dir = tmp();
    const zip = await zipOf([asFile('a.json', bid(1)), asFile('b.json', bid(2)), asFile('c.json', bid(1))]);
    writeFileSync(path.join(dir, 'ronde.zip'), zip);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await screenCommand([path.join(dir, 'ronde.zip'), '--regio', 'gelderland-zuid', '--out', path.join(dir, 'uit')]);
    log.mockRestore();
    const json = JSON.parse(readFileSync(path.join(dir, 'uit', 'resultaten.json'), 'utf8'));
    expect(json.ronde).toBe('ronde');
    expect(json.inschrijvingen.map((b: { bestand: string; telt: boolean }) => [b.bestand, b.telt])).toEqual([
      ['ronde.zip/a.json', false],
      ['ronde.zip/b.json', true],
      ['ronde.zip/c.json', true],
    ]);
    expect(json.telling.dubbel).toBe(1);
  });

  it('zonder regio, met een onbekende regio of zonder --out: een Nederlandse melding', async () => {
    const dir = tmp();
    writeBids(dir, 1);
    await expect(screenCommand([dir, '--out', path.join(dir, 'uit')])).rejects.toThrow(/Geef de regio op met --regio \(.*gelderland-zuid/);
    await expect(screenCommand([dir, '--regio', 'atlantis', '--out', path.join(dir, 'uit')])).rejects.toThrow('Onbekende regio "atlantis"');
    await expect(screenCommand([dir, '--regio', 'gelderland-zuid'])).rejects.toThrow('Geef met --out de map op');
    await expect(screenCommand([path.join(dir, 'bestaat-niet'), '--regio', 'gelderland-zuid', '--out', dir])).rejects.toThrow('Geef een map met zelfevaluaties');
  });
});

describe('eisentoets gebruiker, token en backup (gebouwd in dist/ door npm test)', () => {
  const bin = path.join(projectRoot, 'dist/server/cli/main.js');
  const run = (env: Record<string, string>, input: string, ...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });

  it('screen uit dist/ rendert de PDF-rapporten in worker threads, met dezelfde inhoud', async (ctx) => {
    if (!existsSync(bin)) ctx.skip();
    const dir = tmp();
    writeBids(path.join(dir, 'ronde'), 6);
    const r = run({ EISENTOETS_PDF_THREADS: '2' }, '', 'screen', path.join(dir, 'ronde'), '--regio', 'gelderland-zuid', '--out', path.join(dir, 'uit'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('7 bestanden');
    const pdfs = readdirSync(path.join(dir, 'uit', 'rapporten')).sort();
    expect(pdfs).toHaveLength(6);
    // Reports are reproducible: the same toetsresultaat gives the same bytes, in a worker or not.
    const json = JSON.parse(readFileSync(path.join(dir, 'uit', 'resultaten.json'), 'utf8'));
    const { renderReportPdf } = await import('../../server/report/pdf.js');
    const again = await renderReportPdf(json.inschrijvingen[0].toetsresultaat);
    expect(readFileSync(path.join(dir, 'uit', 'rapporten', pdfs[0]!)).equals(again)).toBe(true);
  });

  it('maakt de eerste gebruiker aan, die daarna kan inloggen; een sleutel werkt op de API; de back-up is leesbaar', async (ctx) => {
    if (!existsSync(bin)) ctx.skip();
    const dir = tmp();
    const env = { EISENTOETS_DATA: path.join(dir, 'data', 'eisentoets.sqlite') };
    const kort = run(env, 'kort\n', 'gebruiker', 'eerste@regio.example', '--organisatie', 'Regio Test');
    expect(kort.status).toBe(2);
    expect(kort.stderr).toContain('ten minste 12 tekens');
    const made = run(env, 'een-lang-genoeg-wachtwoord\n', 'gebruiker', 'eerste@regio.example', '--organisatie', 'Regio Test', '--naam', 'Eerste Gebruiker');
    expect(made.stderr).toContain(`Database: ${env.EISENTOETS_DATA}`);
    expect(made.stdout).toContain('Gebruiker eerste@regio.example aangemaakt bij Regio Test, met de rol beheerder.');
    expect(made.status).toBe(0);
    expect(run(env, 'een-lang-genoeg-wachtwoord\n', 'gebruiker', 'eerste@regio.example', '--organisatie', 'Regio Test').stderr).toContain('Er is al een gebruiker');

    const tok = run(env, '', 'token', 'eerste@regio.example', '--omschrijving', 'koppeling');
    expect(tok.status).toBe(0);
    const token = tok.stdout.trim();
    expect(token).toMatch(/^et_[A-Za-z0-9_-]{43}$/);

    const db = await openDatabase(env.EISENTOETS_DATA);
    const app = createApp({ catalog: regionCatalog(), database: db });
    const agent = request.agent(app);
    const page = await agent.get('/inkoop/inloggen').expect(200);
    await agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email: 'eerste@regio.example', wachtwoord: 'een-lang-genoeg-wachtwoord' }).expect(303);
    expect((await agent.get('/inkoop').expect(200)).text).toContain('Eerste Gebruiker · Regio Test');
    await request(app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).expect(200);
    expect(tok.stderr).toMatch(/API-sleutel, geldig tot \d{4}-\d{2}-\d{2}/);

    // A new password ends the session and the key made with the old one, at once.
    const changed = run(env, 'een-ander-lang-wachtwoord\n', 'gebruiker', 'eerste@regio.example', '--wachtwoord-wijzigen');
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain('Wachtwoord van eerste@regio.example gewijzigd. 1 sessie en 1 API-sleutel ingetrokken');
    await agent.get('/inkoop').expect(303);
    await request(app).get('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).expect(401);

    const backup = path.join(dir, 'kopie.sqlite');
    const b = run(env, '', 'backup', backup);
    expect(b.status).toBe(0);
    expect(b.stdout).toContain(`Back-up geschreven naar ${backup}.`);
    const copy = await openDatabase(backup);
    expect(await copy.all('SELECT email FROM gebruiker')).toEqual([{ email: 'eerste@regio.example' }]);
    await copy.close();
    await db.close();
  });
});
