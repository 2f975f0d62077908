import { readFileSync } from 'node:fs';
import path from 'node:path';
import { schemasDir } from '../paths.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The contract schemas the operations take and give, by their component name. */
export const contractFiles = {
  Zelfevaluatie: 'zelfevaluatie.schema.json',
  ZelfevaluatieV1: 'zelfevaluatie-v1.schema.json',
  Toetsresultaat: 'toetsresultaat.schema.json',
} as const;

export type ContractSchema = keyof typeof contractFiles;

/** Keywords whose values are data, not schemas: a "$ref" in there is not a reference. */
const dataKeywords = new Set(['const', 'enum', 'default', 'examples', 'example']);

/** A reference to a component, in the form the document uses. */
export const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** "#" and "#/$defs/X" of schema `owner` become references to the components; anything else is refused, so a new kind of reference cannot slip through unbundled. */
function rewriteRefs(node: Json, owner: ContractSchema): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, owner));
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      const def = value === '#' ? '' : typeof value === 'string' ? /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(value)?.[1] : undefined;
      if (def === undefined) throw new Error(`${contractFiles[owner]}: verwijzing ${JSON.stringify(value)} kan niet in de OpenAPI-beschrijving worden opgenomen.`);
      out.$ref = componentRef(`${owner}${def}`).$ref;
    } else {
      out[key] = dataKeywords.has(key) || key.startsWith('x-') ? value : rewriteRefs(value, owner);
    }
  }
  return out;
}

/**
 * The contract schemas as OpenAPI components, so the document stands on its own, read from its URL or saved as a file.
 * Each file becomes one component and each of its $defs another, named file + def (ZelfevaluatieAanbodItem); the
 * references are rewritten to match. $id and $schema go: an embedded $id would move the base those references resolve
 * against, and the document's jsonSchemaDialect already says 2020-12.
 */
export function contractComponents(): Record<string, Json> {
  const components: Record<string, Json> = {};
  for (const [name, file] of Object.entries(contractFiles) as Array<[ContractSchema, string]>) {
    const { $id: _id, $schema: _schema, $defs = {}, ...root } = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as JsonObject;
    const add = (key: string, schema: Json) => {
      if (key in components) throw new Error(`Twee contractschema's heten ${key} in de OpenAPI-beschrijving.`);
      components[key] = rewriteRefs(schema, name);
    };
    add(name, root);
    for (const [def, schema] of Object.entries($defs as JsonObject)) add(`${name}${def}`, schema);
  }
  return components;
}
