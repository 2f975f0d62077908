import type { ErrorObject } from 'ajv';
import { createAjv } from '../ajv.js';
import { fout } from '../messages.js';
import { oversizedAt, parsePointer, toPointer, valueAt } from '../json.js';
import type { Catalog } from '../catalog/types.js';
import type { AanbodItem, Toetsresultaat, Zelfevaluatie } from '../types/contract.js';
import { localizeNl } from './localize.js';
import { fieldInfo, toetsresultaatSchema, zelfevaluatieSchema, zelfevaluatieV1Schema } from './schema-index.js';
import { convertV1 } from './convert-v1.js';
import { dagenText, intersect, intervalText, lengthOf, occurrencesOf, type Interval, type Tijdvak } from './time.js';

/** One input problem: where (JSON pointer into the submission) and what, in Dutch. */
export interface InputError {
  pointer: string;
  detail: string;
}

export type ValidationResult =
  | { ok: true; value: Zelfevaluatie; invoerVersie: '1' | '2'; omzetting?: string }
  | { ok: false; errors: InputError[] };

/**
 * Bounds checked before the schema: deeper, longer or wider than any valid zelfevaluatie (at most 6 levels,
 * lists of at most 100, objects of at most 100 keys) with room to spare. Ajv with allErrors would otherwise
 * report every one of 40 000 bad items, which costs seconds.
 */
export const MAX_DEPTH = 16;
const MAX_ITEMS = 200;
const MAX_KEYS = 200;
const MAX_ERRORS = 100;

const ajv = createAjv();
const validateContract = ajv.compile<Zelfevaluatie>(zelfevaluatieSchema);
const validateContractV1 = ajv.compile(zelfevaluatieV1Schema);
export const validateToetsresultaat = ajv.compile<Toetsresultaat>(toetsresultaatSchema);

/** Control and bidi-override characters: the names in the contract refuse them (they hide or reorder text in a list or a spreadsheet). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function toInputError(e: ErrorObject, root: Record<string, unknown> = zelfevaluatieSchema, input?: unknown): InputError {
  const params = e.params as { missingProperty?: string; additionalProperty?: string };
  const segments = parsePointer(e.instancePath);
  if (e.keyword === 'required' && params.missingProperty) {
    const at = [...segments, params.missingProperty];
    return { pointer: toPointer(at), detail: fout.veld(fieldInfo(at, root).label, 'is verplicht maar ontbreekt') };
  }
  if (e.keyword === 'additionalProperties' && params.additionalProperty !== undefined) {
    return { pointer: toPointer([...segments, params.additionalProperty]), detail: fout.extraVeld(params.additionalProperty) };
  }
  const info = fieldInfo(segments, root);
  if (e.keyword === 'pattern' && info.eenheid === 'klok') return { pointer: e.instancePath, detail: fout.veld(info.label, fout.geenTijd(String(valueAt(input, segments)))) };
  if (e.keyword === 'format' && (e.params as { format?: string }).format === 'date') {
    return { pointer: e.instancePath, detail: fout.veld(info.label, fout.geenDatum(String(valueAt(input, segments)))) };
  }
  if (e.keyword === 'pattern') {
    const value = valueAt(input, segments);
    const at = typeof value === 'string' ? [...value].findIndex((c) => CONTROL.test(c)) : -1;
    if (at >= 0) {
      const code = [...(value as string)][at]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return { pointer: e.instancePath, detail: fout.veld(info.label, fout.stuurteken(`U+${code}`, at + 1)) };
    }
  }
  return { pointer: e.instancePath, detail: fout.veld(info.label, e.message ?? e.keyword) };
}

/** Problems that the schema cannot see: the region and its product codes, declarations and attachments. */
function catalogErrors(input: Record<string, unknown>, catalog: Catalog): InputError[] {
  const errors: InputError[] = [];
  if (typeof input.regio !== 'string') return errors;
  const region = catalog.regios.get(input.regio);
  if (!region) {
    return [{ pointer: '/regio', detail: fout.onbekendeRegio(input.regio, [...catalog.regios.keys()].join(', ')) }];
  }
  if (!Array.isArray(input.aanbod)) return errors;
  const seen = new Map<string, number>();
  input.aanbod.forEach((raw: unknown, i: number) => {
    if (!raw || typeof raw !== 'object') return;
    const item = raw as Record<string, unknown>;
    if (typeof item.productcode !== 'string') return;
    const product = region.producten.get(item.productcode);
    if (!product) {
      errors.push({ pointer: `/aanbod/${i}/productcode`, detail: fout.onbekendeProductcode(item.productcode, region.naam) });
      return;
    }
    const earlier = seen.get(item.productcode);
    if (earlier !== undefined) {
      errors.push({ pointer: `/aanbod/${i}/productcode`, detail: fout.dubbeleProductcode(item.productcode, `/aanbod/${earlier}`) });
    } else seen.set(item.productcode, i);
    if (item.verklaringen && typeof item.verklaringen === 'object') {
      const known = new Set(product.verklaringen.map((v) => v.id));
      for (const id of Object.keys(item.verklaringen)) {
        if (!known.has(id)) errors.push({ pointer: toPointer(['aanbod', i, 'verklaringen', id]), detail: fout.onbekendeVerklaring(id, product.code) });
      }
    }
    if (Array.isArray(item.bijlagen)) {
      const known = product.bijlagen.map((b) => b.soort);
      item.bijlagen.forEach((b: unknown, j: number) => {
        const soort = (b as { soort?: unknown } | null)?.soort;
        if (typeof soort === 'string' && !known.includes(soort)) {
          errors.push({ pointer: `/aanbod/${i}/bijlagen/${j}/soort`, detail: fout.onbekendeBijlage(soort, product.code, known.join(', ')) });
        }
      });
    }
  });
  return errors;
}

/**
 * Checks a parsed body against the contract and the catalog. Every problem is listed with its pointer;
 * a missing fact that an eis needs is not an input error (that is the verdict "ontbreekt").
 */
function sizeErrors(input: unknown): InputError[] {
  const over = oversizedAt(input, { depth: MAX_DEPTH, items: MAX_ITEMS, keys: MAX_KEYS });
  if (!over) return [];
  const detail = over.reason === 'diepte' ? fout.teDiep(MAX_DEPTH) : over.reason === 'lijst' ? fout.teLang(MAX_ITEMS) : fout.teVeelSleutels(MAX_KEYS);
  return [{ pointer: over.reason === 'diepte' ? '' : over.pointer, detail }];
}

/** Times that the schema cannot check: a dienst or window must be a span, the same dienst twice, windows that overlap. */
function timeErrors(item: Record<string, unknown>, at: (string | number)[]): InputError[] {
  const errors: InputError[] = [];
  const spanErrors = (list: unknown, key: string, seen: (t: Tijdvak, i: number) => void) => {
    if (!Array.isArray(list)) return;
    list.forEach((t: Tijdvak, i: number) => {
      const length = lengthOf(t);
      if (typeof length !== 'number') {
        const detail = length.fout === 'van-24' ? fout.tijd['van-24'] : fout.tijd[length.fout](t.van, t.tot);
        const veld = length.fout === 'van-24' ? 'van' : length.fout === 'geen-middernacht' ? 'overMiddernacht' : 'tot';
        const path = [...at, key.split('.')[0]!, key.split('.')[1]!, i, veld];
        errors.push({ pointer: toPointer(path), detail: fout.veld(fieldInfo(path.map(String)).label, detail) });
      } else seen(t, i);
    });
  };
  const diensten = (item.rooster as { diensten?: unknown } | undefined)?.diensten;
  const dienstKeys = new Map<string, number>();
  spanErrors(diensten, 'rooster.diensten', (t, i) => {
    const d = t as Tijdvak & { plaats?: string };
    for (const dag of d.dagen) {
      const k = `${dag} ${d.van} ${d.tot} ${d.overMiddernacht === true} ${d.plaats ?? ''}`;
      const earlier = dienstKeys.get(k);
      if (earlier !== undefined && earlier !== i) {
        errors.push({ pointer: toPointer([...at, 'rooster', 'diensten', i]), detail: fout.dubbeleDienst(`dienst ${earlier + 1}`, dagenText([dag])) });
        break;
      }
      dienstKeys.set(k, i);
    }
  });
  const vensters = (item.beschikbaarheid as { vensters?: unknown } | undefined)?.vensters;
  const placed: Array<{ i: number; intervals: Interval[] }> = [];
  spanErrors(vensters, 'beschikbaarheid.vensters', (t, i) => {
    const mine = occurrencesOf(t);
    for (const other of placed) {
      const overlap = intersect(mine, other.intervals);
      if (overlap.length > 0) {
        errors.push({ pointer: toPointer([...at, 'beschikbaarheid', 'vensters', i]), detail: fout.overlappendVenster(`tijdvak ${other.i + 1}`, intervalText(overlap[0]!)) });
        return;
      }
    }
    placed.push({ i, intervals: mine });
  });
  return errors;
}

function contractErrors(validate: typeof validateContractV1, input: unknown, root: Record<string, unknown>): InputError[] {
  if (validate(input)) return [];
  localizeNl(validate.errors);
  // Only the first errors are worded: a hostile body can hold a hundred thousand, and at most MAX_ERRORS are shown.
  return validate.errors!.slice(0, MAX_ERRORS * 10).map((e) => toInputError(e, root, input));
}

/**
 * Contract version 2, or version 1 (read against its own schema, then converted: the result says so).
 * Pointers of contract errors point into what was sent.
 */
export function validateZelfevaluatie(input: unknown, catalog: Catalog): ValidationResult {
  const tooBig = sizeErrors(input);
  if (tooBig.length > 0) return { ok: false, errors: tooBig };
  const isObject = !!input && typeof input === 'object' && !Array.isArray(input);
  const v1 = isObject && (input as { versie?: unknown }).versie === '1';
  const errors: InputError[] = v1 ? contractErrors(validateContractV1, input, zelfevaluatieV1Schema) : contractErrors(validateContract, input, zelfevaluatieSchema);
  if (isObject) for (const e of catalogErrors(input as Record<string, unknown>, catalog)) errors.push(e);
  let value = input as Record<string, unknown>;
  let omzetting: string | undefined;
  if (errors.length === 0 && v1) {
    ({ value, omzetting } = convertV1(value));
    // The conversion makes a valid version 2 document; checked all the same, so a mistake there is never a verdict.
    errors.push(...contractErrors(validateContract, value, zelfevaluatieSchema));
  }
  if (errors.length === 0) {
    (value.aanbod as Record<string, unknown>[]).forEach((item, i) => errors.push(...timeErrors(item, ['aanbod', i])));
  }
  const unique = [...new Map(errors.map((e) => [`${e.pointer}\u0000${e.detail}`, e])).values()];
  if (unique.length > 0) return { ok: false, errors: unique.slice(0, MAX_ERRORS) };
  return omzetting ? { ok: true, value: value as unknown as Zelfevaluatie, invoerVersie: '1', omzetting } : { ok: true, value: value as unknown as Zelfevaluatie, invoerVersie: '2' };
}

const validateItem = ajv.compile({ $ref: `${zelfevaluatieSchema.$id as string}#/$defs/AanbodItem` });

/**
 * One aanbod item without a productcode (the facts of one offer, for "where does my offer qualify?").
 * Pointers are given as in a request body `{ "aanbod": … }`.
 */
export function validateLosAanbod(input: unknown): { ok: true; value: Omit<AanbodItem, 'productcode'> } | { ok: false; errors: InputError[] } {
  const tooBig = sizeErrors(input);
  if (tooBig.length > 0) return { ok: false, errors: tooBig };
  const body = input as { aanbod?: unknown } | null;
  if (!body || typeof body !== 'object' || Array.isArray(body) || body.aanbod === undefined) {
    return { ok: false, errors: [{ pointer: '/aanbod', detail: fout.veld('aanbod', 'is verplicht maar ontbreekt') }] };
  }
  const errors: InputError[] = Object.keys(body).filter((k) => k !== 'aanbod').map((k) => ({ pointer: toPointer([k]), detail: fout.extraVeld(k) }));
  const aanbod = body.aanbod;
  if (aanbod && typeof aanbod === 'object' && !Array.isArray(aanbod) && 'productcode' in aanbod) {
    errors.push({ pointer: '/aanbod/productcode', detail: fout.geenProductcode });
  }
  const candidate = aanbod && typeof aanbod === 'object' && !Array.isArray(aanbod) ? { ...aanbod, productcode: 'X0' } : aanbod;
  if (!validateItem(candidate)) {
    localizeNl(validateItem.errors);
    for (const e of validateItem.errors!) {
      // Labelled as a field of an aanbod item; pointed at where it sits in the request body.
      const err = toInputError({ ...e, instancePath: `/aanbod/0${e.instancePath}` });
      errors.push({ ...err, pointer: err.pointer.replace(/^\/aanbod\/0/, '/aanbod') });
    }
  }
  if (errors.length === 0) errors.push(...timeErrors(candidate as Record<string, unknown>, ['aanbod']));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const { productcode: _weg, ...facts } = candidate as AanbodItem;
  return { ok: true, value: facts };
}
