import { omzetting } from '../messages.js';
import { DAGEN } from './time.js';

/**
 * Contract version 1 → 2, without losing a fact. Version 1 had three fixed dagdelen, one daily presence window
 * and 24/7 minutes with an optional night value; version 2 has a rooster of diensten and availability windows.
 *
 * - bezetting.dag/avond/nacht → diensten for every day: 07:00-15:00, 15:00-23:00, 23:00-07:00 (over midnight),
 *   on the location (version 1 counted only people "fysiek op de locatie"). People of the day and evening were
 *   awake by definition (version 1 asked wakend/slapend only for the night), so they get wijze "wakend"; a team
 *   with "opleiding Zorg en Welzijn" gives that to each of its begeleiders.
 * - aanwezigheid (vanafUur, totUur, plaats) → a dienst with one begeleider of unknown level: version 1 said a
 *   professional was there, not who. An eis that needs the level comes out as ontbreekt, never as a pass.
 * - bereikbaarheidMinuten and beschikbaarheidMinuten → one window for the whole week; with a night value, two:
 *   07:00-23:00 with the general value and 23:00-07:00 with the night value.
 */

type Obj = Record<string, unknown>;

const ALLE = [...DAGEN];

const DAGDELEN = [
  { key: 'dag', van: '07:00', tot: '15:00', over: false },
  { key: 'avond', van: '15:00', tot: '23:00', over: false },
  { key: 'nacht', van: '23:00', tot: '07:00', over: true },
] as const;

function uurNaarKlok(uur: number): string {
  const minuten = Math.round(uur * 60);
  return `${String(Math.floor(minuten / 60)).padStart(2, '0')}:${String(minuten % 60).padStart(2, '0')}`;
}

/**
 * A person of version 1. Awake outside the night. Version 1 defined niveau "overig" as "beveiliger, ongeschoold en
 * dergelijke", so someone with an mbo or hbo level and no functie was a begeleider; for "overig" it stays unknown.
 */
function personV2(m: Obj, wakker: boolean, opleiding: unknown): Obj {
  const out: Obj = { ...m };
  if (wakker && out.wijze === undefined) out.wijze = 'wakend';
  if (out.functie === undefined && typeof out.niveau === 'string' && out.niveau !== 'overig') out.functie = 'begeleider';
  // Version 1 said it of the team ("de zorgverleners hebben een diploma in de richting Zorg en Welzijn"): so of each begeleider.
  if (out.functie === 'begeleider' && typeof opleiding === 'boolean' && out.opleidingZorgEnWelzijn === undefined) out.opleidingZorgEnWelzijn = opleiding;
  return out;
}

function convertItem(item: Obj, notes: Set<string>): Obj {
  const out: Obj = {};
  const diensten: Obj[] = [];
  const vensters: Obj[] = [];
  for (const [key, value] of Object.entries(item)) {
    switch (key) {
      case 'bezetting': {
        notes.add(omzetting.bezetting);
        const bezetting = value as Obj;
        for (const d of DAGDELEN) {
          const mensen = bezetting[d.key] as Obj[] | undefined;
          if (!mensen) continue;
          diensten.push({
            naam: d.key,
            dagen: ALLE,
            van: d.van,
            tot: d.tot,
            ...(d.over ? { overMiddernacht: true } : {}),
            plaats: 'locatie',
            medewerkers: mensen.map((m) => personV2(m, d.key !== 'nacht', (item.team as Obj | undefined)?.opleidingZorgEnWelzijn)),
          });
        }
        break;
      }
      case 'aanwezigheid': {
        const a = value as { vanafUur?: number; totUur?: number; plaats?: string };
        if (typeof a.vanafUur !== 'number' || typeof a.totUur !== 'number') {
          notes.add(omzetting.aanwezigheidOnvolledig);
          break;
        }
        notes.add(omzetting.aanwezigheid);
        const van = uurNaarKlok(a.vanafUur === 24 ? 0 : a.vanafUur);
        const tot = uurNaarKlok(a.totUur);
        const over = a.totUur <= a.vanafUur && !(a.vanafUur === 0 && a.totUur === 24);
        diensten.push({
          naam: 'aanwezigheid',
          dagen: ALLE,
          van,
          tot: over && tot === '24:00' ? '00:00' : tot,
          ...(over ? { overMiddernacht: true } : {}),
          ...(a.plaats ? { plaats: a.plaats } : {}),
          medewerkers: [{ functie: 'begeleider', wijze: 'wakend' }],
        });
        break;
      }
      case 'bereikbaarheidMinuten':
      case 'beschikbaarheidMinuten':
      case 'beschikbaarheidNachtMinuten':
        break;
      default:
        out[key] = value;
    }
  }
  const tel = item.bereikbaarheidMinuten as number | undefined;
  const fysiek = item.beschikbaarheidMinuten as number | undefined;
  const nacht = item.beschikbaarheidNachtMinuten as number | undefined;
  const waarden = (f: number | undefined): Obj => ({
    ...(tel !== undefined ? { telefonischMinuten: tel } : {}),
    ...(f !== undefined ? { fysiekMinuten: f } : {}),
  });
  if (nacht !== undefined) {
    notes.add(omzetting.beschikbaarheid);
    notes.add(omzetting.nacht);
    vensters.push({ dagen: ALLE, van: '07:00', tot: '23:00', ...waarden(fysiek) });
    vensters.push({ dagen: ALLE, van: '23:00', tot: '07:00', overMiddernacht: true, ...waarden(nacht) });
  } else if (tel !== undefined || fysiek !== undefined) {
    notes.add(omzetting.beschikbaarheid);
    vensters.push({ dagen: ALLE, van: '00:00', tot: '24:00', ...waarden(fysiek) });
  }
  // In contract order: productcode and locatie first, then rooster and beschikbaarheid.
  const ordered: Obj = {};
  for (const k of ['productcode', 'locatie']) if (k in out) ordered[k] = out[k];
  if (diensten.length > 0) ordered.rooster = { diensten };
  if (vensters.length > 0) ordered.beschikbaarheid = { vensters };
  for (const [k, v] of Object.entries(out)) if (!(k in ordered)) ordered[k] = v;
  return ordered;
}

/** A zelfevaluatie valid against contract version 1, as version 2, with one Dutch sentence on what was done. */
export function convertV1(input: Obj): { value: Obj; omzetting: string } {
  const notes = new Set<string>();
  const aanbod = (input.aanbod as Obj[]).map((item) => convertItem(item, notes));
  const value: Obj = { ...input, versie: '2', aanbod };
  const done = [...notes];
  return { value, omzetting: done.length > 0 ? `${omzetting.inleiding} ${done.join('; ')}.` : `${omzetting.inleiding} er was niets om te zetten.` };
}
