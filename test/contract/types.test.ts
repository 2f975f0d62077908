import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';

describe('gegenereerde contracttypes', () => {
  it('server/types/contract.ts is gelijk aan wat json-schema-to-typescript uit schemas/ maakt', () => {
    let uitvoer = '';
    try {
      execFileSync(process.execPath, [path.join(projectRoot, 'scripts/gen-types.mjs'), '--check'], { cwd: projectRoot, stdio: 'pipe' });
    } catch (err) {
      uitvoer = String((err as { stderr?: Buffer }).stderr ?? err);
    }
    expect(uitvoer).toBe('');
  });
});
