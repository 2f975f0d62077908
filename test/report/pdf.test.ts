import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../server/ajv.js';
import { rapport, uitslagLabel, uitslagSymbool } from '../../server/messages.js';
import { projectRoot, schemasDir } from '../../server/paths.js';
import { loadCatalog } from '../../server/catalog/loader.js';
import { check } from '../../server/engine/check.js';
import { formatTarief } from '../../server/engine/format.js';
import { renderReportPdf } from '../../server/report/pdf.js';
import { page } from '../../server/report/theme.js';
import { wrapText } from '../../server/report/wrap.js';
import type { Toetsresultaat } from '../../server/types/contract.js';
import { syntheticResult } from '../helpers/synthetic-result.js';

const dir = mkdtempSync(path.join(tmpdir(), 'eisentoets-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Whitespace (no-break spaces included) folded to single spaces, as text extraction splits lines. */
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** For pdftotext's reading of wrapped text: it joins a line ending in a hyphen to the next as if hyphenated. */
const loose = (s: string) => s.replace(/[\s\u00a0-]+/g, '');
/** The text of the structure tree; an element's content on several pages is several quoted strings. */
const structText = (file: string) => norm(poppler('pdfinfo', '-struct-text', file).replace(/"\s*\n\s*"/g, ''));

const validate = createAjv().compile(JSON.parse(readFileSync(path.join(schemasDir, 'toetsresultaat.schema.json'), 'utf8')));

interface Rendered {
  result: Toetsresultaat;
  pdf: Buffer;
  file: string;
  /** pdftotext output, one string per page. */
  pages: string[];
  text: string;
  info: string;
}

async function render(name: string, result: Toetsresultaat): Promise<Rendered> {
  const pdf = await renderReportPdf(result);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = poppler('pdftotext', '-enc', 'UTF-8', file, '-').split('\f').slice(0, -1);
  return { result, pdf, file, pages, text: norm(pages.join(' ')), info: poppler('pdfinfo', file) };
}

const allEisen = (r: Toetsresultaat) => [...r.regioEisen, ...r.producten.flatMap((p) => p.eisen)];

describe('synthetic toetsresultaten', () => {
  it.each([
    ['1 product', syntheticResult({ producten: 1, eisenPerProduct: 12 })],
    ['20 producten, 300 eisen', syntheticResult({ producten: 20, eisenPerProduct: 15, pageLongCitation: true })],
  ])('%s is valid against toetsresultaat.schema.json and has every verdict', (_, result) => {
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    const uitslagen = new Set(allEisen(result).map((e) => e.uitslag));
    expect([...uitslagen].sort()).toEqual(['ontbreekt', 'signaal', 'voldoet', 'voldoet-niet']);
    expect(allEisen(result).some((e) => e.soort === 'verklaring')).toBe(true);
    expect(result.producten.some((p) => p.bijlagen?.length)).toBe(true);
  });
});

describe('PDF report of one product', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('een-product', syntheticResult({ producten: 1, eisenPerProduct: 12 }));
  });

  it('has the title block, summary and verification data', () => {
    const { result, text } = r;
    for (const s of [
      rapport.titel,
      result.aanbieder.naam,
      result.aanbieder.kvkNummer,
      result.regio.naam,
      rapport.documentMetJaar(result.regio.document, result.regio.jaar),
      '23 november 2026 om 11.00 uur',
      rapport.oordeel['voldoet-niet'],
      rapport.productenTelling(1, 0),
      rapport.kop.controle,
      result.invoerSha256,
      result.catalogusVersie!,
      result.getoetstOp,
    ]) expect(text).toContain(norm(s));
  });

  it('shows every eis with verdict word and symbol, verwacht, opgegeven, advies, sectie and the verbatim citation', () => {
    const { result, text } = r;
    const visible = loose(text);
    for (const eis of allEisen(result)) {
      expect(text).toContain(norm(`${uitslagSymbool[eis.uitslag]} ${uitslagLabel[eis.uitslag]}`));
      for (const s of [eis.titel, rapport.verwacht(eis.verwacht), eis.opgegeven, eis.bron.sectie, rapport.citaat(eis.bron.citaat), rapport.eisId(eis.id)]) {
        expect(visible).toContain(loose(s));
      }
      if (eis.advies) expect(visible).toContain(loose(rapport.advies(eis.advies)));
    }
  });

  it('lists the product with its tariff, declarations and attachments', () => {
    const { result, text } = r;
    const product = result.producten[0]!;
    expect(text).toContain(norm(rapport.kop.product(product.productcode, product.naam)));
    expect(text).toContain('€ 239,15 per etmaal');
    const verklaringen = product.eisen.filter((e) => e.soort === 'verklaring');
    expect(text).toContain(rapport.verklaringenTelling(verklaringen.filter((v) => v.uitslag === 'voldoet').length, verklaringen.length));
    for (const b of product.bijlagen!) {
      expect(text).toContain(b.bestandsnaam);
      // A hash may be cut over two lines in its column.
      expect(loose(text)).toContain(b.sha256);
    }
    expect(text).toContain('48.211 bytes');
  });

  it('numbers every page "pagina n van m" next to the report id', () => {
    const m = r.pages.length;
    expect(r.info).toMatch(new RegExp(`Pages:\\s+${m}\\n`));
    r.pages.forEach((p, i) => {
      expect(norm(p)).toContain(rapport.pagina(i + 1, m));
      expect(norm(p)).toContain(rapport.voetregel(r.result.id));
    });
  });

  it('is tagged PDF/A-2a in Dutch with its title shown', () => {
    expect(r.info).toMatch(/Tagged:\s+yes/);
    expect(r.info).toContain(`Title:           ${rapport.documentTitel(r.result.aanbieder.naam, r.result.regio.naam, r.result.regio.jaar)}`);
    expect(r.info).toMatch(/PDF version:\s+1\.7/);
    expect(r.info).toMatch(/CreationDate:\s+Mon Nov 23 10:00:00 2026 UTC/);
    const meta = poppler('pdfinfo', '-meta', r.file);
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    // The provider's "&" and "<" are escaped in XMP, so the metadata stays well-formed XML.
    expect(meta).toContain('Zorg &amp; Welzijn De Linde &lt;Nijmegen&gt;');
    const raw = r.pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('embeds every font', () => {
    const rows = poppler('pdffonts', r.file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain('DejaVu');
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('has a structure tree with headings, tables with header cells, and the full text', () => {
    const struct = poppler('pdfinfo', '-struct-text', r.file);
    for (const tag of ['Document', 'Sect', 'H1', 'H2', 'H3', 'P', 'Table', 'TR', 'TH', 'TD']) expect(struct).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    expect(struct).toContain('/Scope /Column');
    expect(struct).toContain('/Scope /Row');
    const tagged = structText(r.file);
    for (const eis of allEisen(r.result)) expect(tagged).toContain(norm(rapport.citaat(eis.bron.citaat)));
    // Running heads and footers are artifacts, outside the structure.
    expect(tagged).not.toContain(rapport.pagina(1, r.pages.length));
  });

  it('gives the same bytes for the same result, also after rendering other reports', async () => {
    const again = await renderReportPdf(r.result);
    await renderReportPdf(syntheticResult({ producten: 3, eisenPerProduct: 7, id: 'a1b2c3d4-0000-4000-8000-000000000001' }));
    const third = await renderReportPdf(structuredClone(r.result));
    expect(again.equals(r.pdf)).toBe(true);
    expect(third.equals(r.pdf)).toBe(true);
    const other = await renderReportPdf({ ...r.result, id: 'a1b2c3d4-0000-4000-8000-000000000002' });
    expect(other.equals(r.pdf)).toBe(false);
  });
});

describe('PDF report with a citation longer than a page', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('lang-citaat', syntheticResult({ producten: 1, eisenPerProduct: 3, pageLongCitation: true }));
  });

  it('splits the row over pages, repeats the table head and marks the continuation, keeping the whole citation in its cell', () => {
    const citation = r.result.producten[0]!.eisen[0]!.bron.citaat;
    expect(citation.length).toBeGreaterThan(4000);
    const continued = r.pages.filter((p) => p.includes(rapport.vervolg));
    expect(continued.length).toBeGreaterThanOrEqual(1);
    for (const p of continued) expect(p).toContain(rapport.kolom.opgegeven);
    // In the structure tree the cell holds the citation once, whole and in order, across the pages.
    expect(structText(r.file)).toContain(norm(rapport.citaat(citation)));
  });
});

describe('PDF report of 20 products with 300 eisen', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('twintig-producten', syntheticResult({ producten: 20, eisenPerProduct: 15, pageLongCitation: true }));
  });

  it('renders a report of at least 300 eisen (bench/pdf.mjs measures how fast)', () => {
    expect(allEisen(r.result).length).toBeGreaterThanOrEqual(300);
    expect(r.pages.length).toBeGreaterThan(20);
  });

  it('shows every product with its tariff, every eis and every page footer', () => {
    const m = r.pages.length;
    r.pages.forEach((p, i) => expect(norm(p)).toContain(rapport.pagina(i + 1, m)));
    const visible = loose(r.text);
    for (const product of r.result.producten) {
      expect(visible).toContain(loose(rapport.kop.product(product.productcode, product.naam)));
      expect(r.text).toContain(norm(formatTarief(product.tarief) ?? rapport.tariefZieDocument));
    }
    expect(visible).toContain(loose(rapport.alleenSterfhuis));
    for (const eis of allEisen(r.result)) expect(visible).toContain(loose(rapport.eisId(eis.id)));
  });

  it('repeats the table head on every page a table continues on, tagged only once per table', () => {
    const head = rapport.kolom.opgegeven;
    const withRows = r.pages.filter((p) => p.includes('Eis-id:') || p.includes(rapport.vervolg));
    expect(withRows.length).toBeGreaterThan(20);
    for (const p of withRows) expect(p).toContain(head);
    // Column heads in the structure tree: 4 per eisen table (regio-eisen, and per product eisen and
    // verklaringen) and per bijlagen table, 8 in the overview.
    const tables = 1 + 2 * r.result.producten.length;
    const bijlagen = r.result.producten.filter((p) => p.bijlagen?.length).length;
    const columnHeads = poppler('pdfinfo', '-struct', r.file).split('/Scope /Column').length - 1;
    expect(columnHeads).toBe(4 * tables + 4 * bijlagen + 8);
    // On paper the head shows more often: the repeats are pagination artifacts.
    expect(r.pages.join('').split(head).length - 1).toBeGreaterThan(tables);
  });

  it('keeps all text inside the margins of the page', () => {
    const bbox = poppler('pdftotext', '-bbox', r.file, '-');
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    expect(words.length).toBeGreaterThan(10_000);
    const right = page.width - page.margin.right;
    const bodyBottom = page.height - page.margin.bottom;
    for (const [, x0, y0, x1, y1, word] of words) {
      expect(Number(x0), word).toBeGreaterThanOrEqual(page.margin.left - 0.5);
      expect(Number(x1), word).toBeLessThanOrEqual(right + 0.5);
      // Body text stays between the margins; only the running head and the footer are outside.
      const inBody = Number(y0) >= page.margin.top - 0.5 && Number(y1) <= bodyBottom + 0.5;
      const inHead = Number(y1) <= page.headY + 12;
      const inFoot = Number(y0) >= page.footY - 2 && Number(y1) <= page.height;
      expect(inBody || inHead || inFoot, `${word} at ${y0}-${y1}`).toBe(true);
    }
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 5;

  it('breaks at spaces, keeps one trailing space where it broke, and never exceeds the width', () => {
    const lines = wrapText('De ondersteuning wordt geboden door een vast team van zorgverleners.', 60, measure);
    expect(lines.join('')).toBe('De ondersteuning wordt geboden door een vast team van zorgverleners.');
    for (const line of lines) expect(measure(line.trimEnd())).toBeLessThanOrEqual(60);
  });

  it('cuts a word longer than the line, after a slash or hyphen when there is one', () => {
    expect(wrapText('begeleiding/individueelUrenPerWeek', 100, measure)).toEqual(['begeleiding/', 'individueelUrenPerWe', 'ek']);
    const hash = 'e6a8294bba09a2549408870a5f9cd1b22a81cd492c1bb776bd4915b2d4d37e5f';
    const lines = wrapText(hash, 160, measure);
    expect(lines.join('')).toBe(hash);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(160);
  });

  it('starts a new line at a newline, and drops characters that have no glyph', () => {
    expect(wrapText('eerste regel\r\ntweede\rderde', 1000, measure)).toEqual(['eerste regel ', 'tweede ', 'derde']);
    expect(wrapText('Één\u0007 eis\u200b met\ttab', 1000, measure)).toEqual(['Één eis met tab']);
  });
});

describe('PDF report of a real check: derived facts and a converted version 1 file', () => {
  const catalog = loadCatalog();
  const sample = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, 'samples', file), 'utf8')) as unknown;

  it('lists each product\'s derived facts with how they were found, so a verdict over the rooster can be checked by hand', async () => {
    const outcome = check(sample('gelderland-zuid/15N12-voldoet-niet-alleen-beveiliger-in-de-avond.json'), catalog);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = await render('afgeleid', outcome.resultaat);
    const feiten = outcome.resultaat.producten[0]!.afgeleid!;
    expect(feiten.length).toBeGreaterThan(0);
    expect(loose(r.text)).toContain(loose(rapport.kop.afgeleid(feiten.length)));
    for (const f of feiten) expect(loose(r.text)).toContain(loose(f.uitleg));
    // The presence eis fails on the evening that only a beveiliger covers, and says when.
    const aanwezig = feiten.find((f) => f.naam === 'professionalsOverdag')!;
    expect(aanwezig.uitleg).toMatch(/minst bezet .*: niemand$/);
  });

  it('says that a version 1 file was converted, and how', async () => {
    const outcome = check(sample('gelderland-zuid/versie-1/15N13-voldoet.json'), catalog);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const r = await render('versie-1', outcome.resultaat);
    expect(loose(r.text)).toContain(loose(rapport.veld.omzetting));
    expect(loose(r.text)).toContain(loose(outcome.resultaat.omzetting!));
  });
});
