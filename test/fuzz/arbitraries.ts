import { gzipSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import type { BaseBid } from './bids.js';

/** One request to POST /api/v1/toetsingen. */
export interface Case {
  body: Buffer;
  headers: Record<string, string>;
}

type Json = unknown;
type Container = Record<string, unknown> | unknown[];

/**
 * Number texts that JSON.stringify cannot produce (-0, beyond double range, more digits than a
 * double holds) and nesting too deep to build as objects: put into the body as raw text.
 */
const RAW_TOKENS = [
  '-0', '-0.0', '0e0', '1E2', '1e308', '-1e308', '1e309', '-1e400', '1e-400', '5e-324', '2.2250738585072014e-308',
  '123456789012345678901234567890', '9007199254740993', '24.000000000000001', '10080.0000000000001', '0.30000000000000004',
  `1${'0'.repeat(400)}`, `0.${'0'.repeat(400)}1`, `-${'9'.repeat(5000)}`,
  `${'['.repeat(17)}${']'.repeat(17)}`, `${'['.repeat(5000)}${']'.repeat(5000)}`, `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
];
const RAW_MARK = '\uF8FFraw';
const rawPattern = new RegExp(`"${RAW_MARK}(\\d+)"`, 'g');
const raw = fc.integer({ min: 0, max: RAW_TOKENS.length - 1 }).map((i) => `${RAW_MARK}${i}`);

/** JSON text of a value, with the raw tokens substituted. */
export function render(value: Json): string {
  return (JSON.stringify(value) ?? 'null').replace(rawPattern, (_, i: string) => RAW_TOKENS[Number(i)]!);
}

/** Sets an own property, also for keys like __proto__ where plain assignment would change the prototype. */
function setOwn(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target[key as number] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function objectOf(entries: Array<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}

const unicodeTricks = [
  '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', '\u200B', '\uFEFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
  '\u0000', '\u001F', '\u007F', '"', '\\', '/', '~', '\u2028', '\u2029', '\u0130', '\u01C5', '\uFFFD', '\uFFFF',
];

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 });

const trickyText = fc.string({ unit: fc.oneof(fc.constantFrom(...unicodeTricks), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 });

const longText = fc
  .tuple(fc.constantFrom('a', '7', '€', '\u{1F600}', '\u202E', '\uD800', '\u0000', 'é'), fc.constantFrom(199, 200, 201, 254, 255, 256, 10_000, 120_000))
  .map(([c, n]) => c.repeat(n));

const specialStrings = fc.constantFrom(
  'NaN', 'Infinity', '-Infinity', '1e308', '-0', '0x1F', '', ' ', 'null', 'true', '[]', '{}', '1', '15N13', 'gelderland-zuid',
  '__proto__', 'constructor', 'prototype', '\u202Egelderland-zuid', 'gelderland\u200Bzuid', '\uFEFF15N13', '12345678',
  '\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18', '\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668', '1234567\u200F8',
  '../../etc/passwd', '<script>alert(1)</script>', '%s%n%x', '${7*7}', '{{7*7}}', 'a@b', 'a@b.c', `${'a'.repeat(64)}@${'b'.repeat(250)}.nl`,
  'j.jansen@example.nl\u0000', 'hbo', 'mbo4', 'wakend', 'locatie', 'application/pdf', 'a'.repeat(64), 'A'.repeat(64),
);

export const nastyString = fc.oneof(specialStrings, trickyText, loneSurrogates, longText, fc.string({ unit: 'binary', maxLength: 30 }));

export const nastyNumber = fc.oneof(
  fc.constantFrom(
    0, -1, 0.5, 1, 7, 15, 17.999, 18, 23.999, 24, 24.0001, 120, 120.5, 168, 168.01, 500, 501, 1000, 1001, 10080, 10081, 104857600,
    104857601, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, 1e-7,
  ),
  fc.double(),
  fc.integer(),
  raw,
);

export const nastyKey = fc.oneof(
  fc.constantFrom(
    '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', '__lookupSetter__',
    'isPrototypeOf', '', ' ', 'a/b', '~0', '~1', '/', '$ref', '$id', 'then', 'length', '0', '-1', 'afgeleid', 'x-eis',
    'versie', 'regio', 'aanbieder', 'aanbod', 'productcode', 'verklaringen', 'bijlagen', 'bezetting', 'dag', 'nacht', 'niveau',
    'rooster', 'diensten', 'medewerkers', 'beschikbaarheid', 'vensters', 'dagen', 'van', 'tot', 'overMiddernacht', 'ma', '24:00', '23:59',
    'soort', 'sha256', '\u202Eregio', 'regio\u200B', '\uD800', '\uFF41anbod', 'geen-uitsluitingscriteria', 'a'.repeat(101),
  ),
  specialStrings,
  trickyText,
  fc.string({ maxLength: 12 }),
);

const leaf = fc.oneof(nastyNumber, nastyString, fc.boolean(), fc.constant(null));

/** Any JSON value with hostile keys, numbers and strings, up to a few levels deep. */
export const nastyValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json; array: Json[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.array(fc.tuple(nastyKey, tie('value')), { maxLength: 6 }).map(objectOf),
})).value;

function nested(depth: number, kind: 'array' | 'object', inner: Json): Json {
  let v = inner;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

const deepValue = fc.tuple(fc.constantFrom(5, 14, 15, 16, 17, 40, 1000), fc.constantFrom('array' as const, 'object' as const), leaf).map(([d, k, v]) => nested(d, k, v));

const acceptHeaders = ['application/json', '*/*', 'application/json, application/pdf;q=0.1', 'application/*', 'text/html', 'application/xml', '', 'application/json;q=0'];

/** How fast-check prints a counterexample: the headers and the start of the body, readable. */
function printable(c: Case): Case {
  return Object.assign(c, {
    [fc.toStringMethod]: () => {
      const text = c.body.toString('latin1');
      const shown = JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text);
      return `${JSON.stringify(c.headers)} ${c.body.length} bytes: ${shown}`;
    },
  });
}

function jsonCase(text: string, accept = 'application/json', contentType = 'application/json'): Case {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (accept) headers.accept = accept;
  return printable({ body: Buffer.from(text, 'utf8'), headers });
}

/** Arbitrary JSON values as the whole body (mostly 400 or 422), now and then with an odd Accept header. */
export function arbitraryBody(): fc.Arbitrary<Case> {
  return fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 6 }) }, { weight: 3, arbitrary: nastyValue }, { weight: 1, arbitrary: deepValue }),
      fc.oneof({ weight: 9, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom(...acceptHeaders) }),
    )
    .map(([v, accept]) => jsonCase(render(v), accept));
}

// ---- mutations of valid bids ----

interface Node {
  parent: Container;
  key: string | number;
}

/** Every position in the document (not the root itself), in a stable order. */
function positions(doc: Json): Node[] {
  const out: Node[] = [];
  const stack: Json[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      out.push({ parent: node as Container, key });
      stack.push(value);
    }
  }
  return out;
}

function valueOf(n: Node): unknown {
  return (n.parent as Record<string | number, unknown>)[n.key];
}

/** The same fact in the wrong JSON type. */
function wrongType(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return Number.isNaN(Number(v)) ? [v] : Number(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return 0;
}

type Mutation =
  | { op: 'replace'; at: number; value: Json }
  | { op: 'wrongType'; at: number }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: Json }
  | { op: 'empty'; at: number; value: Json }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'wide'; at: number; size: number; kind: 'array' | 'object' }
  | { op: 'aanbod'; count: number; distinct: boolean };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at, value: fc.oneof(leaf, nastyValue, deepValue) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wrongType' as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('addKey' as const), at, key: nastyKey, value: fc.oneof(leaf, nastyValue) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty' as const), at, value: fc.constantFrom<Json>([], {}, '', 0, null) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at, times: fc.constantFrom(1, 2, 49, 50, 51, 200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('aanbod' as const), count: fc.constantFrom(0, 1, 2, 49, 50, 51, 60, 300), distinct: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('wide' as const), at, size: fc.constantFrom(101, 200, 201, 1000, 40_000, 80_000), kind: fc.constantFrom('array' as const, 'object' as const) }),
  },
);

/** Nodes a mutation may copy: repeating a node that holds a wide one would otherwise run out of memory. */
const NODE_BUDGET = 250_000;

/** Number of JSON nodes in a value, counting stops at `limit`. */
function nodeCount(value: unknown, limit = NODE_BUDGET): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && n < limit) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push(child);
  }
  return n;
}

/** How many copies of `item` stay within the budget. */
const copies = (item: unknown, wanted: number) => Math.min(wanted, Math.floor(NODE_BUDGET / nodeCount(item)));

/**
 * A fresh copy of a generated value: fc.constantFrom hands out the same object every time, and a later
 * mutation must not change it for the cases after (or make it contain itself).
 */
const fresh = (v: Json): Json => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

function apply(doc: Record<string, unknown>, m: Mutation, codes: string[]): void {
  if (m.op === 'aanbod') {
    const items = Array.isArray(doc.aanbod) && doc.aanbod.length > 0 ? doc.aanbod : [{ productcode: codes[0] }];
    doc.aanbod = Array.from({ length: copies(items, m.count) }, (_, i) => {
      const item = JSON.parse(JSON.stringify(items[i % items.length])) as Record<string, unknown>;
      if (m.distinct && item && typeof item === 'object') item.productcode = codes[i % codes.length];
      return item;
    });
    return;
  }
  const all = positions(doc);
  if (all.length === 0) return;
  const node = all[m.at % all.length]!;
  switch (m.op) {
    case 'replace':
    case 'empty':
      setOwn(node.parent, node.key, fresh(m.value));
      break;
    case 'wrongType':
      setOwn(node.parent, node.key, wrongType(valueOf(node)));
      break;
    case 'delete':
      if (Array.isArray(node.parent)) node.parent.splice(node.key as number, 1);
      else delete node.parent[node.key as string];
      break;
    case 'addKey': {
      const v = valueOf(node);
      const target = v && typeof v === 'object' && !Array.isArray(v) ? (v as Container) : Array.isArray(node.parent) ? undefined : node.parent;
      if (target) setOwn(target, m.key, fresh(m.value));
      break;
    }
    case 'wide':
      // Tens of thousands of (empty) items or keys: every one an error, which must not cost quadratic time.
      setOwn(node.parent, node.key, m.kind === 'array' ? Array.from({ length: m.size }, () => ({})) : objectOf(Array.from({ length: m.size }, (_, i) => [`k${i}`, 'x'])));
      break;
    case 'repeat':
      if (Array.isArray(node.parent)) {
        const item = node.parent[node.key as number];
        const times = copies(item, m.times);
        for (let i = 0; i < times; i++) node.parent.push(JSON.parse(JSON.stringify(item ?? null)));
      }
      break;
  }
}

const MAX_BODY = 2 * 1024 * 1024;

/** A valid bid with one to four hostile changes. */
export function mutatedBid(bases: BaseBid[], codes: string[]): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([base, ms]) => {
      const doc = JSON.parse(JSON.stringify(base.bid)) as Record<string, unknown>;
      for (const m of ms) apply(doc, m, codes);
      return jsonCase(render(doc));
    })
    // Repeating a node that holds a wide one can reach tens of MB; beyond 2 MB is just another 413.
    .filter((c) => c.body.length <= MAX_BODY);
}

/** A valid bid unchanged, to show that the hostile cases do not only exercise the error path. */
export function validBid(bases: BaseBid[]): fc.Arbitrary<Case> {
  return fc.constantFrom(...bases).map((b) => jsonCase(JSON.stringify(b.bid)));
}

// ---- raw bodies: not (valid) JSON, odd encodings and media types ----

const junkTexts = [
  '', ' ', '\n', 'null', '1', '"x"', '[]', '{}', 'true', '{"versie":"1"', '{,}', '[1,]', "{'a':1}", '{"a":1}}', 'NaN', '{"a":NaN}',
  '{"a":Infinity}', '{"a":-}', '{"a":01}', '{"a":1.}', '{"a":.5}', '{"a":+1}', '{"a":"\\x41"}', '{"a":"\\ud800"}', '{"a":"\u0000"}',
  '\u0000', '{"a":1}\u0000', '/* */{}', '{"__proto__":{"x":1},"__proto__":{"y":2}}', '{"constructor":{"prototype":{"x":1}}}',
  '{"versie":"1","versie":"2"}', `{"a":"${'\\u0041'.repeat(1000)}"}`, '\uFEFF{}', '\uFEFF\uFEFF{}', '{"a"\u00A0:1}',
];

const badUtf8 = [[0xff], [0xfe], [0xc3], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]].map((b) => Buffer.from(b));

const contentTypes = [
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8', 'application/json;charset=utf-16',
  'application/json; charset=utf-16le', 'application/json; charset=latin1', 'application/json; charset=bogus', 'application/problem+json',
  'application/vnd.eisentoets+json', 'application/merge-patch+json', 'text/plain', 'text/json', 'application/x-www-form-urlencoded',
  'multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=xyz', 'application/json; boundary=x',
  'application/json, text/plain', '*/*', 'application/', ';;;',
];

/** Byte-level damage to valid JSON and raw texts that no JSON.stringify produces. */
export function rawBody(bases: BaseBid[]): fc.Arbitrary<Case> {
  const valid = fc.constantFrom(...bases).map((b) => JSON.stringify(b.bid));
  const truncated = fc.tuple(valid, fc.nat()).map(([t, n]) => Buffer.from(t.slice(0, n % t.length)));
  const badBytes = fc.tuple(valid, fc.nat(), fc.constantFrom(...badUtf8)).map(([t, n, bad]) => {
    const b = Buffer.from(t);
    const p = n % b.length;
    return Buffer.concat([b.subarray(0, p), bad, b.subarray(p)]);
  });
  const bom = valid.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]));
  const hugeNumber = fc.tuple(valid, fc.integer({ min: 0, max: RAW_TOKENS.length - 1 })).map(([t, i]) =>
    Buffer.from(t.replace(/:(\d+(\.\d+)?)([,}])/, (_m, _n, _f, end: string) => `:${RAW_TOKENS[i]}${end}`)),
  );
  const junk = fc.constantFrom(...junkTexts).map((t) => Buffer.from(t));
  const random = fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a));
  const bytes = fc.oneof(truncated, badBytes, bom, hugeNumber, junk, random);
  const plain = fc
    .tuple(bytes, fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom(...contentTypes) }))
    .map(([body, ct]) => printable({ body, headers: { 'content-type': ct, accept: 'application/json' } }));
  const utf16 = fc.tuple(valid, fc.boolean()).map(([t, withBom]) => printable({
    body: Buffer.concat([withBom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(t, 'utf16le')]),
    headers: { 'content-type': 'application/json; charset=utf-16le', accept: 'application/json' },
  }));
  const encoded = fc
    .tuple(
      fc.oneof(valid.map((t) => Buffer.from(t)), bytes),
      fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-gzip', 'gzip, gzip', 'compress', 'zstd', 'GZIP'),
      fc.constantFrom('compressed', 'truncated', 'plain'),
    )
    .map(([body, encoding, form]) => {
      const packed = encoding.toLowerCase().includes('deflate') ? deflateSync(body) : gzipSync(body);
      const data = form === 'compressed' ? packed : form === 'truncated' ? packed.subarray(0, Math.max(1, packed.length >> 1)) : body;
      return printable({ body: data, headers: { 'content-type': 'application/json', 'content-encoding': encoding, accept: 'application/json' } });
    });
  return fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: utf16 }, { weight: 2, arbitrary: encoded });
}
