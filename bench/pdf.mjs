// PDF report: PDFKit (renderReportPdf) against headless Chromium printing the same report model
// through templates/rapport/rapport.hbs. Runs against the compiled dist/ (npx tsc -p tsconfig.build.json).
//   node bench/pdf.mjs            prints the figures
//   import { benchPdf } from './pdf.mjs'   returns them (and prints them too)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { rapport } from '../dist/server/messages.js';
import { buildReportModel } from '../dist/server/report/model.js';
import { renderReportPdf } from '../dist/server/report/pdf.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The test helper that builds synthetic results is TypeScript outside the build: transpile it here. */
async function loadSyntheticResult() {
  const source = readFileSync(path.join(root, 'test/helpers/synthetic-result.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return mod.syntheticResult;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function time(runs, fn) {
  await fn(); // warm-up: first use of fonts, JIT, Chromium's first layout
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    out = await fn();
    ms.push(performance.now() - start);
  }
  return { ms: median(ms), out };
}

/** Points as the inch string page.pdf takes (it does not take pt). */
const inch = (pt) => `${(pt / 72).toFixed(4)}in`;
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const small = 'font-family: DejaVu Sans Condensed, sans-serif; font-size: 7pt; color: #57606a; width: 100%; margin: 0 48pt;';

/**
 * Median milliseconds to render a 5-product and a 20-product report (15 eisen each) with PDFKit and
 * with a warm headless Chromium (browser and page already open: setContent + page.pdf), and the ratio.
 */
export async function benchPdf({ runs = 9 } = {}) {
  const syntheticResult = await loadSyntheticResult();
  const template = Handlebars.compile(readFileSync(path.join(root, 'templates/rapport/rapport.hbs'), 'utf8'));
  const cases = [
    { naam: '5 producten', producten: 5 },
    { naam: '20 producten', producten: 20 },
  ].map((c) => ({ ...c, result: syntheticResult({ producten: c.producten, eisenPerProduct: 15 }) }));

  // PDFKit first, with no browser running, so that Chromium's processes do not take its CPU.
  const pdfkit = [];
  for (const c of cases) pdfkit.push(await time(runs, () => renderReportPdf(c.result)));

  const chrome = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    for (const c of cases) {
      const model = buildReportModel(c.result);
      chrome.push(await time(runs, async () => {
        await page.setContent(template(model), { waitUntil: 'load' });
        return page.pdf({
          format: 'A4',
          margin: { top: inch(58), bottom: inch(58), left: inch(48), right: inch(48) },
          displayHeaderFooter: true,
          headerTemplate: `<div style="${small}">${Handlebars.escapeExpression(model.runningHead)}</div>`,
          footerTemplate: `<div style="${small} display: flex; justify-content: space-between;"><span>${Handlebars.escapeExpression(model.footer)}</span><span>${rapport.pagina('<span class="pageNumber"></span>', '<span class="totalPages"></span>')}</span></div>`,
          tagged: true,
        });
      }));
    }
  } finally {
    await browser.close();
  }
  const results = cases.map((c, i) => ({
    naam: c.naam,
    eisen: c.result.producten.reduce((n, p) => n + p.eisen.length, c.result.regioEisen.length),
    pdfkitMs: Math.round(pdfkit[i].ms),
    chromiumMs: Math.round(chrome[i].ms),
    ratio: Math.round((chrome[i].ms / pdfkit[i].ms) * 10) / 10,
    pdfkitBytes: pdfkit[i].out.length,
    chromiumBytes: chrome[i].out.length,
  }));
  console.log(`PDF-rapport, mediaan van ${runs} keer (na een opwarmronde):`);
  console.table(results.map((r) => ({
    rapport: `${r.naam} (${r.eisen} eisen)`,
    'PDFKit ms': r.pdfkitMs,
    'Chromium ms': r.chromiumMs,
    'Chromium / PDFKit': `${r.ratio}x`,
    'PDFKit kB': Math.round(r.pdfkitBytes / 1024),
    'Chromium kB': Math.round(r.chromiumBytes / 1024),
  })));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchPdf();
}
