import { valueAt } from '../json.js';
import { convertV1 } from '../contract/convert-v1.js';
import { web } from '../messages.js';
import { withUnit } from '../engine/format.js';
import { fieldId, type FieldSpec, type ItemFieldSpec, type ProductForm, type RegionForm } from './form-spec.js';

/**
 * The form's state is the posted form itself (nothing is kept on the server): every answer is a
 * named string, as the browser sends it. These functions turn a zelfevaluatie into such values
 * (to prefill), and values back into a zelfevaluatie with specific Dutch errors per field.
 */
export type FormValues = Map<string, string[]>;

export interface FormError {
  /** Id of the element the error belongs to (and the summary links to). */
  id: string;
  /** The message at the field. */
  message: string;
  /** The message in the error summary: names the product when the field is in one. */
  summary: string;
}

export interface Bijlage {
  soort: string;
  bestandsnaam: string;
  sha256: string;
  grootte?: number;
  mediatype?: string;
}

export const PRODUCTEN = 'producten';
export const VOLGORDE = 'volgorde';
export const REGIO = 'regio';
export const listRowsName = (field: FieldSpec) => `${field.name}.rijen`;
export const rowName = (field: FieldSpec, row: number, item: ItemFieldSpec) => `${field.name}.${row}.${item.key}`;
export const verklaringName = (code: string) => `p.${code}.verklaringen`;
export const bijlageName = (code: string) => `p.${code}.bijlage`;
export const overigName = (code: string) => `p.${code}.overig`;
export const bijlageInputId = (code: string, soort: string) => fieldId(`p.${code}.bijlage.${soort}`);
export const productCheckboxId = (code: string) => fieldId(`producten.${code}`);

export function first(values: FormValues, name: string): string {
  return values.get(name)?.[0] ?? '';
}

function add(values: FormValues, name: string, value: string): void {
  const list = values.get(name);
  if (list) list.push(value);
  else values.set(name, [value]);
}

/** Posted fields (multer or urlencoded, possibly repeated) as a map: never reads the prototype chain. */
export function valuesFromBody(body: unknown): FormValues {
  const values: FormValues = new Map();
  if (!body || typeof body !== 'object') return values;
  for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
    for (const v of Array.isArray(raw) ? raw : [raw]) if (typeof v === 'string') add(values, name, v);
  }
  return values;
}

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6, useGrouping: false });

export function formatKlok(n: number): string {
  const uren = Math.floor(n);
  const minuten = Math.round((n - uren) * 60);
  return minuten === 60 ? `${uren + 1}.00` : `${uren}.${String(minuten).padStart(2, '0')}`;
}

function scalarToText(field: Pick<FieldSpec, 'kind'>, v: unknown): string | undefined {
  if (field.kind === 'dagen' && Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'number') return field.kind === 'klok' ? formatKlok(v) : decimal.format(v);
  if (typeof v === 'string') return v;
  return undefined;
}

function deletePath(root: Record<string, unknown>, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.prototype.hasOwnProperty.call(root, head)) return;
  if (rest.length === 0) {
    delete root[head];
    return;
  }
  const child = root[head];
  if (child && typeof child === 'object' && !Array.isArray(child)) {
    deletePath(child as Record<string, unknown>, rest);
    if (Object.keys(child).length === 0) delete root[head];
  }
}

function setPath(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (!next || typeof next !== 'object' || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

/** A kept version 1 file opens as version 2 (the form asks rooster and windows); anything unreadable as it is. */
function asVersion2(z: Record<string, unknown>): Record<string, unknown> {
  if (z.versie !== '1' || !Array.isArray(z.aanbod)) return z;
  try {
    return convertV1(z).value;
  } catch {
    return z;
  }
}

/** Prefill: a zelfevaluatie (possibly invalid) as form values. Facts the form does not ask for travel along unchanged. */
export function valuesFromZelfevaluatie(input: unknown, form: RegionForm): FormValues {
  const values: FormValues = new Map();
  const z = asVersion2((input && typeof input === 'object' ? input : {}) as Record<string, unknown>);
  for (const field of form.aanbieder) {
    const v = scalarToText(field, valueAt(z, field.path));
    if (v !== undefined) values.set(field.name, [v]);
  }
  const codes: string[] = [];
  for (const raw of Array.isArray(z.aanbod) ? z.aanbod : []) {
    if (!raw || typeof raw !== 'object') continue;
    const item = raw as Record<string, unknown>;
    const pf = typeof item.productcode === 'string' ? form.producten.get(item.productcode) : undefined;
    if (!pf || codes.includes(pf.product.code)) continue;
    const code = pf.product.code;
    codes.push(code);
    const rest = structuredClone(item);
    delete rest.productcode;
    for (const field of [pf.locatie, ...pf.fields]) {
      const v = valueAt(item, field.path);
      deletePath(rest, field.path);
      if (field.kind === 'list') {
        const rows = isRooster(field) ? roosterRows(v) : Array.isArray(v) ? v : [];
        rows.forEach((person, row) => {
          for (const it of field.item ?? []) {
            const text = scalarToText(it, valueAt(person, [it.key]));
            if (text !== undefined) values.set(rowName(field, row, it), [text]);
          }
        });
        continue;
      }
      const text = scalarToText(field, v);
      if (text !== undefined) values.set(field.name, [text]);
    }
    const verklaringen = item.verklaringen as Record<string, unknown> | undefined;
    for (const v of pf.verklaringen) if (verklaringen?.[v.id] === true) add(values, verklaringName(code), v.id);
    delete rest.verklaringen;
    for (const b of Array.isArray(item.bijlagen) ? item.bijlagen : []) add(values, bijlageName(code), JSON.stringify(b));
    delete rest.bijlagen;
    if (Object.keys(rest).length > 0) values.set(overigName(code), [JSON.stringify(rest)]);
  }
  values.set(PRODUCTEN, codes);
  values.set(VOLGORDE, [codes.join(',')]);
  return values;
}

/** The chosen products in a stable order: as they were, then newly chosen ones in catalog order. */
export function chosenProducts(values: FormValues, form: RegionForm): string[] {
  const chosen = new Set((values.get(PRODUCTEN) ?? []).filter((c) => form.producten.has(c)));
  const before = first(values, VOLGORDE).split(',').filter((c) => chosen.has(c));
  const added = [...form.producten.keys()].filter((c) => chosen.has(c) && !before.includes(c));
  return [...before, ...added];
}

/** Rows a staffing list shows: those filled in, one empty row to add a person, or as many as asked for. */
export function listRows(values: FormValues, field: FieldSpec): number {
  let filled = 0;
  const prefix = `${field.name}.`;
  for (const [name, vs] of values) {
    if (!name.startsWith(prefix) || !vs.some((v) => v.trim() !== '')) continue;
    const row = Number(name.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(row) && row >= 0 && row < MAX_ROWS) filled = Math.max(filled, row + 1);
  }
  const asked = Number(first(values, listRowsName(field)));
  return Math.min(MAX_ROWS, Math.max(filled + 1, Number.isInteger(asked) ? asked : 0));
}

/** The contract allows 50 people per daypart. */
export const MAX_ROWS = 50;

interface Parsed {
  value?: unknown;
  error?: string;
}

const unitText = (n: number, field: Pick<FieldSpec, 'eenheid'>) => withUnit(n, field.eenheid);

function parseNumber(text: string, field: FieldSpec): Parsed {
  let n: number;
  if (field.kind === 'klok') {
    const time = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?$/.exec(text);
    const dec = /^(\d{1,2}),(\d+)$/.exec(text);
    if (time && Number(time[2] ?? 0) < 60) n = Number(time[1]) + Number(time[2] ?? 0) / 60;
    else if (dec) n = Number(`${dec[1]}.${dec[2]}`);
    else return { error: web.fout.geenTijd(field.label) };
  } else {
    const pattern = field.kind === 'integer' ? /^[+-]?\d+$/ : /^[+-]?\d+(?:[.,]\d+)?$/;
    if (!pattern.test(text)) return { error: field.kind === 'integer' ? web.fout.geenHeelGetal(field.label) : web.fout.geenGetal(field.label) };
    n = Number(text.replace(',', '.'));
  }
  if (field.min !== undefined && n < field.min) {
    return { error: field.kind === 'klok' ? web.fout.geenTijd(field.label) : web.fout.teLaag(field.label, unitText(field.min, field)) };
  }
  if (field.max !== undefined && n > field.max) {
    return { error: field.kind === 'klok' ? web.fout.geenTijd(field.label) : web.fout.teHoog(field.label, unitText(field.max, field)) };
  }
  return { value: n };
}

function parseScalar(text: string, field: FieldSpec): Parsed {
  if (text === '') {
    if (!field.required) return {};
    if (field.kind === 'boolean') return { error: web.fout.kiesJaNee(field.label) };
    if (field.kind === 'choice') return { error: web.fout.kies(field.label, (field.options ?? []).map((o) => o.label)) };
    return { error: web.fout.leeg(field.label, field.eenheid, field.path.join('.')) };
  }
  switch (field.kind) {
    case 'decimal':
    case 'integer':
    case 'klok':
      return parseNumber(text, field);
    case 'boolean':
      return text === 'ja' ? { value: true } : text === 'nee' ? { value: false } : { error: web.fout.kiesJaNee(field.label) };
    case 'choice':
      return field.options?.some((o) => o.value === text) ? { value: text } : { error: web.fout.kies(field.label, (field.options ?? []).map((o) => o.label)) };
    default: {
      if (field.maxLength !== undefined && text.length > field.maxLength) return { error: web.fout.teLang(field.label, field.maxLength) };
      if (field.pattern && !field.pattern.test(text)) return { error: web.fout.patroon(field.label, field.path.join('.')) };
      if (field.kind === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return { error: web.fout.email };
      return { value: text };
    }
  }
}

const isRooster = (field: Pick<FieldSpec, 'path'>) => field.path.join('.') === 'rooster.diensten';

/** The rooster's diensten as form rows: one per person, each with its dienst's fields; a dienst without people is one row. */
function roosterRows(v: unknown): Record<string, unknown>[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((d: Record<string, unknown>) => {
    const { medewerkers, ...dienst } = d;
    const mensen = Array.isArray(medewerkers) && medewerkers.length > 0 ? (medewerkers as Record<string, unknown>[]) : [{}];
    return mensen.map((m) => ({ ...dienst, ...m }));
  });
}

/** "7", "7.00", "07:00", "22.30 uur" → "07:00"; "24:00" is the end of the day. */
export function parseTijd(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uur)?$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const DAGEN_VOLGORDE = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** The form's times: over midnight when the end is not after the start ("22:00-07:00"); equal times are 24 hours. */
function overMiddernacht(span: Record<string, unknown>): void {
  if (typeof span.van === 'string' && typeof span.tot === 'string' && span.tot !== '24:00' && span.tot <= span.van) span.overMiddernacht = true;
}

function readList(values: FormValues, field: FieldSpec, errors: (id: string, message: string) => void): unknown[] {
  const out: Record<string, unknown>[] = [];
  const rows = listRows(values, field);
  const rij = isRooster(field) ? web.formulier.roosterRegel : field.path[0] === 'beschikbaarheid' ? web.formulier.tijdvak : web.formulier.medewerker;
  for (let row = 0; row < rows; row++) {
    const items = field.item ?? [];
    const texts = items.map((it) => first(values, rowName(field, row, it)).trim());
    if (texts.every((t) => t === '')) continue;
    const entry: Record<string, unknown> = {};
    items.forEach((it, i) => {
      const text = texts[i]!;
      const id = fieldId(rowName(field, row, it));
      const where = rij(row + 1);
      // Yes, no, or left open: in a rooster row "nee" (not additionally trained) and "not given" differ.
      if (it.kind === 'boolean') {
        if (text === 'ja') entry[it.key] = true;
        else if (text === 'nee') entry[it.key] = false;
        return;
      }
      if (text === '') {
        if (it.required) {
          if (it.kind === 'tijd') errors(id, web.fout.tijdInRij(where, it.label));
          else errors(id, web.fout.kiesInRij(where, it.label, (it.options ?? []).map((o) => o.label)));
        }
        return;
      }
      if (it.kind === 'tijd') {
        const tijd = parseTijd(text);
        if (tijd) entry[it.key] = tijd;
        else errors(id, web.fout.tijdInRij(where, it.label));
        return;
      }
      if (it.kind === 'decimal' || it.kind === 'integer') {
        const n = Number(text.replace(',', '.'));
        if (/^\d+(?:[.,]\d+)?$/.test(text) && n <= 10080) entry[it.key] = n;
        else errors(id, web.fout.getalInRij(where, it.label));
        return;
      }
      if (it.kind === 'dagen') {
        const dagen = text.split(',').filter((d) => DAGEN_VOLGORDE.includes(d));
        if (dagen.length > 0 && dagen.length === text.split(',').length) entry[it.key] = DAGEN_VOLGORDE.filter((d) => dagen.includes(d));
        else errors(id, web.fout.kiesInRij(where, it.label, (it.options ?? []).map((o) => o.label)));
        return;
      }
      if (it.options && !it.options.some((o) => o.value === text)) {
        errors(id, web.fout.kiesInRij(where, it.label, it.options.map((o) => o.label)));
        return;
      }
      entry[it.key] = text;
    });
    overMiddernacht(entry);
    out.push(entry);
  }
  if (!isRooster(field)) return out;
  // Rows with the same days, times and place are one dienst, in the order they first appear.
  const diensten = new Map<string, Record<string, unknown>>();
  const dienstKeys = (field.item ?? []).filter((it) => it.deel === 'dienst').map((it) => it.key);
  for (const entry of out) {
    const dienst = Object.fromEntries(Object.entries(entry).filter(([k]) => dienstKeys.includes(k) || k === 'overMiddernacht'));
    const persoon = Object.fromEntries(Object.entries(entry).filter(([k]) => !dienstKeys.includes(k) && k !== 'overMiddernacht'));
    const k = JSON.stringify(dienst);
    const found = diensten.get(k) ?? { ...dienst, medewerkers: [] as unknown[] };
    if (Object.keys(persoon).length > 0) (found.medewerkers as unknown[]).push(persoon);
    diensten.set(k, found);
  }
  return [...diensten.values()];
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function readProduct(values: FormValues, pf: ProductForm, errors: FormError[]): Record<string, unknown> {
  const code = pf.product.code;
  const item: Record<string, unknown> = { ...(parseJsonObject(first(values, overigName(code))) ?? {}), productcode: code };
  const report = (id: string, message: string) => errors.push({ id, message, summary: web.fout.inProduct(code, message) });
  for (const field of [pf.locatie, ...pf.fields]) {
    if (field.kind === 'list') {
      const list = readList(values, field, report);
      if (list.length > 0) setPath(item, field.path, list);
      continue;
    }
    const parsed = parseScalar(first(values, field.name).trim(), field);
    if (parsed.error) report(field.id, parsed.error);
    else if (parsed.value !== undefined) setPath(item, field.path, parsed.value);
  }
  if (pf.verklaringen.length > 0) {
    const ticked = values.get(verklaringName(code)) ?? [];
    item.verklaringen = Object.fromEntries(pf.verklaringen.map((v) => [v.id, ticked.includes(v.id)]));
  }
  const bijlagen = (values.get(bijlageName(code)) ?? []).map(parseJsonObject).filter((b): b is Record<string, unknown> => !!b);
  if (bijlagen.length > 0) item.bijlagen = bijlagen;
  return item;
}

/** The zelfevaluatie the form describes, and what is wrong with the answers (checked on submit only). */
export function readForm(values: FormValues, form: RegionForm): { zelfevaluatie: Record<string, unknown>; errors: FormError[] } {
  const errors: FormError[] = [];
  const aanbieder: Record<string, unknown> = {};
  for (const field of form.aanbieder) {
    const parsed = parseScalar(first(values, field.name).trim(), field);
    if (parsed.error) errors.push({ id: field.id, message: parsed.error, summary: parsed.error });
    else if (parsed.value !== undefined) aanbieder[field.path[1]!] = parsed.value;
  }
  const codes = chosenProducts(values, form);
  if (codes.length === 0) {
    const firstCode = [...form.producten.keys()][0] ?? '';
    errors.push({ id: productCheckboxId(firstCode), message: web.fout.geenProduct, summary: web.fout.geenProduct });
  }
  const aanbod = codes.map((code) => readProduct(values, form.producten.get(code)!, errors));
  return { zelfevaluatie: { versie: '2', regio: form.region.id, aanbieder, aanbod }, errors };
}
