import { probleem } from '../messages.js';
import { HttpProblem } from './problem.js';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, position: number): [number, number] {
  const lines = text.slice(0, position).split('\n');
  return [lines.length, lines[lines.length - 1]!.length + 1];
}

/** Whether `prefix` could be the start of valid JSON: it parses, or fails only because the input ran out. */
function isValidStart(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (err) {
    const message = (err as Error).message;
    if (message.startsWith('Unexpected end of JSON input')) return true;
    const at = /position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= prefix.length;
  }
}

/**
 * Where parsing stops. V8 names the position in some messages but not in others ("Unexpected token"),
 * so the longest valid start is found by bisection: being a valid start is closed under taking prefixes.
 */
export function syntaxErrorPosition(text: string): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (isValidStart(text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The 400 problem for JSON that cannot be parsed, with the position, line and column where parsing stopped. */
export function jsonSyntaxProblem(text: string): HttpProblem {
  const pos = Math.min(syntaxErrorPosition(text), text.length);
  const [regel, kolom] = lineColumn(text, pos);
  return new HttpProblem(400, 'ongeldige-json', probleem.ongeldigeJson.titel, probleem.ongeldigeJson.detail(probleem.positie(pos, regel, kolom)));
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw jsonSyntaxProblem(text);
  }
}
