import { rapport } from '../messages.js';
import { measurer, selectFont } from './fonts.js';
import type { Block, Cell, Paragraph, Section, TableBlock, VerdictBlock } from './model.js';
import {
  cellPadding, colors, fontFor, headFont, headingFonts, keepTogether, leading, marginFont, page, paragraphGap, verdictColors, verdictFont,
  type Font,
} from './theme.js';
import { wrapText } from './wrap.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type StructOptions = PDFKit.Mixins.StructureElementOptions;

/** One laid-out line: its text, its font, and the paragraph gap above it. */
interface Line {
  text: string;
  font: Font;
  before: number;
  height: number;
}

/** A measured piece of the report: its height, the part that must fit where it starts, and how to draw it. */
interface Prepared {
  height: number;
  lead: number;
  draw(parent: Struct): void;
}

const lineHeight = (font: Font) => font.size * leading;
const linesHeight = (lines: readonly Line[]) => lines.reduce((h, l, i) => h + (i === 0 ? 0 : l.before) + l.height, 0);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Lines from `from` on that fit in `room` points. */
function take(lines: readonly Line[], from: number, room: number): Line[] {
  const out: Line[] = [];
  let h = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const add = (out.length === 0 ? 0 : line.before) + line.height;
    if (h + add > room) break;
    out.push(line);
    h += add;
  }
  return out;
}

/** What must fit at the foot of a page before a run of parts starts there: the first part's lead, and the next one's when the first is kept whole. */
function leadOf(parts: readonly Prepared[], depth = 2): number {
  const [first, ...rest] = parts;
  if (!first) return 0;
  return first.lead < first.height || depth === 1 ? first.lead : first.height + leadOf(rest, depth - 1);
}

/**
 * Flows the report over A4 pages and tags everything it draws: headings, paragraphs and table cells
 * as structure content; tints, rules, repeated table heads, running heads and footers as artifacts.
 * Everything is measured first, so headings stay with what follows and short blocks stay whole.
 * PDFKit's own table neither repeats its head on a new page nor splits a row taller than a page.
 */
export class PageFlow {
  private y = page.margin.top;
  private readonly left = page.margin.left;
  private readonly width = page.width - page.margin.left - page.margin.right;
  private readonly bottom = page.height - page.margin.bottom;
  private readonly pageHeight = page.height - page.margin.top - page.margin.bottom;

  constructor(private readonly doc: Doc) {}

  render(parent: Struct, sections: readonly Section[]): void {
    for (const s of sections.map((x) => this.prepareSection(x))) s.draw(parent);
  }

  private room(): number {
    return this.bottom - this.y;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = page.margin.top;
  }

  /** Starts a new page unless `height` fits below the current position. */
  private need(height: number): void {
    if (height > this.room() && this.y > page.margin.top) this.newPage();
  }

  private use(font: Font): Doc {
    selectFont(this.doc, font.file);
    return this.doc.fontSize(font.size).fillColor(font.color);
  }

  /** Wraps paragraphs, each in the font `fontOf` gives it, into lines at most `width` wide. */
  private wrap(paragraphs: readonly Paragraph[], width: number, fontOf: (p: Paragraph) => Font): Line[] {
    const lines: Line[] = [];
    paragraphs.forEach((p, index) => {
      const font = fontOf(p);
      this.use(font);
      const gap = index > 0 ? paragraphGap : 0;
      // Paragraphs of one cell are separated by a space in the text, as their lines are.
      const end = index < paragraphs.length - 1 ? ' ' : '';
      const wrapped = wrapText(p.text, width, measurer(this.doc, font.file, font.size));
      wrapped.forEach((text, i) => {
        lines.push({ text: i === wrapped.length - 1 ? text + end : text, font, before: i === 0 ? gap : 0, height: lineHeight(font) });
      });
    });
    return lines;
  }

  private draw(lines: readonly Line[], x: number, y: number): void {
    let top = y;
    lines.forEach((line, i) => {
      if (i > 0) top += line.before;
      // DejaVu's ascender-to-descender height is about 1.17 em: centre it in the line.
      this.use(line.font).text(line.text, x, top + (line.height - line.font.size * 1.17) / 2, { lineBreak: false });
      top += line.height;
    });
  }

  private artifact(paint: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    paint();
    this.doc.endMarkedContent();
  }

  private prepareSection(section: Section): Prepared {
    const font = headingFonts[section.level];
    const heading = this.wrap([{ text: section.heading, style: 'strong' }], this.width, () => font);
    const headingHeight = font.before + linesHeight(heading) + font.after;
    const parts = [...section.blocks.map((b) => this.prepareBlock(b)), ...section.sections.map((s) => this.prepareSection(s))];
    const height = headingHeight + sum(parts.map((p) => p.height));
    const whole = section.sections.length === 0 && height <= keepTogether;
    return {
      height,
      lead: whole ? height : headingHeight + leadOf(parts),
      draw: (parent) => {
        const sect = this.doc.struct('Sect');
        parent.add(sect);
        if (this.y > page.margin.top) this.y += font.before;
        this.need((whole ? height : headingHeight + leadOf(parts)) - font.before);
        if (section.bookmark) this.doc.outline.addItem(section.heading);
        const h = this.doc.struct(`H${section.level}`);
        sect.add(h);
        this.flowLines(h, heading);
        h.end();
        this.y += font.after;
        for (const part of parts) part.draw(sect);
        sect.end();
      },
    };
  }

  private prepareBlock(block: Block): Prepared {
    if (block.kind === 'table') return this.prepareTable(block);
    if (block.kind === 'verdict') return this.prepareVerdict(block);
    return this.prepareParagraph(block.paragraph);
  }

  /** Draws lines under a structure element, continuing on new pages as needed. */
  private flowLines(struct: Struct, lines: readonly Line[]): void {
    let next = 0;
    while (next < lines.length) {
      const chunk = take(lines, next, this.room());
      if (chunk.length === 0) {
        this.newPage();
        continue;
      }
      const y = this.y;
      struct.add(() => this.draw(chunk, this.left, y));
      this.y += linesHeight(chunk);
      next += chunk.length;
      if (next < lines.length) this.newPage();
    }
  }

  private prepareParagraph(paragraph: Paragraph): Prepared {
    const lines = this.wrap([paragraph], this.width, (p) => fontFor(p.style, 'body'));
    const height = linesHeight(lines) + paragraphGap * 2;
    return {
      height,
      lead: Math.min(height, linesHeight(lines.slice(0, 2))),
      draw: (parent) => {
        this.need(Math.min(height, linesHeight(lines.slice(0, 2))));
        const p = this.doc.struct('P');
        parent.add(p);
        this.flowLines(p, lines);
        p.end();
        this.y += paragraphGap * 2;
      },
    };
  }

  private prepareVerdict(block: VerdictBlock): Prepared {
    const tint = verdictColors[block.uitslag];
    const pad = 8;
    const bar = 4;
    const inner = this.width - 2 * pad - bar;
    const label = this.wrap([{ text: block.label, style: 'strong' }], inner, () => ({ ...verdictFont, color: tint.text }));
    const text = this.wrap([{ text: block.text, style: 'normal' }], inner, (p) => fontFor(p.style, 'body'));
    const box = linesHeight(label) + 3 + linesHeight(text) + 2 * pad;
    return {
      height: box + 8,
      lead: box + 8,
      draw: (parent) => {
        this.need(box);
        const top = this.y;
        this.artifact(() => {
          this.doc.rect(this.left, top, this.width, box).fill(tint.fill);
          this.doc.rect(this.left, top, bar, box).fill(tint.text);
        });
        for (const [lines, y] of [[label, top + pad], [text, top + pad + linesHeight(label) + 3]] as const) {
          const p = this.doc.struct('P');
          parent.add(p);
          p.add(() => this.draw(lines, this.left + bar + pad, y));
          p.end();
        }
        this.y = top + box + 8;
      },
    };
  }

  private cellLines(cell: Cell, width: number): Line[] {
    const color = cell.uitslag ? verdictColors[cell.uitslag].text : undefined;
    return this.wrap(cell.paragraphs, width, (p) => (color ? { ...fontFor(p.style, 'cell'), color } : fontFor(p.style, 'cell')));
  }

  private prepareTable(block: TableBlock): Prepared {
    const widths = block.columns.map((c) => c.width * this.width);
    const xs = widths.map((_, i) => this.left + sum(widths.slice(0, i)));
    const inner = widths.map((w) => w - 2 * cellPadding.x);
    const pad = cellPadding.y;
    const head = block.header ? block.columns.map((c, i) => this.wrap([{ text: c.label, style: 'strong' }], inner[i]!, () => headFont)) : undefined;
    const headHeight = head ? Math.max(...head.map(linesHeight)) + 2 * pad : 0;
    const rows = block.rows.map((row) => row.map((cell, i) => this.cellLines(cell, inner[i]!)));
    const rowHeights = rows.map((cells) => Math.max(...cells.map(linesHeight)) + 2 * pad);
    const fullPage = this.pageHeight - headHeight;
    // The least of an over-long row worth starting at the foot of a page: three lines.
    const minChunk = 3 * lineHeight(fontFor('normal', 'cell')) + 2 * pad;
    const firstRow = rowHeights[0] ?? 0;
    const height = headHeight + sum(rowHeights) + 8;
    const lead = !block.header && height <= keepTogether ? height : headHeight + (firstRow <= fullPage ? firstRow : minChunk);

    const drawHead = (table?: Struct) => {
      if (!head) return;
      const top = this.y;
      this.artifact(() => {
        this.doc.rect(this.left, top, this.width, headHeight).fill(colors.headFill);
        this.doc.moveTo(this.left, top + headHeight).lineTo(this.left + this.width, top + headHeight).lineWidth(0.8).stroke(colors.muted);
      });
      if (table) {
        const tr = this.doc.struct('TR');
        table.add(tr);
        head.forEach((lines, i) => {
          const th = this.doc.struct('TH', { scope: 'Column' } as StructOptions);
          tr.add(th);
          th.add(() => this.draw(lines, xs[i]! + cellPadding.x, top + pad));
          th.end();
        });
        tr.end();
      } else {
        // A repeated head is a pagination artifact: the tagged head is the first one.
        this.artifact(() => head.forEach((lines, i) => this.draw(lines, xs[i]! + cellPadding.x, top + pad)), 'Pagination');
      }
      this.y += headHeight;
    };
    const continueOnNewPage = () => {
      this.newPage();
      drawHead();
    };

    const drawRow = (table: Struct, r: number) => {
      const cells = rows[r]!;
      const source = block.rows[r]!;
      // A row that fits on a page is never split; a longer one starts here if a fair part fits.
      if (rowHeights[r]! > this.room() && (rowHeights[r]! <= fullPage || this.room() < minChunk)) continueOnNewPage();
      const tr = this.doc.struct('TR');
      table.add(tr);
      const structs = cells.map((_, i) => {
        const rowHead = block.rowHeaders && i === 0;
        const s = this.doc.struct(rowHead ? 'TH' : 'TD', (rowHead ? { scope: 'Row' } : {}) as StructOptions);
        tr.add(s);
        return s;
      });
      const next = cells.map(() => 0);
      for (let continued = false; ; continued = true) {
        const chunks = cells.map((lines, i) => take(lines, next[i]!, this.room() - 2 * pad));
        // On a continuation page the first cell is repeated, marked as continued, as an artifact.
        const label = continued && chunks[0]!.length === 0
          ? [...cells[0]!.slice(0, 1), ...this.wrap([{ text: rapport.vervolg, style: 'muted' }], inner[0]!, (p) => fontFor(p.style, 'cell'))]
          : [];
        const top = this.y;
        const segment = Math.max(linesHeight(label), ...chunks.map(linesHeight)) + 2 * pad;
        this.artifact(() => {
          source.forEach((cell, i) => {
            if (cell.uitslag) this.doc.rect(xs[i]!, top, widths[i]!, segment).fill(verdictColors[cell.uitslag].fill);
          });
          this.doc.moveTo(this.left, top + segment).lineTo(this.left + this.width, top + segment).lineWidth(0.5).stroke(colors.rule);
        });
        if (label.length > 0) this.artifact(() => this.draw(label, xs[0]! + cellPadding.x, top + pad), 'Pagination');
        chunks.forEach((chunk, i) => {
          if (chunk.length > 0) structs[i]!.add(() => this.draw(chunk, xs[i]! + cellPadding.x, top + pad));
          next[i]! += chunk.length;
        });
        this.y += segment;
        if (cells.every((lines, i) => next[i] === lines.length)) break;
        continueOnNewPage();
      }
      structs.forEach((s) => s.end());
      tr.end();
    };

    return {
      height,
      lead,
      draw: (parent) => {
        this.need(lead);
        const table = this.doc.struct('Table');
        parent.add(table);
        drawHead(table);
        rows.forEach((_, r) => drawRow(table, r));
        table.end();
        this.y += 8;
      },
    };
  }

  /** Running head (from page 2) and footer with the page number on every page, as pagination artifacts. */
  decoratePages(runningHead: string, footer: string, pageLabel: (n: number, m: number) => string): void {
    const { start, count } = this.doc.bufferedPageRange();
    const right = this.left + this.width;
    for (let i = 0; i < count; i++) {
      this.doc.switchToPage(start + i);
      this.artifact(() => {
        this.use(marginFont);
        if (i > 0) {
          this.doc.text(this.fit(runningHead, this.width), this.left, page.headY, { lineBreak: false });
          this.doc.moveTo(this.left, page.headY + 11).lineTo(right, page.headY + 11).lineWidth(0.5).stroke(colors.rule);
        }
        this.doc.moveTo(this.left, page.footY - 5).lineTo(right, page.footY - 5).lineWidth(0.5).stroke(colors.rule);
        this.use(marginFont).text(footer, this.left, page.footY, { lineBreak: false });
        const label = pageLabel(i + 1, count);
        this.doc.text(label, right - this.doc.widthOfString(label), page.footY, { lineBreak: false });
      }, 'Pagination');
    }
  }

  /** The text, shortened with an ellipsis to fit one line in the current font. */
  private fit(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let end = text.length;
    while (end > 0 && this.doc.widthOfString(`${text.slice(0, end)}…`) > width) end--;
    return `${text.slice(0, end).trimEnd()}…`;
  }
}
