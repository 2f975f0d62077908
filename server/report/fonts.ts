import { createRequire } from 'node:module';

// The fonts come from the dejavu-fonts-ttf npm package, so a fresh clone has them after `npm install`.
// PDF/A needs every font embedded: the standard 14 PDF fonts are not.
const require = createRequire(import.meta.url);
const ttf = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

export const fontFiles = {
  regular: ttf('DejaVuSansCondensed'),
  bold: ttf('DejaVuSansCondensed-Bold'),
  italic: ttf('DejaVuSansCondensed-Oblique'),
  mono: ttf('DejaVuSansMono'),
};

/** PDFKit 0.20's font objects: `font` is the parsed fontkit font, `layoutCache` its shaped words. */
interface EmbeddedFont {
  font: { layout: unknown };
  layoutCache?: Record<string, unknown>;
}

interface Parsed {
  font: EmbeddedFont['font'];
  layouts: Record<string, unknown>;
  /** Width of a word at size 1000, for line breaking. */
  widths: Map<string, number>;
}

/**
 * Fonts parsed and words shaped once per process, not once per document. PDFKit would read and
 * parse each TTF again for every report and run OpenType shaping again for every word: that was
 * most of the time of a one-product report. The caches only hold glyph runs of a font (no
 * document state); each document still builds its own subset. They are emptied when they grow
 * large, so a long-running server does not keep every word it ever saw.
 */
const parsed = new Map<string, Parsed>();
const maxWords = 50_000;

function current(doc: PDFKit.PDFDocument): EmbeddedFont {
  return (doc as unknown as { _font: EmbeddedFont })._font;
}

/** Selects a font file in the document, with the process-wide caches. */
export function selectFont(doc: PDFKit.PDFDocument, file: string): void {
  const known = parsed.get(file);
  if (!known) {
    doc.font(file);
    const font = current(doc);
    parsed.set(file, { font: font.font, layouts: (font.layoutCache ??= Object.create(null) as Record<string, unknown>), widths: new Map() });
    return;
  }
  // PDFKit accepts a parsed fontkit font; the file path is its name in this document.
  doc.font(known.font as unknown as string, file);
  const font = current(doc);
  if (font.layoutCache !== known.layouts) font.layoutCache = known.layouts;
}

/**
 * A width function for line breaking in the document's current font (`file` at `size`), cached per
 * font file. Widths are kept at size 1000, whatever size measured them first, so that line breaks
 * (and so the bytes of a report) do not depend on what the process rendered before.
 */
export function measurer(doc: PDFKit.PDFDocument, file: string, size: number): (text: string) => number {
  const widths = parsed.get(file)?.widths ?? new Map<string, number>();
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = doc.fontSize(1000).widthOfString(text);
      doc.fontSize(size);
      widths.set(text, w);
    }
    return (w * size) / 1000;
  };
}

/** Called once per report: starts the caches afresh when they have grown past their bound. */
export function trimFontCaches(): void {
  for (const [file, entry] of parsed) {
    if (entry.widths.size > maxWords) parsed.delete(file);
  }
}
