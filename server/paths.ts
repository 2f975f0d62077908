import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module with a package.json (works from server/ and dist/server/). */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Geen package.json gevonden boven ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const schemasDir = path.join(projectRoot, 'schemas');
export const regiosDir = path.join(schemasDir, 'regios');
export const templatesDir = path.join(projectRoot, 'templates');

/** The catalog folder everything reads: EISENTOETS_CATALOGUS when set (read at call time), else schemas/regios. */
export function catalogDir(): string {
  const dir = process.env.EISENTOETS_CATALOGUS;
  return dir ? path.resolve(dir) : regiosDir;
}
