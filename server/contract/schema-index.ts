import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemasDir } from '../paths.js';

type JsonSchema = Record<string, unknown>;

export interface FieldInfo {
  label: string;
  eenheid?: string;
  description?: string;
  /** The values say what they are ("wakend", "beveiliger"): in a list of conditions the label is left out. */
  zelfbeschrijvend?: boolean;
}

export const zelfevaluatieSchema = JSON.parse(
  readFileSync(path.join(schemasDir, 'zelfevaluatie.schema.json'), 'utf8'),
) as JsonSchema;

/** Contract version 1: still read, then converted to version 2 (convert-v1.ts). */
export const zelfevaluatieV1Schema = JSON.parse(
  readFileSync(path.join(schemasDir, 'zelfevaluatie-v1.schema.json'), 'utf8'),
) as JsonSchema;

export const toetsresultaatSchema = JSON.parse(
  readFileSync(path.join(schemasDir, 'toetsresultaat.schema.json'), 'utf8'),
) as JsonSchema;

/** $refs resolve in the version 1 schema when a path starts there, else in the current contract. */
let defsRoot: JsonSchema = zelfevaluatieSchema;

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  const target = (defsRoot.$defs as Record<string, JsonSchema>)[ref.slice('#/$defs/'.length)];
  // Annotations beside the $ref (x-label, description) win over the target's.
  return target ? { ...resolve(target), ...schema, $ref: undefined } : schema;
}

function childSchema(schema: JsonSchema, segment: string): JsonSchema | undefined {
  const s = resolve(schema);
  if (/^(\d+|\*)$/.test(segment) && s.items) return s.items as JsonSchema;
  const props = s.properties as Record<string, JsonSchema> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, segment)) return props[segment];
  if (s.additionalProperties && typeof s.additionalProperties === 'object') return s.additionalProperties as JsonSchema;
  return undefined;
}

/** The contract schema at a path of the zelfevaluatie (array indexes as numbers or "*"). */
export function schemaAt(segments: readonly string[], root: JsonSchema = zelfevaluatieSchema): JsonSchema | undefined {
  defsRoot = root === zelfevaluatieV1Schema ? zelfevaluatieV1Schema : zelfevaluatieSchema;
  let current: JsonSchema | undefined = root;
  for (const segment of segments) {
    if (!current) break;
    current = childSchema(current, segment);
  }
  const out = current ? resolve(current) : undefined;
  defsRoot = zelfevaluatieSchema;
  return out;
}

/** The aanbod item schema: the root that product eisen are written against. */
export const aanbodItemSchema = schemaAt(['aanbod', '*'])!;

const fieldInfoCache = new WeakMap<JsonSchema, Map<string, FieldInfo>>();

/** Dutch label and unit of a field, from the contract's x-label / x-eenheid annotations (looked up once per path). */
export function fieldInfo(segments: readonly string[], root: JsonSchema = zelfevaluatieSchema): FieldInfo {
  let cache = fieldInfoCache.get(root);
  if (!cache) {
    cache = new Map();
    fieldInfoCache.set(root, cache);
  }
  // Indexes do not change what a field is: /aanbod/3/begeleiding is labelled as /aanbod/*/begeleiding.
  const key = segments.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const schema = schemaAt(segments, root);
  const last = [...segments].reverse().find((s) => !/^(\d+|\*)$/.test(s)) ?? '';
  const info: FieldInfo = {
    label: (schema?.['x-label'] as string | undefined) ?? last,
    eenheid: schema?.['x-eenheid'] as string | undefined,
    description: schema?.description as string | undefined,
    zelfbeschrijvend: schema?.['x-zelfbeschrijvend'] === true,
  };
  // Paths come from the contract and the catalog, but a hostile body can name any key: keep the cache bounded.
  if (cache.size < 5000) cache.set(key, info);
  return info;
}
