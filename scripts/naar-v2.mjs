// Converts zelfevaluaties of contract version 1 to version 2, in place: `node scripts/naar-v2.mjs <bestand.json> …`.
// The same conversion the server applies to every version 1 submission (server/contract/convert-v1.ts); run `npm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { convertV1 } from '../dist/server/contract/convert-v1.js';

for (const file of process.argv.slice(2)) {
  const input = JSON.parse(readFileSync(file, 'utf8'));
  if (input.versie !== '1') {
    console.log(`${file}: al versie ${input.versie}`);
    continue;
  }
  writeFileSync(file, `${JSON.stringify(convertV1(input).value, null, 2)}\n`);
  console.log(`${file}: omgezet naar versie 2`);
}
