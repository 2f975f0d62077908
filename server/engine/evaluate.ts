import { randomUUID } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import { advies, zin } from '../messages.js';
import { canonicalJson, parsePointer, sha256Hex, toPointer, valueAt } from '../json.js';
import { aanbodItemSchema, zelfevaluatieSchema } from '../contract/schema-index.js';
import type { Afgeleid, Catalog, CompiledEis, JsonSchema, Product, Region } from '../catalog/types.js';
import { deriveFacts, isZeker, soortOf, type Feit, type FeitWaarde } from './derive.js';
import { productcodesIn } from '../catalog/rules.js';
import type { AanbodItem, AfgeleidFeit, EisResultaat, ProductResultaat, Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { evidenceResults } from './evidence.js';
import { fieldLabel, formatNumber, formatValue, type WordingContext } from './format.js';

export interface ToetsOptions {
  /** The contract version the provider sent; "1" was converted before the check, as `omzetting` says. */
  invoerVersie?: '1' | '2';
  omzetting?: string;
  /** Moment of the check; defaults to now. Fixed in tests and re-generated reports. */
  now?: Date;
  id?: string;
}

/** The aanbod item with its derived facts under `afgeleid` (an uncertain fact at its certain end, `laag`). */
export interface Derived {
  data: Record<string, unknown>;
  feiten: Map<string, Feit>;
}

export function withDerived(item: AanbodItem, product: Product): Derived {
  const names = Object.keys(product.afgeleid);
  if (names.length === 0) return { data: item as unknown as Record<string, unknown>, feiten: new Map() };
  const feiten = new Map(deriveFacts(item as unknown as Record<string, unknown>, product.afgeleid).map((f) => [f.naam, f]));
  const afgeleid = Object.fromEntries([...feiten.values()].map((f) => [f.naam, f.laag]));
  return { data: { ...item, afgeleid }, feiten };
}

function describeValue(ctx: WordingContext, product: Product | undefined, data: unknown, path: string[], feiten?: Map<string, Feit>): string {
  const value = valueAt(data, path);
  if (path[0] === 'verklaringen') return value === true ? zin.verklaard : zin.nietVerklaard;
  if (path[0] === 'afgeleid' && product && path[1]) {
    const def = product.afgeleid[path[1]]!;
    const feit = feiten?.get(path[1]);
    if (!def.som) return feit ? feit.uitleg : zin.nietOpgegeven;
    const terms = def.som.map((t) => t.veld.slice(1).split('/'));
    if (!feit || !isZeker(feit)) {
      return terms.map((p) => `${fieldLabel(ctx, p).label}: ${formatValue(ctx, p, valueAt(data, p))}`).join('; ');
    }
    const berekening = def.som
      .map((t, i) => {
        const term = `${formatNumber(Math.abs(t.factor))} × ${formatValue(ctx, terms[i]!, valueAt(data, terms[i]!))}`;
        return i === 0 ? (t.factor < 0 ? `−${term}` : term) : `${t.factor < 0 ? '−' : '+'} ${term}`;
      })
      .join(' ');
    return zin.afgeleid(formatValue(ctx, path, value), berekening);
  }
  return formatValue(ctx, path, value);
}

const boundsCache = new WeakMap<JsonSchema, number[]>();
/** Every bound an eis states (minimum, maximum, exclusive ones, numeric const), read once per eis. */
function boundsOf(schema: JsonSchema): number[] {
  let out = boundsCache.get(schema);
  if (out) return out;
  out = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'number' && ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'const'].includes(k)) out!.push(v);
      else visit(v);
    }
  };
  visit(schema);
  boundsCache.set(schema, out);
  return out;
}

/** The numbers at which an eis over an uncertain fact can change its verdict: the range's ends and the eis's own bounds. */
function candidates(feit: Feit, schema: JsonSchema): FeitWaarde[] {
  if (typeof feit.laag === 'boolean') return [false, true];
  const laag = feit.laag;
  const hoog = feit.hoog as number;
  if (feit.def.bezetting && hoog - laag <= 60) return Array.from({ length: hoog - laag + 1 }, (_, i) => laag + i);
  const out = new Set<number>([laag, hoog]);
  for (const v of boundsOf(schema)) for (const c of [v - 1e-6, v, v + 1e-6]) if (c > laag && c < hoog) out.add(c);
  return [...out];
}

/**
 * An eis that reads uncertain facts is checked at every value that matters: it passes only if it passes at each,
 * fails only if it fails at each; otherwise the missing facts decide, and the verdict is ontbreekt.
 */
function rangeVerdict(eis: CompiledEis, data: Record<string, unknown>, uncertain: Feit[]): 'voldoet' | 'voldoet-niet' | 'ontbreekt' {
  let variants: Array<Record<string, FeitWaarde>> = [{}];
  for (const feit of uncertain) {
    const values = candidates(feit, eis.schema);
    variants = variants.flatMap((v) => values.map((w) => ({ ...v, [feit.naam]: w }))).slice(0, 256);
  }
  const base = data.afgeleid as Record<string, FeitWaarde>;
  let pass = 0;
  for (const v of variants) if (eis.validate({ ...data, afgeleid: { ...base, ...v } })) pass++;
  return pass === variants.length ? 'voldoet' : pass === 0 ? 'voldoet-niet' : 'ontbreekt';
}

/** The fields a derived fact is computed from. */
export function derivedSources(def: Afgeleid): string[][] {
  if (def.som) return def.som.map((t) => t.veld.slice(1).split('/'));
  return def.bezetting ? [['rooster']] : [['beschikbaarheid']];
}

const productPointers = new WeakMap<CompiledEis, string[]>();

/** The pointers of a product's eis below its aanbod item: they depend on the catalog only, so they are made once. */
function productPointersOf(eis: CompiledEis, product: Product): string[] {
  let out = productPointers.get(eis);
  if (out) return out;
  out = [];
  for (const field of eis.fields) {
    const def = field[0] === 'afgeleid' && field[1] ? product.afgeleid[field[1]] : undefined;
    for (const p of def ? derivedSources(def) : [field]) {
      const pointer = toPointer(p.map((s) => (s === '*' ? '-' : s)));
      if (!out.includes(pointer)) out.push(pointer);
    }
  }
  productPointers.set(eis, out);
  return out;
}

/** Pointers into the submission; a derived quantity points at the fields it is computed from (region rules have none). */
function pointersOf(eis: CompiledEis, product: Product | undefined, base: (string | number)[], data: unknown): string[] {
  if (product) {
    const prefix = toPointer(base);
    return productPointersOf(eis, product).map((p) => prefix + p);
  }
  const out: string[] = [];
  for (const field of eis.fields) {
    // A rule over the whole aanbod points at the offered products it names.
    if (field.length === 1 && field[0] === 'aanbod' && Array.isArray((data as { aanbod?: unknown }).aanbod)) {
      const named = new Set(productcodesIn(eis.schema));
      ((data as { aanbod: AanbodItem[] }).aanbod).forEach((item, i) => {
        if (named.has(item.productcode)) out.push(toPointer(['aanbod', i, 'productcode']));
      });
      if (out.length > 0) continue;
    }
    const pointer = toPointer([...base, ...field.map((s) => (s === '*' ? '-' : s))]);
    if (!out.includes(pointer)) out.push(pointer);
  }
  return out;
}

/**
 * The fields to fill in, named as the provider knows them: a missing object is named by the fields the eis
 * reads inside it, a derived sum by the fields it is computed from.
 */
function missingLabels(ctx: WordingContext, eis: CompiledEis, product: Product | undefined, data: unknown, errors: ErrorObject[]): string {
  const labels: string[] = [];
  for (const e of errors) {
    if (!isMissingField(e)) continue;
    const missing = [...parsePointer(e.instancePath), (e.params as { missingProperty: string }).missingProperty];
    const inside = eis.fields.filter((f) => missing.every((s, i) => f[i] === s));
    for (const field of inside.length > 0 ? inside : [missing]) {
      const def = field[0] === 'afgeleid' && field[1] ? product?.afgeleid[field[1]] : undefined;
      const leaves = def ? derivedSources(def).filter((p) => valueAt(data, p) === undefined) : [field];
      for (const leaf of leaves) labels.push(fieldLabel(ctx, leaf).label);
    }
  }
  return [...new Set(labels)].join(', ');
}

/** A field the provider did not give, as opposed to a person or attachment in a list that lacks a property. */
function isMissingField(e: ErrorObject): boolean {
  return e.keyword === 'required' && !parsePointer(e.instancePath).some((s) => /^\d+$/.test(s));
}

/** For a conditional eis that failed, only the branch that applied needs doing. */
function activeExpectation(eis: CompiledEis, data: unknown): string {
  if (!eis.takken) return eis.verwacht;
  return eis.takken.als(data) ? eis.takken.dan ?? eis.verwacht : eis.takken.anders ?? eis.verwacht;
}

function evaluateEis(eis: CompiledEis, data: unknown, ctx: WordingContext, product: Product | undefined, base: (string | number)[], feiten?: Map<string, Feit>): EisResultaat {
  const ok = eis.validate(data);
  const errors = eis.validate.errors ?? [];
  const uncertain = feiten ? eis.fields.flatMap((f) => (f[0] === 'afgeleid' && f[1] && feiten.get(f[1]) && !isZeker(feiten.get(f[1])!) ? [feiten.get(f[1])!] : [])) : [];
  const range = uncertain.length > 0 ? rangeVerdict(eis, data as Record<string, unknown>, [...new Set(uncertain)]) : undefined;
  const uitslag: EisResultaat['uitslag'] = range === 'voldoet' || (ok && !range)
    ? 'voldoet'
    : eis.ernst === 'signaal' ? (range === 'ontbreekt' ? 'voldoet' : 'signaal')
    : range === 'ontbreekt' || errors.some(isMissingField) ? 'ontbreekt'
    : 'voldoet-niet';
  // Optional fields the provider left out (e.g. a separate night time) are not listed when others were given.
  const given = eis.fields.filter((f) => valueAt(data, f) !== undefined);
  const shown = eis.fields.length > 1 && given.length > 0 ? given : eis.fields;
  const opgegevenParts = shown.map((f) => ({ f, text: describeValue(ctx, product, data, f, feiten) }));
  const opgegeven = opgegevenParts.length === 1
    ? opgegevenParts[0]!.text
    : opgegevenParts.map(({ f, text }) => `${fieldLabel(ctx, f).label}: ${text}`).join('; ');
  const result: EisResultaat = {
    id: eis.id,
    titel: eis.titel,
    ernst: eis.ernst,
    soort: eis.soort,
    uitslag,
    velden: pointersOf(eis, product, base, data),
    verwacht: eis.verwacht,
    opgegeven,
    bron: { document: eis.bron.document, sectie: eis.bron.sectie, citaat: eis.bron.citaat },
  };
  if (uitslag !== 'voldoet') {
    result.advies = eis.soort === 'verklaring' ? advies.verklaring
      : uitslag === 'signaal' ? advies.signaal(eis.verwacht)
      : uitslag === 'ontbreekt' && range === 'ontbreekt' ? advies.ontbreekt(uncertain.map((f) => f.ontbreekt).filter(Boolean).join('; '))
      : uitslag === 'ontbreekt' ? advies.ontbreekt(missingLabels(ctx, eis, product, data, errors))
      : eis.fields.length === 1 && eis.fields[0]![0] !== 'afgeleid' ? advies.voldoetNietEnkel(fieldLabel(ctx, eis.fields[0]!).label, eis.verwacht)
      : advies.voldoetNiet(activeExpectation(eis, data));
  }
  if (eis.toelichting) result.toelichting = eis.toelichting;
  return result;
}

function feitResultaat(f: Feit, index: number): AfgeleidFeit {
  const out: AfgeleidFeit = { naam: f.naam, soort: soortOf(f.def), label: f.def.label, uitleg: f.uitleg, velden: f.velden.map((p) => toPointer(['aanbod', index, ...p])) };
  if (f.def.eenheid) out.eenheid = f.def.eenheid;
  if (isZeker(f)) out.waarde = f.laag;
  else {
    out.laag = f.laag;
    out.hoog = f.hoog;
  }
  if (f.ontbreekt) out.ontbreekt = f.ontbreekt;
  return out;
}

const failing = (e: EisResultaat) => e.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt');

const productContexts = new WeakMap<Product, WordingContext>();
const regionContexts = new WeakMap<Region, WordingContext>();

/** How the eisen of a product are worded: it depends on the catalog only, so it is made once per product. */
export function productContext(region: Region, product: Product): WordingContext {
  let ctx = productContexts.get(product);
  if (!ctx) productContexts.set(product, (ctx = makeProductContext(region, product)));
  return ctx;
}

function makeProductContext(region: Region, product: Product): WordingContext {
  return {
    root: aanbodItemSchema,
    afgeleid: product.afgeleid,
    verklaringTitels: Object.fromEntries(product.verklaringen.map((v) => [v.id, v.titel])),
    productNaam: (c) => region.producten.get(c)?.naam,
    bijlageLabels: Object.fromEntries(product.bijlagen.map((b) => [b.soort, b.label])),
  };
}

/** One offered product against its eisen and verklaringen; `index` is its place in the aanbod (for the pointers). */
export function evaluateProduct(region: Region, product: Product, item: AanbodItem, index: number, now: Date = new Date()): ProductResultaat {
  const { data, feiten } = withDerived(item, product);
  const ctx = productContext(region, product);
  const eisen = [
    ...product.eisen.map((eis) => evaluateEis(eis, data, ctx, product, ['aanbod', index], feiten)),
    ...evidenceResults(region.idPrefix, product, item, index, now),
  ];
  const resultaat: ProductResultaat = {
    productcode: product.code,
    naam: product.naam,
    tarief: product.tarief,
    uitslag: eisen.some(failing) ? 'voldoet-niet' : 'voldoet',
    eisen,
  };
  if (feiten.size > 0) resultaat.afgeleid = [...feiten.values()].map((f) => feitResultaat(f, index));
  if (item.locatie) resultaat.locatie = item.locatie;
  if (product.alleenSterfhuis) resultaat.alleenSterfhuis = true;
  if (item.bijlagen?.length) resultaat.bijlagen = item.bijlagen.map((b) => ({ ...b }));
  return resultaat;
}

/**
 * Checks a contract-valid zelfevaluatie against its region's catalog: every eis on its own.
 * Knows no region: all it knows comes from the catalog.
 */
export function toets(input: Zelfevaluatie, catalog: Catalog, options: ToetsOptions = {}): Toetsresultaat {
  const region = catalog.regios.get(input.regio);
  if (!region) throw new Error(`Regio ${input.regio} niet in de catalogus; de invoer had eerst gevalideerd moeten worden.`);

  let regioCtx = regionContexts.get(region);
  if (!regioCtx) regionContexts.set(region, (regioCtx = { root: zelfevaluatieSchema, productNaam: (c) => region.producten.get(c)?.naam }));
  const regioEisen = region.regels.map((r) => evaluateEis(r, input, regioCtx, undefined, []));

  const producten = input.aanbod.map((item, i) => {
    const product = region.producten.get(item.productcode);
    if (!product) throw new Error(`Productcode ${item.productcode} niet in de catalogus; de invoer had eerst gevalideerd moeten worden.`);
    return evaluateProduct(region, product, item, i, options.now ?? new Date());
  });

  const alleEisen = [...regioEisen, ...producten.flatMap((p) => p.eisen)];
  const uitslag = producten.every((p) => p.uitslag === 'voldoet') && !regioEisen.some(failing) ? 'voldoet' : 'voldoet-niet';
  const resultaat: Toetsresultaat = {
    versie: '2',
    invoerVersie: options.invoerVersie ?? '2',
    id: options.id ?? randomUUID(),
    getoetstOp: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    invoerSha256: sha256Hex(canonicalJson(input)),
    catalogusVersie: region.versie,
    regio: { id: region.id, naam: region.naam, document: region.document, jaar: region.jaar, geldigVanaf: region.geldigVanaf, geldigTot: region.geldigTot },
    aanbieder: { naam: input.aanbieder.naam, kvkNummer: input.aanbieder.kvkNummer },
    uitslag,
    samenvatting: {
      producten: producten.length,
      productenVoldoen: producten.filter((p) => p.uitslag === 'voldoet').length,
      eisen: alleEisen.length,
      eisenVoldoetNiet: alleEisen.filter((e) => e.uitslag === 'voldoet-niet').length,
      eisenOntbreekt: alleEisen.filter((e) => e.uitslag === 'ontbreekt').length,
      signalen: alleEisen.filter((e) => e.uitslag === 'signaal').length,
    },
    regioEisen,
    producten,
  };
  if (options.omzetting) resultaat.omzetting = options.omzetting;
  return resultaat;
}
