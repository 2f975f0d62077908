import type { Afgeleid, Catalog, CompiledEis, JsonSchema, Product, Region } from '../catalog/types.js';
import { tijdvakText } from '../contract/time.js';
import { vergelijking } from '../messages.js';
import { describe, render } from './describe.js';
import { formatTarief, type WordingContext } from './format.js';
import { productContext } from './evaluate.js';
import { aanbodItemSchema, fieldInfo, schemaAt } from '../contract/schema-index.js';

/**
 * A topic of the comparison: which facts an eis must read to count. The topics come from the catalog: a derived fact
 * by its kind (a telephone or physical response time, presence on the rooster, on call, a sum), a plain field by its
 * group in the contract (team, dagbesteding, …), so a new region's eisen appear without code. A group can have
 * members of its own (begeleiding: individual hours, contact moments); its other members form the group's topic.
 */
interface Topic {
  id: string;
  titel: string;
  path?: string[];
  /** A group topic whose members partly have topics of their own: only the other members count. */
  uitgezonderd?: string[][];
  afgeleid?: (def: Afgeleid) => boolean;
}

type Named = keyof typeof vergelijking.onderwerpen;

/** The kinds of derived facts the engine knows, in the order the comparison shows them. */
const kinds: Array<{ id: Named; afgeleid: (d: Afgeleid) => boolean }> = [
  { id: 'bereikbaarheid', afgeleid: (d) => d.reactietijd?.soort === 'telefonisch' },
  { id: 'beschikbaarheid', afgeleid: (d) => d.reactietijd?.soort === 'fysiek' },
  { id: 'afroep', afgeleid: (d) => !!d.afroep },
  { id: 'bezetting', afgeleid: (d) => !!d.bezetting },
  { id: 'berekend', afgeleid: (d) => !!d.som },
];

/** Fields and groups with a title of their own (and a stable id); any other group is titled by its contract label. */
const named: Record<string, Named> = {
  beschikbaarheidWijkMinuten: 'beschikbaarheidWijk',
  regie: 'regie',
  'begeleiding/individueelUrenPerWeek': 'individueleBegeleiding',
  'begeleiding/contactmomentenPerWeek': 'contactmomenten',
  'begeleiding/fysiekContactPerWeek': 'fysiekContact',
  doelgroep: 'leeftijd',
};

const NOT_COMPARED = new Set(['productcode', 'afgeleid', 'verklaringen']);

const comparedEisen = (p: Product) => p.eisen.filter((e) => e.soort === 'eis' && e.ernst === 'eis');

/** The topics the compared products' eisen give, kinds of derived facts first, then fields in contract order. */
function topicsOf(products: Product[]): Topic[] {
  const out: Topic[] = kinds
    .filter((k) => products.some((p) => Object.values(p.afgeleid).some(k.afgeleid)))
    .map((k) => ({ id: k.id, titel: vergelijking.onderwerpen[k.id], afgeleid: k.afgeleid }));
  const read = products.flatMap((p) => comparedEisen(p).flatMap((e) => e.fields)).filter((f) => !NOT_COMPARED.has(f[0]!));
  const order = Object.keys((aanbodItemSchema.properties as Record<string, unknown>) ?? {});
  const groups = [...new Set(read.map((f) => f[0]!))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const group of groups) {
    const memberOrder = Object.keys((schemaAt([group], aanbodItemSchema)?.properties as Record<string, unknown>) ?? {});
    const members = [...new Set(read.filter((f) => f[0] === group && f.length > 1 && named[`${group}/${f[1]}`]).map((f) => f[1]!))]
      .sort((a, b) => memberOrder.indexOf(a) - memberOrder.indexOf(b));
    for (const m of members) {
      const id = named[`${group}/${m}`]!;
      out.push({ id, titel: vergelijking.onderwerpen[id], path: [group, m] });
    }
    const rest = read.filter((f) => f[0] === group && !(f.length > 1 && members.includes(f[1]!)));
    if (rest.length === 0) continue;
    const id = named[group];
    const label = fieldInfo([group], aanbodItemSchema).label;
    out.push({
      id: id ?? group,
      titel: id ? vergelijking.onderwerpen[id] : label.charAt(0).toUpperCase() + label.slice(1),
      path: [group],
      ...(members.length > 0 ? { uitgezonderd: members.map((m) => [group, m]) } : {}),
    });
  }
  return out;
}

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
  const tekst = !def ? bound : def.bezetting || !venster ? vergelijking.bezetting(def.label, bound) : `${tijdvakText(venster)}: ${bound}`;
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
  const eisen = comparedEisen(product);
  const found = (path: string[], def?: Afgeleid) => eisen.flatMap((eis) => schemasAt(eis.schema, path).map((f) => cell(ctx, eis, f.schema, path, def)));
  if (topic.uitgezonderd) {
    // The group's other members, each on its own: "groepsuren: ten minste 2 uur".
    const skip = topic.uitgezonderd;
    return eisen.flatMap((eis) =>
      eis.fields
        .filter((f) => f[0] === topic.path![0] && f.length > 1 && !skip.some((s) => s[1] === f[1]))
        .flatMap((f) => schemasAt(eis.schema, f.slice(0, 2)).map((x) => {
          const c = cell(ctx, eis, x.schema, f.slice(0, 2));
          return { ...c, tekst: `${fieldInfo(f.slice(0, 2), aanbodItemSchema).label}: ${c.tekst}` };
        })),
    );
  }
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
  const compared = [...catalog.regios.values()].flatMap((r) => [...r.producten.values()]).filter((p) => vergelijkingsGroepen.some((g) => g === p.categorie));
  const topics = topicsOf(compared);
  // The product categories the catalog uses, in their usual order.
  const groepen = vergelijkingsGroepen.filter((g) => compared.some((p) => p.categorie === g));
  return {
    onderwerpen: [...topics.map((t) => ({ id: t.id, titel: t.titel })), { id: 'tarief', titel: vergelijking.onderwerpen.tarief }],
    groepen: groepen.map((categorie) => ({
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
