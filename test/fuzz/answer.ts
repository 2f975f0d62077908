import { validateToetsresultaat } from '../../server/contract/validate.js';
import type { EisResultaat, Toetsresultaat } from '../../server/types/contract.js';
import type { Answer } from './server.js';

/**
 * Slower than this for one request is a finding (quadratic work, catastrophic backtracking). Off in the normal
 * suite, which asserts behaviour, not timings; `npm run fuzz` sets it.
 */
const SLOW_MS = Number(process.env.FUZZ_SLOW_MS ?? Infinity);

class AnswerError extends Error {
  constructor(answer: Answer, why: string) {
    super(`${why}\nstatus ${answer.status}, ${answer.contentType}, ${answer.ms.toFixed(0)} ms: ${answer.text.slice(0, 600)}`);
    this.name = 'AnswerError';
  }
}

const failing = (e: EisResultaat) => e.ernst === 'eis' && (e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt');

/** The rules of the contract that the schema alone cannot express: verdicts and counts agree. */
function consistent(r: Toetsresultaat): string | undefined {
  for (const p of r.producten) {
    const expected = p.eisen.some(failing) ? 'voldoet-niet' : 'voldoet';
    if (p.uitslag !== expected) return `product ${p.productcode}: uitslag ${p.uitslag}, verwacht ${expected}`;
  }
  const overall = r.producten.every((p) => p.uitslag === 'voldoet') && !r.regioEisen.some(failing) ? 'voldoet' : 'voldoet-niet';
  if (r.uitslag !== overall) return `uitslag ${r.uitslag}, verwacht ${overall}`;
  const alle = [...r.regioEisen, ...r.producten.flatMap((p) => p.eisen)];
  const s = r.samenvatting;
  const counts = {
    producten: r.producten.length,
    productenVoldoen: r.producten.filter((p) => p.uitslag === 'voldoet').length,
    eisen: alle.length,
    eisenVoldoetNiet: alle.filter((e) => e.uitslag === 'voldoet-niet').length,
    eisenOntbreekt: alle.filter((e) => e.uitslag === 'ontbreekt').length,
    signalen: alle.filter((e) => e.uitslag === 'signaal').length,
  };
  for (const [k, v] of Object.entries(counts)) {
    if (s[k as keyof typeof s] !== v) return `samenvatting.${k} is ${s[k as keyof typeof s]}, geteld ${v}`;
  }
  return undefined;
}

function parse(answer: Answer): Record<string, unknown> {
  try {
    const body = JSON.parse(answer.text) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new AnswerError(answer, 'antwoord is geen JSON-object');
}

const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/**
 * What every answer of POST /api/v1/toetsingen must be: 200 with a toetsresultaat that meets its
 * schema and its own verdict rules, or 4xx with an RFC 9457 problem document; never 5xx, never slow.
 */
export function assertAnswer(answer: Answer): void {
  if (answer.ms > SLOW_MS) throw new AnswerError(answer, `trager dan ${SLOW_MS} ms`);
  if (answer.status === 200) {
    if (!/^application\/json\b/.test(answer.contentType)) throw new AnswerError(answer, '200 zonder application/json');
    const body = parse(answer);
    if (!validateToetsresultaat(body)) throw new AnswerError(answer, `toetsresultaat volgt het schema niet: ${JSON.stringify(validateToetsresultaat.errors)}`);
    const inconsistent = consistent(body);
    if (inconsistent) throw new AnswerError(answer, `toetsresultaat klopt niet met zichzelf: ${inconsistent}`);
    return;
  }
  if (answer.status < 400 || answer.status > 499) throw new AnswerError(answer, 'status is niet 200 of 4xx');
  if (!/^application\/problem\+json\b/.test(answer.contentType)) throw new AnswerError(answer, 'fout zonder application/problem+json');
  const problem = parse(answer);
  if (!nonEmpty(problem.title) || !nonEmpty(problem.detail)) throw new AnswerError(answer, 'probleemdocument zonder title of detail');
  if (problem.status !== answer.status) throw new AnswerError(answer, 'status in het probleemdocument wijkt af');
  if (answer.status === 422) {
    const errors = problem.errors;
    if (!Array.isArray(errors) || errors.length === 0 || errors.length > 100) throw new AnswerError(answer, '422 zonder 1..100 errors');
    for (const e of errors as Array<{ pointer?: unknown; detail?: unknown }>) {
      if (typeof e.pointer !== 'string' || !/^(\/.*)?$/s.test(e.pointer) || !nonEmpty(e.detail)) {
        throw new AnswerError(answer, `ongeldige fout ${JSON.stringify(e)}`);
      }
    }
  }
}
