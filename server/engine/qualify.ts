import type { ValidateFunction } from 'ajv';
import { createAjv } from '../ajv.js';
import type { Catalog, CompiledAfgeleid, JsonSchema, Product, Region, Venster } from '../catalog/types.js';
import { clock, DAGEN, intersect, intervalsOf, union, type Interval } from '../contract/time.js';
import { deriveFacts } from './derive.js';
import { toPointer, valueAt } from '../json.js';
import { aanbodItemSchema, schemaAt } from '../contract/schema-index.js';
import { ruleTriggers, valuesOfProperty } from '../catalog/rules.js';
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
  /**
   * Whether the facts of the offer meet every measurable eis (declarations are made per bid, not measured).
   * `niet-meetbaar`: the product has no eis the facts of an offer can meet (only declarations, attachments or
   * signalen), so the facts say nothing about it: it is not a fit.
   */
  uitslag: 'voldoet' | 'voldoet-niet' | 'niet-meetbaar';
  /** Signalen the offer raises for this product (an aandachtspunt, not a failure): eis id, title and advice. */
  signalen: Array<{ eisId: string; titel: string; advies?: string }>;
  /**
   * The region's rules over products that offering this product sets off, checked against a bid of this
   * product with the region's products this offer meets: a failing one (with ernst eis) makes it no fit.
   */
  regels: Array<{ id: string; titel: string; uitslag: 'voldoet' | 'voldoet-niet' }>;
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
        this.set([...path, key], complete(build(((s.properties as Record<string, JsonSchema>) ?? {})[key] ?? {}), [...path, key]));
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
    return complete(build(s), [...path, '*']);
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

  /** A derived fact is met through what it is derived from: a sum's terms, the rooster, the availability windows. */
  private fixDerived(s: JsonSchema, naam: string): void {
    const def = this.product.afgeleid[naam];
    if (!def) return;
    if (def.bezetting) return this.fixBezetting(def, s);
    if (def.reactietijd) return this.fixVensters(def.reactietijd.venster, s, def.reactietijd.soort === 'fysiek' ? 'fysiekMinuten' : 'telefonischMinuten');
    if (def.afroep) return this.fixVensters(def.afroep.venster, s, 'opAfroep');
    this.fixSom(def, s);
  }

  /** Too few people: add a dienst over the window with as many people as are missing, each one that surely counts. */
  private fixBezetting(def: CompiledAfgeleid, s: JsonSchema): void {
    const target = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? Math.floor(s.exclusiveMinimum) + 1 : undefined;
    if (target === undefined) return;
    const spec = def.bezetting!;
    // A dienst in the window whose place was not given: saying where it is, is the smallest edit.
    if (spec.plaats) {
      const window = union(intervalsOf(spec.venster));
      ((valueAt(this.data, ['rooster', 'diensten']) as Json[] | undefined) ?? []).forEach((d, i) => {
        if (d.plaats === undefined && intersect(union(intervalsOf(d as unknown as Venster)), window).length > 0) this.set(['rooster', 'diensten', String(i), 'plaats'], spec.plaats![0]);
      });
    }
    const current = deriveFacts(this.data, { x: def })[0];
    const missing = target - (typeof current?.laag === 'number' ? current.laag : 0);
    if (missing <= 0) return;
    const person = countingPerson(def);
    const diensten = structuredClone((valueAt(this.data, ['rooster', 'diensten']) as Json[] | undefined) ?? []);
    const plaats = spec.plaats?.[0] ?? 'locatie';
    const same = (d: Json) => d.van === spec.venster.van && d.tot === spec.venster.tot && (d.overMiddernacht === true) === (spec.venster.overMiddernacht === true) && d.plaats === plaats;
    // People join a dienst with the same times on a day it already runs (two such diensten would be one).
    const rest = spec.venster.dagen.filter((dag) => {
      const existing = diensten.find((d) => same(d) && (d.dagen as string[]).includes(dag));
      if (!existing) return true;
      if (!(existing as { _added?: boolean })._added) {
        existing.medewerkers = [...(existing.medewerkers as Json[]), ...Array.from({ length: missing }, () => ({ ...person }))];
        (existing as { _added?: boolean })._added = true;
      }
      return false;
    });
    for (const d of diensten) delete (d as { _added?: boolean })._added;
    if (rest.length > 0) {
      diensten.push({
        dagen: rest, van: spec.venster.van, tot: spec.venster.tot,
        ...(spec.venster.overMiddernacht ? { overMiddernacht: true } : {}),
        plaats, medewerkers: Array.from({ length: missing }, () => ({ ...person })),
      });
    }
    this.set(['rooster', 'diensten'], diensten);
  }

  /**
   * A response time or "op afroep" in a window: the provider's windows that overlap it are brought within the
   * bound; moments no window covers get new windows (one per day part, so none crosses another).
   */
  private fixVensters(venster: Venster, s: JsonSchema, key: 'fysiekMinuten' | 'telefonischMinuten' | 'opAfroep'): void {
    const bound = key === 'opAfroep' ? true : typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? Math.max(0, Math.ceil(s.exclusiveMaximum) - 1) : undefined;
    if (bound === undefined) return;
    const window = union(intervalsOf(venster));
    const vensters = structuredClone((valueAt(this.data, ['beschikbaarheid', 'vensters']) as Json[] | undefined) ?? []);
    const edits: Array<[number, unknown]> = [];
    vensters.forEach((v, i) => {
      if (intersect(union(intervalsOf(v as unknown as Venster)), window).length === 0) return;
      if (key === 'opAfroep') {
        if (v.opAfroep !== true && typeof v.fysiekMinuten !== 'number') edits.push([i, true]);
      } else if (typeof v[key] !== 'number' || (v[key] as number) > (bound as number)) edits.push([i, bound]);
    });
    const covered = union(vensters.flatMap((v) => intervalsOf(v as unknown as Venster)));
    const added = asVensters(subtract(window, covered)).map((venster) => ({ ...venster, [key]: bound }));
    if (added.length === 0) {
      // Only values change: one edit per window, worded as that window's field.
      for (const [i, naar] of edits) this.set(['beschikbaarheid', 'vensters', String(i), key], naar);
      return;
    }
    for (const [i, naar] of edits) vensters[i]![key] = naar;
    this.set(['beschikbaarheid', 'vensters'], [...vensters, ...added]);
  }

  /** A derived sum is met by raising the term with factor closest to 1 (e.g. group hours rather than individual ones). */
  private fixSom(def: CompiledAfgeleid, s: JsonSchema): void {
    const target = typeof s.minimum === 'number' ? s.minimum : undefined;
    if (!def.som || target === undefined) return;
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

/** A new dienst or venster that an eis needs only for who or what is in it: the whole week, so its times are valid and never too short. */
const HELE_WEEK: Json = { dagen: [...DAGEN], van: '00:00', tot: '24:00' };
const isTijdvak = (path: string[]) =>
  path.length === 3 && path[2] === '*' && ((path[0] === 'rooster' && path[1] === 'diensten') || (path[0] === 'beschikbaarheid' && path[1] === 'vensters'));

/** A built value made valid against the contract: every required field filled in, at every level (a dienst needs days and times). */
function complete(value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => complete(v, [...path, '*']));
  // build() answers `true` for a schema with nothing to build from; for a number the contract's lower bound (or 0) is the suggestion.
  if (value === true) {
    const contract = schemaAt(path, aanbodItemSchema);
    if (contract?.type === 'number' || contract?.type === 'integer') return typeof contract.minimum === 'number' ? contract.minimum : 0;
  }
  if (!value || typeof value !== 'object') return value;
  const out = value as Json;
  const contract = schemaAt(path, aanbodItemSchema);
  for (const key of (contract?.required as string[]) ?? []) {
    if (out[key] !== undefined) continue;
    out[key] = isTijdvak(path) && key in HELE_WEEK ? structuredClone(HELE_WEEK[key]) : build(schemaAt([...path, key], aanbodItemSchema) ?? {});
  }
  for (const [key, v] of Object.entries(out)) out[key] = complete(v, [...path, key]);
  return out;
}

/** A person who surely counts for a rooster fact: a wakeful, trained mbo-4 begeleider if that will do, else the first that does. */
function countingPerson(def: CompiledAfgeleid): Json {
  const base: Json = { niveau: 'mbo4', wijze: 'wakend', functie: 'begeleider', opleidingZorgEnWelzijn: true };
  if (def.match!(base).zeker) return base;
  for (const niveau of ['mbo4', 'hbo', 'mbo3', 'overig']) {
    for (const wijze of ['wakend', 'slapend']) {
      for (const functie of ['begeleider', 'beveiliger', 'overig']) {
        for (const extra of [{}, { aanvullendGeschoold: true }, { hboWerkNiveau: true }, { aanvullendGeschoold: true, hboWerkNiveau: true }]) {
          const person = { niveau, wijze, functie, opleidingZorgEnWelzijn: true, ...extra };
          if (def.match!(person).zeker) return person;
        }
      }
    }
  }
  return base;
}

/** What of `a` is not in `b` (both within one week). */
function subtract(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    let pieces = [{ ...x }];
    for (const y of b) pieces = pieces.flatMap((p) => (y.end <= p.start || y.start >= p.end ? [p] : [{ start: p.start, end: y.start }, { start: y.end, end: p.end }].filter((q) => q.end > q.start)));
    out.push(...pieces);
  }
  return out;
}

/**
 * Spans of the week as windows the way a provider would write them: a span of at most a day is one window (over
 * midnight if it crosses it), a longer one is cut at midnight; windows with the same times join on one row of days.
 */
function asVensters(spans: Interval[]): Json[] {
  const pieces: Array<{ dag: string; van: string; tot: string; over: boolean }> = [];
  for (const iv of spans) {
    if (iv.end - iv.start <= 1440) {
      const startDay = Math.floor(iv.start / 1440);
      const over = iv.end > (startDay + 1) * 1440;
      pieces.push({ dag: DAGEN[startDay % 7]!, van: clock(iv.start % 1440), tot: !over && iv.end === (startDay + 1) * 1440 ? '24:00' : clock(iv.end % 1440), over });
      continue;
    }
    for (let start = iv.start; start < iv.end; ) {
      const dayEnd = (Math.floor(start / 1440) + 1) * 1440;
      const end = Math.min(iv.end, dayEnd);
      pieces.push({ dag: DAGEN[Math.floor(start / 1440) % 7]!, van: clock(start % 1440), tot: end === dayEnd ? '24:00' : clock(end % 1440), over: false });
      start = end;
    }
  }
  const rows = new Map<string, Json>();
  for (const p of pieces) {
    const key = `${p.van}-${p.tot}-${p.over}`;
    const row = rows.get(key) ?? { dagen: [] as string[], van: p.van, tot: p.tot, ...(p.over ? { overMiddernacht: true } : {}) };
    if (!(row.dagen as string[]).includes(p.dag)) (row.dagen as string[]).push(p.dag);
    rows.set(key, row);
  }
  for (const row of rows.values()) row.dagen = DAGEN.filter((d) => (row.dagen as string[]).includes(d));
  return [...rows.values()];
}

function pathOf(pointer: string): string[] {
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function qualifyProduct(region: Region, product: Product, aanbod: Omit<AanbodItem, 'productcode'>): Kwalificatie {
  const item = { ...structuredClone(aanbod), productcode: product.code } as AanbodItem;
  // Declarations and attachments belong to a bid, not to the facts of an offer: they are listed, not edited.
  const isAttachmentEis = (e: Product['eisen'][number]) => e.fields.length > 0 && e.fields.every((f) => f[0] === 'bijlagen');
  const measurable = new Set(product.eisen.filter((e) => e.soort === 'eis' && e.ernst === 'eis' && !isAttachmentEis(e)).map((e) => e.id));
  // Verdicts as the toets gives them: an uncertain fact (a gap in the windows, a person without a level) is no pass.
  const failingMeasurable = (candidate: Json) =>
    new Set(evaluateProduct(region, product, { ...candidate, productcode: product.code } as unknown as AanbodItem, 0).eisen.filter((e) => measurable.has(e.id) && e.uitslag !== 'voldoet').map((e) => e.id));
  const passes = (candidate: Json) => failingMeasurable(candidate).size === 0;
  const before = evaluateProduct(region, product, item, 0);
  const base = {
    regio: region.id,
    regioNaam: region.naam,
    productcode: product.code,
    naam: product.naam,
    teVerklaren: product.verklaringen.map((v) => v.id),
    teBijvoegen: [...new Set(product.eisen.filter(isAttachmentEis).flatMap((e) => valuesOfProperty(e.schema, 'soort')))],
    signalen: before.eisen.filter((e) => e.uitslag === 'signaal').map((e) => ({ eisId: e.id, titel: e.titel, ...(e.advies ? { advies: e.advies } : {}) })),
    regels: [],
  };
  if (measurable.size === 0) return { ...base, uitslag: 'niet-meetbaar', wijzigingen: [] };
  if (before.eisen.every((e) => !measurable.has(e.id) || e.uitslag === 'voldoet')) return { ...base, uitslag: 'voldoet', wijzigingen: [] };

  const work = structuredClone(item) as unknown as Json;
  const repair = new Repair(work, product);
  for (const eis of product.eisen) {
    if (!measurable.has(eis.id) || !failingMeasurable(work).has(eis.id)) continue;
    // Uncertain facts are left out, so that the repair sees them as missing and fills in what they come from.
    const { feiten } = withDerived(work as unknown as AanbodItem, product);
    const data = { afgeleid: Object.fromEntries([...feiten.values()].filter((f) => f.laag === f.hoog).map((f) => [f.naam, f.laag])) };
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
  // A list that ends up as it was is no change (a list whose items changed, like a dienst with one more person, is).
  return changes.filter((c) => !(Array.isArray(c.naar) && Array.isArray(c.van) && JSON.stringify(c.naar) === JSON.stringify(c.van)));
}

/**
 * Where does one offer qualify? Checks the facts of one aanbod item against every product of every region
 * (region-wide combination rules aside) and lists, for each product it does not meet, the edits that would make it.
 * Closest first: products met, then by number of edits.
 */
export function qualify(aanbod: Omit<AanbodItem, 'productcode'>, catalog: Catalog): Kwalificatie[] {
  const rows: Kwalificatie[] = [];
  for (const region of catalog.regios.values()) {
    const regionRows = [...region.producten.values()].map((product) => qualifyProduct(region, product, aanbod));
    applyRules(region, aanbod, regionRows);
    rows.push(...regionRows);
  }
  const rank = (u: Kwalificatie['uitslag']) => (u === 'voldoet' ? 0 : u === 'voldoet-niet' ? 1 : 2);
  return rows.sort(
    (a, b) =>
      rank(a.uitslag) - rank(b.uitslag) ||
      a.wijzigingen.length - b.wijzigingen.length ||
      a.regio.localeCompare(b.regio) ||
      a.productcode.localeCompare(b.productcode),
  );
}

/**
 * The region's rules over products, for each product as part of a bid with the products this offer meets in
 * that region ("Logeren only with an intramural product" holds only if the offer also meets one). A failing
 * rule with ernst eis turns a fit into "voldoet niet"; the rule is listed either way.
 */
function applyRules(region: Region, aanbod: Omit<AanbodItem, 'productcode'>, rows: Kwalificatie[]): void {
  const fits = rows.filter((r) => r.uitslag === 'voldoet').map((r) => r.productcode);
  for (const row of rows) {
    const rules = region.regels.filter((r) => ruleTriggers(r.schema).includes(row.productcode));
    if (rules.length === 0) continue;
    const codes = [...new Set([...fits, row.productcode])];
    const bid = { versie: '2', regio: region.id, aanbieder: { naam: '-', kvkNummer: '00000000' }, aanbod: codes.map((c) => ({ ...structuredClone(aanbod), productcode: c })) };
    row.regels = rules.map((r) => ({ id: r.id, titel: r.titel, uitslag: r.validate(bid) ? 'voldoet' : 'voldoet-niet' }));
    if (row.uitslag === 'voldoet' && rules.some((r) => r.ernst === 'eis' && row.regels.find((x) => x.id === r.id)?.uitslag === 'voldoet-niet')) row.uitslag = 'voldoet-niet';
  }
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
