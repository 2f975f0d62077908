/** Width of a string in points, in the font being wrapped for. */
export type Measure = (text: string) => number;

// Control and zero-width characters have no glyph: drawn, they would show as empty boxes.
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;

// A token wider than the line is cut; after one of these characters if one is near the end (paths, ids, URLs).
const softBreak = /[/\-_.,:;]/;

function cutToken(token: string, width: number, measure: Measure): [string, string] {
  let lo = 1;
  let hi = token.length - 1;
  // Largest prefix that fits (at least one character, so wrapping always ends).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(token.slice(0, mid)) <= width) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i > lo / 2; i--) {
    if (softBreak.test(token[i - 1]!)) return [token.slice(0, i), token.slice(i)];
  }
  return [token.slice(0, lo), token.slice(lo)];
}

/**
 * Greedy line breaking at spaces; a newline starts a new line. Every line measures at most `width`
 * (a single character wider than the line is the only exception), so text never leaves its box.
 * A line that ends where there was a space or newline keeps one trailing space: text extracted from
 * the PDF (by screen readers, search, copy) then has its words apart.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const part of text.replace(invisible, '').split(/\r\n|\r|\n/)) {
    const words = part.split(/[ \t]+/).filter((w) => w.length > 0);
    let line = '';
    let lineWidth = 0;
    for (let word of words) {
      let w = measure(word);
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(`${line} `);
      while (w > width && word.length > 1) {
        const [head, rest] = cutToken(word, width, measure);
        lines.push(head);
        word = rest;
        w = measure(word);
      }
      line = word;
      lineWidth = w;
    }
    if (line) lines.push(`${line} `);
  }
  const last = lines.length - 1;
  if (last >= 0) lines[last] = lines[last]!.trimEnd();
  return lines;
}
