import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Ajv as AjvCore } from 'ajv';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { catalogRelease } from '../../server/ocds/release.js';
import { projectRoot } from '../../server/paths.js';
import { check } from '../../server/engine/check.js';
import { asFile, attachAll, bid, createRound, login, testEnv, type Agent, type TestEnv } from '../screening/helpers.js';

/**
 * The OCDS exports, validated against the OCDS 1.1.5 release schema with the bid and requirements extensions applied
 * as JSON Merge Patches (RFC 7386), with Ajv for draft-04. Sources and versions: test/fixtures/ocds/SOURCES.md.
 */
const dir = path.join(projectRoot, 'test/fixtures/ocds');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;

/** RFC 7386: objects merge key by key, null deletes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

const schema = ['bid-extension/release-schema.json', 'requirements-extension/release-schema.json'].reduce((s, f) => mergePatch(s, readJson(f)), readJson('release-schema.json')) as Record<string, unknown>;
// Both are CommonJS: at run time the default import is the class / plugin, their typings describe the module.
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as unknown as new (opts: object) => AjvCore;
const addFormats = addFormatsModule as unknown as (ajv: AjvCore) => void;
const ajv = new Ajv04({ allErrors: true, strict: true, strictTypes: false, strictTuples: false });
addFormats(ajv);
// OCDS's own metadata keywords: annotations, no validation.
for (const keyword of ['codelist', 'openCodelist', 'deprecated', 'wholeListMerge', 'omitWhenMerged', 'versionId', 'minProperties']) {
  if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
}
const validate = ajv.compile(schema);
const errorsOf = (release: unknown) => (validate(release) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const catalog = loadCatalog();

describe('de catalogus als OCDS-release (tender.criteria met de requirements-extensie)', () => {
  it('de schemacontrole is niet loos: een requirement zonder id en een onbekend dataType worden geweigerd', () => {
    const release = catalogRelease(catalog.regios.get('gelderland-zuid')!) as { tender: { criteria: Array<{ requirementGroups: Array<{ requirements: Array<Record<string, unknown>> }> }> } };
    const broken = structuredClone(release);
    delete broken.tender.criteria[0]!.requirementGroups[0]!.requirements[0]!.id;
    broken.tender.criteria[0]!.requirementGroups[0]!.requirements[1]!.dataType = 'getal';
    expect(errorsOf(broken)).toHaveLength(2);
  });

  for (const regio of catalog.regios.keys()) {
    it(`${regio}: geldig; elke eis en verklaring één requirement met ons eis-id, citaat in de beschrijving`, () => {
      const region = catalog.regios.get(regio)!;
      const release = catalogRelease(region) as { tender: { criteria: Array<{ requirementGroups: Array<{ requirements: Array<{ id: string; description: string }> }> }> } };
      expect(errorsOf(release)).toEqual([]);
      const requirements = release.tender.criteria.flatMap((c) => c.requirementGroups.flatMap((g) => g.requirements));
      const eisen = [...region.regels, ...[...region.producten.values()].flatMap((p) => p.eisen)];
      expect(requirements.map((r) => r.id).sort()).toEqual(eisen.map((e) => e.id).sort());
      for (const e of eisen) expect(requirements.find((r) => r.id === e.id)!.description).toContain(`"${e.bron.citaat}"`);
    });
  }

  it('grenzen en verwachte waarden: een maximum wordt maxValue, een verklaring expectedValue true', () => {
    const release = catalogRelease(catalog.regios.get('gelderland-zuid')!) as { tender: { criteria: Array<{ id: string; requirementGroups: Array<{ requirements: Array<Record<string, unknown>> }> }> } };
    const all = release.tender.criteria.flatMap((c) => c.requirementGroups.flatMap((g) => g.requirements));
    expect(all.find((r) => r.id === 'gz-15N13-beschikbaarheid-nacht')).toMatchObject({ dataType: 'number', maxValue: 15 });
    expect(all.find((r) => String(r.id).startsWith('gz-15N13-verklaring-'))).toMatchObject({ dataType: 'boolean', expectedValue: true });
  });

  it('GET /api/v1/regios/{regio}/ocds.json', async () => {
    const res = await request(createApp({ catalog })).get('/api/v1/regios/regio-003/ocds.json').expect(200);
    expect(errorsOf(res.body)).toEqual([]);
    expect(res.body).toMatchObject({ tag: ['tender'], language: 'nl', tender: { title: catalog.regios.get('regio-003')!.document } });
  });
});

describe('een screeningsronde als OCDS-release met bids en requirementResponses', () => {
  let env: TestEnv;
  let a: Agent;
  beforeAll(async () => {
    env = await testEnv();
    a = await login(env.app);
  });

  it('geldig; per meetellende inschrijving een response per eis met onze uitslag', async () => {
    const id = await createRound(a, 'OCDS');
    const files = [0, 1, 2].map((i) => asFile(`b${i}.json`, bid(i)));
    await attachAll(a.agent.post(`/api/v1/screeningsrondes/${id}/inschrijvingen`).set('X-CSRF-Token', a.csrf), [...files, asFile('kapot.json', '{')]).expect(201);
    const res = await a.agent.get(`/api/v1/screeningsrondes/${id}/ocds.json`).expect(200);
    expect(errorsOf(res.body)).toEqual([]);
    const details = res.body.bids.details as Array<{ tenderers: Array<{ id: string }>; requirementResponses: Array<{ requirement: { id: string }; uitslag: string; value: string }> }>;
    expect(details).toHaveLength(3);
    expect(res.body.parties.map((p: { id: string }) => p.id).sort()).toEqual(details.map((d) => d.tenderers[0]!.id).sort());
    // Each response answers a requirement of the tender, and carries the verdict of the stored result.
    const requirementIds = new Set((res.body.tender.criteria as Array<{ requirementGroups: Array<{ requirements: Array<{ id: string }> }> }>).flatMap((c) => c.requirementGroups.flatMap((g) => g.requirements.map((r) => r.id))));
    for (const d of details) {
      for (const r of d.requirementResponses) expect(requirementIds.has(r.requirement.id)).toBe(true);
      expect(new Set(d.requirementResponses.map((r) => r.uitslag)).size).toBeGreaterThan(0);
    }
    // The verdicts are those of the check itself.
    const expected = check(bid(0), env.catalog);
    if (!expected.ok) throw new Error('bid 0 is ongeldig');
    const eisen = [...expected.resultaat.regioEisen, ...expected.resultaat.producten.flatMap((p) => p.eisen)];
    expect(details[0]!.requirementResponses.map((r) => [r.requirement.id, r.uitslag])).toEqual(eisen.map((e) => [e.id, e.uitslag]));
  });

  it('zonder aanmelding: 401', async () => {
    await request(env.app).get('/api/v1/screeningsrondes/00000000-0000-4000-8000-000000000000/ocds.json').expect(401);
  });
});
