import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { localizeNl } from '../contract/localize.js';
import { createAjv } from '../ajv.js';
import { aanbodItemSchema, fieldInfo, schemaAt, zelfevaluatieSchema } from '../contract/schema-index.js';
import { lengthOf } from '../contract/time.js';
import { catalogDir, schemasDir } from '../paths.js';
import { sha256Hex } from '../json.js';
import { collectFields, describeEis } from '../engine/describe.js';
import { fout, zin } from '../messages.js';
import type { WordingContext } from '../engine/format.js';
import { productcodesIn } from './rules.js';
import { eenheidCodeProbleem, productcategorie } from './istandaarden.js';
import type { Afgeleid, BijlageSoort, CompiledAfgeleid, MedewerkerMatch, Venster, Bron, Catalog, CatalogDocument, CompiledEis, JsonSchema, Product, Region, Verklaring } from './types.js';

/** A catalog file that cannot be used: names the file and the JSON pointer of the problem. */
export class CatalogError extends Error {
  constructor(
    readonly bestand: string,
    readonly pointer: string,
    detail: string,
  ) {
    super(`Catalogusfout in ${bestand} bij ${pointer || '/'}: ${detail}`);
    this.name = 'CatalogError';
    this.detail = detail;
  }
  readonly detail: string;
  /** Every problem found while loading (this one first): the loader goes on after a problem and reports them all. */
  alle: CatalogError[] = [this];
}

/** The problems of the region being loaded; a problem that leaves the rest of a file readable is collected here. */
let sink: CatalogError[] = [];
const problem = (err: CatalogError): void => {
  sink.push(err);
};

/** One error for a list of problems: the first, with all of them in its message and in `alle`. */
function allProblems(problems: CatalogError[]): CatalogError {
  if (problems.length === 1) return problems[0]!;
  const first = problems[0]!;
  const err = new CatalogError(first.bestand, first.pointer, first.detail);
  err.message = `${problems.length} catalogusfouten:\n${problems.map((p) => `  ${p.message}`).join('\n')}`;
  err.alle = problems;
  return err;
}

const ajv = createAjv();
const metaSchema = JSON.parse(readFileSync(path.join(schemasDir, 'catalogus.schema.json'), 'utf8')) as JsonSchema;
ajv.addSchema(metaSchema);
const validateRegioFile = ajv.getSchema(`${metaSchema.$id as string}#/$defs/Regio`)!;
const validateProductFile = ajv.getSchema(`${metaSchema.$id as string}#/$defs/Product`)!;

/**
 * A catalog file's path as served under /api/v1/schemas/, whatever folder the catalog was loaded from:
 * regios/<regio>/<bestand>, or regios/<regio>/<versie>/<bestand> for a region with versions side by side.
 */
let versionFolder: string | undefined;
function logicalPath(file: string): string {
  const dir = path.dirname(file);
  return versionFolder
    ? `regios/${path.basename(path.dirname(dir))}/${versionFolder}/${path.basename(file)}`
    : `regios/${path.basename(dir)}/${path.basename(file)}`;
}

function firstError(validate: ValidateFunction): ErrorObject {
  localizeNl(validate.errors);
  // The deepest error is the most specific one.
  return [...validate.errors!].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
}

/** Text a scaffolded region leaves to fill in (eisentoets catalogus nieuw). */
export const PLACEHOLDER = 'VUL IN';

function reportPlaceholders(value: unknown, pointer: string, relative: string): void {
  if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
    problem(new CatalogError(relative, pointer, `nog in te vullen: ${JSON.stringify(value)}`));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => reportPlaceholders(v, `${pointer}/${i}`, relative));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) reportPlaceholders(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, relative);
  }
}

function readJson(file: string, relative: string): JsonSchema {
  let doc: JsonSchema;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
  } catch (err) {
    throw new CatalogError(relative, '', `geen geldige JSON (${(err as Error).message})`);
  }
  reportPlaceholders(doc, '', relative);
  return doc;
}

/** What the meta-schema says about one error, with the name or values that help to write it right. */
function metaDetail(e: ErrorObject): string {
  const params = e.params as { additionalProperty?: string; unevaluatedProperty?: string; allowedValues?: unknown[]; allowedValue?: unknown };
  if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
    return `${e.message ?? e.keyword} (${String(params.additionalProperty ?? params.unevaluatedProperty)})`;
  }
  if (e.keyword === 'enum' && params.allowedValues) return `${e.message ?? e.keyword}: schrijf een van ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'const') return `${e.message ?? e.keyword}: schrijf ${JSON.stringify(params.allowedValue)}`;
  return e.message ?? e.keyword;
}

/**
 * Checks a file against the meta-schema and reports every problem, one per place: the deepest error at a place is
 * the most specific, and an error whose place holds a deeper error only repeats it (anyOf/oneOf of the branches).
 */
function checkMeta(validate: ValidateFunction, doc: JsonSchema, relative: string): boolean {
  if (validate(doc)) return true;
  firstError(validate);
  const errors = validate.errors!;
  const paths = errors.map((e) => e.instancePath);
  const shown = new Set<string>();
  for (const e of errors) {
    if (paths.some((p) => p !== e.instancePath && p.startsWith(`${e.instancePath}/`))) continue;
    const detail = metaDetail(e);
    const key = `${e.instancePath}\u0000${detail}`;
    if (shown.has(key)) continue;
    shown.add(key);
    problem(new CatalogError(relative, e.instancePath, detail));
  }
  return false;
}

/** Every property path an eis names must exist in the contract (or be a derived quantity or declaration). */
function checkPaths(s: JsonSchema, at: string[], pointer: string, root: JsonSchema, afgeleid: Record<string, unknown>, relative: string): void {
  if (at.length > 0 && at[0] !== 'afgeleid' && at[0] !== 'verklaringen') checkValues(s, at, pointer, root, relative);
  for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
    const next = [...at, key];
    const known = next[0] === 'afgeleid'
      ? next.length === 1 || Object.prototype.hasOwnProperty.call(afgeleid, next[1]!)
      : next[0] === 'verklaringen' || schemaAt(next, root) !== undefined;
    if (!known) {
      problem(new CatalogError(relative, `${pointer}/properties/${key}`, `veld "${next.join('/')}" bestaat niet in het contract`));
      continue;
    }
    checkPaths(sub, next, `${pointer}/properties/${key}`, root, afgeleid, relative);
  }
  if (s.contains) checkPaths(s.contains as JsonSchema, [...at, '*'], `${pointer}/contains`, root, afgeleid, relative);
  for (const k of ['allOf', 'anyOf'] as const) {
    ((s[k] as JsonSchema[]) ?? []).forEach((sub, i) => checkPaths(sub, at, `${pointer}/${k}/${i}`, root, afgeleid, relative));
  }
  for (const k of ['not', 'if', 'then', 'else'] as const) {
    if (s[k]) checkPaths(s[k] as JsonSchema, at, `${pointer}/${k}`, root, afgeleid, relative);
  }
}

/** A const or enum in an eis must be a value the contract allows at that field: "slaapend" would fail every bid. */
function checkValues(s: JsonSchema, at: string[], pointer: string, root: JsonSchema, relative: string): void {
  const contract = schemaAt(at, root);
  if (!contract) return;
  const values: Array<[unknown, string]> = [];
  if ('const' in s) values.push([s.const, `${pointer}/const`]);
  if (Array.isArray(s.enum)) (s.enum as unknown[]).forEach((v, i) => values.push([v, `${pointer}/enum/${i}`]));
  const allowed = Array.isArray(contract.enum) ? (contract.enum as unknown[]) : 'const' in contract ? [contract.const] : contract.type === 'boolean' ? [true, false] : undefined;
  const label = fieldInfo(at.filter((k) => k !== '*'), root).label;
  for (const [value, where] of values) {
    if (allowed) {
      if (!allowed.some((a) => a === value)) {
        problem(new CatalogError(relative, where, `${JSON.stringify(value)} is geen waarde van ${label} (${at.join('/')}): schrijf een van ${allowed.map((a) => JSON.stringify(a)).join(', ')}`));
      }
    } else if ((contract.type === 'integer' || contract.type === 'number') && typeof value !== 'number') {
      problem(new CatalogError(relative, where, `${JSON.stringify(value)} is geen getal, maar ${label} (${at.join('/')}) is een getal: schrijf het zonder aanhalingstekens`));
    } else if (contract.type === 'string' && typeof value !== 'string') {
      problem(new CatalogError(relative, where, `${JSON.stringify(value)} is geen tekst, maar ${label} (${at.join('/')}) is tekst: schrijf het tussen aanhalingstekens`));
    }
  }
}

function resolveBron(raw: { document?: string; sectie: string; citaat: string }, docs: CatalogDocument[], relative: string, pointer: string): Bron {
  const doc = raw.document ? docs.find((d) => d.id === raw.document) : docs[0];
  if (!doc) {
    problem(new CatalogError(relative, `${pointer}/document`, `document "${raw.document}" staat niet in x-regio.documenten: schrijf een van ${docs.map((d) => JSON.stringify(d.id)).join(', ')}`));
    return { document: raw.document ?? '', documentId: raw.document ?? '', sectie: raw.sectie, citaat: raw.citaat };
  }
  return { document: doc.titel, documentId: doc.id, sectie: raw.sectie, citaat: raw.citaat };
}

const medewerkerSchema = schemaAt(['rooster', 'diensten', '*', 'medewerkers', '*'], aanbodItemSchema)!;

/** Values a person's attribute can take, to try when it was not given. */
function domainOf(attr: string): unknown[] {
  const s = schemaAt([attr], medewerkerSchema);
  if (Array.isArray(s?.enum)) return s.enum as unknown[];
  return s?.type === 'boolean' ? [true, false] : [];
}

/** Top-level properties a person filter reads (through allOf/anyOf/not/if/then/else). */
function attributesRead(s: JsonSchema, out: Set<string> = new Set()): Set<string> {
  for (const k of Object.keys((s.properties as Record<string, JsonSchema>) ?? {})) out.add(k);
  for (const k of (s.required as string[]) ?? []) out.add(k);
  for (const k of ['allOf', 'anyOf'] as const) for (const sub of (s[k] as JsonSchema[]) ?? []) attributesRead(sub, out);
  for (const k of ['not', 'if', 'then', 'else'] as const) if (s[k]) attributesRead(s[k] as JsonSchema, out);
  return out;
}

const PERSON_KEYS = ['niveau', 'wijze', 'functie', 'opleidingZorgEnWelzijn', 'aanvullendGeschoold', 'hboWerkNiveau'];
/** A person's attributes as a short key (the contract allows no others). */
const personKey = (m: Record<string, unknown>) => PERSON_KEYS.map((k) => String(m[k] ?? '')).join('|');

/**
 * A person counts for sure when the filter holds whatever their unknown attributes are, possibly when it holds
 * for some value of them. Attributes have few values (niveau, wijze, functie, three yes/no), so every completion
 * is tried; results are cached per distinct person.
 */
function compileMatcher(filter: JsonSchema | undefined, relative: string, pointer: string): (m: Record<string, unknown>) => MedewerkerMatch {
  if (!filter) return () => ({ zeker: true, mogelijk: true, onbekend: [] });
  checkPaths(filter, [], pointer, medewerkerSchema, {}, relative);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(filter);
  } catch (err) {
    problem(new CatalogError(relative, pointer, `schema niet te compileren: ${(err as Error).message}`));
    return () => ({ zeker: false, mogelijk: false, onbekend: [] });
  }
  const read = [...attributesRead(filter)];
  const cache = new Map<string, MedewerkerMatch>();
  return (m) => {
    const cacheKey = personKey(m);
    const hit = cache.get(cacheKey);
    if (hit) return hit;
    const missing = read.filter((a) => m[a] === undefined);
    let pass = 0;
    let total = 0;
    const tryWith = (i: number, person: Record<string, unknown>): void => {
      if (i === missing.length) {
        total++;
        if (validate(person)) pass++;
        return;
      }
      for (const v of domainOf(missing[i]!)) tryWith(i + 1, { ...person, [missing[i]!]: v });
    };
    tryWith(0, m);
    const result: MedewerkerMatch = {
      zeker: total > 0 && pass === total,
      mogelijk: pass > 0,
      onbekend: missing.map((a) => fieldInfo([a], medewerkerSchema).label),
    };
    cache.set(cacheKey, result);
    return result;
  };
}

function checkVenster(v: Venster, relative: string, pointer: string): void {
  const length = lengthOf(v);
  if (typeof length !== 'number') {
    const reason = length.fout === 'van-24' ? fout.tijd['van-24'] : fout.tijd[length.fout](v.van, v.tot);
    problem(new CatalogError(relative, pointer, reason));
  }
}

export function compileAfgeleid(defs: Record<string, Afgeleid>, relative: string): Record<string, CompiledAfgeleid> {
  const out: Record<string, CompiledAfgeleid> = {};
  for (const [naam, def] of Object.entries(defs)) {
    const at = `/x-afgeleid/${naam}`;
    def.som?.forEach((term, i) => {
      if (!schemaAt(term.veld.slice(1).split('/'), aanbodItemSchema)) {
        problem(new CatalogError(relative, `${at}/som/${i}/veld`, `veld "${term.veld}" bestaat niet in het contract`));
      }
    });
    const venster = def.bezetting?.venster ?? def.reactietijd?.venster ?? def.afroep?.venster;
    const soort = def.bezetting ? 'bezetting' : def.reactietijd ? 'reactietijd' : 'afroep';
    if (venster) checkVenster(venster, relative, `${at}/${soort}/venster`);
    out[naam] = def.bezetting
      ? { ...def, match: compileMatcher(def.bezetting.medewerker, relative, `${at}/bezetting/medewerker`) }
      : { ...def };
  }
  return out;
}

interface EisSource {
  members: JsonSchema[];
  root: JsonSchema;
  ctx: WordingContext;
  afgeleid: Record<string, CompiledAfgeleid>;
  docs: CatalogDocument[];
  relative: string;
  ids: Set<string>;
  idPrefix: string;
}

function compileEisen(src: EisSource): CompiledEis[] {
  return src.members.flatMap((member, i) => {
    const pointer = `/allOf/${i}`;
    const meta = member['x-eis'] as { id: string; ernst: 'eis' | 'signaal'; bron: { document?: string; sectie: string; citaat: string } };
    if (src.ids.has(meta.id)) problem(new CatalogError(src.relative, `${pointer}/x-eis/id`, `eis-id "${meta.id}" komt twee keer voor in de regio`));
    else if (/-verklaring-/.test(meta.id)) problem(new CatalogError(src.relative, `${pointer}/x-eis/id`, `eis-id "${meta.id}" lijkt op de ids die voor verklaringen worden gemaakt (<voorvoegsel>-<code>-verklaring-<id>): kies een id zonder "-verklaring-"`));
    if (!meta.id.startsWith(`${src.idPrefix}-`)) problem(new CatalogError(src.relative, `${pointer}/x-eis/id`, `eis-id "${meta.id}" begint niet met het voorvoegsel van de regio: schrijf "${src.idPrefix}-${meta.id.replace(/^[a-z]{2,4}-/, '')}"`));
    src.ids.add(meta.id);
    checkPaths(member, [], pointer, src.root, src.afgeleid, src.relative);
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(member);
    } catch (err) {
      problem(new CatalogError(src.relative, pointer, `schema niet te compileren: ${(err as Error).message}`));
      return [];
    }
    const fields = collectFields(member);
    const takken = member.if
      ? {
          als: ajv.compile(member.if as JsonSchema) as (data: unknown) => boolean,
          dan: member.then ? describeEis(src.ctx, member.then as JsonSchema, collectFields(member.then as JsonSchema)) : undefined,
          anders: member.else ? describeEis(src.ctx, member.else as JsonSchema, collectFields(member.else as JsonSchema)) : undefined,
        }
      : undefined;
    return [{
      takken,
      id: meta.id,
      titel: member.title as string,
      ernst: meta.ernst,
      soort: 'eis' as const,
      bron: resolveBron(meta.bron, src.docs, src.relative, `${pointer}/x-eis/bron`),
      toelichting: member['x-toelichting'] as string | undefined,
      schema: member,
      validate,
      fields,
      verwacht: describeEis(src.ctx, member, fields),
      pointer,
    }];
  });
}

// Products share most declarations (416 in the catalog, 121 different ids): one compiled validator per id.
const verklaringValidators = new Map<string, ValidateFunction>();

/** A declaration becomes an eis of its own: the provider must tick it (const true). */
function verklaringEis(v: Verklaring, prefix: string, code: string, index: number): CompiledEis {
  const schema: JsonSchema = {
    required: ['verklaringen'],
    properties: { verklaringen: { required: [v.id], properties: { [v.id]: { const: true } } } },
  };
  return {
    id: `${prefix}-${code}-verklaring-${v.id}`,
    titel: `Verklaring: ${v.titel}`,
    ernst: 'eis',
    soort: 'verklaring',
    bron: v.bron,
    toelichting: v.toelichting,
    schema,
    validate: verklaringValidator(v.id, schema),
    fields: [['verklaringen', v.id]],
    verwacht: zin.verklaard,
    pointer: `/x-verklaringen/${index}`,
  };
}

function verklaringValidator(id: string, schema: JsonSchema): ValidateFunction {
  let validate = verklaringValidators.get(id);
  if (!validate) verklaringValidators.set(id, (validate = ajv.compile(schema)));
  return validate;
}

function loadProduct(file: string, region: Pick<Region, 'idPrefix' | 'documenten'>, ids: Set<string>, productNaam: (c: string) => string | undefined): Product | undefined {
  const relative = logicalPath(file);
  let doc: JsonSchema;
  try {
    doc = readJson(file, relative);
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    problem(err);
    return undefined;
  }
  if (!checkMeta(validateProductFile, doc, relative)) return undefined;
  const meta = doc['x-product'] as {
    code: string; naam: string; soort?: string; categorie?: Product['categorie']; tarief: Product['tarief'];
    tariefToelichting?: string; alleenSterfhuis?: boolean;
  };
  if (path.basename(file) !== `${meta.code}.schema.json`) {
    problem(new CatalogError(relative, '/x-product/code', `productcode ${meta.code} past niet bij de bestandsnaam: noem het bestand ${meta.code}.schema.json`));
  }
  const unitProblem = eenheidCodeProbleem(meta.tarief);
  if (unitProblem) problem(new CatalogError(relative, '/x-product/tarief/eenheidCode', unitProblem));
  const afgeleid = compileAfgeleid((doc['x-afgeleid'] as Record<string, Afgeleid>) ?? {}, relative);
  const rawVerklaringen = (doc['x-verklaringen'] as Array<Omit<Verklaring, 'bron'> & { document?: string; 'x-toelichting'?: string }>) ?? [];
  const seen = new Set<string>();
  const verklaringen: Verklaring[] = rawVerklaringen.map((v, i) => {
    if (seen.has(v.id)) problem(new CatalogError(relative, `/x-verklaringen/${i}/id`, `verklaring "${v.id}" komt twee keer voor`));
    seen.add(v.id);
    return {
      id: v.id, titel: v.titel, tekst: v.tekst, sectie: v.sectie, toelichting: v['x-toelichting'],
      bron: resolveBron({ document: v.document, sectie: v.sectie, citaat: v.tekst }, region.documenten, relative, `/x-verklaringen/${i}`),
    };
  });
  const ctx: WordingContext = {
    root: aanbodItemSchema,
    afgeleid,
    verklaringTitels: Object.fromEntries(verklaringen.map((v) => [v.id, v.titel])),
    productNaam,
    bijlageLabels: Object.fromEntries(((doc['x-bijlagen'] as BijlageSoort[]) ?? []).map((b) => [b.soort, b.label])),
  };
  const eisen = [
    ...compileEisen({ members: doc.allOf as JsonSchema[], root: aanbodItemSchema, ctx, afgeleid, docs: region.documenten, relative, ids, idPrefix: region.idPrefix }),
    ...verklaringen.map((v, i) => verklaringEis(v, region.idPrefix, meta.code, i)),
  ];
  for (const e of eisen.filter((x) => x.soort === 'verklaring')) {
    if (ids.has(e.id)) problem(new CatalogError(relative, `${e.pointer}/id`, `de verklaring krijgt het id "${e.id}", maar dat id is al gebruikt voor een eis: kies een ander eis-id`));
    ids.add(e.id);
  }
  return {
    code: meta.code,
    naam: meta.naam,
    soort: meta.soort,
    categorie: meta.categorie,
    productcategorie: productcategorie(meta.code),
    tarief: meta.tarief,
    tariefToelichting: meta.tariefToelichting,
    alleenSterfhuis: meta.alleenSterfhuis ?? false,
    beschrijving: doc.description as string | undefined,
    afgeleid,
    verklaringen,
    bijlagen: ((doc['x-bijlagen'] as BijlageSoort[]) ?? []).map((b, i) => (b.bron
      ? { ...b, bron: resolveBron(b.bron, region.documenten, relative, `/x-bijlagen/${i}/bron`) }
      : b)),
    eisen,
    bestand: relative,
  };
}

/** A folder holds versions side by side when it has no regio.schema.json but subfolders that have one. */
function versionFolders(dir: string): string[] {
  if (existsSync(path.join(dir, 'regio.schema.json'))) return [];
  return regionFolders(dir).filter((v) => existsSync(path.join(dir, v, 'regio.schema.json')));
}

const today = () => new Date().toISOString().slice(0, 10);

/** The version valid on a day: the one whose period holds it, else the latest that started before, else the first. */
export function versionOn(region: Region, day: string): Region {
  const versies = region.versies;
  return versies.find((v) => v.geldigVanaf <= day && day <= v.geldigTot)
    ?? [...versies].reverse().find((v) => v.geldigVanaf <= day)
    ?? versies[0]!;
}

/** Loads one region (all its versions) and returns every problem found (the region only when there are none). */
export function collectRegion(dir: string): { region?: Region; problems: CatalogError[] } {
  const saved = sink;
  sink = [];
  try {
    const folders = versionFolders(dir);
    if (folders.length === 0) {
      const region = readRegion(dir, path.basename(dir));
      if (region) region.versies = [region];
      return sink.length > 0 || !region ? { problems: sink } : { region, problems: [] };
    }
    const versies: Region[] = [];
    for (const v of folders) {
      versionFolder = v;
      try {
        const region = readRegion(path.join(dir, v), path.basename(dir));
        if (region) versies.push(region);
      } catch (err) {
        if (!(err instanceof CatalogError)) throw err;
        sink.push(err);
      } finally {
        versionFolder = undefined;
      }
    }
    versies.sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
    versies.forEach((v, i) => {
      const next = versies[i + 1];
      if (next && next.geldigVanaf <= v.geldigTot) {
        sink.push(new CatalogError(next.bestand, '/x-regio/geldigVanaf', `deze versie begint op ${next.geldigVanaf}, maar de vorige (${v.bestand}) geldt tot en met ${v.geldigTot}: perioden mogen niet overlappen`));
      }
      if (next && next.idPrefix !== v.idPrefix) sink.push(new CatalogError(next.bestand, '/x-regio/idPrefix', `elke versie van een regio houdt hetzelfde voorvoegsel: schrijf "${v.idPrefix}"`));
    });
    if (sink.length > 0 || versies.length === 0) return { problems: sink };
    for (const v of versies) v.versies = versies;
    return { region: versionOn({ versies } as Region, today()), problems: [] };
  } catch (err) {
    if (!(err instanceof CatalogError)) throw err;
    sink.push(err);
    return { problems: sink };
  } finally {
    sink = saved;
  }
}

/** Loads one region; a broken region throws a CatalogError that names every problem (`alle`). */
export function loadRegion(dir: string): Region {
  const { region, problems } = collectRegion(dir);
  if (!region) throw allProblems(problems);
  return region;
}

function readRegion(dir: string, expectedId: string): Region | undefined {
  const regioFile = path.join(dir, 'regio.schema.json');
  const relative = logicalPath(regioFile);
  if (!existsSync(regioFile)) throw new CatalogError(relative, '', 'regio.schema.json ontbreekt in de regiomap: maak het met "eisentoets catalogus nieuw <regio-id>"');
  const doc = readJson(regioFile, relative);
  const productFiles = readdirSync(dir).filter((f) => f.endsWith('.schema.json') && f !== 'regio.schema.json').sort();
  if (!checkMeta(validateRegioFile, doc, relative)) {
    // The products cannot be compiled without the region's prefix and documents, but their form can be checked.
    for (const f of productFiles) {
      try {
        checkMeta(validateProductFile, readJson(path.join(dir, f), logicalPath(path.join(dir, f))), logicalPath(path.join(dir, f)));
      } catch (err) {
        if (!(err instanceof CatalogError)) throw err;
        problem(err);
      }
    }
    return undefined;
  }
  const meta = doc['x-regio'] as Omit<Region, 'regels' | 'producten' | 'bestand' | 'versie' | 'versies' | 'geldigVanaf' | 'geldigTot'> & { geldigVanaf?: string; geldigTot?: string };
  if (meta.id !== expectedId) problem(new CatalogError(relative, '/x-regio/id', `regio-id "${meta.id}" past niet bij de map ${expectedId}: schrijf "${expectedId}"`));
  const geldigVanaf = meta.geldigVanaf ?? `${meta.jaar}-01-01`;
  const geldigTot = meta.geldigTot ?? `${meta.jaar}-12-31`;
  if (geldigTot < geldigVanaf) problem(new CatalogError(relative, '/x-regio/geldigTot', `geldigTot (${geldigTot}) ligt vóór geldigVanaf (${geldigVanaf})`));

  let unreadable = 0;
  // Names first, so wording of any eis can name any product of the region.
  const namen = new Map<string, string>();
  for (const f of productFiles) {
    let raw: JsonSchema;
    try {
      raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as JsonSchema;
    } catch {
      unreadable++;
      continue; // reported when the product is loaded
    }
    const code = (raw['x-product'] as { code?: string; naam?: string } | undefined);
    if (code?.code && code.naam) namen.set(code.code, code.naam);
  }
  const productNaam = (c: string) => namen.get(c);
  const ids = new Set<string>();
  const producten = new Map<string, Product>();
  for (const f of productFiles) {
    const product = loadProduct(path.join(dir, f), meta, ids, productNaam);
    if (product) producten.set(product.code, product);
  }
  const ctx: WordingContext = { root: zelfevaluatieSchema, productNaam };
  const regels = compileEisen({ members: doc.allOf as JsonSchema[], root: zelfevaluatieSchema, ctx, afgeleid: {}, docs: meta.documenten, relative, ids, idPrefix: meta.idPrefix });
  for (const regel of regels) {
    for (const code of productcodesIn(regel.schema)) {
      if (!namen.has(code) && unreadable === 0) problem(new CatalogError(relative, regel.pointer, `productcode ${code} bestaat niet in de regio`));
    }
  }
  const versie = sha256Hex(
    [regioFile, ...productFiles.map((f) => path.join(dir, f))].map((f) => `${path.basename(f)}\n${readFileSync(f, 'utf8')}`).join('\n'),
  );
  return { ...meta, geldigVanaf, geldigTot, regels, producten, bestand: relative, versie, versies: [] };
}

const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The region folders of a catalog folder, sorted; a symbolic link to a folder counts as a folder. */
export function regionFolders(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new CatalogError(dir, '', 'catalogusmap niet gevonden of niet te lezen');
  }
  return names.filter((n) => isFolder(path.join(dir, n))).sort();
}

export function loadCatalog(dir: string = catalogDir()): Catalog {
  const regios = new Map<string, Region>();
  const problems: CatalogError[] = [];
  for (const name of regionFolders(dir)) {
    const { region, problems: found } = collectRegion(path.join(dir, name));
    problems.push(...found);
    if (region) regios.set(region.id, region);
  }
  if (problems.length > 0) throw allProblems(problems);
  if (regios.size === 0) throw new CatalogError(dir, '', 'geen enkele regio gevonden');
  return { regios, map: path.resolve(dir) };
}
