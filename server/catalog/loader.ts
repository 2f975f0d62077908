import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { localizeNl } from '../contract/localize.js';
import { createAjv } from '../ajv.js';
import { aanbodItemSchema, fieldInfo, schemaAt, zelfevaluatieSchema } from '../contract/schema-index.js';
import { lengthOf } from '../contract/time.js';
import { regiosDir, schemasDir } from '../paths.js';
import { sha256Hex } from '../json.js';
import { collectFields, describeEis } from '../engine/describe.js';
import { fout, zin } from '../messages.js';
import type { WordingContext } from '../engine/format.js';
import { productcodesIn } from './rules.js';
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
  }
}

const ajv = createAjv();
const metaSchema = JSON.parse(readFileSync(path.join(schemasDir, 'catalogus.schema.json'), 'utf8')) as JsonSchema;
ajv.addSchema(metaSchema);
const validateRegioFile = ajv.getSchema(`${metaSchema.$id as string}#/$defs/Regio`)!;
const validateProductFile = ajv.getSchema(`${metaSchema.$id as string}#/$defs/Product`)!;

/** A catalog file's path as served under /api/v1/schemas/, whatever folder the catalog was loaded from. */
function logicalPath(file: string): string {
  return `regios/${path.basename(path.dirname(file))}/${path.basename(file)}`;
}

function firstError(validate: ValidateFunction): ErrorObject {
  localizeNl(validate.errors);
  // The deepest error is the most specific one.
  return [...validate.errors!].sort((a, b) => b.instancePath.length - a.instancePath.length)[0]!;
}

function readJson(file: string, relative: string): JsonSchema {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
  } catch (err) {
    throw new CatalogError(relative, '', `geen geldige JSON (${(err as Error).message})`);
  }
}

function checkMeta(validate: ValidateFunction, doc: JsonSchema, relative: string): void {
  if (validate(doc)) return;
  const e = firstError(validate);
  const extra = e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties'
    ? ` (${String((e.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ?? (e.params as { unevaluatedProperty?: string }).unevaluatedProperty)})`
    : '';
  throw new CatalogError(relative, e.instancePath, `${e.message ?? e.keyword}${extra}`);
}

/** Every property path an eis names must exist in the contract (or be a derived quantity or declaration). */
function checkPaths(s: JsonSchema, at: string[], pointer: string, root: JsonSchema, afgeleid: Record<string, unknown>, relative: string): void {
  for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
    const next = [...at, key];
    const known = next[0] === 'afgeleid'
      ? next.length === 1 || Object.prototype.hasOwnProperty.call(afgeleid, next[1]!)
      : next[0] === 'verklaringen' || schemaAt(next, root) !== undefined;
    if (!known) throw new CatalogError(relative, `${pointer}/properties/${key}`, `veld "${next.join('/')}" bestaat niet in het contract`);
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

function resolveBron(raw: { document?: string; sectie: string; citaat: string }, docs: CatalogDocument[], relative: string, pointer: string): Bron {
  const doc = raw.document ? docs.find((d) => d.id === raw.document) : docs[0];
  if (!doc) throw new CatalogError(relative, `${pointer}/document`, `document "${raw.document}" staat niet in x-regio.documenten`);
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
    throw new CatalogError(relative, pointer, `schema niet te compileren: ${(err as Error).message}`);
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
    throw new CatalogError(relative, pointer, reason);
  }
}

export function compileAfgeleid(defs: Record<string, Afgeleid>, relative: string): Record<string, CompiledAfgeleid> {
  const out: Record<string, CompiledAfgeleid> = {};
  for (const [naam, def] of Object.entries(defs)) {
    const at = `/x-afgeleid/${naam}`;
    def.som?.forEach((term, i) => {
      if (!schemaAt(term.veld.slice(1).split('/'), aanbodItemSchema)) {
        throw new CatalogError(relative, `${at}/som/${i}/veld`, `veld "${term.veld}" bestaat niet in het contract`);
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
}

function compileEisen(src: EisSource): CompiledEis[] {
  return src.members.map((member, i) => {
    const pointer = `/allOf/${i}`;
    const meta = member['x-eis'] as { id: string; ernst: 'eis' | 'signaal'; bron: { document?: string; sectie: string; citaat: string } };
    if (src.ids.has(meta.id)) throw new CatalogError(src.relative, `${pointer}/x-eis/id`, `eis-id "${meta.id}" komt twee keer voor in de regio`);
    src.ids.add(meta.id);
    checkPaths(member, [], pointer, src.root, src.afgeleid, src.relative);
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(member);
    } catch (err) {
      throw new CatalogError(src.relative, pointer, `schema niet te compileren: ${(err as Error).message}`);
    }
    const fields = collectFields(member);
    const takken = member.if
      ? {
          als: ajv.compile(member.if as JsonSchema) as (data: unknown) => boolean,
          dan: member.then ? describeEis(src.ctx, member.then as JsonSchema, collectFields(member.then as JsonSchema)) : undefined,
          anders: member.else ? describeEis(src.ctx, member.else as JsonSchema, collectFields(member.else as JsonSchema)) : undefined,
        }
      : undefined;
    return {
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
    };
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

function loadProduct(file: string, region: Pick<Region, 'idPrefix' | 'documenten'>, ids: Set<string>, productNaam: (c: string) => string | undefined): Product {
  const relative = logicalPath(file);
  const doc = readJson(file, relative);
  checkMeta(validateProductFile, doc, relative);
  const meta = doc['x-product'] as {
    code: string; naam: string; soort?: string; categorie?: Product['categorie']; tarief: Product['tarief'];
    tariefToelichting?: string; alleenSterfhuis?: boolean;
  };
  if (path.basename(file) !== `${meta.code}.schema.json`) {
    throw new CatalogError(relative, '/x-product/code', `productcode ${meta.code} past niet bij de bestandsnaam`);
  }
  const afgeleid = compileAfgeleid((doc['x-afgeleid'] as Record<string, Afgeleid>) ?? {}, relative);
  const rawVerklaringen = (doc['x-verklaringen'] as Array<Omit<Verklaring, 'bron'> & { document?: string; 'x-toelichting'?: string }>) ?? [];
  const seen = new Set<string>();
  const verklaringen: Verklaring[] = rawVerklaringen.map((v, i) => {
    if (seen.has(v.id)) throw new CatalogError(relative, `/x-verklaringen/${i}/id`, `verklaring "${v.id}" komt twee keer voor`);
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
    ...compileEisen({ members: doc.allOf as JsonSchema[], root: aanbodItemSchema, ctx, afgeleid, docs: region.documenten, relative, ids }),
    ...verklaringen.map((v, i) => verklaringEis(v, region.idPrefix, meta.code, i)),
  ];
  return {
    code: meta.code,
    naam: meta.naam,
    soort: meta.soort,
    categorie: meta.categorie,
    tarief: meta.tarief,
    tariefToelichting: meta.tariefToelichting,
    alleenSterfhuis: meta.alleenSterfhuis ?? false,
    beschrijving: doc.description as string | undefined,
    afgeleid,
    verklaringen,
    bijlagen: (doc['x-bijlagen'] as BijlageSoort[]) ?? [],
    eisen,
    bestand: relative,
  };
}

export function loadRegion(dir: string): Region {
  const regioFile = path.join(dir, 'regio.schema.json');
  const relative = logicalPath(regioFile);
  const doc = readJson(regioFile, relative);
  checkMeta(validateRegioFile, doc, relative);
  const meta = doc['x-regio'] as Omit<Region, 'regels' | 'producten' | 'bestand' | 'versie'>;
  if (meta.id !== path.basename(dir)) throw new CatalogError(relative, '/x-regio/id', `regio-id "${meta.id}" past niet bij de map ${path.basename(dir)}`);

  const productFiles = readdirSync(dir).filter((f) => f.endsWith('.schema.json') && f !== 'regio.schema.json').sort();
  // Names first, so wording of any eis can name any product of the region.
  const namen = new Map<string, string>();
  for (const f of productFiles) {
    const raw = readJson(path.join(dir, f), logicalPath(path.join(dir, f)));
    const code = (raw['x-product'] as { code?: string; naam?: string } | undefined);
    if (code?.code && code.naam) namen.set(code.code, code.naam);
  }
  const productNaam = (c: string) => namen.get(c);
  const ids = new Set<string>();
  const producten = new Map<string, Product>();
  for (const f of productFiles) {
    const product = loadProduct(path.join(dir, f), meta, ids, productNaam);
    producten.set(product.code, product);
  }
  const ctx: WordingContext = { root: zelfevaluatieSchema, productNaam };
  const regels = compileEisen({ members: doc.allOf as JsonSchema[], root: zelfevaluatieSchema, ctx, afgeleid: {}, docs: meta.documenten, relative, ids });
  for (const regel of regels) {
    for (const code of productcodesIn(regel.schema)) {
      if (!producten.has(code)) throw new CatalogError(relative, regel.pointer, `productcode ${code} bestaat niet in de regio`);
    }
  }
  const versie = sha256Hex(
    [regioFile, ...productFiles.map((f) => path.join(dir, f))].map((f) => `${path.basename(f)}\n${readFileSync(f, 'utf8')}`).join('\n'),
  );
  return { ...meta, regels, producten, bestand: relative, versie };
}

export function loadCatalog(dir: string = regiosDir): Catalog {
  const regios = new Map<string, Region>();
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) continue;
    const region = loadRegion(full);
    regios.set(region.id, region);
  }
  if (regios.size === 0) throw new CatalogError(dir, '', 'geen enkele regio gevonden');
  return { regios };
}
