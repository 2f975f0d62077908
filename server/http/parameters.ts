import type { Request, Router } from 'express';
import { createAjv } from '../ajv.js';
import { parameterUitleg, probleem } from '../messages.js';
import { HttpProblem } from './problem.js';

type Name = keyof typeof parameterUitleg;

/** An OpenAPI Parameter Object; the same definition documents the parameter and checks it. */
export interface Parameter {
  name: Name;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
  example: string;
}

const uuid = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' };
const define = (name: Name, where: Parameter['in'], schema: Record<string, unknown>, example: string): Parameter => ({
  name,
  in: where,
  required: where === 'path',
  description: parameterUitleg[name],
  schema,
  example,
});

/** Every path and query parameter of the API (NL GOV API Design Rules /core/error-handling/invalid-input). */
export const parameters = {
  regio: define('regio', 'path', { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }, 'gelderland-zuid'),
  code: define('code', 'path', { type: 'string', pattern: '^[0-9A-Z]{2,8}$' }, '15N13'),
  naam: define('naam', 'path', { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}\\.schema\\.json$' }, 'zelfevaluatie.schema.json'),
  bestand: define('bestand', 'path', { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,62}\\.schema\\.json$' }, '15N13.schema.json'),
  id: define('id', 'path', uuid, '3f2b8c1e-6d4a-4e8b-9c2d-1a5e7f9b0c3d'),
  bid: define('bid', 'path', uuid, '9e1d2c3b-4a5f-4b6e-8d7c-0f1e2d3c4b5a'),
  alleen: define('alleen', 'query', { type: 'string', const: 'voldoet-niet' }, 'voldoet-niet'),
  nr: define('nr', 'path', { type: 'string', pattern: '^[1-9][0-9]{0,8}$' }, '1'),
  proef: define('proef', 'query', { type: 'string', enum: ['true', 'false'] }, 'true'),
  jaar: define('jaar', 'query', { type: 'string', pattern: '^20[0-9]{2}$' }, '2027'),
  van: define('van', 'query', { type: 'string', pattern: '^20[0-9]{2}$' }, '2026'),
  naar: define('naar', 'query', { type: 'string', pattern: '^20[0-9]{2}$' }, '2027'),
} satisfies Record<Name, Parameter>;

const ajv = createAjv();
const validators = new Map(Object.values(parameters).map((p) => [p.name, ajv.compile(p.schema)]));

function invalid(p: Parameter): HttpProblem {
  return new HttpProblem(400, 'ongeldige-parameter', probleem.ongeldigeParameter.titel, probleem.ongeldigeParameter.detail(p.name, p.description));
}

/** A malformed path parameter is a 400 before any handler of the route runs; a well-formed one that names nothing stays a 404. */
export function checkPathParameters(router: Router, ...checked: Parameter[]): void {
  for (const p of checked) {
    router.param(p.name, (_req, _res, next, value: unknown) => next(validators.get(p.name)!(value) ? undefined : invalid(p)));
  }
}

/** The value of an optional query parameter, or a 400 when it is there but malformed (or given twice). */
export function queryParameter(req: Request, p: Parameter): string | undefined {
  const value: unknown = req.query[p.name];
  if (value === undefined) return undefined;
  if (!validators.get(p.name)!(value)) throw invalid(p);
  return value as string;
}
