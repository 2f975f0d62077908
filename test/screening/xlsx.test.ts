import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { screenCommand } from '../../server/screening/cli.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { zelfevaluatieXlsx } from '../../server/workbook/generate.js';
import { answerCell, editWorkbook, withEntries } from '../helpers/workbook.js';
import { attachAll, bid, createRound, login, REGIO, testEnv, zipOf, type Agent, type TestEnv } from './helpers.js';

/** Screening reads filled Excel zelfevaluaties, alone or in a ZIP; dangerous workbooks refuse the upload and nothing is stored. */
let env: TestEnv;
let a: Agent;
let goed: Buffer;
let kapot: Buffer;
beforeAll(async () => {
  env = await testEnv();
  a = await login(env.app);
  const region = env.catalog.regios.get(REGIO)!;
  goed = await zelfevaluatieXlsx(region, bid(1) as unknown as Zelfevaluatie);
  kapot = await editWorkbook(await zelfevaluatieXlsx(region, bid(2) as unknown as Zelfevaluatie), (wb) => {
    answerCell(wb.getWorksheet('Organisatie')!, 'aanbieder/kvkNummer').value = { formula: 'A1', result: '12345678' } as never;
  });
});

const upload = (id: string, files: Array<{ naam: string; inhoud: Buffer }>) =>
  attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), files);
const count = (id: string) => (env.db.prepare('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ?').get(id) as { n: number }).n;

describe('screening van Excel-zelfevaluaties', () => {
  it('een .xlsx alleen en in een ZIP: getoetst als elke andere inschrijving; een onleesbare cel staat bij de ongeldige met blad en cel', async () => {
    const id = await createRound(a, 'Excel');
    const ander = await zelfevaluatieXlsx(env.catalog.regios.get(REGIO)!, bid(4) as unknown as Zelfevaluatie);
    const zip = await zipOf([{ naam: 'map/bod-2.xlsx', inhoud: kapot }, { naam: 'map/bod-4.xlsx', inhoud: ander }]);
    const res = await upload(id, [{ naam: 'bod-1.xlsx', inhoud: goed }, { naam: 'biedingen.zip', inhoud: zip }]).expect(201);
    expect(res.body).toMatchObject({ ontvangen: 3, geldig: 2, ongeldig: 1 });
    const [eerste, fout, laatste] = res.body.inschrijvingen as Array<{ bestandsnaam: string; geldig: boolean; aanbiederNaam: string; fouten: Array<{ detail: string }> }>;
    expect(eerste).toMatchObject({ bestandsnaam: 'bod-1.xlsx', geldig: true });
    expect(JSON.stringify(eerste)).toContain('Zorgaanbieder 001 B.V.');
    expect(fout).toMatchObject({ bestandsnaam: 'biedingen.zip/map/bod-2.xlsx', geldig: false });
    expect(laatste).toMatchObject({ bestandsnaam: 'biedingen.zip/map/bod-4.xlsx', geldig: true });
    expect(fout!.fouten[0]!.detail).toMatch(/^Blad Organisatie, cel C\d+: hier staat een formule \(=A1\) waar een waarde hoort; typ de waarde zelf in$/);
  });

  it("een werkboek met macro's of een zip-bom weigert de hele upload met de bestandsnaam; niets bewaard", async () => {
    const id = await createRound(a, 'Excel gevaarlijk');
    const macro = await withEntries(goed, [{ name: 'xl/vbaProject.bin', data: Buffer.from('x') }]);
    const res = await upload(id, [{ naam: 'bod-1.xlsx', inhoud: goed }, { naam: 'met-macro.xlsm', inhoud: macro }]).expect(422);
    expect(res.body.detail).toBe("met-macro.xlsm: Het werkboek bevat macro's (VBA). Sla het op als gewoon Excel-werkboek (.xlsx) zonder macro's.");
    const bomb = await withEntries(goed, [{ name: 'xl/media/a.bin', data: Buffer.alloc(45 * 1024 * 1024) }]);
    const b = await upload(id, [{ naam: 'bom.zip', inhoud: await zipOf([{ naam: 'bom.xlsx', inhoud: bomb }]) }]).expect(413);
    expect(b.body.detail).toMatch(/^bom\.zip\/bom\.xlsx: Het werkboek pakt uit tot meer dan 10 MB/);
    expect(count(id)).toBe(0);
  });

  it('de opdrachtregel screent een map met .xlsx-bestanden', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-xlsx-'));
    mkdirSync(path.join(dir, 'ronde'));
    writeFileSync(path.join(dir, 'ronde', 'bod-1.xlsx'), goed);
    writeFileSync(path.join(dir, 'ronde', 'bod-2.json'), JSON.stringify(bid(3)));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const code = await screenCommand([path.join(dir, 'ronde'), '--regio', REGIO, '--out', path.join(dir, 'uit'), '--naam', 'Excel']);
    log.mockRestore();
    err.mockRestore();
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'uit', 'resultaten.json'), 'utf8'));
    expect(json.telling).toMatchObject({ bestanden: 2, geldig: 2 });
    expect(json.inschrijvingen.map((b: { bestand: string }) => b.bestand)).toEqual(['bod-1.xlsx', 'bod-2.json']);
  }, 60_000);
});
