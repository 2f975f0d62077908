import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot } from '../../server/paths.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

// The built CLI (npm test builds first), run as an adviser or a procurement team would, with another catalog folder.
const bin = path.join(projectRoot, 'dist/server/cli/main.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'eisentoets-catalogus-cli-'));

/** The citations of the fixture region, as its source document would read them. */
const SOURCE = `1 Wonen
Binnen 15 minuten ter plaatse. 's Nachts een wakende wacht op mbo-4-niveau. Bandbreedte tot 10 uur per week.
Er is een herstelplan met doelen.
2 Toeslag
De toeslag kan alleen met Wonen.
`;

function withSections(f: ReturnType<typeof fixtureRegion>, bronbestand = 'test.txt') {
  f.regio['x-regio'].documenten = [{ id: 'test', titel: 'Testdocument 2026', bronbestand, secties: [{ naam: '1', begin: '1 Wonen' }, { naam: '2', begin: '2 Toeslag' }] } as never];
  f.write('regio.schema.json', f.regio);
}

const bod = {
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Zorg Test B.V.', kvkNummer: '12345678' },
  aanbod: [{ productcode: 'T1', begeleiding: { individueelUrenPerWeek: 8 }, verklaringen: { herstelplan: true } }],
};

describe('een andere catalogusmap (EISENTOETS_CATALOGUS) overal', () => {
  const f = fixtureRegion();
  const env = { EISENTOETS_CATALOGUS: f.root };

  it('eisentoets toets toetst aan de regio uit die map', () => {
    const file = path.join(tmp(), 'bod.json');
    writeFileSync(file, JSON.stringify(bod));
    const r = run(['toets', file], env);
    expect(r.stderr).not.toContain('Onbekende regio');
    expect(r.status).toBe(1); // the week's response time is not given: ontbreekt
    expect(r.stdout).toContain('Testregio: Testdocument 2026 (2026)');
    expect(r.stdout).toContain('T1 Wonen');
    expect(r.stdout).toContain('[tr-T1-beschikbaarheid]');
    // Without the variable, the built-in catalog does not know the region.
    expect(run(['toets', file]).stderr).toContain('testregio');
  });

  it('eisentoets screen screent met de regio uit die map', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'ronde'));
    writeFileSync(path.join(dir, 'ronde', 'a.json'), JSON.stringify(bod));
    const r = run(['screen', path.join(dir, 'ronde'), '--regio', 'testregio', '--out', path.join(dir, 'uit')], env);
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'uit', 'resultaten.json'), 'utf8'));
    expect(json).toMatchObject({ regio: 'testregio', telling: { bestanden: 1, geldig: 1 } });
    expect(json.inschrijvingen[0].toetsresultaat.regio).toMatchObject({ id: 'testregio', naam: 'Testregio' });
  });

  it('de schemalinks van de API wijzen naar de bestanden van die map, ook een regio die een symbolische koppeling is', async () => {
    const root = tmp();
    symlinkSync(f.dir, path.join(root, 'testregio'));
    const app = createApp({ catalog: loadCatalog(root) });
    const product = await request(app).get('/api/v1/regios/testregio/producten/T1').expect(200);
    const link = product.body.schema as string;
    expect(link).toBe('/api/v1/schemas/regios/testregio/T1.schema.json');
    const schema = await request(app).get(link).expect(200);
    expect(schema.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(JSON.parse(schema.text)['x-product']).toMatchObject({ code: 'T1', naam: 'Wonen' });
    await request(app).get('/api/v1/schemas/regios/testregio/T9.schema.json').expect(404);
    // The contract's own schemas still come from schemas/.
    await request(app).get('/api/v1/schemas/zelfevaluatie.schema.json').expect(200);
  });

  it('npm run check:citations leest die map, volgt een gekoppelde regio en meldt een ontbrekend brondocument zonder stacktrace', () => {
    const g = fixtureRegion();
    withSections(g);
    const seeds = tmp();
    writeFileSync(path.join(seeds, 'test.txt'), SOURCE);
    const catalog = tmp();
    symlinkSync(g.dir, path.join(catalog, 'testregio'));
    const script = path.join(projectRoot, 'scripts/check-citations.mjs');
    const ok = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, EISENTOETS_CATALOGUS: catalog, SEEDS_DIR: seeds } });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain("Geen problemen: 1 regio in");
    expect(ok.stdout).toContain('5 citaten gezocht');
    expect(ok.status).toBe(0);

    const empty = tmp();
    const missing = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, EISENTOETS_CATALOGUS: catalog, SEEDS_DIR: empty } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/regio\.schema\.json:\d+:\d+ #\/x-regio\/documenten\/0\/bronbestand: brondocument test\.txt in .*: niet gevonden/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('eisentoets catalogus controleer', () => {
  it('noemt elk probleem tegelijk met bestand:regel:kolom, pointer en wat er moet staan; afsluitcode 1', () => {
    const f = fixtureRegion();
    withSections(f);
    const t1 = f.t1 as unknown as { allOf: Array<Record<string, unknown>>; 'x-afgeleid': Record<string, { bezetting?: { medewerker: { properties: { wijze: { const: string } } } } }> };
    t1['x-afgeleid'].wakendNacht!.bezetting!.medewerker.properties.wijze.const = 'slaapend';
    (t1.allOf[1]!['x-eis'] as { id: string }).id = 'xx-T1-nacht'; // copied from another region
    (t1.allOf[2]!['x-eis'] as { id: string }).id = 'tr-T1-verklaring-herstelplan';
    (t1.allOf[0]!['x-eis'] as { bron: { citaat: string } }).bron.citaat = 'De toeslag kan alleen met Wonen.';
    f.write('T1.schema.json', f.t1);
    f.write('T2.schema.json', '{\n  "title": "T2",\n  "x-product": {\n');
    const seeds = tmp();
    writeFileSync(path.join(seeds, 'test.txt'), SOURCE);

    const r = run(['catalogus', 'controleer', f.root, '--bronnen', seeds]);
    expect(r.status).toBe(1);
    const t1File = path.join(f.dir, 'T1.schema.json');
    const lines = r.stderr.trim().split('\n');
    const line = (pointer: string) => lines.find((l) => l.includes(` #${pointer}:`)) ?? '';
    expect(line('/x-afgeleid/wakendNacht/bezetting/medewerker/properties/wijze/const')).toMatch(
      new RegExp(`^✗ ${t1File.replace(/[.]/g, '\\.')}:\\d+:\\d+ .*"slaapend" is geen waarde van .*: schrijf een van "wakend", "slapend"`),
    );
    expect(line('/allOf/1/x-eis/id')).toContain('begint niet met het voorvoegsel van de regio: schrijf "tr-T1-nacht"');
    expect(line('/allOf/2/x-eis/id')).toContain('lijkt op de ids die voor verklaringen worden gemaakt');
    expect(line('/x-verklaringen/0/id')).toContain('al gebruikt voor een eis');
    expect(line('/allOf/0/x-eis/bron/citaat')).toContain('citaat staat wel in test.txt, maar niet in sectie "1"');
    // Invalid JSON: the place where it breaks off.
    expect(lines.find((l) => l.includes('T2.schema.json'))).toMatch(/T2\.schema\.json:4:1 : geen geldige JSON/);
    // The line and column point at the property: line 1 of the file is "{".
    const [, regel] = /T1\.schema\.json:(\d+):\d+ #\/allOf\/1\/x-eis\/id/.exec(r.stderr)!;
    expect(readFileSync(t1File, 'utf8').split('\n')[Number(regel) - 1]).toContain('"id": "xx-T1-nacht"');
    expect(r.stdout).toMatch(/^\d+ problemen in 1 regio/);
    expect(lines.length).toBeGreaterThanOrEqual(6);

    // The server refuses the same catalog and names all problems, not only the first.
    let err: CatalogError | undefined;
    try {
      loadCatalog(f.root);
    } catch (e) {
      err = e as CatalogError;
    }
    expect(err).toBeInstanceOf(CatalogError);
    expect(err!.alle.length).toBeGreaterThanOrEqual(5);
    expect(err!.message).toContain('slaapend');
    expect(err!.message).toContain('xx-T1-nacht');
  });

  it('leest een brondocument als PDF (poppler pdftotext) en vindt de citaten in hun sectie', async () => {
    const f = fixtureRegion();
    withSections(f, 'bron.pdf');
    const seeds = tmp();
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    for (const para of SOURCE.trim().split('\n')) doc.text(para);
    doc.end();
    await done;
    writeFileSync(path.join(seeds, 'bron.pdf'), Buffer.concat(chunks));
    const ok = run(['catalogus', 'controleer', f.root, '--bronnen', seeds]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('Geen problemen: 1 regio');
    expect(ok.status).toBe(0);

    (f.t1.allOf[0] as { 'x-eis': { bron: { citaat: string } } })['x-eis'].bron.citaat = 'Binnen 30 minuten ter plaatse.';
    f.write('T1.schema.json', f.t1);
    const bad = run(['catalogus', 'controleer', f.root, '--bronnen', seeds]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/T1\.schema\.json:\d+:\d+ #\/allOf\/0\/x-eis\/bron\/citaat: citaat staat niet letterlijk in bron\.pdf: "Binnen 30 minuten ter plaatse\."/);
  });
});

describe('eisentoets catalogus nieuw', () => {
  it('maakt een regiomap die na invullen laadt; wat nog in te vullen is, noemt de controle', () => {
    const root = tmp();
    const r = run(['catalogus', 'nieuw', 'west-brabant', '--map', root, '--jaar', '2027']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(path.join(root, 'west-brabant', 'regio.schema.json'));
    const regio = JSON.parse(readFileSync(path.join(root, 'west-brabant', 'regio.schema.json'), 'utf8'));
    expect(regio['x-regio']).toMatchObject({ id: 'west-brabant', idPrefix: 'wb', jaar: 2027 });

    const open = run(['catalogus', 'controleer', root]);
    expect(open.status).toBe(1);
    expect(open.stderr).toMatch(/regio\.schema\.json:\d+:\d+ #\/x-regio\/naam: nog in te vullen/);
    expect(open.stderr).toMatch(/15X01\.schema\.json:\d+:\d+ #\/x-product\/naam: nog in te vullen/);

    // Filled in as an adviser would: the region loads and the server would serve it.
    regio['x-regio'] = { ...regio['x-regio'], naam: 'Regio West-Brabant', document: 'Productbeschrijvingen 2027', documenten: [{ id: 'document', titel: 'Productbeschrijvingen 2027', bronbestand: 'wb.txt' }] };
    writeFileSync(path.join(root, 'west-brabant', 'regio.schema.json'), JSON.stringify(regio, null, 2));
    const productFile = path.join(root, 'west-brabant', '15X01.schema.json');
    const filled = readFileSync(productFile, 'utf8').replace(/VUL IN: ?/g, '').replace('"productnaam"', '"Wonen met toezicht"');
    writeFileSync(productFile, filled);
    const done = run(['catalogus', 'controleer', root]);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(loadCatalog(root).regios.get('west-brabant')!.producten.get('15X01')!.eisen.map((e) => e.id)).toEqual(['wb-15X01-fysiek']);

    const again = run(['catalogus', 'nieuw', 'west-brabant', '--map', root]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('bestaat al');
    expect(run(['catalogus', 'nieuw', 'West Brabant', '--map', root]).stderr).toContain('is niet geldig');
    expect(existsSync(path.join(root, 'West Brabant'))).toBe(false);
  });
});
