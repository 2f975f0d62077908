import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import yazl from 'yazl';
import type { Express } from 'express';
import { loadRegion } from '../../server/catalog/loader.js';
import type { Catalog } from '../../server/catalog/types.js';
import { createApp } from '../../server/http/app.js';
import { projectRoot, regiosDir } from '../../server/paths.js';
import { hashPassword } from '../../server/screening/auth.js';
import Database from 'better-sqlite3';
import { openDatabase, type SqliteDb } from '../../server/screening/db.js';
import { ScreeningStore } from '../../server/screening/store.js';

export const REGIO = 'gelderland-zuid';
export const PASSWORD = 'correct-paard-batterij-niet';
/** A closing date in the future (a date in the past is refused when a round is made). */
export const SLUITINGSDATUM = `${new Date().getUTCFullYear() + 1}-12-01`;

/** Only the region under test: the other regions' catalogs may be mid-edit. */
export function regionCatalog(): Catalog {
  const region = loadRegion(path.join(regiosDir, REGIO));
  return { regios: new Map([[region.id, region]]) };
}

export interface TestEnv {
  dir: string;
  file: string;
  /** The SQLite connection itself, for tests that look at or break the stored rows directly. */
  db: Database.Database;
  /** The same database as the app uses it. */
  database: SqliteDb;
  store: ScreeningStore;
  catalog: Catalog;
  app: Express;
}

let hashed: Promise<string> | undefined;

/** Two organisations: two users in one, one in the other. */
export async function seedUsers(store: ScreeningStore): Promise<void> {
  hashed ??= hashPassword(PASSWORD);
  const wachtwoordHash = await hashed;
  await store.createUser({ organisatie: 'Regio Gelderland Zuid, inkoop', email: 'inkoper@gz.example', naam: 'Ina Koper', wachtwoordHash });
  await store.createUser({ organisatie: 'Regio Gelderland Zuid, inkoop', email: 'collega@gz.example', naam: 'Cor Collega', wachtwoordHash });
  await store.createUser({ organisatie: 'Andere Regio', email: 'inkoper@andere.example', naam: 'Anne Ander', wachtwoordHash });
}

/** A real SQLite file in a fresh temp dir, two organisations with one user each, and the app on top. */
export async function testEnv(options: { loginLimit?: number; catalog?: Catalog } = {}): Promise<TestEnv> {
  // Tests log in many times a minute; one test turns the brake back on.
  process.env.EISENTOETS_LOGIN_LIMIT = String(options.loginLimit ?? 0);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-screening-'));
  const file = path.join(dir, 'data', 'eisentoets.sqlite');
  const database = (await openDatabase(file)) as SqliteDb;
  const store = new ScreeningStore(database);
  await seedUsers(store);
  const catalog = options.catalog ?? regionCatalog();
  return { dir, file, db: database.raw, database, store, catalog, app: createApp({ catalog, database }) };
}

/** The CSRF token in a rendered form. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('geen CSRF-token in de pagina');
  return m[1]!;
}

/** A supertest agent with a session, and the CSRF token of its last page. */
export async function login(app: Express, email = 'inkoper@gz.example') {
  const agent = request.agent(app);
  const page = await agent.get('/inkoop/inloggen').expect(200);
  await agent.post('/inkoop/inloggen').type('form').send({ _csrf: csrfFrom(page.text), email, wachtwoord: PASSWORD, terug: '/inkoop' }).expect(303);
  const home = await agent.get('/inkoop').expect(200);
  return { agent, csrf: csrfFrom(home.text) };
}

export type Agent = Awaited<ReturnType<typeof login>>;

/** Creates a round through the API with the session (and its CSRF token). */
export async function createRound(a: Agent, naam = 'Beschermd Wonen 2026, ronde 1'): Promise<string> {
  const res = await a.agent.post('/api/v1/screeningsrondes').set('X-CSRF-Token', a.csrf).send({ naam, regio: REGIO, sluitingsdatum: SLUITINGSDATUM }).expect(201);
  return res.body.id as string;
}

const samplesDir = path.join(projectRoot, 'samples', REGIO);

/** The region's sample bids (parsed), as the base of generated bids. */
export function sampleBids(): Array<Record<string, unknown>> {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(samplesDir, f), 'utf8')) as Record<string, unknown>);
}

/** One sample by file name, with its own bidder name and KvK number. */
export function sampleNamed(file: string, naam: string, kvkNummer: string): Record<string, unknown> {
  const base = JSON.parse(readFileSync(path.join(samplesDir, file), 'utf8')) as Record<string, unknown>;
  base.aanbieder = { naam, kvkNummer };
  return base;
}

export const kvk = (i: number) => String(30000000 + i * 7919).padStart(8, '0');

/** Bid i: a sample with its own name and KvK number. */
export function bid(i: number, samples = sampleBids()): Record<string, unknown> {
  const base = structuredClone(samples[i % samples.length]!);
  base.aanbieder = { naam: `Zorgaanbieder ${String(i).padStart(3, '0')} B.V.`, kvkNummer: kvk(i) };
  return base;
}

export interface Upload {
  naam: string;
  inhoud: Buffer;
}

export const asFile = (naam: string, value: unknown): Upload => ({ naam, inhoud: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

/**
 * 50 files: 44 valid bids (one of them a second bid from an earlier KvK number) and 6 that are not valid
 * zelfevaluaties, each for another reason.
 */
export function fiftyBids(): { files: Upload[]; invalid: string[]; duplicateKvk: string } {
  const samples = sampleBids();
  const files: Upload[] = [];
  for (let i = 0; i < 43; i++) files.push(asFile(`bod-${String(i).padStart(3, '0')}.json`, bid(i, samples)));
  const second = bid(7, samples);
  (second.aanbieder as { naam: string }).naam = 'Zorgaanbieder 007 B.V. (herzien)';
  files.push(asFile('bod-007-herzien.json', second));
  const wrongRegion = { ...bid(100, samples), regio: 'centraal-gelderland' };
  const noKvk = bid(101, samples);
  delete (noKvk.aanbieder as Record<string, unknown>).kvkNummer;
  const unknownProduct = bid(102, samples);
  (unknownProduct.aanbod as Array<Record<string, unknown>>)[0]!.productcode = '99X99';
  const invalid = ['kapot.json', 'geen-kvk.json', 'onbekend-product.json', 'andere-regio.json', 'leeg.json', 'notities.txt'];
  files.push(
    asFile('kapot.json', '{"versie": "1", "regio": '),
    asFile('geen-kvk.json', noKvk),
    asFile('onbekend-product.json', unknownProduct),
    asFile('andere-regio.json', wrongRegion),
    asFile('leeg.json', ''),
    asFile('notities.txt', 'Dit is geen zelfevaluatie.'),
  );
  return { files, invalid, duplicateKvk: kvk(7) };
}

/** A ZIP (in memory) of the given files. */
export function zipOf(files: Array<Upload | { naam: string; inhoud: Buffer; compress?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(f.inhoud, f.naam, { compress: 'compress' in f ? f.compress : true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Attaches files to a multipart request under the field "bestanden". */
export function attachAll<T extends { attach: (field: string, file: Buffer, options: { filename: string; contentType: string }) => T }>(req: T, files: Upload[]): T {
  let r = req;
  for (const f of files) r = r.attach('bestanden', f.inhoud, { filename: f.naam, contentType: f.naam.endsWith('.zip') ? 'application/zip' : 'application/json' });
  return r;
}

/** A binary response body as a Buffer (supertest parser). */
export function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
  stream.on('error', (err: Error) => cb(err, Buffer.alloc(0)));
}
