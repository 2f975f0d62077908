/**
 * Times of the week, for the rooster and the availability windows of contract version 2.
 * A moment is a minute of the week: maandag 00:00 is 0, zondag 23:59 is 10079.
 */

import { tijdTekst } from '../messages.js';

export const DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Dag = (typeof DAGEN)[number];

export const WEEK = 7 * 1440;

/** Days, start and end as the contract writes them (a dienst, a venster, or a window in the catalog). */
export interface Tijdvak {
  dagen: readonly string[];
  van: string;
  tot: string;
  overMiddernacht?: boolean;
}

/** [start, end) in minutes of the week; end may pass the end of the week (it wraps to maandag). */
export interface Interval {
  start: number;
  end: number;
}

/** "07:30" → 450; "24:00" → 1440. */
export function minutesOf(hhmm: string): number {
  const colon = hhmm.indexOf(':');
  if (colon < 0) return NaN;
  return Number(hhmm.slice(0, colon)) * 60 + Number(hhmm.slice(colon + 1));
}

export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const shown = minutes > 0 && m === 0 && minutes % 1440 === 0 ? 1440 : m;
  return `${String(Math.floor(shown / 60)).padStart(2, '0')}:${String(shown % 60).padStart(2, '0')}`;
}

/** Length of one occurrence in minutes, or a Dutch reason why the times do not make a span. */
export function lengthOf(t: Tijdvak): number | { fout: 'van-24' | 'eindigt-voor-begin' | 'geen-middernacht' | 'leeg' } {
  const van = minutesOf(t.van);
  const tot = minutesOf(t.tot);
  if (van === 1440) return { fout: 'van-24' };
  if (t.overMiddernacht) {
    if (tot > van && tot !== 1440) return { fout: 'geen-middernacht' };
    return tot === 1440 ? 1440 - van : tot + 1440 - van;
  }
  if (tot === van) return { fout: 'leeg' };
  if (tot < van) return { fout: 'eindigt-voor-begin' };
  return tot - van;
}

/** The occurrences of a span in the week, one per day it starts on. The times must be valid (see lengthOf). */
export function intervalsOf(t: Tijdvak): Interval[] {
  const length = lengthOf(t);
  if (typeof length !== 'number') return [];
  const van = minutesOf(t.van);
  return DAGEN.flatMap((d, i) => (t.dagen.includes(d) ? [{ start: i * 1440 + van, end: i * 1440 + van + length }] : []));
}

/** Intervals folded into one week [0, WEEK): an interval past zondag 24:00 continues on maandag. */
export function inWeek(intervals: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const iv of intervals) {
    if (iv.end <= WEEK) out.push(iv);
    else {
      out.push({ start: iv.start, end: WEEK });
      out.push({ start: 0, end: iv.end - WEEK });
    }
  }
  return out;
}

/** Merged, sorted, within one week. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = inWeek(intervals).filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}

const occurrences = new WeakMap<object, Interval[]>();
/**
 * The occurrences of a dienst or window in the week, merged: computed once per object, since a check reads the
 * same rooster for its validation and for several derived facts.
 */
export function occurrencesOf(t: Tijdvak): Interval[] {
  let out = occurrences.get(t);
  if (!out) {
    out = union(intervalsOf(t));
    occurrences.set(t, out);
  }
  return out;
}

/** Where two sets of merged intervals (each within one week, as union gives them) overlap. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return union(out);
}

const DAGNAAM = tijdTekst.dagnaam;

/** "ma t/m zo", "ma t/m vr", "za en zo", "ma, wo en vr". */
export function dagenText(dagen: readonly string[]): string {
  const idx = DAGEN.map((d, i) => (dagen.includes(d) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return '';
  if (idx.length === 1) return DAGNAAM[DAGEN[idx[0]!]!]!;
  const consecutive = idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1);
  if (consecutive && idx.length > 2) return tijdTekst.totEnMet(DAGEN[idx[0]!]!, DAGEN[idx[idx.length - 1]!]!);
  const names = idx.map((i) => DAGEN[i]!);
  return tijdTekst.opsomming(names);
}

/** "ma t/m zo 22:00-07:00". */
export function tijdvakText(t: Tijdvak): string {
  const hele = t.van === '00:00' && t.tot === '24:00';
  const tijden = hele ? tijdTekst.heleDag : `${t.van}-${t.tot}`;
  return `${dagenText(t.dagen)} ${tijden}`;
}

/** A moment range of the week in words: "zondag 22:00-23:00", or "zaterdag 22:00 tot zondag 07:00". */
export function intervalText(iv: Interval): string {
  const startDag = Math.floor(iv.start / 1440) % 7;
  const endDag = Math.floor((iv.end - 1) / 1440) % 7;
  const dag = DAGNAAM[DAGEN[startDag]!]!;
  if (iv.end - iv.start >= WEEK) return tijdTekst.heleWeek;
  if (startDag === endDag && iv.end - iv.start < 1440) return `${dag} ${clock(iv.start)}-${clock(iv.end)}`;
  return tijdTekst.vanTot(`${dag} ${clock(iv.start)}`, `${DAGNAAM[DAGEN[endDag]!]} ${clock(iv.end)}`);
}

/**
 * Moments of the week in words, grouped by time of day: "ma t/m zo 23:00-07:00", "zondag 22:00-23:00".
 * Spans of a day or longer are named one by one.
 */
export function intervalsText(intervals: readonly Interval[], max = 3): string {
  const groups = new Map<string, { dagen: string[]; text: (dagen: string[]) => string }>();
  const single: string[] = [];
  for (const iv of intervals) {
    if (iv.end - iv.start >= 1440) { single.push(intervalText(iv)); continue; }
    const key = `${clock(iv.start)}-${clock(iv.end)}`;
    const group = groups.get(key) ?? { dagen: [], text: (d: string[]) => `${dagenText(d)} ${key}` };
    group.dagen.push(DAGEN[Math.floor(iv.start / 1440) % 7]!);
    groups.set(key, group);
  }
  const parts = [...[...groups.values()].map((g) => g.text(g.dagen)), ...single];
  return parts.length > max ? tijdTekst.enNog(parts.slice(0, max).join(', '), parts.length - max) : parts.join(', ');
}
