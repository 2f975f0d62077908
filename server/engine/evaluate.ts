import { randomUUID } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import { advies, zin } from '../messages.js';
import { canonicalJson, parsePointer, sha256Hex, toPointer, valueAt } from '../json.js';
import { aanbodItemSchema, zelfevaluatieSchema } from '../contract/schema-index.js';
import type { Catalog, CompiledEis, Product, Region } from '../catalog/types.js';
import { productcodesIn } from '../catalog/rules.js';
import type { AanbodItem, EisResultaat, ProductResultaat, Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { fieldLabel, formatNumber, formatValue, type WordingContext } from './format.js';

export interface ToetsOptions {
  /** Moment of the check; defaults to now. Fixed in tests and re-generated reports. */
  now?: Date;
  id?: string;
}

/** The aanbod item with the product's derived quantities filled in under `afgeleid`. */
export function withDerived(item: AanbodItem, product: Product): Record<string, unknown> {
  const names = Object.keys(product.afgeleid);
  if (names.length === 0) return item as unknown as Record<string, unknown>;
  const afgeleid: Record<string, number> = {};
  for (const naam of names) {
    const terms = product.afgeleid[naam]!.som.map((t) => ({ t, v: valueAt(item, t.veld.slice(1).split('/')) }));
    if (terms.every(({ v }) => typeof v === 'number')) {
      // Rounded so that catalog bounds written as decimals compare as a reader expects.
      afgeleid[naam] = Math.round(terms.reduce((sum, { t, v }) => sum + t.factor * (v as number), 0) * 1e6) / 1e6;
    }
  }
  return { ...item, afgeleid };
}

function describeValue(ctx: WordingContext, product: Product | undefined, data: unknown, path: string[]): string {
  const value = valueAt(data, path);
  if (path[0] === 'verklaringen') return value === true ? zin.verklaard : zin.nietVerklaard;
  if (path[0] === 'afgeleid' && product && path[1]) {
    const def = product.afgeleid[path[1]]!;
    if (value === undefined) {
      return def.som.map((t) => { const p = t.veld.slice(1).split('/'); return `${fieldLabel(ctx, p).label}: ${formatValue(ctx, p, valueAt(data, p))}`; }).join('; ');
    }
    const berekening = def.som
      .map((t, i) => {
        const term = `${formatNumber(Math.abs(t.factor))} × ${formatValue(ctx, t.veld.slice(1).split('/'), valueAt(data, t.veld.slice(1).split('/')))}`;
        return i === 0 ? (t.factor < 0 ? `−${term}` : term) : `${t.factor < 0 ? '−' : '+'} ${term}`;
      })
      .join(' ');
    return zin.afgeleid(formatValue(ctx, path, value), berekening);
  }
  return formatValue(ctx, path, value);
}

/** Pointers into the submission; a derived quantity points at the fields it is computed from. */
function pointersOf(eis: CompiledEis, product: Product | undefined, base: (string | number)[], data: unknown): string[] {
  const out: string[] = [];
  for (const field of eis.fields) {
    // A rule over the whole aanbod points at the offered products it names.
    if (!product && field.length === 1 && field[0] === 'aanbod' && Array.isArray((data as { aanbod?: unknown }).aanbod)) {
      const named = new Set(productcodesIn(eis.schema));
      ((data as { aanbod: AanbodItem[] }).aanbod).forEach((item, i) => {
        if (named.has(item.productcode)) out.push(toPointer(['aanbod', i, 'productcode']));
      });
      if (out.length > 0) continue;
    }
    const def = field[0] === 'afgeleid' && field[1] ? product?.afgeleid[field[1]] : undefined;
    const paths = def ? def.som.map((t) => t.veld.slice(1).split('/')) : [field];
    for (const p of paths) {
      const pointer = toPointer([...base, ...p.map((s) => (s === '*' ? '-' : s))]);
      if (!out.includes(pointer)) out.push(pointer);
    }
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
      const leaves = def ? def.som.map((t) => t.veld.slice(1).split('/')).filter((p) => valueAt(data, p) === undefined) : [field];
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

function evaluateEis(eis: CompiledEis, data: unknown, ctx: WordingContext, product: Product | undefined, base: (string | number)[]): EisResultaat {
  const ok = eis.validate(data);
  const errors = eis.validate.errors ?? [];
  const uitslag: EisResultaat['uitslag'] = ok
    ? 'voldoet'
    : eis.ernst === 'signaal' ? 'signaal'
    : errors.some(isMissingField) ? 'ontbreekt'
    : 'voldoet-niet';
  // Optional fields the provider left out (e.g. a separate night time) are not listed when others were given.
  const given = eis.fields.filter((f) => valueAt(data, f) !== undefined);
  const shown = eis.fields.length > 1 && given.length > 0 ? given : eis.fields;
  const opgegevenParts = shown.map((f) => ({ f, text: describeValue(ctx, product, data, f) }));
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
      : uitslag === 'ontbreekt' ? advies.ontbreekt(missingLabels(ctx, eis, product, data, errors))
      : eis.fields.length === 1 ? advies.voldoetNietEnkel(fieldLabel(ctx, eis.fields[0]!).label, eis.verwacht)
      : advies.voldoetNiet(activeExpectation(eis, data));
  }
  if (eis.toelichting) result.toelichting = eis.toelichting;
  return result;
}

const failing = (e: EisResultaat) => e.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt');

export function productContext(region: Region, product: Product): WordingContext {
  return {
    root: aanbodItemSchema,
    afgeleid: product.afgeleid,
    verklaringTitels: Object.fromEntries(product.verklaringen.map((v) => [v.id, v.titel])),
    productNaam: (c) => region.producten.get(c)?.naam,
    bijlageLabels: Object.fromEntries(product.bijlagen.map((b) => [b.soort, b.label])),
  };
}

/** One offered product against its eisen and verklaringen; `index` is its place in the aanbod (for the pointers). */
export function evaluateProduct(region: Region, product: Product, item: AanbodItem, index: number): ProductResultaat {
  const data = withDerived(item, product);
  const ctx = productContext(region, product);
  const eisen = product.eisen.map((eis) => evaluateEis(eis, data, ctx, product, ['aanbod', index]));
  const resultaat: ProductResultaat = {
    productcode: product.code,
    naam: product.naam,
    tarief: product.tarief,
    uitslag: eisen.some(failing) ? 'voldoet-niet' : 'voldoet',
    eisen,
  };
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

  const regioCtx: WordingContext = { root: zelfevaluatieSchema, productNaam: (c) => region.producten.get(c)?.naam };
  const regioEisen = region.regels.map((r) => evaluateEis(r, input, regioCtx, undefined, []));

  const producten = input.aanbod.map((item, i) => {
    const product = region.producten.get(item.productcode);
    if (!product) throw new Error(`Productcode ${item.productcode} niet in de catalogus; de invoer had eerst gevalideerd moeten worden.`);
    return evaluateProduct(region, product, item, i);
  });

  const alleEisen = [...regioEisen, ...producten.flatMap((p) => p.eisen)];
  const uitslag = producten.every((p) => p.uitslag === 'voldoet') && !regioEisen.some(failing) ? 'voldoet' : 'voldoet-niet';
  return {
    versie: '1',
    id: options.id ?? randomUUID(),
    getoetstOp: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    invoerSha256: sha256Hex(canonicalJson(input)),
    catalogusVersie: region.versie,
    regio: { id: region.id, naam: region.naam, document: region.document, jaar: region.jaar },
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
}
