import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';

const bin = path.join(projectRoot, 'dist/server/cli/main.js');
const sample = (name: string) => path.join(projectRoot, 'samples/gelderland-zuid', name);
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });

describe('eisentoets toets (gebouwd in dist/ door npm test)', () => {
  it('een bod dat voldoet: samenvatting in het Nederlands, afsluitcode 0', () => {
    const r = run('toets', sample('15N13-voldoet.json'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Uitslag: ✓ VOLDOET');
    expect(r.stdout).toContain('15N13 Beschermd Wonen: zwaar');
  });

  it('een bod dat niet voldoet: details van de eis, afsluitcode 1', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-cli-'));
    const bod = JSON.parse(readFileSync(sample('15N13-voldoet.json'), 'utf8'));
    bod.aanbod[0].beschikbaarheid.vensters[1].fysiekMinuten = 30;
    const file = path.join(dir, 'bod.json');
    writeFileSync(file, JSON.stringify(bod));
    const r = run('toets', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Uitslag: ✗ VOLDOET NIET');
    expect(r.stdout).toMatch(/✗ Voldoet niet .*\[gz-15N13-beschikbaarheid-nacht\]/);
    expect(r.stdout).toContain('opgegeven: ma t/m zo 22:00-07:00: langst 30 minuten');
  });

  it('--json drukt het toetsresultaat af', () => {
    const r = run('toets', sample('15N13-voldoet.json'), '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ versie: '2', uitslag: 'voldoet', regio: { id: 'gelderland-zuid' } });
  });

  it('--pdf schrijft het rapport', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-cli-')), 'rapport.pdf');
    const r = run('toets', sample('15N13-voldoet.json'), '--pdf', out);
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('invoerfouten: elke fout met pointer, afsluitcode 2', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-cli-'));
    const file = path.join(dir, 'fout.json');
    writeFileSync(file, JSON.stringify({ versie: '1', regio: 'gelderland-zuid', aanbieder: { naam: 'X', kvkNummer: '12' }, aanbod: [{ productcode: '99X99' }] }));
    const r = run('toets', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/aanbieder/kvkNummer: KvK-nummer:');
    expect(r.stderr).toContain('/aanbod/0/productcode: Productcode "99X99" bestaat niet');
  });

  it('onleesbaar bestand of verkeerd gebruik: afsluitcode 2 met uitleg', () => {
    expect(run('toets', '/bestaat/niet.json').status).toBe(2);
    const r = run('onzin');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Onbekend commando "onzin"');
    expect(r.stderr).toContain('Gebruik:');
  });
});
