import type { EisUitslag } from '../messages.js';
import { fontFiles as fonts } from './fonts.js';
import type { TextStyle } from './model.js';

/** One font, size and colour: what a line of text is drawn with. */
export interface Font {
  file: string;
  size: number;
  color: string;
}

export const colors = {
  text: '#1f2328',
  muted: '#57606a',
  rule: '#d0d7de',
  headFill: '#eef1f4',
};

/** Tint and text colour per verdict; dark text on a light tint keeps the contrast above 4.5:1. */
export const verdictColors: Record<EisUitslag, { fill: string; text: string }> = {
  voldoet: { fill: '#e6f4ea', text: '#1e6b34' },
  'voldoet-niet': { fill: '#fde7e7', text: '#a40e26' },
  ontbreekt: { fill: '#fff1db', text: '#8a4b00' },
  signaal: { fill: '#e8f0fe', text: '#1a4d99' },
};

/** A4 in points. */
export const page = {
  width: 595.28,
  height: 841.89,
  margin: { top: 58, bottom: 58, left: 48, right: 48 },
  /** Baselines of the running head and the footer, inside the top and bottom margins. */
  headY: 30,
  footY: 841.89 - 38,
};

export const leading = 1.28;
export const cellPadding = { x: 4, y: 3.5 };
/** Space between paragraphs in a cell; twice that after a paragraph of body text. */
export const paragraphGap = 2.5;
/** Sections without subsections and key/value lists up to this height are never split over two pages. */
export const keepTogether = 300;

const size = { body: 9, cell: 7.6, code: 7, small: 6.8 };

const bodyFonts: Record<TextStyle, Font> = {
  normal: { file: fonts.regular, size: size.body, color: colors.text },
  strong: { file: fonts.bold, size: size.body, color: colors.text },
  quote: { file: fonts.italic, size: size.body, color: colors.text },
  muted: { file: fonts.regular, size: size.body - 1, color: colors.muted },
  code: { file: fonts.mono, size: size.code + 0.5, color: colors.text },
};

const cellFonts: Record<TextStyle, Font> = {
  normal: { file: fonts.regular, size: size.cell, color: colors.text },
  strong: { file: fonts.bold, size: size.cell, color: colors.text },
  quote: { file: fonts.italic, size: size.cell, color: colors.text },
  muted: { file: fonts.regular, size: size.small, color: colors.muted },
  code: { file: fonts.mono, size: size.code, color: colors.text },
};

export function fontFor(style: TextStyle, where: 'body' | 'cell'): Font {
  return (where === 'body' ? bodyFonts : cellFonts)[style];
}

export const headingFonts: Record<1 | 2 | 3, Font & { before: number; after: number }> = {
  1: { file: fonts.bold, size: 18, color: colors.text, before: 0, after: 8 },
  2: { file: fonts.bold, size: 13, color: colors.text, before: 16, after: 6 },
  3: { file: fonts.bold, size: 10, color: colors.text, before: 10, after: 4 },
};

export const headFont: Font = { file: fonts.bold, size: size.cell, color: colors.text };
export const verdictFont: Font = { file: fonts.bold, size: 14, color: colors.text };
export const marginFont: Font = { file: fonts.regular, size: 7, color: colors.muted };
