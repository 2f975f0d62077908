import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/start.mjs is plain JavaScript run by `npm start`; its check is imported by a computed path.
const startScript = path.resolve(import.meta.dirname, '../../scripts/start.mjs');
const { staleReason } = (await import(startScript)) as { staleReason: (base: string) => string | undefined };

describe('npm start: bouwen alleen als de bronnen nieuwer zijn dan dist/', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-start-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const write = (file: string, secondsAgo: number) => {
    const full = path.join(base, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(full, t, t);
  };

  it('bouwt een checkout zonder dist/, niet een gebouwde, wel na een gewijzigde bron of configuratie', () => {
    write('tsconfig.json', 100);
    write('tsconfig.build.json', 100);
    write('schemas/zelfevaluatie.schema.json', 100);
    write('server/main.ts', 100);
    write('server/engine/check.ts', 100);
    write('server/types/contract.d.ts', 1);
    expect(staleReason(base)).toMatch(/^server.*\.ts is nog niet gebouwd$/);

    write('dist/server/main.js', 50);
    write('dist/server/engine/check.js', 50);
    expect(staleReason(base)).toBeUndefined();

    write('server/engine/check.ts', 10);
    expect(staleReason(base)).toBe(`${path.join('server', 'engine', 'check.ts')} is gewijzigd`);
    write('dist/server/engine/check.js', 5);
    expect(staleReason(base)).toBeUndefined();

    write('schemas/zelfevaluatie.schema.json', 1);
    expect(staleReason(base)).toBe('schemas/zelfevaluatie.schema.json is gewijzigd');
  });
});
