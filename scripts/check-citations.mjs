// Checks that every citation in the catalog occurs verbatim (whitespace-normalised) in its seed document.
// The seed documents are not part of the project: they are read from ../shared/seeds (or SEEDS_DIR).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.SEEDS_DIR ?? path.resolve(root, '../shared/seeds');
const regiosDir = path.join(root, 'schemas/regios');
const normalise = (s) => s.replace(/\s+/g, ' ').trim();

if (!existsSync(seedsDir)) {
  console.error(`Map met brondocumenten niet gevonden: ${seedsDir} (zet SEEDS_DIR).`);
  process.exit(2);
}

const seeds = new Map();
const seedText = (file) => {
  if (!seeds.has(file)) seeds.set(file, normalise(readFileSync(path.join(seedsDir, file), 'utf8')));
  return seeds.get(file);
};

let checked = 0;
const misses = [];
for (const regio of readdirSync(regiosDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const dir = path.join(regiosDir, regio);
  const regioDoc = JSON.parse(readFileSync(path.join(dir, 'regio.schema.json'), 'utf8'));
  const docs = regioDoc['x-regio'].documenten;
  const fileOf = (docId) => (docId ? docs.find((d) => d.id === docId) : docs[0])?.bronbestand;
  const check = (file, pointer, docId, citaat) => {
    checked++;
    const bron = fileOf(docId);
    if (!bron) return misses.push(`${file}${pointer}: onbekend document "${docId}"`);
    if (!seedText(bron).includes(normalise(citaat))) misses.push(`${file}${pointer}: niet letterlijk in ${bron}: "${citaat.slice(0, 120)}${citaat.length > 120 ? '…' : ''}"`);
  };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    const rel = `regios/${regio}/${name}`;
    const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    (doc.allOf ?? []).forEach((eis, i) => check(rel, `#/allOf/${i}/x-eis/bron/citaat`, eis['x-eis'].bron.document, eis['x-eis'].bron.citaat));
    (doc['x-verklaringen'] ?? []).forEach((v, i) => check(rel, `#/x-verklaringen/${i}/tekst`, v.document, v.tekst));
    const productBron = doc['x-product']?.bron;
    if (productBron) check(rel, '#/x-product/bron/citaat', productBron.document, productBron.citaat);
  }
}

for (const miss of misses) console.error(`✗ ${miss}`);
console.log(`${checked - misses.length} van ${checked} citaten letterlijk gevonden in de brondocumenten.`);
process.exit(misses.length > 0 ? 1 : 0);
