import { versionOn } from '../catalog/loader.js';
import type { Region } from '../catalog/types.js';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import { screenBids } from './screen.js';
import type { Screening } from './service.js';
import type { RescreenSource, Round, User } from './store.js';

type Uitslag = 'voldoet' | 'voldoet-niet' | 'ongeldig';

/** One bid whose verdict changes against the catalog of now, and the eisen and products that make it change. */
export interface VerdictChange {
  id: string;
  volgnummer: number;
  aanbiederNaam: string | null;
  van: Uitslag;
  naar: Uitslag;
  producten: Array<{ productcode: string; van: Uitslag | 'niet-aangeboden'; naar: Uitslag | 'niet-aangeboden' }>;
  eisen: Array<{ productcode: string | null; id: string; titel: string; van: string; naar: string }>;
}

export interface RescreenOutcome {
  catalogusVersie: string | null;
  bekeken: number;
  gewijzigd: VerdictChange[];
  toegepast: boolean;
}

const overall = (geldig: boolean, uitslag: string | null): Uitslag => (geldig ? (uitslag as Uitslag) : 'ongeldig');

function eisVerdicts(r: Toetsresultaat | null): Map<string, { productcode: string | null; id: string; titel: string; uitslag: string }> {
  const out = new Map<string, { productcode: string | null; id: string; titel: string; uitslag: string }>();
  if (!r) return out;
  for (const e of r.regioEisen) out.set(`|${e.id}`, { productcode: null, id: e.id, titel: e.titel, uitslag: e.uitslag });
  for (const p of r.producten) for (const e of p.eisen) out.set(`${p.productcode}|${e.id}`, { productcode: p.productcode, id: e.id, titel: e.titel, uitslag: e.uitslag });
  return out;
}

function productVerdicts(r: Toetsresultaat | null): Map<string, Uitslag> {
  return new Map((r?.producten ?? []).map((p) => [p.productcode, p.uitslag]));
}

/** What changed between the stored result and the new one; null when the verdicts are the same. */
function compare(source: RescreenSource, next: Toetsresultaat | null): VerdictChange | null {
  const before = source.resultaat ? (JSON.parse(source.resultaat) as Toetsresultaat) : null;
  const van = overall(source.geldig === 1, source.uitslag);
  const naar = overall(next !== null, next?.uitslag ?? null);
  const pv = productVerdicts(before);
  const pn = productVerdicts(next);
  const producten = [...new Set([...pv.keys(), ...pn.keys()])]
    .map((productcode) => ({ productcode, van: pv.get(productcode) ?? ('niet-aangeboden' as const), naar: pn.get(productcode) ?? ('niet-aangeboden' as const) }))
    .filter((p) => p.van !== p.naar);
  if (van === naar && producten.length === 0) return null;
  const ev = eisVerdicts(before);
  const en = eisVerdicts(next);
  const eisen = [...new Set([...ev.keys(), ...en.keys()])].flatMap((key) => {
    const a = ev.get(key);
    const b = en.get(key);
    const from = a?.uitslag ?? inkoop.hertoetsen.nieuw;
    const to = b?.uitslag ?? inkoop.hertoetsen.vervallen;
    if (from === to) return [];
    const e = (b ?? a)!;
    return [{ productcode: e.productcode, id: e.id, titel: e.titel, van: from, naar: to }];
  });
  return { id: source.id, volgnummer: source.volgnummer, aanbiederNaam: source.aanbiederNaam, van, naar, producten, eisen };
}

/**
 * The catalog year a round is screened again against: the year its stored results name (the version it was screened
 * against, now as loaded, so a corrected catalog counts), else the version valid on its closing date, never simply
 * the year of today: a 2026 round screened again in January 2027 stays a 2026 round.
 */
export function pinnedVersion(region: Region | undefined, sources: RescreenSource[], round: Round): Region | undefined {
  if (!region) return undefined;
  const years = new Map<number, number>();
  for (const source of sources) {
    if (!source.resultaat) continue;
    const jaar = (JSON.parse(source.resultaat) as Partial<Toetsresultaat>).regio?.jaar;
    if (typeof jaar === 'number') years.set(jaar, (years.get(jaar) ?? 0) + 1);
  }
  const stored = [...years.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0];
  return (stored !== undefined ? region.versies.find((v) => v.jaar === stored) : undefined) ?? versionOn(region, round.sluitingsdatum);
}

/**
 * Screens every stored file of a round again against the catalog loaded now, and lists each bid whose verdict
 * (overall or per product) changes, with the eisen that changed. With `apply` the new results replace the old
 * ones (all bids, so every result names the same catalog version), in one transaction, logged.
 */
export async function rescreenRound(s: Screening, user: User, round: Round, apply: boolean): Promise<RescreenOutcome> {
  const sources = await s.store.rescreenSources(round.id);
  const pinned = pinnedVersion(s.catalog.regios.get(round.regio), sources, round);
  const screened = await screenBids(
    sources.map((b) => ({ naam: b.bestandsnaam, inhoud: b.inhoud })),
    s.catalog,
    round.regio,
    undefined,
    pinned?.jaar,
  );
  const gewijzigd: VerdictChange[] = [];
  sources.forEach((source, i) => {
    const next = screened[i]!;
    const change = compare(source, next.geldig ? next.resultaat : null);
    if (change) gewijzigd.push(change);
  });
  const catalogusVersie = pinned?.versie ?? null;
  if (apply && sources.length > 0) {
    await s.store.replaceResults(
      user,
      round,
      sources.map((source, i) => ({ id: source.id, kvkNummer: source.kvkNummer, bid: screened[i]! })),
      inkoop.audit.hertoetst(sources.length, gewijzigd.length, catalogusVersie),
    );
  }
  return { catalogusVersie, bekeken: sources.length, gewijzigd, toegepast: apply };
}
