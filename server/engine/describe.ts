import { zin } from '../messages.js';
import type { JsonSchema } from '../catalog/types.js';
import { schemaAt } from '../contract/schema-index.js';
import { fieldLabel, formatValue, joinAlternatives, withUnit, type WordingContext } from './format.js';

/** One thing an eis asks of one field. */
interface Clause {
  path: string[];
  text: string;
  /** The clause says what an array must contain: worded with "bevat" rather than a colon. */
  contains?: boolean;
  /** The clause names a value (ja, nee, op de locatie): worded with a colon in every position. */
  waarde?: boolean;
  /** The clause names its own fields ("niet (functie beveiliger en niveau mbo-3)"): worded without a label. */
  eigen?: boolean;
}

/** Where a sentence stands: on its own, after "als" (verb last) or after "dan" (verb first). */
type Rol = 'hoofd' | 'bijzin' | 'dan';

const valueKeywords = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'const', 'enum', 'contains', 'items', 'minItems', 'maxItems'];

const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);
const startsWith = (a: readonly string[], prefix: readonly string[]) => prefix.every((s, i) => a[i] === s);

function count(n: number, eenheid: string | undefined): string {
  return withUnit(n, eenheid ?? 'keer');
}

function describeContains(ctx: WordingContext, s: JsonSchema, path: string[]): string {
  const unit = fieldLabel(ctx, path).eenheid;
  const min = (s.minContains as number | undefined) ?? 1;
  const max = s.maxContains as number | undefined;
  const aantal =
    max === 0 ? zin.geenMeervoud(unit ? withUnit(2, unit).replace(/^2 /, '') : '')
    : max !== undefined && max === min ? zin.precies(count(min, unit))
    : max !== undefined && s.minContains === undefined ? zin.tenHoogste(count(max, unit))
    : max !== undefined ? `${zin.tenMinste(count(min, unit))} en ${zin.tenHoogste(count(max, unit))}`
    : zin.tenMinste(count(min, unit));
  const item = itemConditions(ctx, s.contains as JsonSchema, path);
  if (!item.text) return aantal;
  return item.labelled ? `${aantal} ${zin.met} ${item.text}` : `${aantal}, ${item.text}`;
}

/** The conditions on one item of a list, inline: "niveau mbo-4 of hbo, wakend, aanvullend geschoold". */
function itemConditions(ctx: WordingContext, item: JsonSchema, path: string[]): { text: string; labelled: boolean } {
  const parts = describe(ctx, item, [...path, '*']).map((c) => {
    if (c.eigen) return { text: c.text, labelled: false };
    const info = fieldLabel(ctx, c.path);
    if (c.waarde && c.text === zin.ja) return { text: info.label, labelled: false };
    if (c.waarde && c.text === zin.nee) return { text: zin.nietVeld(info.label), labelled: false };
    return info.zelfbeschrijvend ? { text: c.text, labelled: false } : { text: `${info.label} ${c.text}`, labelled: true };
  });
  return { text: parts.map((p) => p.text).join(', '), labelled: parts[0]?.labelled ?? false };
}

function describeItem(ctx: WordingContext, item: JsonSchema, path: string[]): string {
  return itemConditions(ctx, item, path).text;
}

function describeItems(ctx: WordingContext, item: JsonSchema, path: string[]): string {
  const unit = fieldLabel(ctx, path).eenheid;
  return zin.alleen(unit ? withUnit(2, unit).replace(/^2 /, '') : '', describeItem(ctx, item, path));
}

/** The clauses of a schema at a path: read from its keywords, never written per eis. */
export function describe(ctx: WordingContext, s: JsonSchema, path: string[]): Clause[] {
  const out: Clause[] = [];
  const eenheid = fieldLabel(ctx, path).eenheid;
  const fmt = (v: unknown) => formatValue(ctx, path, v);
  const klok = eenheid === 'uur-klok';
  const own: string[] = [];
  // On the clock, 0.00 and 24.00 are the ends of the day: "24.00 uur of later" says nothing more than "24.00 uur".
  if (typeof s.minimum === 'number') own.push(klok ? (s.minimum >= 24 ? fmt(s.minimum) : zin.klokTenVroegste(fmt(s.minimum))) : zin.tenMinste(fmt(s.minimum)));
  if (typeof s.exclusiveMinimum === 'number') own.push(zin.meerDan(fmt(s.exclusiveMinimum)));
  if (typeof s.maximum === 'number') own.push(klok ? (s.maximum <= 0 ? fmt(s.maximum) : zin.klokUiterlijk(fmt(s.maximum))) : zin.tenHoogste(fmt(s.maximum)));
  if (typeof s.exclusiveMaximum === 'number') own.push(zin.minderDan(fmt(s.exclusiveMaximum)));
  const isValue = ('const' in s || Array.isArray(s.enum)) && own.length === 0;
  if ('const' in s) own.push(fmt(s.const));
  if (Array.isArray(s.enum)) own.push(joinAlternatives(s.enum.map(fmt)));
  if (typeof s.minItems === 'number') own.push(zin.tenMinste(count(s.minItems, eenheid)));
  if (typeof s.maxItems === 'number') own.push(zin.tenHoogste(count(s.maxItems, eenheid)));
  if (own.length) out.push({ path, text: own.join(` ${zin.en} `), waarde: isValue || undefined });
  if (s.contains) out.push({ path, text: describeContains(ctx, s, path), contains: true });
  if (s.items) out.push({ path, text: describeItems(ctx, s.items as JsonSchema, path), contains: true });

  for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
    out.push(...describe(ctx, sub, [...path, key]));
  }
  // A field the negation names needs no "opgegeven" of its own.
  const negated = s.not ? negate(ctx, s.not as JsonSchema, path) : [];
  for (const key of (s.required as string[]) ?? []) {
    const keyPath = [...path, key];
    if (![...out, ...negated].some((c) => startsWith(c.path, keyPath))) out.push({ path: keyPath, text: zin.opgegeven });
  }
  for (const sub of (s.allOf as JsonSchema[]) ?? []) out.push(...describe(ctx, sub, path));
  if (Array.isArray(s.anyOf)) {
    out.push({ path, text: (s.anyOf as JsonSchema[]).map((a) => render(ctx, describe(ctx, a, path), path, true)).join(` ${zin.of} `) });
  }
  out.push(...negated);
  if (s.if) {
    const cond = s.if as JsonSchema;
    const condText = isOnlyRequired(cond)
      ? joinAlternatives((cond.required as string[]).map((k) => zin.isOpgegeven(fieldLabel(ctx, [...path, k]).label)), zin.en)
      : render(ctx, describe(ctx, cond, path), path, false, 'bijzin');
    let text = zin.als(condText, s.then ? render(ctx, describe(ctx, s.then as JsonSchema, path), path, false, 'dan') : '');
    if (s.else) text += `; ${zin.anders(render(ctx, describe(ctx, s.else as JsonSchema, path), path))}`;
    out.push({ path, text });
  }
  return out;
}

/**
 * `not` as the field it is about: "niet beveiliger" on functie becomes "begeleider of overig" (the other values the
 * contract allows), ja becomes nee; where that cannot be said of one field, "niet (…)" names the fields itself.
 */
function negate(ctx: WordingContext, not: JsonSchema, path: string[]): Clause[] {
  const clauses = describe(ctx, not, path);
  const c = clauses[0];
  if (clauses.length !== 1 || !c) return [{ path, text: zin.nietAlle(render(ctx, clauses, path, false, 'bijzin').replace(/ is$/, '')), eigen: true }];
  if (c.waarde && c.text === zin.ja) return [{ ...c, text: zin.nee }];
  if (c.waarde && c.text === zin.nee) return [{ ...c, text: zin.ja }];
  if (!c.waarde) return [{ ...c, text: zin.nietVeld(c.text) }];
  const rel = c.path.slice(path.length);
  const sub = rel.length === 1 ? ((not.properties as Record<string, JsonSchema> | undefined)?.[rel[0]!]) : undefined;
  const excluded = sub ? ('const' in sub ? [sub.const] : Array.isArray(sub.enum) ? (sub.enum as unknown[]) : undefined) : undefined;
  // Without the field, `not: { required: [f], … }` holds: a person without a functie is "not a beveiliger" too.
  const absentCounts = rel.length === 1 && ((not.required as string[] | undefined) ?? []).includes(rel[0]!);
  const contract = schemaAt(c.path, ctx.root);
  const rest = excluded && Array.isArray(contract?.enum) ? (contract.enum as unknown[]).filter((v) => !excluded.includes(v)) : [];
  // One value left names it ("wakend"); otherwise a value that names itself reads "geen beveiliger", another
  // "anders dan 3".
  const info = fieldLabel(ctx, c.path);
  const text = rest.length === 1 ? formatValue(ctx, c.path, rest[0]) : info.zelfbeschrijvend ? zin.geenWaarde(c.text) : zin.andersDan(c.text);
  // A value that names itself has a label that lists the values ("wakend of slapend"): the field's name reads better.
  return [{ ...c, text: absentCounts ? zin.ofNietOpgegeven(text, info.zelfbeschrijvend ? c.path.at(-1)! : info.label) : text }];
}

function isOnlyRequired(s: JsonSchema): boolean {
  return Array.isArray(s.required) && Object.keys(s).every((k) => k === 'required');
}

function wordClause(ctx: WordingContext, c: Clause, base: string[], rol: Rol): string {
  if ((samePath(c.path, base) && rol === 'hoofd') || c.eigen) return c.text;
  const label = fieldLabel(ctx, c.path).label;
  if (c.waarde) return `${label}: ${c.text}`;
  const verb = c.contains ? zin.bevat : zin.is;
  if (rol === 'bijzin') return `${label} ${c.text} ${verb}`;
  if (rol === 'dan') return `${verb} ${label} ${c.text}`;
  return c.contains ? `${label} ${verb} ${c.text}` : `${label}: ${c.text}`;
}

/** Clauses as one sentence; a clause on another field than `base` names that field. */
export function render(ctx: WordingContext, clauses: Clause[], base: string[], bracket = false, rol: Rol = 'hoofd'): string {
  const parts = clauses.map((c) => wordClause(ctx, c, base, rol));
  const text = parts.join(rol === 'hoofd' ? '; ' : ` ${zin.en} `);
  return bracket && (parts.length > 1 || / en |; |, /.test(text)) ? `(${text})` : text;
}

/** What an eis expects, in plain Dutch. A single-field eis reads without the label ("ten hoogste 15 minuten"). */
export function describeEis(ctx: WordingContext, eis: JsonSchema, fields: string[][]): string {
  const clauses = describe(ctx, eis, []);
  const single = fields.length === 1 && clauses.length === 1 && samePath(clauses[0]!.path, fields[0]!) && fields[0]![0] !== 'afgeleid';
  return single ? clauses[0]!.text : render(ctx, clauses, []);
}

/** The fields an eis reads, in the order it names them, without duplicates or enclosing objects. */
export function collectFields(s: JsonSchema, path: string[] = [], out: string[][] = []): string[][] {
  const add = (p: string[]) => {
    if (!out.some((q) => samePath(q, p))) out.push(p);
  };
  if (valueKeywords.some((k) => k in s)) add(path);
  for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) collectFields(sub, [...path, key], out);
  for (const key of (s.required as string[]) ?? []) {
    const keyPath = [...path, key];
    if (!out.some((q) => startsWith(q, keyPath))) add(keyPath);
  }
  for (const k of ['allOf', 'anyOf'] as const) for (const sub of (s[k] as JsonSchema[]) ?? []) collectFields(sub, path, out);
  for (const k of ['not', 'if', 'then', 'else'] as const) if (s[k]) collectFields(s[k] as JsonSchema, path, out);
  // An enclosing object (e.g. "aanwezigheid" when its members are named) is not a field of its own.
  return out.filter((p) => !out.some((q) => q.length > p.length && startsWith(q, p)));
}
