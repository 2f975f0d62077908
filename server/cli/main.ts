#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../catalog/loader.js';
import { check } from '../engine/check.js';
import { cli } from '../messages.js';
import { renderReportPdf } from '../report/pdf.js';
import { textReport } from './text-report.js';
import { catalogusCommand } from './catalogus.js';
import { junitReport } from './junit.js';
import { checkWorkbook, type WorkbookCheck } from '../workbook/read.js';
import { looksLikeWorkbook } from '../workbook/safety.js';
import { backupCommand, screenCommand, tokenCommand, userCommand } from '../screening/cli.js';

/** Exit codes: 0 complies, 1 does not comply, 2 input error or wrong use. */
const EXIT_INPUT = 2;

function fail(message: string): never {
  console.error(message);
  process.exit(EXIT_INPUT);
}

async function toetsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, pdf: { type: 'string' }, alles: { type: 'boolean' }, formaat: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) fail(`${cli.bestandOntbreekt}\n\n${cli.gebruik}`);
  const formaat = values.formaat ?? (values.json ? 'json' : 'tekst');
  if (!['tekst', 'json', 'junit'].includes(formaat)) fail(`${cli.onbekendFormaat(formaat)}\n\n${cli.gebruik}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    fail(cli.nietTeLezen(file, (err as Error).message));
  }
  const catalog = loadCatalog();
  let outcome: WorkbookCheck;
  if (looksLikeWorkbook(bytes)) outcome = await checkWorkbook(bytes, catalog);
  else {
    let input: unknown;
    try {
      input = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      fail(cli.nietTeLezen(file, (err as Error).message));
    }
    outcome = check(input, catalog);
  }
  if (!outcome.ok) {
    fail([cli.invoerfouten(file, outcome.errors.length), ...outcome.errors.map((e) => `  ${e.pointer || '/'}: ${e.detail}`)].join('\n'));
  }
  const r = outcome.resultaat;
  console.log(formaat === 'json' ? JSON.stringify(r, null, 2) : formaat === 'junit' ? junitReport(r) : textReport(r, values.alles));
  if (values.pdf) {
    writeFileSync(values.pdf, await renderReportPdf(r));
    console.error(cli.pdfGeschreven(values.pdf));
  }
  return r.uitslag === 'voldoet' ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'toets':
      return toetsCommand(rest);
    case 'screen':
      return screenCommand(rest);
    case 'catalogus':
      return catalogusCommand(rest);
    case 'gebruiker':
      return userCommand(rest);
    case 'token':
      return tokenCommand(rest);
    case 'backup':
      return backupCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(cli.gebruik);
      return command === undefined ? EXIT_INPUT : 0;
    default:
      fail(`${cli.onbekendCommando(command)}\n\n${cli.gebruik}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof Error && 'code' in err && String((err as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) fail(`${err.message}\n\n${cli.gebruik}`);
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(EXIT_INPUT);
  },
);
