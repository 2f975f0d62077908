import type { ValidateFunction } from 'ajv';
import { createAjv } from '../ajv.js';
import type { Catalog, JsonSchema, Product, Region } from '../catalog/types.js';
import { toPointer, valueAt } from '../json.js';
import { aanbodItemSchema, schemaAt } from '../contract/schema-index.js';
import { valuesOfProperty } from '../catalog/rules.js';
import type { AanbodItem } from '../types/contract.js';
import { evaluateProduct, withDerived } from './evaluate.js';

/** One change that brings an offer closer to a product's eisen: set the value at `pointer` (relative to the aanbod item). */
export interface Wijziging {
  pointer: string;
  van: unknown;
  naar: unknown;
  eisId: string;
}

export interface Kwalificatie {
  regio: string;
  regioNaam: string;
  productcode: string;
  naam: string;
  /** Whether the facts of the offer meet every measurable eis (declarations are made per bid, not measured). */
  uitslag: 'voldoet' | 'voldoet-niet';
  wijzigingen: Wijziging[];
  /** The declarations a bid for this product must also tick (ids of the product's x-verklaringen). */
  teVerklaren: string[];
  /** The kinds of attachment a bid for this product must include (x-bijlagen soorten its eisen ask for). */
  teBijvoegen: string[];
}

const ajv = createAjv();
const compiled = new WeakMap<JsonSchema, ValidateFunction>();
function matches(schema: JsonSchema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) as boolean;
}

type Json = Record<string, unknown>;

/** A value that satisfies a schema on its own: the bound itself for numbers, the first allowed value otherwise. */
function build(s: JsonSchema): unknown {
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  for (const k of ['minimum', 'maximum'] as const) if (typeof s[k] === 'number') return s[k];
  if (typeof s.exclusiveMinimum === 'number') return s.exclusiveMinimum + 1;
  if (typeof s.exclusiveMaximum === 'number') return Math.max(0, s.exclusiveMaximum - 1);
  if (s.contains) return Array.from({ length: (s.minContains as number | undefined) ?? 1 }, () => build(s.contains as JsonSchema));
  if (typeof s.minItems === 'number') return Array.from({ length: s.minItems }, () => build((s.items as JsonSchema) ?? {}));
  const out: Json = {};
  for (const key of (s.required as string[]) ?? []) out[key] = build(((s.properties as Record<string, JsonSchema>) ?? {})[key] ?? {});
  for (const sub of (s.allOf as JsonSchema[]) ?? []) Object.assign(out, build(sub) as Json);
  if (s.then) Object.assign(out, build(s.then as JsonSchema) as Json);
  if (Array.isArray(s.anyOf)) Object.assign(out, build(s.anyOf[0] as JsonSchema) as Json);
  return Object.keys(out).length > 0 || s.properties || s.required ? out : true;
}

/** Edits a working copy of the offer and records each edit as a Wijziging. */
class Repair {
  readonly changes: Wijziging[] = [];
  constructor(
    readonly data: Json,
    readonly product: Product,
    private eisId = '',
  ) {}

  forEis(eisId: string): this {
    this.eisId = eisId;
    return this;
  }

  set(path: string[], naar: unknown): void {
    const pointer = toPointer(path);
    const van = structuredClone(valueAt(this.data, path));
    let node = this.data;
    for (const segment of path.slice(0, -1)) {
      if (!node[segment] || typeof node[segment] !== 'object') node[segment] = {};
      node = node[segment] as Json;
    }
    node[path[path.length - 1]!] = structuredClone(naar);
    const earlier = this.changes.find((c) => c.pointer === pointer);
    if (earlier) earlier.naar = naar;
    else this.changes.push({ pointer, van: van ?? null, naar, eisId: this.eisId });
  }

  /** Makes the value at `path` satisfy `s`, as far as a generic edit can. */
  fix(s: JsonSchema, path: string[]): void {
    // Derived sums are met through the fields they are computed from, never set themselves.
    if (path[0] === 'afgeleid' && path.length === 2) return this.fixDerived(s, path[1]!);
    if (path[0] === 'afgeleid' && path.length === 1) {
      const names = new Set([...((s.required as string[]) ?? []), ...Object.keys((s.properties as Record<string, JsonSchema>) ?? {})]);
      for (const naam of names) this.fixDerived(((s.properties as Record<string, JsonSchema>) ?? {})[naam] ?? {}, naam);
      return;
    }
    const value = valueAt(this.data, path);
    if (matches(s, value)) return;
    for (const key of (s.required as string[]) ?? []) {
      if (valueAt(this.data, [...path, key]) === undefined && !(path.length === 0 && key === 'afgeleid')) {
        this.set([...path, key], build(((s.properties as Record<string, JsonSchema>) ?? {})[key] ?? {}));
      }
    }
    for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
      if (valueAt(this.data, [...path, key]) !== undefined || (path.length === 0 && key === 'afgeleid')) this.fix(sub, [...path, key]);
    }
    if (typeof value === 'number') {
      if (typeof s.maximum === 'number' && value > s.maximum) this.set(path, s.maximum);
      if (typeof s.minimum === 'number' && value < s.minimum) this.set(path, s.minimum);
      if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) this.set(path, s.exclusiveMaximum - 1);
      if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) this.set(path, s.exclusiveMinimum + 1);
    }
    if ('const' in s && valueAt(this.data, path) !== s.const) this.set(path, s.const);
    if (Array.isArray(s.enum) && !s.enum.includes(valueAt(this.data, path))) this.set(path, s.enum[0]);
    if (s.contains) {
      const items = (valueAt(this.data, path) as unknown[] | undefined) ?? [];
      const have = items.filter((item) => matches(s.contains as JsonSchema, item)).length;
      const missing = ((s.minContains as number | undefined) ?? 1) - have;
      if (missing > 0) this.set(path, [...items, ...Array.from({ length: missing }, () => this.newItem(s.contains as JsonSchema, path))]);
    }
    if (typeof s.minItems === 'number') {
      const items = (valueAt(this.data, path) as unknown[] | undefined) ?? [];
      if (items.length < s.minItems) this.set(path, [...items, ...Array.from({ length: s.minItems - items.length }, () => this.newItem((s.items as JsonSchema) ?? {}, path))]);
    }
    for (const sub of (s.allOf as JsonSchema[]) ?? []) this.fix(sub, path);
    if (s.if) {
      const branch = matches(s.if as JsonSchema, valueAt(this.data, path)) ? s.then : s.else;
      if (branch) this.fix(branch as JsonSchema, path);
    }
    if (Array.isArray(s.anyOf)) this.fixCheapest(s.anyOf as JsonSchema[], path);
  }

  /** A new list item that meets `s` and is valid against the contract (e.g. a person always has a niveau). */
  private newItem(s: JsonSchema, path: string[]): unknown {
    const item = build(s);
    const contract = schemaAt([...path, '*'], aanbodItemSchema);
    if (!contract || !item || typeof item !== 'object') return item;
    for (const key of (contract.required as string[]) ?? []) {
      if ((item as Json)[key] === undefined) {
        const field = schemaAt([...path, '*', key], aanbodItemSchema) ?? {};
        (item as Json)[key] = build(field);
      }
    }
    return item;
  }

  /** Of several alternatives, take the one that needs the fewest edits. */
  private fixCheapest(options: JsonSchema[], path: string[]): void {
    let best: Repair | undefined;
    for (const option of options) {
      const attempt = new Repair(structuredClone(this.data), this.product, this.eisId);
      attempt.fix(option, path);
      if (!best || attempt.changes.length < best.changes.length) best = attempt;
    }
    for (const change of best?.changes ?? []) this.set(pathOf(change.pointer), change.naar);
  }

  /** A derived sum is met by raising the term with factor closest to 1 (e.g. group hours rather than individual ones). */
  private fixDerived(s: JsonSchema, naam: string): void {
    const def = this.product.afgeleid[naam];
    const target = typeof s.minimum === 'number' ? s.minimum : undefined;
    if (!def?.som || target === undefined) return;
    const valueOf = (veld: string) => valueAt(this.data, veld.slice(1).split('/'));
    const som = def.som;
    const positive = som.filter((t) => t.factor > 0);
    // Raise a term the offer left empty if there is one (one edit instead of two), else the one closest to factor 1.
    const term =
      positive.find((t) => typeof valueOf(t.veld) !== 'number') ??
      [...positive].sort((a, b) => Math.abs(Math.log(a.factor)) - Math.abs(Math.log(b.factor)))[0];
    if (!term) return;
    const others = som.filter((t) => t !== term);
    for (const t of others) if (typeof valueOf(t.veld) !== 'number') this.set(t.veld.slice(1).split('/'), 0);
    const rest = others.reduce((n, t) => n + t.factor * (valueOf(t.veld) as number), 0);
    const current = typeof valueOf(term.veld) === 'number' ? (valueOf(term.veld) as number) : undefined;
    if (current !== undefined && rest + term.factor * current >= target) return;
    const needed = Math.ceil(((target - rest) / term.factor) * 100) / 100;
    this.set(term.veld.slice(1).split('/'), Math.max(current ?? 0, needed, 0));
  }
}

function pathOf(pointer: string): string[] {
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function qualifyProduct(region: Region, product: Product, aanbod: Omit<AanbodItem, 'productcode'>): Kwalificatie {
  const item = { ...structuredClone(aanbod), productcode: product.code } as AanbodItem;
  // Declarations and attachments belong to a bid, not to the facts of an offer: they are listed, not edited.
  const isAttachmentEis = (e: Product['eisen'][number]) => e.fields.length > 0 && e.fields.every((f) => f[0] === 'bijlagen');
  const measurable = new Set(product.eisen.filter((e) => e.soort === 'eis' && e.ernst === 'eis' && !isAttachmentEis(e)).map((e) => e.id));
  const passes = (candidate: Json) => {
    const { data } = withDerived(candidate as unknown as AanbodItem, product);
    return product.eisen.every((e) => !measurable.has(e.id) || (e.validate as (d: unknown) => boolean)(data));
  };
  const before = evaluateProduct(region, product, item, 0);
  const base = {
    regio: region.id,
    regioNaam: region.naam,
    productcode: product.code,
    naam: product.naam,
    teVerklaren: product.verklaringen.map((v) => v.id),
    teBijvoegen: [...new Set(product.eisen.filter(isAttachmentEis).flatMap((e) => valuesOfProperty(e.schema, 'soort')))],
  };
  if (before.eisen.every((e) => !measurable.has(e.id) || e.uitslag === 'voldoet')) return { ...base, uitslag: 'voldoet', wijzigingen: [] };

  const work = structuredClone(item) as unknown as Json;
  const repair = new Repair(work, product);
  for (const eis of product.eisen) {
    if (!measurable.has(eis.id)) continue;
    const data = withDerived(work as unknown as AanbodItem, product).data as Json;
    if ((eis.validate as (d: unknown) => boolean)(data)) continue;
    // Work on the copy with derived sums filled in, then keep only the real fields.
    repair.forEis(eis.id);
    Object.assign(work, { afgeleid: data.afgeleid });
    repair.fix(eis.schema, []);
    delete work.afgeleid;
  }
  return { ...base, uitslag: 'voldoet-niet', wijzigingen: withoutSurplusItems(repair.changes, work, passes) };
}

/**
 * Eisen are repaired one by one, so two eisen on the same list may each add a person where one would do.
 * Drop added items, last first, as long as every eis that the repair met is still met.
 */
function withoutSurplusItems(changes: Wijziging[], work: Json, passes: (candidate: Json) => boolean): Wijziging[] {
  for (const change of changes) {
    if (!Array.isArray(change.naar)) continue;
    const before = Array.isArray(change.van) ? change.van.length : 0;
    const items = [...change.naar];
    for (let i = items.length - 1; i >= before; i--) {
      const fewer = items.filter((_, j) => j !== i);
      const trial = applyWijzigingen(work, [{ ...change, naar: fewer }]);
      if (passes(trial)) items.splice(i, 1);
    }
    change.naar = items;
    Object.assign(work, applyWijzigingen(work, [change]));
  }
  return changes.filter((c) => !(Array.isArray(c.naar) && Array.isArray(c.van) && c.naar.length === c.van.length));
}

/**
 * Where does one offer qualify? Checks the facts of one aanbod item against every product of every region
 * (region-wide combination rules aside) and lists, for each product it does not meet, the edits that would make it.
 * Closest first: products met, then by number of edits.
 */
export function qualify(aanbod: Omit<AanbodItem, 'productcode'>, catalog: Catalog): Kwalificatie[] {
  const rows: Kwalificatie[] = [];
  for (const region of catalog.regios.values()) {
    for (const product of region.producten.values()) rows.push(qualifyProduct(region, product, aanbod));
  }
  return rows.sort(
    (a, b) =>
      Number(a.uitslag !== 'voldoet') - Number(b.uitslag !== 'voldoet') ||
      a.wijzigingen.length - b.wijzigingen.length ||
      a.regio.localeCompare(b.regio) ||
      a.productcode.localeCompare(b.productcode),
  );
}

/** Applies wijzigingen to an offer (for a user who accepts them, and for the tests that prove they suffice). */
export function applyWijzigingen<T extends object>(aanbod: T, wijzigingen: Wijziging[]): T {
  const out = structuredClone(aanbod) as unknown as Json;
  for (const w of wijzigingen) {
    const path = pathOf(w.pointer);
    let node = out;
    for (const segment of path.slice(0, -1)) {
      if (!node[segment] || typeof node[segment] !== 'object') node[segment] = {};
      node = node[segment] as Json;
    }
    node[path[path.length - 1]!] = structuredClone(w.naar);
  }
  return out as unknown as T;
}
