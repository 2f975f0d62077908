import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and no whitespace: the basis of invoerSha256. */
export function canonicalJson(value: unknown): string {
  // A sorted copy serialised by JSON.stringify in one go: faster than building the text piece by piece.
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value === undefined ? null : value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const copy = sortedCopy((value as Record<string, unknown>)[key]);
    // A key "__proto__" from JSON.parse is an own property; plain assignment would set the prototype instead.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(String(s))}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Reads a value at a path of own properties only (never the prototype chain). */
export function valueAt(root: unknown, segments: readonly string[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The first place where a parsed JSON value is larger than allowed: too deep, a too long list or too many keys. */
export function oversizedAt(value: unknown, limits: { depth: number; items: number; keys: number }): { pointer: string; reason: 'diepte' | 'lijst' | 'sleutels' } | undefined {
  const stack: Array<[unknown, string, number]> = [[value, '', 1]];
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limits.depth) return { pointer, reason: 'diepte' };
    if (Array.isArray(node)) {
      if (node.length > limits.items) return { pointer, reason: 'lijst' };
      node.forEach((child, i) => stack.push([child, `${pointer}/${i}`, depth + 1]));
    } else {
      const keys = Object.keys(node);
      if (keys.length > limits.keys) return { pointer, reason: 'sleutels' };
      for (const key of keys) stack.push([(node as Record<string, unknown>)[key], `${pointer}/${escapePointerSegment(key)}`, depth + 1]);
    }
  }
  return undefined;
}

/** Nesting depth of a parsed JSON value, computed without recursion so a hostile body cannot overflow the stack. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) max = depth;
    for (const child of Object.values(node as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return max;
}
