import type { Catalog, CompiledEis, JsonSchema, Product, Region } from '../catalog/types.js';
import { vergelijking } from '../messages.js';
import { describe, render } from './describe.js';
import { formatTarief, type WordingContext } from './format.js';
import { productContext } from './evaluate.js';

/** A topic of the comparison: the contract field it reads, and in which branch of a conditional eis it counts. */
interface Topic {
  id: keyof typeof vergelijking.onderwerpen;
  path: string[];
  /** "algemeen": not inside an else-branch (that is a fallback for another field); "terugval": may come from there. */
  branches: 'algemeen' | 'alle';
  /** A field that, when an eis constrains it, makes this topic's fallback unnecessary. */
  fallbackFor?: string[];
}

const topics: Topic[] = [
  { id: 'bereikbaarheid', path: ['bereikbaarheidMinuten'], branches: 'alle' },
  { id: 'beschikbaarheidDag', path: ['beschikbaarheidMinuten'], branches: 'algemeen' },
  { id: 'beschikbaarheidNacht', path: ['beschikbaarheidNachtMinuten'], branches: 'alle', fallbackFor: ['beschikbaarheidMinuten'] },
  { id: 'beschikbaarheidWijk', path: ['beschikbaarheidWijkMinuten'], branches: 'alle' },
  { id: 'aanwezigheid', path: ['aanwezigheid'], branches: 'alle' },
  { id: 'bezettingNacht', path: ['bezetting', 'nacht'], branches: 'alle' },
  { id: 'regie', path: ['regie'], branches: 'alle' },
  { id: 'individueleBegeleiding', path: ['begeleiding', 'individueelUrenPerWeek'], branches: 'alle' },
  { id: 'contactmomenten', path: ['begeleiding', 'contactmomentenPerWeek'], branches: 'alle' },
  { id: 'fysiekContact', path: ['begeleiding', 'fysiekContactPerWeek'], branches: 'alle' },
  { id: 'leeftijd', path: ['doelgroep'], branches: 'alle' },
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

/** The subschemas of an eis at a path, with whether they sit in an else-branch (a fallback). */
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

function cell(ctx: WordingContext, eis: CompiledEis, s: JsonSchema, path: string[]): VergelijkingCel {
  return {
    tekst: render(ctx, describe(ctx, s, path), path),
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
  const found = (path: string[], allowElse: boolean) =>
    eisen.flatMap((eis) =>
      schemasAt(eis.schema, path)
        .filter((f) => allowElse || !f.inElse)
        .map((f) => cell(ctx, eis, f.schema, path)),
    );
  const direct = found(topic.path, topic.branches === 'alle');
  if (direct.length > 0 || !topic.fallbackFor) return direct;
  // No separate figure: the general one applies around the clock.
  return found(topic.fallbackFor, true);
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
