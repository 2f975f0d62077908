import type { Response } from 'express';
import type { InputError } from '../contract/validate.js';

/** An RFC 9457 problem document, in Dutch. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: InputError[];
  requestId?: string;
}

/** Thrown anywhere in a request; the error handler turns it into application/problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: InputError[],
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export const problemTypeBase = 'https://eisentoets.nl/problemen/';

export function sendProblem(res: Response, problem: HttpProblem, instance?: string): void {
  const body: Problem = { type: `${problemTypeBase}${problem.slug}`, title: problem.title, status: problem.status };
  if (problem.detail) body.detail = problem.detail;
  if (instance) body.instance = instance;
  if (problem.errors) body.errors = problem.errors;
  const requestId = res.getHeader('x-request-id');
  if (typeof requestId === 'string') body.requestId = requestId;
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}
