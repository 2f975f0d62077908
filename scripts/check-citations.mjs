// Checks that every citation in the catalog occurs verbatim (whitespace-normalised) in its seed document, inside the
// section it names. A document lists its sections in order with the text each begins with (x-regio.documenten[].secties);
// a section runs to the start of the next. The seed documents are not part of the project: they are read from
// ../shared/seeds (or SEEDS_DIR). The catalog folder is EISENTOETS_CATALOGUS, or schemas/regios.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = process.env.SEEDS_DIR ?? path.resolve(root, '../shared/seeds');
const regiosDir = process.env.EISENTOETS_CATALOGUS ? path.resolve(process.env.EISENTOETS_CATALOGUS) : path.join(root, 'schemas/regios');
const normalise = (s) => s.replace(/\s+/g, ' ').trim();

if (!existsSync(seedsDir)) {
  console.error(`Map met brondocumenten niet gevonden: ${seedsDir} (zet SEEDS_DIR).`);
  process.exit(2);
}

const misses = [];
const seeds = new Map();
const seedText = (file) => {
  if (!seeds.has(file)) {
    const full = path.join(seedsDir, file);
    seeds.set(file, existsSync(full) ? normalise(readFileSync(full, 'utf8')) : undefined);
  }
  return seeds.get(file);
};

/** Sections of one document as [naam, start, end) in the normalised text, or a list of problems. */
function sectionsOf(doc, text, where) {
  const out = [];
  let from = 0;
  for (const [i, s] of (doc.secties ?? []).entries()) {
    const begin = normalise(s.begin);
    const at = text.indexOf(begin, from);
    if (at < 0) {
      misses.push(`${where}/secties/${i}: begin van sectie "${s.naam}" niet gevonden (na de vorige sectie): "${begin.slice(0, 80)}"`);
      continue;
    }
    out.push({ naam: s.naam, start: at });
    from = at + begin.length;
  }
  return out.map((s, i) => ({ ...s, end: out[i + 1]?.start ?? text.length }));
}

let checked = 0;
const isDir = (p) => { try { return statSync(p).isDirectory(); } catch { return false; } };
for (const regio of readdirSync(regiosDir).filter((n) => isDir(path.join(regiosDir, n))).sort()) {
  const dir = path.join(regiosDir, regio);
  const regioDoc = JSON.parse(readFileSync(path.join(dir, 'regio.schema.json'), 'utf8'));
  const docs = regioDoc['x-regio'].documenten.map((d, i) => {
    const text = seedText(d.bronbestand);
    const where = `regios/${regio}/regio.schema.json#/x-regio/documenten/${i}`;
    if (text === undefined) misses.push(`${where}: brondocument ${d.bronbestand} niet gevonden in ${seedsDir}`);
    return { ...d, text, sections: text === undefined ? [] : sectionsOf(d, text, where) };
  });
  const docOf = (docId) => (docId ? docs.find((d) => d.id === docId) : docs[0]);
  const check = (file, pointer, docId, sectie, citaat) => {
    checked++;
    const doc = docOf(docId);
    if (!doc) return misses.push(`${file}${pointer}: onbekend document "${docId}"`);
    if (doc.text === undefined) return;
    const needle = normalise(citaat);
    // The longest declared section that the cited sectie names: "6 Beschermd Wonen: zwaar - Toezicht" → "6 Beschermd Wonen: zwaar".
    const section = doc.sections.filter((s) => sectie === s.naam || sectie.startsWith(`${s.naam} - `)).sort((a, b) => b.naam.length - a.naam.length)[0];
    if (!section) return misses.push(`${file}${pointer}: sectie "${sectie}" staat niet in de secties van ${doc.bronbestand}`);
    const at = doc.text.slice(section.start, section.end).indexOf(needle);
    if (at < 0) {
      const elsewhere = doc.text.includes(needle);
      misses.push(`${file}${pointer}: ${elsewhere ? `wel in ${doc.bronbestand}, maar niet in sectie "${section.naam}"` : `niet letterlijk in ${doc.bronbestand}`}: "${citaat.slice(0, 120)}${citaat.length > 120 ? '…' : ''}"`);
    }
  };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
    const rel = `regios/${regio}/${name}`;
    const doc = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    (doc.allOf ?? []).forEach((eis, i) => check(rel, `#/allOf/${i}/x-eis/bron/citaat`, eis['x-eis'].bron.document, eis['x-eis'].bron.sectie, eis['x-eis'].bron.citaat));
    (doc['x-verklaringen'] ?? []).forEach((v, i) => check(rel, `#/x-verklaringen/${i}/tekst`, v.document, v.sectie, v.tekst));
    const productBron = doc['x-product']?.bron;
    if (productBron) check(rel, '#/x-product/bron/citaat', productBron.document, productBron.sectie, productBron.citaat);
  }
}

for (const miss of misses) console.error(`✗ ${miss}`);
console.log(`${checked - misses.length} van ${checked} citaten letterlijk gevonden in hun sectie van de brondocumenten.`);
process.exit(misses.length > 0 ? 1 : 0);
