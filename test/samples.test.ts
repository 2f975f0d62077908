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
