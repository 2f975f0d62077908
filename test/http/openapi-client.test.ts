import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { fixtureApp, fixtureZelfevaluatie, listen, runBin } from '../helpers/served-app.js';

/**
 * What an integrator does with the document: generate TypeScript types from its URL (openapi-typescript), write a
 * small client against them, type-check it with tsc, and call the API. The sample must fit the generated types, and
 * a wrong one must not (the @ts-expect-error fails the build when the types would accept anything).
 */

const client = (sample: unknown) => `import type { components, paths } from './api.js';

type Toetsing = paths['/toetsingen']['post'];
type Toetsresultaat = Toetsing['responses']['200']['content']['application/json'];
export type Zelfevaluatie = components['schemas']['Zelfevaluatie'];

/** Posts a zelfevaluatie to the API at basis (the server URL of the document) and reads the verdict. */
export async function toets(basis: string, zelfevaluatie: Toetsing['requestBody']['content']['application/json']) {
  const res = await fetch(\`\${basis}/toetsingen\`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(zelfevaluatie),
  });
  if (res.status !== 200) throw new Error(\`\${res.status}: \${await res.text()}\`);
  const resultaat = (await res.json()) as Toetsresultaat;
  return { uitslag: resultaat.uitslag, producten: resultaat.producten.map((p) => [p.productcode, p.uitslag]), apiVersion: res.headers.get('API-Version') };
}

export const voorbeeld: Zelfevaluatie = ${JSON.stringify(sample, null, 2)};

// @ts-expect-error contractversie 3 bestaat niet
export const fout: Zelfevaluatie = { ...voorbeeld, versie: '3' };
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-client-'));
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  server = await listen(fixtureApp());
});

afterAll(async () => {
  await server?.close();
});

describe('een client uit de OpenAPI-beschrijving', () => {
  it('genereert types, compileert en toetst een zelfevaluatie', async () => {
    const documentUrl = `${server.base}/api/v1/openapi.json`;
    const generated = await runBin('openapi-typescript', 'openapi-typescript', [documentUrl, '--output', path.join(dir, 'api.ts')]);
    expect(generated.code, generated.stderr).toBe(0);

    writeFileSync(path.join(dir, 'client.ts'), client(fixtureZelfevaluatie));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUnusedLocals: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023'],
          types: ['node'],
          typeRoots: [path.join(projectRoot, 'node_modules/@types')],
          outDir: 'out',
        },
        files: ['api.ts', 'client.ts'],
      }),
    );
    const compiled = await runBin('typescript', 'tsc', ['-p', dir]);
    expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);

    // The server URL in the document is relative to the document's own address, as an integrator resolves it.
    const doc = (await (await fetch(documentUrl)).json()) as { servers: Array<{ url: string }> };
    const basis = new URL(doc.servers[0]!.url, documentUrl).href;
    const { toets, voorbeeld } = (await import(pathToFileURL(path.join(dir, 'out/client.js')).href)) as {
      toets: (basis: string, z: unknown) => Promise<{ uitslag: string; producten: string[][]; apiVersion: string | null }>;
      voorbeeld: unknown;
    };
    expect(await toets(basis, voorbeeld)).toEqual({ uitslag: 'voldoet', producten: [['T1', 'voldoet']], apiVersion: expect.stringMatching(/^1\.\d+\.\d+$/) });
  });
});
