import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { derivedSources } from '../../server/engine/evaluate.js';
import { projectRoot } from '../../server/paths.js';
import { regionForm } from '../../server/web/form-spec.js';
import { readForm, valuesFromZelfevaluatie } from '../../server/web/form-values.js';

const catalog = loadCatalog();
const samplesDir = path.join(projectRoot, 'samples');
const samples = readdirSync(samplesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(samplesDir, d.name)).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`));

type Verdicts = Record<string, string>;
function verdicts(input: unknown): Verdicts {
  const outcome = check(input, catalog, { id: '00000000-0000-4000-8000-000000000000', now: new Date('2026-01-01T00:00:00Z') });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const r = outcome.resultaat;
  return Object.fromEntries([...r.regioEisen, ...r.producten.flatMap((p) => p.eisen)].map((e) => [e.id, e.uitslag]));
}

describe('het formulier volgt uit de catalogus', () => {
  for (const region of catalog.regios.values()) {
    it(`${region.id}: elk gegeven dat een eis leest, staat in het formulier van dat product`, () => {
      const form = regionForm(region);
      for (const product of region.producten.values()) {
        const pf = form.producten.get(product.code)!;
        const asked = pf.fields.map((f) => f.path.join('.'));
        for (const eis of product.eisen) {
          for (const field of eis.fields) {
            if (field[0] === 'verklaringen') {
              expect(pf.verklaringen.map((v) => v.id)).toContain(field[1]);
              continue;
            }
            if (field[0] === 'bijlagen') {
              expect(pf.bijlagen.length, `${product.code} vraagt bijlagen`).toBeGreaterThan(0);
              continue;
            }
            const sources = field[0] === 'afgeleid' ? derivedSources(product.afgeleid[field[1]!]!) : [field];
            for (const source of sources) {
              const p = source.slice(0, source.includes('*') ? source.indexOf('*') : undefined).join('.');
              expect(asked.some((a) => a === p || a.startsWith(`${p}.`)), `${product.code} ${eis.id} leest ${p}`).toBe(true);
            }
          }
        }
        // Only what the eisen ask: no field that no eis reads.
        for (const f of pf.fields) expect(f.eisen.length, `${product.code} ${f.name}`).toBeGreaterThan(0);
      }
    });
  }
});

describe('formulier en JSON geven dezelfde uitslag', () => {
  it.each(samples)('%s: invullen via het formulier geeft per eis dezelfde uitslag', (sample) => {
    const input = JSON.parse(readFileSync(path.join(samplesDir, sample), 'utf8')) as { regio: string };
    const form = regionForm(catalog.regios.get(input.regio)!);
    const { zelfevaluatie, errors } = readForm(valuesFromZelfevaluatie(input, form), form);
    const expected = verdicts(input);
    if (errors.length > 0) {
      // The form only refuses what the JSON leaves out: those facts are "ontbreekt" in the toets.
      expect(Object.values(expected), errors.map((e) => e.summary).join('\n')).toContain('ontbreekt');
      return;
    }
    expect(verdicts(zelfevaluatie)).toEqual(expected);
  });

  it('een zelfevaluatie uit het formulier komt ongewijzigd terug na opnieuw inlezen', () => {
    for (const sample of samples) {
      const input = JSON.parse(readFileSync(path.join(samplesDir, sample), 'utf8')) as { regio: string };
      const form = regionForm(catalog.regios.get(input.regio)!);
      const once = readForm(valuesFromZelfevaluatie(input, form), form);
      if (once.errors.length > 0) continue;
      const twice = readForm(valuesFromZelfevaluatie(once.zelfevaluatie, form), form);
      expect(twice.errors).toEqual([]);
      expect(twice.zelfevaluatie, sample).toEqual(once.zelfevaluatie);
    }
  });
});
