// Generates server/types/contract.ts from the contract schemas (json-schema-to-typescript).
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'server/types/contract.ts');

export async function generate() {
  // One root that holds both contract schemas and all their $defs, so shared declarations are emitted once
  // and every "#/$defs/..." reference still resolves locally (nothing is fetched).
  const defs = {};
  const properties = {};
  for (const [key, file] of [['zelfevaluatie', 'zelfevaluatie.schema.json'], ['toetsresultaat', 'toetsresultaat.schema.json']]) {
    const { $id, $schema, $defs = {}, ...schema } = JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'));
    for (const [name, def] of Object.entries($defs)) {
      if (defs[name]) throw new Error(`$defs/${name} staat in beide contractschema's`);
      defs[name] = def;
    }
    properties[key] = schema;
  }
  const contract = { title: 'Contract', type: 'object', additionalProperties: false, properties, $defs: defs };
  const banner = '/* Gegenereerd uit schemas/zelfevaluatie.schema.json en schemas/toetsresultaat.schema.json door `npm run gen:types`. Niet met de hand wijzigen. */';
  return compile(contract, 'Contract', { bannerComment: banner, additionalProperties: false, unreachableDefinitions: false, maxItems: -1, format: true, style: { singleQuote: true, printWidth: 120 } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ts = await generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(out, 'utf8');
    if (current !== ts) {
      console.error('server/types/contract.ts is verouderd: voer `npm run gen:types` uit.');
      process.exit(1);
    }
  } else {
    writeFileSync(out, ts);
    console.log(`geschreven: ${path.relative(root, out)}`);
  }
}
