import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { toets } from '../../server/engine/evaluate.js';
import { renderReportPdf } from '../../server/report/pdf.js';
import type { Zelfevaluatie } from '../../server/types/contract.js';
import { fixtureRegion } from '../helpers/fixture-region.js';

// `not` inside `contains` reads as the field it is about, never "… met medewerkers niet: functie: beveiliger".
const nacht = { dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie' };
const eis = (id: string, medewerker: unknown, extra: Record<string, unknown> = {}) => ({
  title: id,
  'x-eis': { id: `tr-T2-${id}`, ernst: 'eis', bron: { sectie: '1', citaat: 'Binnen 15 minuten ter plaatse.' } },
  required: ['rooster'],
  properties: { rooster: { required: ['diensten'], properties: { diensten: { contains: { properties: { medewerkers: { contains: { ...(medewerker as object), ...extra } } } } } } } },
});

function catalogWithNot() {
  const f = fixtureRegion();
  f.t2.allOf = [
    eis('geen-beveiliger', { not: { properties: { functie: { const: 'beveiliger' } } } }, { required: ['functie'] }),
    eis('wakend', { not: { required: ['wijze'], properties: { wijze: { const: 'slapend' } } } }),
    eis('ongeschoold', { not: { properties: { aanvullendGeschoold: { const: true } } } }),
    eis('niet-beide', { not: { properties: { functie: { const: 'beveiliger' }, niveau: { const: 'mbo3' } } } }),
  ] as never;
  f.write('T2.schema.json', f.t2);
  return loadCatalog(f.root);
}

describe('"niet" binnen "bevat" in gewone taal', () => {
  const catalog = catalogWithNot();
  const bod: Zelfevaluatie = {
    versie: '2',
    regio: 'testregio',
    aanbieder: { naam: 'Test', kvkNummer: '12345678' },
    aanbod: [{ productcode: 'T2', rooster: { diensten: [{ ...nacht, medewerkers: [{ niveau: 'overig', functie: 'beveiliger', wijze: 'wakend' }] }] } }],
  } as unknown as Zelfevaluatie;
  const r = toets(bod, catalog, { now: new Date('2026-11-23T10:00:00Z') });
  const verwacht = (id: string) => r.producten[0]!.eisen.find((e) => e.id === `tr-T2-${id}`)!;

  it('in het toetsresultaat: de andere waarde, "geen …", of "niet (…)" met de velden', () => {
    expect(verwacht('geen-beveiliger').verwacht).toBe('ten minste 1 dienst met medewerkers ten minste 1 medewerker, geen beveiliger');
    expect(verwacht('wakend').verwacht).toContain('ten minste 1 medewerker, wakend (of wijze niet opgegeven)');
    expect(verwacht('ongeschoold').verwacht).toContain('ten minste 1 medewerker, niet aanvullend geschoold');
    expect(verwacht('niet-beide').verwacht).toMatch(/ten minste 1 medewerker, niet \(.*beveiliger.* en .*mbo-3.*\)$/);
    for (const e of r.producten[0]!.eisen) expect(e.verwacht).not.toMatch(/niet: |medewerkers niet/);
    // The verdicts follow the schema: the only person is a wakende beveiliger without extra schooling.
    expect(verwacht('geen-beveiliger').uitslag).toBe('voldoet-niet');
    expect(verwacht('wakend').uitslag).toBe('voldoet');
  });

  it('in het PDF-rapport', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'eisentoets-not-')), 'rapport.pdf');
    writeFileSync(file, await renderReportPdf(r));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('ten minste 1 medewerker, geen beveiliger');
    expect(text).not.toContain('niet: functie');
  });
});
