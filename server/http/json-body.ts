import { probleem } from '../messages.js';
import { HttpProblem } from './problem.js';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, position: number): [number, number] {
  const before = text.slice(0, position);
  const lines = before.split('\n');
  return [lines.length, lines[lines.length - 1]!.length + 1];
}

/** The 400 problem for JSON that cannot be parsed, with the position where parsing stopped. */
export function jsonSyntaxProblem(message: string, text: string | undefined): HttpProblem {
  const match = /position (\d+)/.exec(message);
  let waar = '';
  if (match && text !== undefined) {
    const pos = Number(match[1]);
    const [regel, kolom] = lineColumn(text, pos);
    waar = probleem.positie(pos, regel, kolom);
  }
  return new HttpProblem(400, 'ongeldige-json', probleem.ongeldigeJson.titel, probleem.ongeldigeJson.detail(waar));
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw jsonSyntaxProblem((err as Error).message, text);
  }
}
