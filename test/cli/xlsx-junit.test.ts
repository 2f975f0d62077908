import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { projectRoot } from '../../server/paths.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { zelfevaluatieXlsx } from '../../server/workbook/generate.js';
import { answerCell, editWorkbook } from '../helpers/workbook.js';

const bin = path.join(projectRoot, 'dist/server/cli/main.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-cli-xlsx-'));
const catalog = loadCatalog();
const region = catalog.regios.get('gelderland-zuid')!;
const bod = JSON.parse(readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'), 'utf8')) as Zelfevaluatie;
const nietVoldoet = structuredClone(bod);
nietVoldoet.aanbod[0]!.beschikbaarheid!.vensters[1]!.fysiekMinuten = 30;
delete nietVoldoet.aanbod[0]!.rooster;

let xlsx: string;
beforeAll(async () => {
  xlsx = path.join(dir, 'bod.xlsx');
  writeFileSync(xlsx, await zelfevaluatieXlsx(region, bod));
});

describe('eisentoets toets met een Excel-zelfevaluatie', () => {
  it('een ingevuld sjabloon geeft dezelfde uitslag als de JSON', () => {
    const r = run('toets', xlsx, '--formaat', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ uitslag: 'voldoet', aanbieder: { naam: bod.aanbieder.naam, kvkNummer: bod.aanbieder.kvkNummer } });
  });

  it('een cel die niet te lezen is: afsluitcode 2 met blad en cel', async () => {
    const bad = path.join(dir, 'fout.xlsx');
    writeFileSync(bad, await editWorkbook(readFileSync(xlsx), (wb) => {
      answerCell(wb.getWorksheet('15N13')!, 'begeleiding/individueelUrenPerWeek').value = 'twee';
    }));
    const r = run('toets', bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^.*fout\.xlsx is geen geldige zelfevaluatie \(1 probleem\):\n {2}\/aanbod\/0\/begeleiding\/individueelUrenPerWeek: Blad 15N13, cel C\d+: 'twee' is geen getal\n$/);
  });
});

describe('eisentoets toets --formaat junit', () => {
  it('één testcase per eis: voldoet niet is een failure, ontbreekt een error, de tellingen kloppen', () => {
    const file = path.join(dir, 'niet.json');
    writeFileSync(file, JSON.stringify(nietVoldoet));
    const r = run('toets', file, '--formaat', 'junit');
    expect(r.status).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(r.stdout);
    const expected = check(nietVoldoet, catalog);
    if (!expected.ok) throw new Error('sample is ongeldig');
    const eisen = [...expected.resultaat.regioEisen, ...expected.resultaat.producten.flatMap((p) => p.eisen)];
    const cases = doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) as Array<{ name: string; classname: string; failure?: { type: string; message: string }; error?: { type: string } }>;
    expect(cases).toHaveLength(eisen.length);
    expect(Number(doc.testsuites.tests)).toBe(eisen.length);
    expect(Number(doc.testsuites.failures)).toBe(eisen.filter((e) => e.uitslag === 'voldoet-niet').length);
    expect(Number(doc.testsuites.errors)).toBe(eisen.filter((e) => e.uitslag === 'ontbreekt').length);
    const nacht = cases.find((c) => c.name.startsWith('gz-15N13-beschikbaarheid-nacht:'))!;
    expect(nacht).toMatchObject({ classname: 'gelderland-zuid.15N13', failure: { type: 'voldoet-niet' } });
    const regie = eisen.find((e) => e.uitslag === 'ontbreekt')!;
    expect(cases.find((c) => c.name.startsWith(`${regie.id}:`))).toMatchObject({ error: { type: 'ontbreekt' } });
    for (const e of eisen.filter((x) => x.uitslag === 'voldoet')) {
      const c = cases.find((x) => x.name.startsWith(`${e.id}:`))!;
      expect(c.failure ?? c.error).toBeUndefined();
    }
  });

  it('een onbekend formaat: afsluitcode 2', () => {
    const r = run('toets', xlsx, '--formaat', 'yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Onbekend formaat "yaml": kies tekst, json of junit.');
  });
});
