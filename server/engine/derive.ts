import { schemaAt, aanbodItemSchema, fieldInfo } from '../contract/schema-index.js';
import { intersect, intervalsText, occurrencesOf, tijdvakText, WEEK, type Interval } from '../contract/time.js';
import { valueAt } from '../json.js';
import { afleiding } from '../messages.js';
import type { Afgeleid, CompiledAfgeleid, MedewerkerMatch } from '../catalog/types.js';
import { withUnit } from './format.js';

/**
 * Derived facts (x-afgeleid): computed from one aanbod item before its eisen are checked, so that an eis stays
 * plain JSON Schema over the item plus `afgeleid.<naam>`. A fact whose inputs are partly missing is not a
 * single value but a range: `laag` is what is certain with what was given, `hoog` what it could be at most.
 * An eis over an uncertain fact passes only when it passes at every value in the range (see evaluate.ts).
 */

export type FeitWaarde = number | boolean;

export interface Feit {
  naam: string;
  def: CompiledAfgeleid;
  laag: FeitWaarde;
  hoog: FeitWaarde;
  /** How the fact was found, in Dutch. */
  uitleg: string;
  /** What was not given and makes the fact uncertain. */
  ontbreekt?: string;
  /** Paths (relative to the item) of the fields it is derived from. */
  velden: string[][];
}

export const isZeker = (f: Feit) => f.laag === f.hoog;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function fieldRange(path: string[]): [number, number] {
  const s = schemaAt(path, aanbodItemSchema);
  const min = typeof s?.minimum === 'number' ? s.minimum : 0;
  const max = typeof s?.maximum === 'number' ? s.maximum : 1e6;
  return [min, max];
}

function deriveSom(item: unknown, naam: string, def: CompiledAfgeleid, som: NonNullable<Afgeleid['som']>): Feit | undefined {
  let laag = 0;
  let hoog = 0;
  const missing: string[] = [];
  let given = 0;
  const velden = som.map((t) => t.veld.slice(1).split('/'));
  som.forEach((t, i) => {
    const path = velden[i]!;
    const v = valueAt(item, path);
    if (typeof v === 'number') {
      given++;
      laag += t.factor * v;
      hoog += t.factor * v;
    } else {
      const [min, max] = fieldRange(path);
      laag += t.factor * (t.factor >= 0 ? min : max);
      hoog += t.factor * (t.factor >= 0 ? max : min);
      missing.push(fieldInfo(path, aanbodItemSchema).label);
    }
  });
  if (given === 0) return undefined;
  laag = round(laag);
  hoog = round(hoog);
  const feit: Feit = { naam, def, laag, hoog, velden, uitleg: laag === hoog ? withUnit(laag, def.eenheid) : afleiding.somOnzeker(withUnit(laag, def.eenheid)) };
  if (missing.length > 0) feit.ontbreekt = missing.join(', ');
  return feit;
}

interface Dienst {
  naam?: string;
  dagen: string[];
  van: string;
  tot: string;
  overMiddernacht?: boolean;
  plaats?: string;
  medewerkers: Record<string, unknown>[];
}

interface Venster {
  dagen: string[];
  van: string;
  tot: string;
  overMiddernacht?: boolean;
  telefonischMinuten?: number;
  fysiekMinuten?: number;
  opAfroep?: boolean;
}

/** A segment of the week with a constant state, as found by a sweep over start and end events. */
interface Segment<T> extends Interval {
  state: T;
}


/**
 * Cuts the window into segments at every start and end, with the items present during each segment: one sort of
 * the events, then a single pass (items are few, so the active list is a plain array).
 */
function sweep<T>(window: Interval[], items: Array<{ intervals: Interval[]; value: T }>): Array<Segment<T[]>> {
  const events: Array<{ at: number; delta: 1 | -1; item: number }> = [];
  items.forEach((it, i) => {
    for (const iv of it.intervals) {
      events.push({ at: iv.start, delta: 1, item: i });
      events.push({ at: iv.end, delta: -1, item: i });
    }
  });
  for (const w of window) {
    events.push({ at: w.start, delta: 1, item: -1 });
    events.push({ at: w.end, delta: -1, item: -1 });
  }
  events.sort((a, b) => a.at - b.at);
  const count = new Array<number>(items.length).fill(0);
  let inWindow = 0;
  const out: Array<Segment<T[]>> = [];
  for (let e = 0; e < events.length; ) {
    const at = events[e]!.at;
    for (; e < events.length && events[e]!.at === at; e++) {
      const ev = events[e]!;
      if (ev.item < 0) inWindow += ev.delta;
      else count[ev.item]! += ev.delta;
    }
    const next = events[e]?.at;
    if (next === undefined || next === at || inWindow <= 0) continue;
    const state: T[] = [];
    for (let i = 0; i < items.length; i++) if (count[i]! > 0) state.push(items[i]!.value);
    out.push({ start: at, end: next, state });
  }
  return out;
}

/** Consecutive segments with the same key, joined (also across zondag 24:00 → maandag 00:00). */
function joinRuns<T>(segments: Array<Segment<T>>, key: (s: T) => string): Array<Segment<T>> {
  const out: Array<Segment<T>> = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.end === s.start && key(last.state) === key(s.state)) last.end = s.end;
    else out.push({ ...s });
  }
  if (out.length > 1) {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (last.end === WEEK && first.start === 0 && key(first.state) === key(last.state)) {
      out.shift();
      last.end = WEEK + first.end;
    }
  }
  return out;
}

function dienstText(d: Dienst, i: number): string {
  return afleiding.dienst(i + 1, d.naam, tijdvakText(d));
}

function deriveBezetting(item: Record<string, unknown>, naam: string, def: CompiledAfgeleid): Feit | undefined {
  const rooster = item.rooster as { diensten?: Dienst[] } | undefined;
  if (!rooster || !Array.isArray(rooster.diensten)) return undefined;
  const spec = def.bezetting!;
  const window = occurrencesOf(spec.venster);
  const missing: string[] = [];
  const counted = rooster.diensten.map((d, i) => {
    const plaatsKnown = !spec.plaats || d.plaats !== undefined;
    const plaatsOk = !spec.plaats || (d.plaats !== undefined && spec.plaats.includes(d.plaats));
    const plaatsPossible = !spec.plaats || d.plaats === undefined || spec.plaats.includes(d.plaats);
    let zeker = 0;
    let mogelijk = 0;
    const attrs = new Set<string>();
    for (const m of d.medewerkers ?? []) {
      const match: MedewerkerMatch = def.match!(m);
      if (match.zeker && plaatsOk) zeker++;
      if (match.mogelijk && plaatsPossible) mogelijk++;
      if (match.mogelijk && !match.zeker) for (const a of match.onbekend) attrs.add(a);
    }
    if (!plaatsKnown && mogelijk > 0) attrs.add(fieldInfo(['rooster', 'diensten', '*', 'plaats'], aanbodItemSchema).label);
    const inWindow = attrs.size > 0 && intersect(occurrencesOf(d), window).length > 0;
    if (attrs.size > 0 && inWindow) missing.push(afleiding.ontbreektInDienst([...attrs].join(', '), dienstText(d, i)));
    return { intervals: occurrencesOf(d), value: { zeker, mogelijk } };
  });
  const segments = sweep(window, counted).map((s) => ({
    ...s,
    state: {
      zeker: s.state.reduce((n, c) => n + c.zeker, 0),
      mogelijk: s.state.reduce((n, c) => n + c.mogelijk, 0),
    },
  }));
  if (segments.length === 0) return undefined;
  // The fewest at any moment (a floor over the whole window), or with maat "hoogste" the most at any moment
  // (someone of that kind is there at some time, e.g. an hbo-er in the team).
  const hoogste = spec.maat === 'hoogste';
  const pick = (values: number[]) => (hoogste ? Math.max(...values) : Math.min(...values));
  const laag = pick(segments.map((s) => s.state.zeker));
  const hoog = pick(segments.map((s) => s.state.mogelijk));
  const runs = joinRuns(segments.map((s) => ({ start: s.start, end: s.end, state: s.state.zeker })), (n) => String(n));
  const minst = runs.filter((r) => r.state === laag);
  const waar = runs.every((r) => r.state === laag) ? undefined : intervalsText(minst);
  const feit: Feit = {
    naam, def, laag, hoog,
    velden: [['rooster']],
    uitleg: afleiding.bezetting(tijdvakText(spec.venster), laag, hoog, waar, hoogste),
  };
  if (missing.length > 0 && laag !== hoog) feit.ontbreekt = missing.join('; ');
  return feit;
}

type Dekking = { waarde?: number; afroep?: boolean };

function vensterSegments(item: Record<string, unknown>, venster: Interval[]): Array<Segment<Venster[]>> | undefined {
  const beschikbaarheid = item.beschikbaarheid as { vensters?: Venster[] } | undefined;
  if (!beschikbaarheid || !Array.isArray(beschikbaarheid.vensters)) return undefined;
  return sweep(venster, beschikbaarheid.vensters.map((v) => ({ intervals: occurrencesOf(v), value: v })));
}

function deriveReactietijd(item: Record<string, unknown>, naam: string, def: CompiledAfgeleid): Feit | undefined {
  const spec = def.reactietijd!;
  const window = occurrencesOf(spec.venster);
  const segments = vensterSegments(item, window);
  if (!segments) return undefined;
  const key = spec.soort === 'telefonisch' ? 'telefonischMinuten' : 'fysiekMinuten';
  const values = segments.map((s) => ({ ...s, state: { waarde: s.state[0]?.[key] } as Dekking }));
  const known = values.filter((s) => s.state.waarde !== undefined);
  const gaps = joinRuns(values.filter((s) => s.state.waarde === undefined), () => '');
  const laag = known.length > 0 ? Math.max(...known.map((s) => s.state.waarde!)) : 0;
  const hoog = gaps.length > 0 ? 10080 : laag;
  const slowest = joinRuns(known.filter((s) => s.state.waarde === laag), () => '');
  const gapText = intervalsText(gaps);
  const feit: Feit = {
    naam, def, laag, hoog,
    velden: [['beschikbaarheid']],
    uitleg: afleiding.reactietijd(
      tijdvakText(spec.venster),
      known.length > 0 ? withUnit(laag, 'minuten') : undefined,
      known.every((s) => s.state.waarde === laag) ? '' : intervalsText(slowest, 2),
      gaps.length > 0 ? gapText : undefined,
    ),
  };
  if (gaps.length > 0) feit.ontbreekt = afleiding.geenOpgave(fieldInfo(['beschikbaarheid', 'vensters', '*', key], aanbodItemSchema).label, gapText);
  return feit;
}

function deriveAfroep(item: Record<string, unknown>, naam: string, def: CompiledAfgeleid): Feit | undefined {
  const spec = def.afroep!;
  const window = occurrencesOf(spec.venster);
  const segments = vensterSegments(item, window);
  if (!segments) return undefined;
  const state = (v: Venster | undefined): 'ja' | 'nee' | '?' =>
    !v ? '?' : v.opAfroep === true || typeof v.fysiekMinuten === 'number' ? 'ja' : v.opAfroep === false ? 'nee' : '?';
  const states = segments.map((s) => ({ ...s, state: state(s.state[0]) }));
  const nee = joinRuns(states.filter((s) => s.state === 'nee'), () => '');
  const onbekend = joinRuns(states.filter((s) => s.state === '?'), () => '');
  const laag = nee.length === 0 && onbekend.length === 0;
  const hoog = nee.length === 0;
  const list = (runs: Interval[]) => intervalsText(runs);
  const feit: Feit = {
    naam, def, laag, hoog,
    velden: [['beschikbaarheid']],
    uitleg: afleiding.afroep(tijdvakText(spec.venster), nee.length > 0 ? list(nee) : undefined, onbekend.length > 0 ? list(onbekend) : undefined),
  };
  if (onbekend.length > 0 && hoog) feit.ontbreekt = afleiding.geenOpgave(afleiding.afroepLabel, list(onbekend));
  return feit;
}

/** All derived facts of one item; a fact for which nothing was given is left out (an eis that needs it: ontbreekt). */
export function deriveFacts(item: Record<string, unknown>, afgeleid: Record<string, CompiledAfgeleid>): Feit[] {
  const out: Feit[] = [];
  for (const [naam, def] of Object.entries(afgeleid)) {
    const feit = def.som ? deriveSom(item, naam, def, def.som)
      : def.bezetting ? deriveBezetting(item, naam, def)
      : def.reactietijd ? deriveReactietijd(item, naam, def)
      : def.afroep ? deriveAfroep(item, naam, def)
      : undefined;
    if (feit) out.push(feit);
  }
  return out;
}

export const soortOf = (def: Afgeleid): 'som' | 'bezetting' | 'reactietijd' | 'afroep' =>
  def.som ? 'som' : def.bezetting ? 'bezetting' : def.reactietijd ? 'reactietijd' : 'afroep';
