import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../server/catalog/types.js';
import { assertAnswer } from './answer.js';
import { arbitraryBody, mutatedBid, rawBody, validBid, type Case } from './arbitraries.js';
import { baseBids, loadFuzzCatalog, type BaseBid } from './bids.js';
import { startServer, type TestServer } from './server.js';

/**
 * Property-based tests of POST /api/v1/toetsingen over HTTP. FUZZ_RUNS is the number of generated
 * requests over all properties, plus as many as there are valid base bids (default sized for about 25 s in the
 * normal suite; `npm run fuzz` runs 100 000);
 * FUZZ_SEED replays another seed. The seed is fixed so that a failure is the same on every machine.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const share = (fraction: number) => Math.max(1, Math.round(RUNS * fraction));
const timeout = Math.max(120_000, RUNS * 20);

let catalog: Catalog;
let server: TestServer;
let bases: BaseBid[];
let codes: string[];
const statuses = new Map<number, number>();

async function send(c: Case): Promise<void> {
  const answer = await server.post('/api/v1/toetsingen', c.body, c.headers);
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  assertAnswer(answer);
}

const run = (arb: fc.Arbitrary<Case>, numRuns: number, offset: number) =>
  // A run that does not finish in time fails too: requests that slow down add up before one hangs.
  fc.assert(fc.asyncProperty(arb, send), { numRuns, seed: SEED + offset, interruptAfterTimeLimit: timeout - 10_000, markInterruptAsFailure: true });

beforeAll(async () => {
  catalog = loadFuzzCatalog();
  bases = baseBids(catalog);
  codes = [...catalog.regios.values()].flatMap((r) => [...r.producten.keys()]);
  server = await startServer(catalog);
});

afterAll(async () => {
  await server?.close();
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  console.info(`fuzz: ${total} verzoeken, seed ${SEED}, ${bases?.length} geldige basisbiedingen; statussen ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
});

describe('POST /api/v1/toetsingen onder fuzzing: altijd 200 of 4xx met een probleemdocument, nooit 5xx', () => {
  it('heeft geldige biedingen om te muteren, die 200 geven', async () => {
    expect(bases.length).toBeGreaterThan(0);
    await run(validBid(bases), bases.length, 0);
  });

  it('willekeurige JSON-waarden als body', { timeout }, async () => {
    await run(arbitraryBody(), share(0.3), 1);
  });

  it('geldige biedingen met vijandige wijzigingen: typen, getallen, tekens, sleutels, nesting, aantallen', { timeout }, async () => {
    await run(mutatedBid(bases, codes), share(0.52), 2);
  });

  it('kapotte bodies: afgekapt, ongeldige UTF-8, BOM, enorme getallen, compressie, mediatypen', { timeout }, async () => {
    await run(rawBody(bases), share(0.18), 3);
  });

  it('vervuilt geen prototypes', () => {
    const probe = {} as Record<string, unknown>;
    expect(Object.keys(Object.prototype)).toEqual([]);
    for (const k of ['x', 'y', 'vervuild', 'a', 'polluted']) expect(probe[k]).toBeUndefined();
  });
});
