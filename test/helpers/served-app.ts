import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express } from 'express';
import { loadCatalog } from '../../server/catalog/loader.js';
import { createApp } from '../../server/http/app.js';
import { fixtureRegion } from './fixture-region.js';

/**
 * What the OpenAPI tests share: the app with the small fixture catalog on an ephemeral port (an integrator's tools read
 * the document from its URL), a tool from node_modules run as its own process, and a version 2 zelfevaluatie that passes.
 */

export function fixtureApp(options: { database?: string } = {}): Express {
  return createApp({ catalog: loadCatalog(fixtureRegion().root), ...options });
}

export async function listen(app: Express): Promise<{ base: string; close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const require = createRequire(import.meta.url);

/**
 * Runs the command `bin` of an installed package with this Node, asynchronously: the app under test answers in this
 * same process while the tool runs.
 */
export function runBin(pkg: string, bin: string, args: string[], cwd?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const manifest = require.resolve(`${pkg}/package.json`);
  const bins = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin;
  const script = path.join(path.dirname(manifest), bins[bin]!);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ALLE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** A version 2 zelfevaluatie for product T1 of the fixture region that meets every eis. */
export const fixtureZelfevaluatie = {
  versie: '2',
  regio: 'testregio',
  aanbieder: { naam: 'Zorg B.V.', kvkNummer: '12345678' },
  aanbod: [
    {
      productcode: 'T1',
      rooster: {
        diensten: [
          { naam: 'dag', dagen: ALLE, van: '07:00', tot: '23:00', plaats: 'locatie', medewerkers: [{ niveau: 'hbo', wijze: 'wakend' }] },
          { naam: 'nacht', dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, plaats: 'locatie', medewerkers: [{ niveau: 'mbo4', wijze: 'wakend' }] },
        ],
      },
      beschikbaarheid: { vensters: [{ dagen: ALLE, van: '00:00', tot: '24:00', telefonischMinuten: 5, fysiekMinuten: 10 }] },
      begeleiding: { individueelUrenPerWeek: 8 },
      verklaringen: { herstelplan: true },
    },
  ],
} as const;
