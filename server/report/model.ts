import { rapport, taken, uitslagLabel, uitslagSymbool, type EisUitslag } from '../messages.js';
import type { EisResultaat, ProductResultaat, Toetsresultaat } from '../types/contract.js';
import { formatBytes, formatMoment } from './format.js';
import { formatTarief } from '../engine/format.js';

/**
 * The report as neutral data: every word already composed from the message catalog, no layout.
 * The PDF renderer draws it; the HTML template (templates/rapport) renders the same model.
 */

/** normal, strong (bold), quote (a verbatim citation), muted (secondary), code (ids and hashes). */
export type TextStyle = 'normal' | 'strong' | 'quote' | 'muted' | 'code';

export interface Paragraph {
  text: string;
  style: TextStyle;
}

export interface Cell {
  paragraphs: Paragraph[];
  /** A verdict cell: tinted, and always with the symbol and the word, never colour alone. */
  uitslag?: EisUitslag;
}

export interface Column {
  label: string;
  /** Share of the text width; the shares of a table add up to 1. */
  width: number;
}

export interface TableBlock {
  kind: 'table';
  columns: Column[];
  rows: Cell[][];
  /** Column heads shown (and repeated on every page the table continues on). */
  header: boolean;
  /** The first cell of each row labels the row (a key/value list). */
  rowHeaders: boolean;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  paragraph: Paragraph;
}

export interface VerdictBlock {
  kind: 'verdict';
  uitslag: EisUitslag;
  label: string;
  text: string;
}

export type Block = TableBlock | ParagraphBlock | VerdictBlock;

export interface Section {
  level: 1 | 2 | 3;
  heading: string;
  /** Listed in the PDF outline (bookmarks). */
  bookmark: boolean;
  blocks: Block[];
  sections: Section[];
}

export interface ReportModel {
  lang: 'nl-NL';
  title: string;
  subject: string;
  creator: string;
  /** getoetstOp: the report's creation date, so the same result gives the same file. */
  created: Date;
  runningHead: string;
  footer: string;
  sections: Section[];
}

const p = (text: string, style: TextStyle = 'normal'): Paragraph => ({ text, style });
const cell = (...paragraphs: Paragraph[]): Cell => ({ paragraphs });
const text = (value: string, style: TextStyle = 'normal'): Cell => cell(p(value, style));
const verdictCell = (uitslag: EisUitslag): Cell => ({ uitslag, paragraphs: [p(verdictText(uitslag), 'strong')] });

/** The symbol before a word, joined by a no-break space so that a line never ends between them. */
const withSymbol = (uitslag: EisUitslag, word: string) => `${uitslagSymbool[uitslag]}\u00a0${word}`;

export function verdictText(uitslag: EisUitslag): string {
  return withSymbol(uitslag, uitslagLabel[uitslag]);
}

function keyValues(rows: [string, Paragraph[]][]): TableBlock {
  return {
    kind: 'table',
    header: false,
    rowHeaders: true,
    columns: [{ label: '', width: 0.3 }, { label: '', width: 0.7 }],
    rows: rows.map(([label, value]) => [text(label, 'strong'), cell(...value)]),
  };
}

function section(level: Section['level'], heading: string, blocks: Block[], sections: Section[] = [], bookmark = level <= 2): Section {
  return { level, heading, bookmark, blocks, sections };
}

const paragraph = (value: string, style: TextStyle = 'normal'): ParagraphBlock => ({ kind: 'paragraph', paragraph: p(value, style) });

function eisRow(eis: EisResultaat, document: string): Cell[] {
  const eisCell = [p(eis.titel, 'strong'), p(rapport.verwacht(eis.verwacht))];
  if (eis.toelichting) eisCell.push(p(rapport.toelichting(eis.toelichting), 'muted'));
  eisCell.push(p(rapport.eisId(eis.id), 'muted'));
  const gegeven = [p(eis.opgegeven)];
  if (eis.advies) gegeven.push(p(rapport.advies(eis.advies), 'strong'));
  const bron = [p(eis.bron.sectie, 'strong')];
  if (eis.bron.document !== document) bron.push(p(rapport.bronDocument(eis.bron.document), 'muted'));
  bron.push(p(rapport.citaat(eis.bron.citaat), 'quote'));
  return [verdictCell(eis.uitslag), cell(...eisCell), cell(...gegeven), cell(...bron)];
}

function eisTable(eisen: EisResultaat[], document: string, eisLabel: string): TableBlock {
  const k = rapport.kolom;
  return {
    kind: 'table',
    header: true,
    rowHeaders: false,
    columns: [
      { label: k.uitslag, width: 0.15 },
      { label: eisLabel, width: 0.28 },
      { label: k.opgegeven, width: 0.22 },
      { label: k.bron, width: 0.35 },
    ],
    rows: eisen.map((e) => eisRow(e, document)),
  };
}

const uitslagen: EisUitslag[] = ['voldoet', 'voldoet-niet', 'ontbreekt', 'signaal'];

function countBy(eisen: EisResultaat[]): Record<EisUitslag, number> {
  const counts = { voldoet: 0, 'voldoet-niet': 0, ontbreekt: 0, signaal: 0 };
  for (const e of eisen) counts[e.uitslag]++;
  return counts;
}

function tariefText(product: ProductResultaat): string {
  return formatTarief(product.tarief) ?? rapport.tariefZieDocument;
}

function overview(result: Toetsresultaat): TableBlock {
  const k = rapport.kolom;
  return {
    kind: 'table',
    header: true,
    rowHeaders: false,
    columns: [
      { label: k.code, width: 0.07 },
      { label: k.product, width: 0.18 },
      { label: k.tarief, width: 0.172 },
      { label: k.uitslag, width: 0.13 },
      ...uitslagen.map((u) => ({ label: withSymbol(u, rapport.aantal[u]), width: 0.112 })),
    ],
    rows: result.producten.map((product) => {
      const counts = countBy(product.eisen);
      return [
        text(product.productcode, 'strong'),
        text(product.naam),
        text(tariefText(product)),
        verdictCell(product.uitslag),
        ...uitslagen.map((u) => text(String(counts[u]))),
      ];
    }),
  };
}

function summary(result: Toetsresultaat): Section {
  const s = result.samenvatting;
  const counts = countBy([...result.regioEisen, ...result.producten.flatMap((x) => x.eisen)]);
  const rows: [string, Paragraph[]][] = [
    [rapport.veld.producten, [p(rapport.productenTelling(s.producten, s.productenVoldoen))]],
    [rapport.veld.eisen, [p(String(s.eisen))]],
    ...uitslagen.map((u): [string, Paragraph[]] => [withSymbol(u, rapport.aantal[u]), [p(String(counts[u]))]]),
    ...(result.omzetting ? [[rapport.veld.omzetting, [p(result.omzetting)]] as [string, Paragraph[]]] : []),
  ];
  const blocks: Block[] = [
    { kind: 'verdict', uitslag: result.uitslag, label: verdictText(result.uitslag), text: rapport.oordeel[result.uitslag] },
    keyValues(rows),
  ];
  const sections = result.producten.length > 0 ? [section(3, rapport.kop.overzicht, [overview(result)])] : [];
  return section(2, rapport.kop.samenvatting, blocks, sections);
}

function productSection(product: ProductResultaat, document: string, kort = false, geraakt?: string[]): Section {
  const meta: [string, Paragraph[]][] = [
    [rapport.veld.uitslag, [p(verdictText(product.uitslag), 'strong'), ...(geraakt ? [p(taken.uitslag.geraakt(geraakt))] : [])]],
    [rapport.veld.tarief, [p(tariefText(product))]],
  ];
  if (product.locatie) meta.push([rapport.veld.locatie, [p(product.locatie)]]);
  if (product.alleenSterfhuis) meta.push([rapport.veld.letOp, [p(rapport.alleenSterfhuis, 'strong')]]);

  const eisen = product.eisen.filter((e) => e.soort !== 'verklaring');
  const verklaringen = product.eisen.filter((e) => e.soort === 'verklaring');
  const bijlagen = product.bijlagen ?? [];
  const k = rapport.kolom;
  // How each derived fact was found, so that an officer can check a verdict over the rooster or the windows by hand.
  const feiten = product.afgeleid ?? [];
  const afgeleid = feiten.length
    ? [section(3, rapport.kop.afgeleid(feiten.length), [
        paragraph(rapport.afgeleidUitleg),
        keyValues(feiten.map((f): [string, Paragraph[]] => [f.label.charAt(0).toLocaleUpperCase('nl-NL') + f.label.slice(1), [p(f.uitleg), ...(f.ontbreekt ? [p(rapport.afgeleidOntbreekt(f.ontbreekt))] : [])]])),
      ])]
    : [];
  return section(2, rapport.kop.product(product.productcode, product.naam), [keyValues(meta)], [
    section(3, rapport.kop.eisen(eisen.length), eisen.length ? eisBlocks(eisen, document, k.eis, kort) : [paragraph(rapport.geenEisen)]),
    ...afgeleid,
    section(3, rapport.kop.verklaringen(verklaringen.length), verklaringen.length
      ? [
          paragraph(rapport.verklaringenTelling(verklaringen.filter((v) => v.uitslag === 'voldoet').length, verklaringen.length)),
          ...eisBlocks(verklaringen, document, k.verklaring, kort),
        ]
      : [paragraph(rapport.geenVerklaringen)]),
    section(3, rapport.kop.bijlagen(bijlagen.length), bijlagen.length
      ? [{
          kind: 'table',
          header: true,
          rowHeaders: false,
          columns: [
            { label: k.soort, width: 0.17 },
            { label: k.bestandsnaam, width: 0.3 },
            { label: k.grootte, width: 0.15 },
            { label: k.sha256, width: 0.38 },
          ],
          rows: bijlagen.map((b) => [text(b.soort), text(b.bestandsnaam), text(formatBytes(b.grootte)), text(b.sha256, 'code')]),
        }]
      : [paragraph(rapport.geenBijlagen)]),
  ]);
}

/**
 * Options of the provider's report. `kort`: eisen that fail, are missing or signal stay in full, passing ones
 * are one line each. `toepasselijk`: ids of the region's rules over products that apply to what was offered
 * (engine/offered-rules.ts); the others are left out with one sentence saying so. `geraakt`: offered
 * products a failing rule pulls down. Without options the report lists everything, as before.
 */
export interface ReportOptions {
  kort?: boolean;
  toepasselijk?: Set<string>;
  geraakt?: Map<string, string[]>;
}

/** In the short report: the eisen that need attention as a table, the passing ones as one line each. */
function eisBlocks(eisen: EisResultaat[], document: string, eisLabel: string, kort: boolean): Block[] {
  if (!kort) return [eisTable(eisen, document, eisLabel)];
  const aandacht = eisen.filter((e) => e.uitslag !== 'voldoet');
  const voldoen = eisen.filter((e) => e.uitslag === 'voldoet');
  return [
    ...(aandacht.length ? [eisTable(aandacht, document, eisLabel)] : []),
    ...voldoen.map((e) => paragraph(taken.rapport.voldoetRegel(e.titel))),
  ];
}

export function buildReportModel(result: Toetsresultaat, options: ReportOptions = {}): ReportModel {
  const kort = options.kort === true;
  const regioEisen = options.toepasselijk ? result.regioEisen.filter((e) => options.toepasselijk!.has(e.id)) : result.regioEisen;
  const weggelaten = result.regioEisen.length - regioEisen.length;
  const geraakt = options.geraakt ?? new Map<string, string[]>();
  const shown: Toetsresultaat = {
    ...result,
    producten: result.producten.map((p) => (geraakt.has(p.productcode) ? { ...p, uitslag: 'voldoet-niet' } : p)),
  };
  shown.samenvatting = { ...result.samenvatting, productenVoldoen: shown.producten.filter((p) => p.uitslag === 'voldoet').length };
  const { regio, aanbieder } = result;
  const v = rapport.veld;
  const titleBlock = keyValues([
    [v.aanbieder, [p(aanbieder.naam, 'strong')]],
    [v.kvkNummer, [p(aanbieder.kvkNummer)]],
    [v.regio, [p(regio.naam)]],
    [v.document, [p(rapport.documentMetJaar(regio.document, regio.jaar))]],
    [v.getoetstOp, [p(formatMoment(result.getoetstOp))]],
    [v.rapportId, [p(result.id, 'code')]],
  ]);
  const verification = keyValues([
    [v.rapportId, [p(result.id, 'code')]],
    [v.invoerSha256, [p(result.invoerSha256, 'code')]],
    [v.catalogusVersie, [result.catalogusVersie ? p(result.catalogusVersie, 'code') : p(rapport.catalogusVersieOnbekend)]],
    [v.getoetstOpUtc, [p(result.getoetstOp, 'code'), p(formatMoment(result.getoetstOp), 'muted')]],
  ]);
  return {
    lang: 'nl-NL',
    title: rapport.documentTitel(aanbieder.naam, regio.naam, regio.jaar),
    subject: rapport.onderwerp(rapport.documentMetJaar(regio.document, regio.jaar)),
    creator: rapport.maker,
    created: new Date(result.getoetstOp),
    runningHead: rapport.kopregel(aanbieder.naam, regio.naam, regio.jaar),
    footer: rapport.voetregel(result.id),
    sections: [
      section(1, rapport.titel, [titleBlock], [], false),
      summary(shown),
      section(2, rapport.kop.regioEisen, [
        ...(regioEisen.length ? eisBlocks(regioEisen, regio.document, rapport.kolom.eis, kort) : weggelaten ? [] : [paragraph(rapport.geenRegioEisen)]),
        ...(weggelaten ? [paragraph(taken.uitslag.regelsWeggelaten(weggelaten))] : []),
      ]),
      ...shown.producten.map((product) => productSection(product, regio.document, kort, geraakt.get(product.productcode))),
      section(2, rapport.kop.controle, [...rapport.controle.map((t) => paragraph(t)), verification]),
    ],
  };
}
