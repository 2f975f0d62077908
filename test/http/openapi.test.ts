import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { Auth } from '../../server/screening/auth.js';
import { openDatabase } from '../../server/screening/db.js';
import { ScreeningStore } from '../../server/screening/store.js';
import { API_VERSION } from '../../server/http/version.js';
import { fixtureApp, fixtureZelfevaluatie } from '../helpers/served-app.js';

/** The NL GOV API Design Rules that the linter cannot see from the document alone: what the server sends. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Operation = { operationId: string; parameters?: unknown[]; responses: Record<string, { headers?: Record<string, unknown> }> };

const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-openapi-'));
const database = path.join(dir, 'eisentoets.sqlite');
const app = fixtureApp({ database });
const problemType = /^application\/problem\+json/;
const someId = '00000000-0000-4000-8000-000000000000';

let doc: { info: { version: string }; servers: Array<{ url: string }>; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Json> } };
let token: string;
let rondeId: string;

beforeAll(async () => {
  doc = (await request(app).get('/api/v1/openapi.json').expect(200)).body;
  const db = await openDatabase(database);
  const store = new ScreeningStore(db);
  const user = await store.createUser({ organisatie: 'Testregio, inkoop', email: 'inkoper@test.example', naam: 'Ina Koper', wachtwoordHash: 'niet-gebruikt' });
  token = (await (await Auth.create(store)).createToken(user, 'openapi-test')).token;
  await db.close();
  const ronde = await request(app).post('/api/v1/screeningsrondes').set('Authorization', `Bearer ${token}`).send({ naam: 'Ronde', regio: 'testregio', sluitingsdatum: `${new Date().getUTCFullYear() + 1}-12-01` }).expect(201);
  rondeId = ronde.body.id;
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([pad, ops]) => Object.entries(ops).map(([method, op]) => ({ pad, method, op })));

describe('versie', () => {
  it('info.version is semver, en de hoofdversie is de v1 in het pad van de server', () => {
    expect(doc.info.version).toBe(API_VERSION);
    expect(API_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.servers.map((s) => s.url)).toEqual([`/api/v${API_VERSION.split('.')[0]}`]);
  });

  it.each([
    ['GET', '/api/v1/regios', 200],
    ['GET', '/api/v1/regios/Testregio', 400],
    ['GET', '/api/v1/regios/atlantis', 404],
    ['POST', '/api/v1/toetsingen', 400],
    ['GET', '/api/v1/screeningsrondes', 401],
    ['GET', '/api/v1/schemas/zelfevaluatie.schema.json', 200],
    ['GET', '/', 200],
    ['GET', '/healthz', 200],
  ])('API-Version op elk antwoord: %s %s (%i)', async (method, url, status) => {
    const req = method === 'GET' ? request(app).get(url) : request(app).post(url).set('content-type', 'application/json').send('{kapot');
    const res = await req.expect(status);
    expect(res.headers['api-version']).toBe(API_VERSION);
  });

  it('elk antwoord in de beschrijving documenteert API-Version', () => {
    const zonder = operations().flatMap(({ pad, method, op }) =>
      Object.entries(op.responses)
        .filter(([, response]) => !response.headers?.['API-Version'])
        .map(([status]) => `${method} ${pad} ${status}`),
    );
    expect(zonder).toEqual([]);
  });
});

describe('op zichzelf staand', () => {
  it('elke $ref wijst in het document zelf, naar iets dat er is', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref') refs.push(value as string);
          else walk(value);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    const resolve = (ref: string) =>
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
    expect(refs.filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined)).toEqual([]);
  });

  it('de gebundelde contractschema’s keuren hetzelfde goed en af als de bestanden', () => {
    // Not the project's strict Ajv: the components carry OpenAPI and x- annotations, which a strict validator refuses.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile({ $id: 'https://eisentoets.test/openapi.json', components: doc.components, $ref: '#/components/schemas/Zelfevaluatie' });
    expect(validate(fixtureZelfevaluatie), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...fixtureZelfevaluatie, aanbod: [{ ...fixtureZelfevaluatie.aanbod[0], rooster: { diensten: [{ dagen: ['ma'], van: '25:00', tot: '07:00', medewerkers: [] }] } }] })).toBe(false);
  });
});

/**
 * /core/error-handling/invalid-input: every operation the rule names (GET and DELETE with parameters, every POST)
 * answers 400 with a problem document, and the table must name each of them.
 */
describe('400 bij een ongeldige parameter of onleesbare invoer', () => {
  const cases: Array<[operationId: string, method: 'get' | 'post' | 'put' | 'delete', url: () => string, wat: string]> = [
    ['regio', 'get', () => '/api/v1/regios/Testregio', '"regio"'],
    ['producten', 'get', () => '/api/v1/regios/test_regio/producten', '"regio"'],
    ['product', 'get', () => '/api/v1/regios/testregio/producten/t1', '"code"'],
    ['verschillen', 'get', () => '/api/v1/regios/testregio/verschillen?van=volgend-jaar', '"van"'],
    ['verschillenBod', 'post', () => '/api/v1/regios/testregio/verschillen/bod?naar=volgend-jaar', '"naar"'],
    ['sjabloon', 'get', () => '/api/v1/regios/Testregio/sjabloon.xlsx', '"regio"'],
    ['regioOcds', 'get', () => '/api/v1/regios/Testregio/ocds.json', '"regio"'],
    ['rondeOcds', 'get', () => '/api/v1/screeningsrondes/1/ocds.json', '"id"'],
    ['schema', 'get', () => '/api/v1/schemas/..%2Fpackage.json', '"naam"'],
    ['catalogusSchema', 'get', () => '/api/v1/schemas/regios/testregio/T1.json', '"bestand"'],
    ['toets', 'post', () => '/api/v1/toetsingen', 'JSON'],
    ['kwalificatie', 'post', () => '/api/v1/kwalificatie', 'JSON'],
    ['rondeMaken', 'post', () => '/api/v1/screeningsrondes', 'JSON'],
    ['ronde', 'get', () => `/api/v1/screeningsrondes/${rondeId}?alleen=alles`, '"alleen"'],
    ['rondeVerwijderen', 'delete', () => '/api/v1/screeningsrondes/geen-uuid', '"id"'],
    ['inschrijvingen', 'post', () => '/api/v1/screeningsrondes/geen-uuid/inschrijvingen', '"id"'],
    ['inschrijving', 'get', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/12`, '"bid"'],
    ['inschrijvingRapport', 'get', () => `/api/v1/screeningsrondes/${someId.replace(/0/g, 'A')}/inschrijvingen/${someId}/rapport.pdf`, '"id"'],
    ['inschrijvingTelt', 'post', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/geen-uuid/telt`, '"bid"'],
    ['exportXlsx', 'get', () => '/api/v1/screeningsrondes/1/export.xlsx', '"id"'],
    ['exportCsv', 'get', () => '/api/v1/screeningsrondes/1/export.csv', '"id"'],
    ['rapportenZip', 'get', () => '/api/v1/screeningsrondes/1/rapporten.zip', '"id"'],
    ['inschrijvingVerwijderen', 'delete', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/geen-uuid`, '"bid"'],
    ['inschrijvingBestand', 'get', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/geen-uuid/bestand`, '"bid"'],
    ['beoordelingVastleggen', 'put', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/geen-uuid/beoordeling`, '"bid"'],
    ['beoordelingBevestigen', 'post', () => `/api/v1/screeningsrondes/${someId}/inschrijvingen/geen-uuid/beoordeling/bevestiging`, '"bid"'],
    ['notitieToevoegen', 'post', () => `/api/v1/screeningsrondes/geen-uuid/inschrijvingen/${someId}/notities`, '"id"'],
    ['uploads', 'get', () => '/api/v1/screeningsrondes/1/uploads', '"id"'],
    ['uploadVerwijderen', 'delete', () => `/api/v1/screeningsrondes/${someId}/uploads/nul`, '"nr"'],
    ['hertoetsing', 'post', () => `/api/v1/screeningsrondes/${rondeId}/hertoetsing?proef=misschien`, '"proef"'],
  ];

  it('de tabel noemt elke operatie waarvoor de regel 400 vraagt, en die documenteert 400', () => {
    const asked = operations()
      .filter(({ method, op }) => method === 'post' || (op.parameters?.length ?? 0) > 0)
      .map(({ op }) => op.operationId);
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(asked));
    expect(operations().filter(({ op }) => asked.includes(op.operationId) && !op.responses['400']).map(({ op }) => op.operationId)).toEqual([]);
  });

  it.each(cases)('%s: %s %s', async (_id, method, url, wat) => {
    const res = await request(app)[method](url()).set('Authorization', `Bearer ${token}`).set('content-type', 'application/json').send('{kapot').expect(400).expect('content-type', problemType);
    expect(res.body).toMatchObject({ status: 400, title: expect.any(String), detail: expect.stringContaining(wat) });
  });

  it('zonder sleutel eerst 401: een ongeldige parameter verraadt niets aan wie niet mag vragen', async () => {
    await request(app).get('/api/v1/screeningsrondes/geen-uuid').expect(401).expect('content-type', problemType);
  });

  it('een goedgevormde waarde die niets aanwijst blijft 404', async () => {
    const auth = { Authorization: `Bearer ${token}` };
    for (const url of ['/api/v1/regios/atlantis', '/api/v1/regios/testregio/producten/T9', '/api/v1/schemas/bestaat-niet.schema.json', `/api/v1/screeningsrondes/${someId}`]) {
      await request(app).get(url).set(auth).expect(404).expect('content-type', problemType);
    }
    await request(app).get(`/api/v1/screeningsrondes/${rondeId}?alleen=voldoet-niet`).set(auth).expect(200);
  });
});
