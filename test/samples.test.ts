import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../server/catalog/loader.js';
import { check } from '../server/engine/check.js';
import { validateToetsresultaat } from '../server/contract/validate.js';
import { projectRoot } from '../server/paths.js';

const samplesDir = path.join(projectRoot, 'samples');
const catalog = loadCatalog();

/** Every sample says in its name what it shows: "-voldoet-niet-<reden>" fails, "-voldoet" and "bod-" comply. */
describe('samples', () => {
  for (const regio of readdirSync(samplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    describe(regio, () => {
      it('heeft een regio in de catalogus', () => {
        expect(catalog.regios.has(regio)).toBe(true);
      });
      for (const file of readdirSync(path.join(samplesDir, regio)).filter((f) => f.endsWith('.json')).sort()) {
        const verwacht = file.includes('-voldoet-niet') ? 'voldoet-niet' : 'voldoet';
        it(`${file}: ${verwacht}`, () => {
          const input = JSON.parse(readFileSync(path.join(samplesDir, regio, file), 'utf8'));
          const outcome = check(input, catalog);
          if (!outcome.ok) throw new Error(`invoerfouten: ${JSON.stringify(outcome.errors)}`);
          expect(outcome.zelfevaluatie.regio).toBe(regio);
          expect(validateToetsresultaat(outcome.resultaat)).toBe(true);
          expect(outcome.resultaat.uitslag).toBe(verwacht);
          expect(outcome.resultaat.invoerVersie).toBe('2');
          const code = /^([0-9A-Z]{5})-/.exec(file)?.[1];
          if (code && verwacht === 'voldoet-niet') {
            // The reason in the name is the offered product's (or a rule about it), not a stray one elsewhere.
            const product = outcome.resultaat.producten.find((p) => p.productcode === code);
            const regelFaalt = outcome.resultaat.regioEisen.some((e) => e.ernst === 'eis' && e.uitslag !== 'voldoet');
            expect(product?.uitslag === 'voldoet-niet' || regelFaalt).toBe(true);
          }
        });
      }
    });
  }
});

/**
 * Kept files of contract version 1 (samples/<regio>/versie-1/): still accepted, converted, and checked against
 * today's catalog; the result says so. The name states the verdict, as above.
 */
describe('samples in contractversie 1', () => {
  const cases = readdirSync(samplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = path.join(samplesDir, d.name, 'versie-1');
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ regio: d.name, file: f, full: path.join(dir, f) }));
      } catch {
        return [];
      }
    });

  it('er zijn er een paar, in meer dan één regio', () => {
    expect(new Set(cases.map((c) => c.regio)).size).toBeGreaterThan(1);
  });

  for (const { regio, file, full } of cases) {
    const verwacht = file.includes('-voldoet-niet') ? 'voldoet-niet' : 'voldoet';
    it(`${regio}/versie-1/${file}: omgezet, ${verwacht}`, () => {
      const input = JSON.parse(readFileSync(full, 'utf8'));
      expect(input.versie).toBe('1');
      const outcome = check(input, catalog);
      if (!outcome.ok) throw new Error(`invoerfouten: ${JSON.stringify(outcome.errors)}`);
      expect(outcome.zelfevaluatie.versie).toBe('2');
      expect(outcome.resultaat).toMatchObject({ versie: '2', invoerVersie: '1', uitslag: verwacht });
      expect(outcome.resultaat.omzetting).toMatch(/^De zelfevaluatie was in contractversie 1 en is omgezet naar versie 2: /);
      expect(validateToetsresultaat(outcome.resultaat)).toBe(true);
    });
  }
});
