import type { Afgeleid, Catalog, CompiledEis, JsonSchema, Product, Region } from '../catalog/types.js';
import { tijdvakText } from '../contract/time.js';
import { vergelijking } from '../messages.js';
import { describe, render } from './describe.js';
import { formatTarief, type WordingContext } from './format.js';
import { productContext } from './evaluate.js';

/**
 * A topic of the comparison: which facts an eis must read to count. Derived facts are matched by their kind
 * (a telephone or physical response time in a window, presence on the rooster, on call), so a new region's
 * staffing and availability eisen appear without code; plain fields by their path.
 */
interface Topic {
  id: keyof typeof vergelijking.onderwerpen;
  path?: string[];
  afgeleid?: (def: Afgeleid) => boolean;
}

const topics: Topic[] = [
  { id: 'bereikbaarheid', afgeleid: (d) => d.reactietijd?.soort === 'telefonisch' },
  { id: 'beschikbaarheid', afgeleid: (d) => d.reactietijd?.soort === 'fysiek' },
  { id: 'afroep', afgeleid: (d) => !!d.afroep },
  { id: 'beschikbaarheidWijk', path: ['beschikbaarheidWijkMinuten'] },
  { id: 'bezetting', afgeleid: (d) => !!d.bezetting },
  { id: 'regie', path: ['regie'] },
  { id: 'individueleBegeleiding', path: ['begeleiding', 'individueelUrenPerWeek'] },
  { id: 'contactmomenten', path: ['begeleiding', 'contactmomentenPerWeek'] },
  { id: 'fysiekContact', path: ['begeleiding', 'fysiekContactPerWeek'] },
  { id: 'leeftijd', path: ['doelgroep'] },
];

export interface VergelijkingCel {
  tekst: string;
  /** The bounds as numbers, where the schema gives them (minimum, maximum, minContains, ...). */
  getallen: Record<string, number>;
  eisId?: string;
  eisTitel?: string;
  bron?: { document: string; sectie: string; citaat: string };
  toelichting?: string;
}

export interface VergelijkingProduct {
  regio: string;
  regioNaam: string;
  code: string;
  naam: string;
  cellen: Record<string, VergelijkingCel[]>;
}

/** The subschemas of an eis at a path (through allOf/anyOf and both branches of a condition). */
function schemasAt(s: JsonSchema, path: string[], inElse = false, out: Array<{ schema: JsonSchema; inElse: boolean }> = []) {
  if (path.length === 0) {
    out.push({ schema: s, inElse });
    return out;
  }
  const [head, ...rest] = path;
  const sub = (s.properties as Record<string, JsonSchema> | undefined)?.[head!];
  if (sub) schemasAt(sub, rest, inElse, out);
  for (const k of ['allOf', 'anyOf'] as const) for (const m of (s[k] as JsonSchema[]) ?? []) schemasAt(m, path, inElse, out);
  if (s.then) schemasAt(s.then as JsonSchema, path, inElse, out);
  if (s.else) schemasAt(s.else as JsonSchema, path, true, out);
  return out;
}

/** Numeric bounds of a subschema, read from its keywords (and of its members, one level down). */
function numbers(s: JsonSchema, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minContains', 'maxContains', 'minItems']) {
    if (typeof s[k] === 'number') out[prefix + k] = s[k] as number;
  }
  if (s.contains && typeof s.minContains !== 'number') out[`${prefix}minContains`] = 1;
  for (const [key, sub] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
    if (!prefix) Object.assign(out, numbers(sub, `${key}.`));
  }
  return out;
}

function cell(ctx: WordingContext, eis: CompiledEis, s: JsonSchema, path: string[], def?: Afgeleid): VergelijkingCel {
  const bound = render(ctx, describe(ctx, s, path), path);
  const venster = def?.bezetting?.venster ?? def?.reactietijd?.venster ?? def?.afroep?.venster;
  // A derived fact is named by its window (and, for presence, by who counts): "ma t/m zo 22:00-07:00: ten hoogste 15 minuten".
  const tekst = !def ? bound : def.bezetting ? vergelijking.bezetting(def.label, bound) : `${tijdvakText(venster!)}: ${bound}`;
  return {
    tekst,
    getallen: numbers(s),
    eisId: eis.id,
    eisTitel: eis.titel,
    bron: { document: eis.bron.document, sectie: eis.bron.sectie, citaat: eis.bron.citaat },
    ...(eis.toelichting ? { toelichting: eis.toelichting } : {}),
  };
}

function topicCells(region: Region, product: Product, topic: Topic): VergelijkingCel[] {
  const ctx = productContext(region, product);
  const eisen = product.eisen.filter((e) => e.soort === 'eis' && e.ernst === 'eis');
  const found = (path: string[], def?: Afgeleid) => eisen.flatMap((eis) => schemasAt(eis.schema, path).map((f) => cell(ctx, eis, f.schema, path, def)));
  if (topic.path) return found(topic.path);
  return Object.entries(product.afgeleid)
    .filter(([, def]) => topic.afgeleid!(def))
    .flatMap(([naam, def]) => found(['afgeleid', naam], def));
}

function tariefCel(product: Product): VergelijkingCel[] {
  const t = product.tarief;
  if (!t) return [{ tekst: vergelijking.tariefOnbekend, getallen: {} }];
  const eenheid = t.eenheid.toLowerCase();
  const etmaal = (bedrag: number) => formatTarief({ bedrag, eenheid: 'etmaal' })!;
  if (eenheid === 'etmaal') return [{ tekst: etmaal(t.bedrag), getallen: { perEtmaal: t.bedrag } }];
  if (eenheid === 'maand') {
    const perEtmaal = Math.round(((t.bedrag * 12) / 365) * 100) / 100;
    return [{ tekst: vergelijking.maandNaarEtmaal(etmaal(perEtmaal), formatTarief(t)!), getallen: { perEtmaal, perMaand: t.bedrag } }];
  }
  if (eenheid === 'jaar') {
    const perEtmaal = Math.round((t.bedrag / 365) * 100) / 100;
    return [{ tekst: vergelijking.jaarNaarEtmaal(etmaal(perEtmaal), formatTarief(t)!), getallen: { perEtmaal, perJaar: t.bedrag } }];
  }
  return [{ tekst: vergelijking.andereEenheid(formatTarief(t)!), getallen: {} }];
}

export const vergelijkingsGroepen = ['intramuraal', 'geclusterd', 'thuis', 'dagbesteding'] as const;

/**
 * Comparable products across regions, by topic. Every figure is read from the eisen's schemas (and described
 * by the same wording as the checks), so the comparison cannot disagree with the toets.
 */
export function compare(catalog: Catalog) {
  return {
    onderwerpen: [...topics.map((t) => ({ id: t.id, titel: vergelijking.onderwerpen[t.id] })), { id: 'tarief', titel: vergelijking.onderwerpen.tarief }],
    groepen: vergelijkingsGroepen.map((categorie) => ({
      categorie,
      titel: vergelijking.groepen[categorie],
      producten: [...catalog.regios.values()].flatMap((region) =>
        [...region.producten.values()]
          .filter((p) => p.categorie === categorie)
          .map(
            (p): VergelijkingProduct => ({
              regio: region.id,
              regioNaam: region.naam,
              code: p.code,
              naam: p.naam,
              cellen: {
                ...Object.fromEntries(topics.map((t) => [t.id, topicCells(region, p, t)])),
                tarief: tariefCel(p),
              },
            }),
          ),
      ),
    })),
  };
}
