import type { Catalog } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import type { ScreenedBid, Shortcoming } from './screen.js';
import { naSluiting } from './deadline.js';
import type { Round, ScreeningStore } from './store.js';

type Verdict = 'voldoet' | 'voldoet-niet';
export type Cell = Verdict | 'niet-aangeboden';

/** One bid as the matrix and the exports see it, whether it comes from the database or from the CLI. */
export interface ModelBid {
  /** Database id; null in the CLI. */
  id: string | null;
  volgnummer: number;
  bestandsnaam: string;
  geldig: boolean;
  aanbiederNaam: string | null;
  kvkNummer: string | null;
  uitslag: Verdict | null;
  telt: boolean;
  producten: Map<string, Verdict>;
  tekortkomingen: Shortcoming[];
  fouten: InputError[];
  geuploadOp: string | null;
  geuploadDoor: string | null;
  /** Uploaded after the closing day of the round (never in the CLI). */
  naSluiting: boolean;
  /** The catalog version the bid was screened against. */
  catalogusVersie: string | null;
}

/** A round and its bids: the input of the matrix, the pages and every export. */
export interface ScreeningModel {
  ronde: { id: string | null; naam: string; sluitingsdatum: string | null };
  regio: { id: string; naam: string; document: string; jaar: number | null; heeftRegels: boolean };
  producten: Array<{ code: string; naam: string }>;
  bids: ModelBid[];
}

export interface MatrixColumn {
  code: string;
  naam: string;
  aangeboden: number;
  voldoet: number;
  voldoetNiet: number;
}

export interface MatrixRow {
  bid: ModelBid;
  cellen: Cell[];
  /** The region's rules over several products; null when the region has none. */
  regioRegels: Verdict | null;
  /** Another valid bid with the same KvK number is in the round. */
  dubbel: boolean;
}

export interface Matrix {
  kolommen: MatrixColumn[];
  rijen: MatrixRow[];
  ongeldig: ModelBid[];
  dubbel: Array<{ kvkNummer: string; bids: ModelBid[] }>;
  telling: { bestanden: number; geldig: number; ongeldig: number; tellen: number; voldoet: number; voldoetNiet: number; dubbel: number; getoond: number };
}

function regionInfo(catalog: Catalog, regio: string, bids: ModelBid[]): Pick<ScreeningModel, 'regio' | 'producten'> {
  const region = catalog.regios.get(regio);
  if (region) {
    return {
      regio: { id: region.id, naam: region.naam, document: region.document, jaar: region.jaar, heeftRegels: region.regels.length > 0 },
      producten: [...region.producten.values()].map((p) => ({ code: p.code, naam: p.naam })),
    };
  }
  // The region left the catalog after the round was made: show what the bids offered.
  const codes = [...new Set(bids.flatMap((b) => [...b.producten.keys()]))].sort();
  return { regio: { id: regio, naam: regio, document: '', jaar: null, heeftRegels: true }, producten: codes.map((code) => ({ code, naam: code })) };
}

/** The model of a stored round. */
export async function roundModel(store: ScreeningStore, catalog: Catalog, round: Round): Promise<ScreeningModel> {
  const products = await store.bidProducts(round.id);
  const shortcomings = await store.shortcomings(round.id);
  const bids: ModelBid[] = (await store.bids(round.id)).map((b) => ({
    id: b.id,
    volgnummer: b.volgnummer,
    bestandsnaam: b.bestandsnaam,
    geldig: b.geldig,
    aanbiederNaam: b.aanbiederNaam,
    kvkNummer: b.kvkNummer,
    uitslag: b.uitslag,
    telt: b.telt,
    producten: products.get(b.id) ?? new Map(),
    tekortkomingen: shortcomings.get(b.id) ?? [],
    fouten: b.fouten,
    geuploadOp: b.geuploadOp,
    geuploadDoor: b.geuploadDoor,
    naSluiting: naSluiting(b.geuploadOp, round.sluitingsdatum),
    catalogusVersie: b.catalogusVersie,
  }));
  return { ronde: { id: round.id, naam: round.naam, sluitingsdatum: round.sluitingsdatum }, ...regionInfo(catalog, round.regio, bids), bids };
}

/** The model of bids screened in memory (the CLI): the last valid bid of a KvK number counts, as in a round. */
export function screenedModel(catalog: Catalog, regio: string, naam: string, screened: ScreenedBid[]): ScreeningModel {
  const last = new Map<string, number>();
  screened.forEach((s, i) => {
    if (s.geldig) last.set(s.resultaat.aanbieder.kvkNummer, i);
  });
  const bids: ModelBid[] = screened.map((s, i) => {
    const base = { id: null, volgnummer: i + 1, bestandsnaam: s.bestandsnaam, geuploadOp: null, geuploadDoor: null, naSluiting: false, catalogusVersie: s.geldig ? (s.resultaat.catalogusVersie ?? null) : null };
    if (!s.geldig) {
      return { ...base, geldig: false, aanbiederNaam: s.aanbiederNaam, kvkNummer: s.kvkNummer, uitslag: null, telt: false, producten: new Map(), tekortkomingen: [], fouten: s.fouten };
    }
    const kvk = s.resultaat.aanbieder.kvkNummer;
    const telt = last.get(kvk) === i;
    return {
      ...base,
      geldig: true,
      aanbiederNaam: s.resultaat.aanbieder.naam,
      kvkNummer: kvk,
      uitslag: s.resultaat.uitslag,
      telt,
      producten: new Map(s.resultaat.producten.map((p) => [p.productcode, p.uitslag])),
      tekortkomingen: s.tekortkomingen,
      fouten: [],
    };
  });
  return { ronde: { id: null, naam, sluitingsdatum: null }, ...regionInfo(catalog, regio, bids), bids };
}

/** Which rows to show and in what order; the counts always cover the whole round. */
export interface MatrixView {
  alleenVoldoetNiet?: boolean;
  /** Part of a bidder's name or KvK number (case and accents ignored). */
  zoek?: string;
  /** Only bids that offer this product, and with `productUitslag` only with that verdict on it. */
  product?: string;
  productUitslag?: Verdict;
  /** nr (default), naam, kvk, uitslag, or a product code. */
  sorteer?: string;
  aflopend?: boolean;
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const cellOrder: Record<Cell, number> = { 'voldoet-niet': 0, voldoet: 1, 'niet-aangeboden': 2 };

function viewRows(rows: MatrixRow[], kolommen: MatrixColumn[], v: MatrixView): MatrixRow[] {
  let out = v.alleenVoldoetNiet ? rows.filter((r) => r.bid.uitslag === 'voldoet-niet') : rows;
  const zoek = v.zoek ? fold(v.zoek.trim()) : '';
  if (zoek) out = out.filter((r) => fold(r.bid.aanbiederNaam ?? '').includes(zoek) || (r.bid.kvkNummer ?? '').includes(zoek));
  const col = v.product ? kolommen.findIndex((k) => k.code === v.product) : -1;
  if (col >= 0) out = out.filter((r) => (v.productUitslag ? r.cellen[col] === v.productUitslag : r.cellen[col] !== 'niet-aangeboden'));
  const sortCol = kolommen.findIndex((k) => k.code === v.sorteer);
  const key = (r: MatrixRow): string | number =>
    v.sorteer === 'naam'
      ? fold(r.bid.aanbiederNaam ?? '')
      : v.sorteer === 'kvk'
        ? (r.bid.kvkNummer ?? '')
        : v.sorteer === 'uitslag'
          ? cellOrder[r.bid.uitslag!]
          : sortCol >= 0
            ? cellOrder[r.cellen[sortCol]!]
            : r.bid.volgnummer;
  const sign = v.aflopend ? -1 : 1;
  return [...out].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
    return c !== 0 ? sign * c : a.bid.volgnummer - b.bid.volgnummer;
  });
}

/** Bidders (the bids that count) x the region's products, with counts per column over the whole round. */
export function buildMatrix(model: ScreeningModel, options: MatrixView = {}): Matrix {
  const valid = model.bids.filter((b) => b.geldig);
  const byKvk = new Map<string, ModelBid[]>();
  for (const b of valid) byKvk.set(b.kvkNummer!, [...(byKvk.get(b.kvkNummer!) ?? []), b]);
  const dubbel = [...byKvk.entries()].filter(([, bids]) => bids.length > 1).map(([kvkNummer, bids]) => ({ kvkNummer, bids }));
  const counting = valid.filter((b) => b.telt);

  const kolommen: MatrixColumn[] = model.producten.map((p) => ({ ...p, aangeboden: 0, voldoet: 0, voldoetNiet: 0 }));
  const allRows: MatrixRow[] = counting.map((bid) => {
    const cellen = kolommen.map((k): Cell => {
      const v = bid.producten.get(k.code);
      if (!v) return 'niet-aangeboden';
      k.aangeboden += 1;
      if (v === 'voldoet') k.voldoet += 1;
      else k.voldoetNiet += 1;
      return v;
    });
    const regioRegels = model.regio.heeftRegels ? (bid.tekortkomingen.some((t) => t.productcode === null) ? 'voldoet-niet' : 'voldoet') : null;
    return { bid, cellen, regioRegels, dubbel: (byKvk.get(bid.kvkNummer!)?.length ?? 0) > 1 };
  });
  const rijen = viewRows(allRows, kolommen, options);
  return {
    kolommen,
    rijen,
    ongeldig: model.bids.filter((b) => !b.geldig),
    dubbel,
    telling: {
      bestanden: model.bids.length,
      geldig: valid.length,
      ongeldig: model.bids.length - valid.length,
      tellen: counting.length,
      voldoet: counting.filter((b) => b.uitslag === 'voldoet').length,
      voldoetNiet: counting.filter((b) => b.uitslag === 'voldoet-niet').length,
      dubbel: dubbel.length,
      getoond: rijen.length,
    },
  };
}
