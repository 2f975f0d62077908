import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { fixtureApp, listen, runBin } from '../helpers/served-app.js';

/**
 * Logius' NL GOV API Design Rules linter (a Spectral ruleset), run as an integrator runs it: on the document at its URL,
 * and on a saved copy. The ruleset comes from ../shared/tools beside the project (or SHARED_DIR), like the seeds.
 */

const ruleset = path.join(process.env.SHARED_DIR ?? path.resolve(projectRoot, '../shared'), 'tools/nlgov-adr-ruleset.yaml');

/**
 * Rules of the ruleset that do not fit this API, by name, each with its reason; README.md "Pas toe of leg uit" explains
 * each one. Every rule applies now, so the list is empty: an exception is added here and there, never silently.
 */
const uitgezet: Record<string, string> = {};

interface Finding {
  code: string;
  message: string;
  path: string[];
  severity: 0 | 1 | 2 | 3;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-adr-'));
const wrapper = path.join(dir, 'ruleset.json');
let server: Awaited<ReturnType<typeof listen>>;
let doc: Record<string, unknown>;

beforeAll(async () => {
  if (!existsSync(ruleset)) throw new Error(`De ADR-ruleset ontbreekt: ${ruleset} (zet SHARED_DIR op de map met tools/nlgov-adr-ruleset.yaml).`);
  writeFileSync(wrapper, JSON.stringify({ extends: [ruleset], rules: Object.fromEntries(Object.keys(uitgezet).map((rule) => [rule, 'off'])) }));
  server = await listen(fixtureApp());
  doc = (await (await fetch(`${server.base}/api/v1/openapi.json`)).json()) as Record<string, unknown>;
});

afterAll(async () => {
  await server?.close();
});

/** Errors and warnings, one line each; infos and hints are not findings of the ADR ruleset. */
async function lint(target: string): Promise<string[]> {
  const { code, stdout, stderr } = await runBin('@stoplight/spectral-cli', 'spectral', ['lint', '--ruleset', wrapper, '--format', 'json', '--quiet', target]);
  // 0: nothing at error level, 1: errors found; anything else (or no JSON) means Spectral itself failed.
  if ((code !== 0 && code !== 1) || !stdout.trimStart().startsWith('[')) throw new Error(`Spectral faalde (code ${code}): ${stderr || stdout}`);
  return (JSON.parse(stdout) as Finding[]).filter((f) => f.severity <= 1).map((f) => `${f.code} ${f.path.join('.')}: ${f.message}`);
}

const saved = (name: string, document: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
};

describe('NL GOV API Design Rules (Spectral)', () => {
  it('de beschrijving op haar adres: geen fouten of waarschuwingen', async () => {
    expect(await lint(`${server.base}/api/v1/openapi.json`)).toEqual([]);
  });

  it('een bewaarde kopie staat op zichzelf: geen fouten of waarschuwingen', async () => {
    expect(await lint(saved('openapi.json', doc))).toEqual([]);
  });

  it('de linter ziet het wel: een kapotte kopie geeft precies de verwachte fouten', async () => {
    const kapot = { ...doc, info: { ...(doc.info as object), version: '1' }, servers: [{ url: '/' }] };
    const findings = await lint(saved('kapot.json', kapot));
    expect(findings.map((f) => f.split(' ')[0]).sort()).toEqual(['nlgov:include-major-version-in-uri', 'nlgov:semver']);
  });
});
