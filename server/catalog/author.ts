// Tools for the people who write the catalog (procurement advisers): check a catalog folder and report every problem
// at once with file, line and column, and scaffold a new region. Used by `eisentoets catalogus …` and check:citations.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, parse, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { CatalogError, collectRegion, regionFolders } from './loader.js';

/** One problem in a catalog file: where (file, line, column, JSON pointer) and what to write instead. */
export interface Probleem {
  /** The file as given on the command line (catalog folder + region + file name). */
  bestand: string;
  regel?: number;
  kolom?: number;
  pointer: string;
  melding: string;
}

export interface ControleUitkomst {
  problemen: Probleem[];
  regios: number;
  /** Citations looked up in their sources (0 when no source folder was given). */
  citaten: number;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

const segments = (pointer: string) =>
  pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** Line and column (1-based) of the value at a JSON pointer, or of its nearest existing parent. */
function lineColumn(text: string, pointer: string): { regel: number; kolom: number } | undefined {
  const tree = parseTree(text);
  if (!tree) return undefined;
  const at = segments(pointer);
  let node: Node | undefined;
  for (let n = at.length; n >= 0 && !node; n--) node = n === 0 ? tree : findNodeAtLocation(tree, at.slice(0, n));
  // For a property, point at its name rather than its value: that is where an adviser looks.
  return offsetToLineColumn(text, node!.parent?.type === 'property' ? node!.parent.offset : node!.offset);
}

function offsetToLineColumn(text: string, offset: number): { regel: number; kolom: number } {
  const before = text.slice(0, offset).split('\n');
  return { regel: before.length, kolom: before.at(-1)!.length + 1 };
}

/** A loader error as a problem in the real file under `dir` (the loader names files as regios/<regio>/<bestand>). */
function fromCatalogError(dir: string, err: CatalogError): Probleem {
  const logical = err.bestand.replace(/^regios\//, '');
  const file = path.join(dir, logical);
  let where: { regel: number; kolom: number } | undefined;
  try {
    const text = readFileSync(file, 'utf8');
    if (err.detail.startsWith('geen geldige JSON')) {
      const errors: ParseError[] = [];
      parse(text, errors, { allowTrailingComma: false, disallowComments: true });
      where = errors[0] ? offsetToLineColumn(text, errors[0].offset) : undefined;
    } else {
      where = lineColumn(text, err.pointer);
    }
  } catch {
    where = undefined;
  }
  return { bestand: existsSync(file) ? file : err.bestand, ...where, pointer: err.pointer, melding: err.detail };
}

interface Bron {
  id: string;
  bronbestand: string;
  secties?: Array<{ naam: string; begin: string }>;
}

/** The text of a source document: a .pdf through poppler's pdftotext, anything else as UTF-8 text. */
function sourceText(file: string): { tekst?: string; fout?: string } {
  if (!existsSync(file)) return { fout: 'niet gevonden' };
  if (!file.toLowerCase().endsWith('.pdf')) return { tekst: normalise(readFileSync(file, 'utf8')) };
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) return { fout: 'pdftotext (poppler-utils) is niet geïnstalleerd; installeer het of geef de tekst als .txt' };
  if (r.status !== 0) return { fout: `pdftotext kon het niet lezen: ${r.stderr.trim()}` };
  return { tekst: normalise(r.stdout) };
}

/**
 * Every citation of one region must occur verbatim (whitespace normalised) in its source, inside the section it names.
 * A document lists its sections in order with the text each begins with (x-regio.documenten[].secties); a section runs
 * to the start of the next.
 */
function checkCitations(regionDir: string, bronnen: string, report: (file: string, pointer: string, melding: string) => void): number {
  const regioFile = path.join(regionDir, 'regio.schema.json');
  let regio: { 'x-regio': { documenten: Bron[] } };
  try {
    regio = JSON.parse(readFileSync(regioFile, 'utf8')) as typeof regio;
  } catch {
    return 0; // reported by the loader
  }
  const texts = new Map<string, string | undefined>();
  const docs = regio['x-regio'].documenten.map((d, i) => {
    const where = `/x-regio/documenten/${i}`;
    if (!texts.has(d.bronbestand)) {
      const { tekst, fout } = sourceText(path.join(bronnen, d.bronbestand));
      if (fout) report(regioFile, `${where}/bronbestand`, `brondocument ${d.bronbestand} in ${bronnen}: ${fout}`);
      texts.set(d.bronbestand, tekst);
    }
    const text = texts.get(d.bronbestand);
    const sections: Array<{ naam: string; start: number; end: number }> = [];
    if (text !== undefined) {
      let from = 0;
      for (const [j, s] of (d.secties ?? []).entries()) {
        const begin = normalise(s.begin);
        const at = text.indexOf(begin, from);
        if (at < 0) {
          report(regioFile, `${where}/secties/${j}/begin`, `begin van sectie "${s.naam}" niet gevonden in ${d.bronbestand} (na de vorige sectie): "${begin.slice(0, 80)}"`);
          continue;
        }
        sections.push({ naam: s.naam, start: at, end: text.length });
        from = at + begin.length;
      }
      sections.forEach((s, j) => (s.end = sections[j + 1]?.start ?? text.length));
    }
    return { ...d, text, sections };
  });

  let checked = 0;
  const check = (file: string, pointer: string, docId: string | undefined, sectie: string, citaat: string) => {
    checked++;
    const doc = docId ? docs.find((d) => d.id === docId) : docs[0];
    if (!doc || doc.text === undefined) return; // an unknown document is a loader problem; a missing source is reported once
    const needle = normalise(citaat);
    const section = doc.sections.filter((s) => sectie === s.naam || sectie.startsWith(`${s.naam} - `)).sort((a, b) => b.naam.length - a.naam.length)[0];
    const short = `"${citaat.slice(0, 120)}${citaat.length > 120 ? '…' : ''}"`;
    if (doc.sections.length > 0 && !section) {
      report(file, pointer, `sectie "${sectie}" staat niet in de secties van ${doc.bronbestand}: schrijf een van ${doc.sections.map((s) => `"${s.naam}"`).join(', ')}`);
      return;
    }
    const within = section ? doc.text.slice(section.start, section.end) : doc.text;
    if (within.includes(needle)) return;
    report(
      file,
      pointer,
      section && doc.text.includes(needle)
        ? `citaat staat wel in ${doc.bronbestand}, maar niet in sectie "${section.naam}": ${short}`
        : `citaat staat niet letterlijk in ${doc.bronbestand}: ${short}`,
    );
  };
  for (const name of readdirSync(regionDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    const file = path.join(regionDir, name);
    let doc: {
      allOf?: Array<{ 'x-eis'?: { bron?: { document?: string; sectie: string; citaat: string } } }>;
      'x-verklaringen'?: Array<{ document?: string; sectie: string; tekst: string }>;
      'x-product'?: { bron?: { document?: string; sectie: string; citaat: string } };
      'x-bijlagen'?: Array<{ bron?: { document?: string; sectie: string; citaat: string } }>;
    };
    try {
      doc = JSON.parse(readFileSync(file, 'utf8')) as typeof doc;
    } catch {
      continue; // reported by the loader, with line and column
    }
    (doc.allOf ?? []).forEach((eis, i) => {
      const bron = eis['x-eis']?.bron;
      if (typeof bron?.citaat === 'string' && typeof bron.sectie === 'string') check(file, `/allOf/${i}/x-eis/bron/citaat`, bron.document, bron.sectie, bron.citaat);
    });
    (doc['x-verklaringen'] ?? []).forEach((v, i) => {
      if (typeof v.tekst === 'string' && typeof v.sectie === 'string') check(file, `/x-verklaringen/${i}/tekst`, v.document, v.sectie, v.tekst);
    });
    (doc['x-bijlagen'] ?? []).forEach((b, i) => {
      if (typeof b.bron?.citaat === 'string' && typeof b.bron.sectie === 'string') check(file, `/x-bijlagen/${i}/bron/citaat`, b.bron.document, b.bron.sectie, b.bron.citaat);
    });
    const productBron = doc['x-product']?.bron;
    if (productBron) check(file, '/x-product/bron/citaat', productBron.document, productBron.sectie, productBron.citaat);
  }
  return checked;
}

/**
 * Checks a catalog folder the way the server loads it (meta-schema, contract fields and their values, id prefix,
 * ids, documents) and, with a folder of sources, every citation. Reports every problem; nothing throws for a broken
 * catalog.
 */
export function controleerCatalogus(dir: string, bronnen?: string): ControleUitkomst {
  const problemen: Probleem[] = [];
  const folders = existsSync(dir) ? regionFolders(dir) : [];
  if (!existsSync(dir)) problemen.push({ bestand: dir, pointer: '', melding: 'catalogusmap niet gevonden' });
  else if (folders.length === 0) problemen.push({ bestand: dir, pointer: '', melding: 'geen enkele regiomap gevonden (een regio is een map met regio.schema.json)' });
  if (bronnen && !existsSync(bronnen)) problemen.push({ bestand: bronnen, pointer: '', melding: 'map met brondocumenten niet gevonden' });
  let citaten = 0;
  for (const name of folders) {
    const regionDir = path.join(dir, name);
    const { problems } = collectRegion(regionDir);
    problemen.push(...problems.map((p) => fromCatalogError(dir, p)));
    // Citations need readable files with x-eis; a file the loader could not read is already reported.
    // The sources are named in regio.schema.json: without a readable x-regio there is nothing to look in.
    if (bronnen && existsSync(bronnen) && !problems.some((p) => /regio\.schema\.json$/.test(p.bestand) && (p.pointer === '' || p.pointer.startsWith('/x-regio')))) {
      citaten += checkCitations(regionDir, bronnen, (file, pointer, melding) => {
        let where: { regel: number; kolom: number } | undefined;
        try {
          where = lineColumn(readFileSync(file, 'utf8'), pointer);
        } catch {
          where = undefined;
        }
        problemen.push({ bestand: file, ...where, pointer, melding });
      });
    }
  }
  return { problemen, regios: folders.length, citaten };
}

/** A problem as one line: file:line:column pointer: message (the form editors and CI logs link to). */
export const probleemRegel = (p: Probleem) =>
  `${p.bestand}${p.regel ? `:${p.regel}:${p.kolom}` : ''} ${p.pointer ? `#${p.pointer}` : ''}${p.pointer ? ': ' : ': '}${p.melding}`.replace(/  +/g, ' ');

const REGIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Scaffolds a region folder: regio.schema.json with the fields to fill in, and one product file with one eis as an
 * example of the form. The region does not load until every "VUL IN" is replaced (the loader names each one).
 */
export function nieuweRegio(dir: string, id: string, options: { prefix?: string; jaar?: number } = {}): string[] {
  if (!REGIO_ID.test(id)) throw new Error(`regio-id "${id}" is niet geldig: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "west-brabant"`);
  const regionDir = path.join(dir, id);
  if (existsSync(regionDir)) throw new Error(`${regionDir} bestaat al; kies een ander regio-id of verwijder de map`);
  // The meta-schema wants 2 to 4 letters: the initials of the id's words, or its first letters.
  const letters = id.replace(/[^a-z]/g, '');
  const initials = id.split('-').map((w) => w.replace(/[^a-z]/g, '')[0] ?? '').join('').slice(0, 4);
  const prefix = options.prefix ?? (initials.length >= 2 ? initials : letters.slice(0, 2).padEnd(2, 'x'));
  const jaar = options.jaar ?? new Date().getUTCFullYear() + 1;
  mkdirSync(regionDir, { recursive: true });
  const regio = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://eisentoets.nl/schemas/regios/${id}/regio.schema.json`,
    title: `Regels over producten heen: ${id}`,
    'x-regio': {
      id,
      naam: `VUL IN: naam van de regio`,
      idPrefix: prefix,
      document: 'VUL IN: titel van het aanbestedingsdocument zoals in het rapport',
      jaar,
      documenten: [{ id: 'document', titel: 'VUL IN: titel van het document', bronbestand: 'VUL IN: bestandsnaam van de tekst of PDF in de bronnenmap' }],
    },
    type: 'object',
    allOf: [],
  };
  const product = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://eisentoets.nl/schemas/regios/${id}/15X01.schema.json`,
    title: '15X01 VUL IN: productnaam',
    type: 'object',
    'x-product': { code: '15X01', naam: 'VUL IN: productnaam', categorie: 'intramuraal', tarief: null, tariefToelichting: 'VUL IN: waar het tarief staat' },
    allOf: [
      {
        title: 'Voorbeeld: binnen 30 minuten fysiek aanwezig (pas aan of verwijder)',
        'x-eis': { id: `${prefix}-15X01-fysiek`, ernst: 'eis', bron: { sectie: 'VUL IN: sectie', citaat: 'VUL IN: de letterlijke zin uit het document' } },
        required: ['afgeleid'],
        properties: { afgeleid: { required: ['fysiekWeek'], properties: { fysiekWeek: { maximum: 30 } } } },
      },
    ],
    'x-afgeleid': {
      fysiekWeek: {
        label: 'langste tijd tot een professional fysiek aanwezig is, de hele week',
        eenheid: 'minuten',
        reactietijd: { venster: { dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '00:00', tot: '24:00' }, soort: 'fysiek' },
      },
    },
  };
  const files = [path.join(regionDir, 'regio.schema.json'), path.join(regionDir, '15X01.schema.json')];
  writeFileSync(files[0]!, `${JSON.stringify(regio, null, 2)}\n`);
  writeFileSync(files[1]!, `${JSON.stringify(product, null, 2)}\n`);
  return files;
}
