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

export const toetsresultaatSchema = JSON.parse(
  readFileSync(path.join(schemasDir, 'toetsresultaat.schema.json'), 'utf8'),
) as JsonSchema;

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return schema;
  const target = (zelfevaluatieSchema.$defs as Record<string, JsonSchema>)[ref.slice('#/$defs/'.length)];
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
  let current: JsonSchema | undefined = root;
  for (const segment of segments) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current ? resolve(current) : undefined;
}

/** The aanbod item schema: the root that product eisen are written against. */
export const aanbodItemSchema = schemaAt(['aanbod', '*'])!;

/** Dutch label and unit of a field, from the contract's x-label / x-eenheid annotations. */
export function fieldInfo(segments: readonly string[], root: JsonSchema = zelfevaluatieSchema): FieldInfo {
  const schema = schemaAt(segments, root);
  const last = [...segments].reverse().find((s) => !/^(\d+|\*)$/.test(s)) ?? '';
  return {
    label: (schema?.['x-label'] as string | undefined) ?? last,
    eenheid: schema?.['x-eenheid'] as string | undefined,
    description: schema?.description as string | undefined,
    zelfbeschrijvend: schema?.['x-zelfbeschrijvend'] === true,
  };
}
