import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../server/json.js';

describe('canonicalJson (basis van invoerSha256)', () => {
  it.each([
    [{ b: 1, a: [3, { d: null, c: 'x' }] }, '{"a":[3,{"c":"x","d":null}],"b":1}'],
    [JSON.parse('{"z":{"__proto__":{"y":1},"a":true}}'), '{"z":{"__proto__":{"y":1},"a":true}}'],
    [{ tekst: 'é\u2028"\\', getal: 1e21, nul: -0 }, '{"getal":1e+21,"nul":0,"tekst":"é\u2028\\"\\\\"}'],
    [[undefined, { a: undefined }], '[null,{"a":null}]'],
    [undefined, 'null'],
    ['x', '"x"'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});
