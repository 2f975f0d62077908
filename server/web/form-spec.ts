import type { BijlageSoort, CompiledEis, JsonSchema, Product, Region, Verklaring } from '../catalog/types.js';
import { aanbodItemSchema, schemaAt, zelfevaluatieSchema } from '../contract/schema-index.js';
import { tijdTekst, waardeLabel, web } from '../messages.js';
import { DAGEN } from '../contract/time.js';
import { derivedSources } from '../engine/evaluate.js';

/**
 * What the form asks per product, derived from the catalog: the fields its eisen read (`fields`),
 * typed and labelled by the contract schema (x-label, x-eenheid, description). A new region or
 * product needs no template work.
 */

export type FieldKind = 'decimal' | 'integer' | 'klok' | 'tijd' | 'dagen' | 'boolean' | 'choice' | 'text' | 'email' | 'list';

export interface Option {
  value: string;
  label: string;
}

/** One input of one row of a list: a person (niveau, wijze, ...), or a dienst's days and times, or a window. */
export interface ItemFieldSpec {
  key: string;
  kind: Exclude<FieldKind, 'list'>;
  label: string;
  options?: Option[];
  required: boolean;
  /** In the rooster, one row is one person in one dienst: the dienst's own fields, or the person's. */
  deel?: 'dienst' | 'persoon';
  hint?: string;
}

export interface FieldSpec {
  /** Path in the aanbod item (or in aanbieder for organisation fields). */
  path: string[];
  /** Form field name; list items add `.<row>.<key>`. */
  name: string;
  /** Element id, also the anchor an error links to. */
  id: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  /** x-eenheid of the contract field. */
  eenheid?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  pattern?: RegExp;
  options?: Option[];
  /** Needed unconditionally by an eis (or by the contract): an empty answer is an error. */
  required: boolean;
  /** Titles of the eisen that read this field. */
  eisen: string[];
  /** Titles of the eisen (not signalen) that read this field: left empty, they come out as `ontbreekt`. */
  nodig?: string[];
  item?: ItemFieldSpec[];
}

export interface SectionSpec {
  id: string;
  /** A group of related fields gets a fieldset with this legend; a lone field stands on its own. */
  legend?: string;
  hint?: string;
  fields: FieldSpec[];
}

export interface ProductForm {
  product: Product;
  locatie: FieldSpec;
  sections: SectionSpec[];
  fields: FieldSpec[];
  verklaringen: Verklaring[];
  bijlagen: BijlageSoort[];
}

export interface RegionForm {
  region: Region;
  aanbieder: FieldSpec[];
  producten: Map<string, ProductForm>;
}

const key = (path: readonly string[]) => path.join('.');
const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s);

export const productFieldName = (code: string, path: readonly string[]) => `p.${code}.${key(path)}`;
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** Every property path of the aanbod item, in the order the contract lists them: the order of the form. */
function contractOrder(schema: JsonSchema, at: string[] = [], out: string[] = []): string[] {
  out.push(key(at));
  const props = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  for (const k of Object.keys(props)) {
    const child = schemaAt([...at, k], aanbodItemSchema);
    if (child) contractOrder(child, [...at, k], out);
  }
  return out;
}
const order = contractOrder(aanbodItemSchema);
const rank = (path: readonly string[]) => {
  for (let n = path.length; n > 0; n--) {
    const i = order.indexOf(key(path.slice(0, n)));
    if (i >= 0) return i;
  }
  return order.length;
};

/** Paths an eis requires whatever else is given: `required`, followed only into required parents. */
function requiredPaths(s: JsonSchema, base: string[] = [], out: Set<string> = new Set()): Set<string> {
  const required = (s.required as string[] | undefined) ?? [];
  for (const k of required) out.add(key([...base, k]));
  for (const [k, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
    if (required.includes(k)) requiredPaths(sub, [...base, k], out);
  }
  for (const sub of (s.allOf as JsonSchema[]) ?? []) requiredPaths(sub, base, out);
  return out;
}

/** The subschemas an eis puts on the items of the array at `path` (through contains/items). */
function itemSchemasAt(s: JsonSchema, path: readonly string[], out: JsonSchema[] = []): JsonSchema[] {
  const branches = (node: JsonSchema) => [
    ...((node.allOf as JsonSchema[]) ?? []),
    ...((node.anyOf as JsonSchema[]) ?? []),
    ...(['not', 'if', 'then', 'else'] as const).map((k) => node[k] as JsonSchema | undefined).filter((n): n is JsonSchema => !!n),
  ];
  if (path.length === 0) {
    for (const k of ['contains', 'items'] as const) if (s[k] && typeof s[k] === 'object') out.push(s[k] as JsonSchema);
  } else {
    const child = (s.properties as Record<string, JsonSchema> | undefined)?.[path[0]!];
    if (child) itemSchemasAt(child, path.slice(1), out);
  }
  for (const b of branches(s)) itemSchemasAt(b, path, out);
  return out;
}

function keysOf(s: JsonSchema, out: Set<string> = new Set()): Set<string> {
  for (const k of Object.keys((s.properties as Record<string, JsonSchema>) ?? {})) out.add(k);
  for (const k of (s.required as string[]) ?? []) out.add(k);
  for (const b of [...((s.allOf as JsonSchema[]) ?? []), ...((s.anyOf as JsonSchema[]) ?? [])]) keysOf(b, out);
  for (const k of ['not', 'if', 'then', 'else'] as const) if (s[k]) keysOf(s[k] as JsonSchema, out);
  return out;
}

function optionsOf(schema: JsonSchema): Option[] | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  return (schema.enum as unknown[]).map((v) => ({ value: String(v), label: waardeLabel[String(v)] ?? String(v) }));
}

function kindOf(schema: JsonSchema): FieldKind {
  if (schema['x-eenheid'] === 'uur-klok') return 'klok';
  if (schema['x-eenheid'] === 'klok') return 'tijd';
  if (schema.type === 'array' && (schema.items as JsonSchema | undefined)?.$ref === '#/$defs/Dag') return 'dagen';
  if (Array.isArray(schema.enum)) return 'choice';
  switch (schema.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'decimal';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    default:
      return schema.format === 'email' ? 'email' : 'text';
  }
}

function label(schema: JsonSchema, path: readonly string[]): string {
  return capitalize((schema['x-label'] as string | undefined) ?? path[path.length - 1] ?? '');
}

function hint(schema: JsonSchema, path: readonly string[]): string | undefined {
  // "Toevoeging:" marks a contract addition for integrators; a form user does not need to know.
  const description = (schema.description as string | undefined)?.replace(/^Toevoeging:\s*/, '');
  return web.hintBij[key(path)] ?? (description ? capitalize(description) : undefined);
}

function baseSpec(schema: JsonSchema, path: string[], name: string, required: boolean): FieldSpec {
  const spec: FieldSpec = {
    path,
    name,
    id: fieldId(name),
    kind: kindOf(schema),
    label: label(schema, path),
    hint: hint(schema, path),
    eenheid: schema['x-eenheid'] as string | undefined,
    required,
    eisen: [],
  };
  if (typeof schema.minimum === 'number') spec.min = schema.minimum;
  if (typeof schema.maximum === 'number') spec.max = schema.maximum;
  if (typeof schema.maxLength === 'number') spec.maxLength = schema.maxLength;
  if (typeof schema.pattern === 'string') spec.pattern = new RegExp(schema.pattern);
  const options = optionsOf(schema);
  if (options) spec.options = options;
  return spec;
}

/** The paths a field of an eis stands for: a derived quantity stands for its terms, an object for its members. */
function leafPaths(field: readonly string[], product: Product): string[][] {
  if (field[0] === 'afgeleid') {
    const def = field[1] ? product.afgeleid[field[1]] : undefined;
    if (def && !def.som) return [def.bezetting ? ['rooster', 'diensten'] : ['beschikbaarheid', 'vensters']];
    return def ? derivedSources(def).flatMap((p) => leafPaths(p, product)) : [];
  }
  if (field[0] === 'verklaringen' || field[0] === 'bijlagen' || field[0] === 'productcode' || field[0] === 'locatie') return [];
  const star = field.indexOf('*');
  if (star >= 0) return leafPaths(field.slice(0, star), product);
  const schema = schemaAt(field, aanbodItemSchema);
  if (!schema) return [];
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (schema.type === 'object' && props) return Object.keys(props).flatMap((k) => leafPaths([...field, k], product));
  return [[...field]];
}

interface Need {
  path: string[];
  required: boolean;
  eisen: string[];
  nodig: string[];
  itemKeys: Set<string>;
}

function needsOf(product: Product): Need[] {
  const needs = new Map<string, Need>();
  const eisen: CompiledEis[] = product.eisen.filter((e) => e.soort === 'eis');
  for (const eis of eisen) {
    const required = eis.ernst === 'eis' ? requiredPaths(eis.schema) : new Set<string>();
    for (const field of eis.fields) {
      const fieldRequired = required.has(key(field));
      for (const leaf of leafPaths(field, product)) {
        const k = key(leaf);
        const need = needs.get(k) ?? { path: leaf, required: false, eisen: [], nodig: [], itemKeys: new Set<string>() };
        need.required ||= fieldRequired || required.has(k);
        if (!need.eisen.includes(eis.titel)) need.eisen.push(eis.titel);
        if (eis.ernst === 'eis' && !need.nodig.includes(eis.titel)) need.nodig.push(eis.titel);
        for (const item of itemSchemasAt(eis.schema, leaf)) keysOf(item, need.itemKeys);
        const def = field[0] === 'afgeleid' && field[1] ? product.afgeleid[field[1]] : undefined;
        if (def?.bezetting) {
          keysOf(def.bezetting.medewerker ?? {}, need.itemKeys);
          if (def.bezetting.plaats) need.itemKeys.add('plaats');
        }
        if (def?.reactietijd) need.itemKeys.add(def.reactietijd.soort === 'fysiek' ? 'fysiekMinuten' : 'telefonischMinuten');
        if (def?.afroep) for (const k of ['opAfroep', 'fysiekMinuten']) need.itemKeys.add(k);
        needs.set(k, need);
      }
    }
  }
  return [...needs.values()].sort((a, b) => rank(a.path) - rank(b.path));
}

const DAG_KEUZES: Option[] = [
  { value: 'ma,di,wo,do,vr,za,zo', label: 'elke dag (ma t/m zo)' },
  { value: 'ma,di,wo,do,vr', label: 'werkdagen (ma t/m vr)' },
  { value: 'za,zo', label: 'weekend (za en zo)' },
  ...DAGEN.map((d) => ({ value: d, label: tijdTekst.dagnaam[d] ?? d })),
];

function itemSpec(schema: JsonSchema, k: string, required: boolean, deel?: ItemFieldSpec['deel']): ItemFieldSpec {
  const kind = kindOf(schema) as ItemFieldSpec['kind'];
  const spec: ItemFieldSpec = { key: k, kind, label: label(schema, [k]), required };
  if (deel) spec.deel = deel;
  const options = kind === 'dagen' ? DAG_KEUZES : optionsOf(schema);
  if (options) spec.options = options;
  return spec;
}

/**
 * The rooster as the form asks it: one row per person per dienst, with the dienst's days, times and place on
 * each row; rows with the same dienst fields make one dienst. Always niveau, wijze and functie (the counts
 * depend on them), and whatever else the product's filters read.
 */
function roosterFields(referenced: Set<string>): ItemFieldSpec[] {
  const dienst = schemaAt(['rooster', 'diensten', '*'], aanbodItemSchema)!;
  const persoon = schemaAt(['rooster', 'diensten', '*', 'medewerkers', '*'], aanbodItemSchema)!;
  const dienstKeys = ['dagen', 'van', 'tot', ...(referenced.has('plaats') ? ['plaats'] : [])];
  const persoonKeys = Object.keys(persoon.properties as Record<string, JsonSchema>).filter((k) => ['niveau', 'wijze', 'functie'].includes(k) || referenced.has(k));
  return [
    ...dienstKeys.map((k) => itemSpec(schemaAt([k], dienst)!, k, k !== 'plaats', 'dienst')),
    ...persoonKeys.map((k) => itemSpec(schemaAt([k], persoon)!, k, false, 'persoon')),
  ];
}

function itemFields(path: readonly string[], referenced: Set<string>): ItemFieldSpec[] {
  if (key(path) === 'rooster.diensten') return roosterFields(referenced);
  const item = schemaAt([...path, '*'], aanbodItemSchema);
  const props = (item?.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = (item?.required as string[] | undefined) ?? [];
  return Object.keys(props)
    .filter((k) => required.includes(k) || referenced.has(k))
    .map((k) => itemSpec(schemaAt([...path, '*', k], aanbodItemSchema)!, k, required.includes(k)));
}

function productForm(product: Product): ProductForm {
  const fields: FieldSpec[] = needsOf(product).map((need) => {
    const schema = schemaAt(need.path, aanbodItemSchema)!;
    const spec = baseSpec(schema, need.path, productFieldName(product.code, need.path), need.required);
    spec.eisen = need.eisen;
    spec.nodig = need.nodig;
    if (spec.kind === 'list') spec.item = itemFields(need.path, need.itemKeys);
    return spec;
  });

  // Related fields share a fieldset: the members of one contract object, or top-level facts with the same unit.
  const sections: SectionSpec[] = [];
  for (const field of fields) {
    const top = field.path[0]!;
    const topSchema = schemaAt([top], aanbodItemSchema)!;
    const grouped = field.path.length > 1;
    const sectionKey = grouped ? top : `eenheid:${field.eenheid ?? top}`;
    const id = `${fieldId(`p.${product.code}`)}-${sectionKey.replace(/[^A-Za-z0-9]+/g, '-')}`;
    let section = sections.find((s) => s.id === id);
    if (!section) {
      section = grouped
        ? { id, legend: label(topSchema, [top]), hint: hint(topSchema, [top]), fields: [] }
        : { id, legend: field.eenheid ? web.groepPerEenheid[field.eenheid] : undefined, fields: [] };
      sections.push(section);
    }
    section.fields.push(field);
  }
  for (const s of sections) if (s.fields.length === 1 && !s.fields[0]!.path[1]) s.legend = undefined;

  const locatiePath = ['locatie'];
  const locatie = baseSpec(schemaAt(locatiePath, aanbodItemSchema)!, locatiePath, productFieldName(product.code, locatiePath), false);
  return { product, locatie, sections, fields, verklaringen: product.verklaringen, bijlagen: product.bijlagen };
}

function aanbiederFields(): FieldSpec[] {
  const schema = schemaAt(['aanbieder'])!;
  const required = (schema.required as string[]) ?? [];
  return Object.keys(schema.properties as Record<string, JsonSchema>).map((k) => {
    const path = ['aanbieder', k];
    return baseSpec(schemaAt(path, zelfevaluatieSchema)!, path, key(path), required.includes(k));
  });
}

/** Built once per region at start-up. */
export function regionForm(region: Region): RegionForm {
  return {
    region,
    aanbieder: aanbiederFields(),
    producten: new Map([...region.producten.values()].map((p) => [p.code, productForm(p)])),
  };
}
