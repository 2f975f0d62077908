// Checks the catalog and that every citation occurs verbatim (whitespace-normalised) in its source document, inside the
// section it names: a thin call of `eisentoets catalogus controleer <catalogus> --bronnen <seeds>` (server/catalog/author.ts).
// The seed documents are not part of the project: they are read from ../shared/seeds (or SEEDS_DIR). The catalog folder
// is EISENTOETS_CATALOGUS, or schemas/regios. Needs the build (npm run build; npm ci does it).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(process.env.SEEDS_DIR ?? path.join(root, '../shared/seeds'));
const cli = path.join(root, 'dist/server/cli/catalogus.js');

if (!existsSync(seedsDir)) {
  console.error(`Map met brondocumenten niet gevonden: ${seedsDir} (zet SEEDS_DIR).`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('De code is nog niet gebouwd: draai eerst npm run build.');
  process.exit(2);
}
const { catalogusCommand } = await import(pathToFileURL(cli).href);
process.exit(await catalogusCommand(['controleer', '--bronnen', seedsDir]));
