import type { CompiledEis, JsonSchema, Product, Region } from '../catalog/types.js';
import { ocds } from '../messages.js';
import type { EisResultaat, Toetsresultaat } from '../types/contract.js';

/**
 * The catalog of a region and a screening round as Open Contracting Data Standard (OCDS 1.1) releases, with the
 * requirements extension (tender.criteria > requirementGroups > requirements; bids.details[].requirementResponses)
 * and the bid extension. Each eis is a requirement whose id is our eis id, with its bounds or expected value where
 * the eis has one, and its citation in the description. Each product is a criterion with one requirement group of
 * its eisen and verklaringen (all must be met); signalen, which never let a product fail, are a criterion of their own.
 */

type Json = Record<string, unknown>;

export const OCDS_PREFIX = 'ocds-eisentoets';

interface Bounds {
  dataType?: 'number' | 'integer' | 'boolean' | 'string';
  expectedValue?: string | number | boolean;
  minValue?: number;
  maxValue?: number;
}

/** The single value or bounds an eis checks, read from its schema; eisen with conditions or combinations have none. */
function boundsOf(schema: JsonSchema): Bounds {
  if (schema.if || schema.anyOf || schema.not || schema.contains) return {};
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props) {
    const keys = Object.keys(props);
    return keys.length === 1 ? boundsOf(props[keys[0]!]!) : {};
  }
  const out: Bounds = {};
  const num = (k: string) => (typeof schema[k] === 'number' ? (schema[k] as number) : undefined);
  if (num('minimum') !== undefined) out.minValue = num('minimum');
  if (num('exclusiveMinimum') !== undefined) out.minValue = num('exclusiveMinimum');
  if (num('maximum') !== undefined) out.maxValue = num('maximum');
  if (num('exclusiveMaximum') !== undefined) out.maxValue = num('exclusiveMaximum');
  if (out.minValue !== undefined || out.maxValue !== undefined) out.dataType = 'number';
  const c = schema.const;
  if (typeof c === 'boolean' || typeof c === 'string' || typeof c === 'number') {
    out.expectedValue = c;
    out.dataType = typeof c === 'boolean' ? 'boolean' : typeof c === 'number' ? 'number' : 'string';
  }
  return out;
}

function requirement(eis: CompiledEis, region: Region): Json {
  const bounds = eis.soort === 'verklaring' ? { dataType: 'boolean', expectedValue: true } : boundsOf(eis.schema);
  return {
    id: eis.id,
    title: eis.titel,
    description: ocds.beschrijving(eis.verwacht, eis.bron.document || region.document, eis.bron.sectie, eis.bron.citaat),
    ...bounds,
  };
}

function criteria(region: Region): Json[] {
  const out: Json[] = [];
  const add = (id: string, title: string, description: string, eisen: CompiledEis[], relatedItem?: string) => {
    if (eisen.length === 0) return;
    out.push({
      id,
      title,
      description,
      ...(relatedItem ? { relatedItem } : {}),
      requirementGroups: [{ id: `${id}-groep`, description: ocds.groep, requirements: eisen.map((e) => requirement(e, region)) }],
    });
  };
  add(`${region.id}-regels`, ocds.regels, ocds.regelsUitleg, region.regels.filter((e) => e.ernst === 'eis'));
  add(`${region.id}-regels-signalen`, ocds.signalen(ocds.regels), ocds.signalenUitleg, region.regels.filter((e) => e.ernst === 'signaal'));
  for (const p of region.producten.values()) {
    add(`${region.id}-${p.code}`, `${p.code} ${p.naam}`, ocds.product(p.code), p.eisen.filter((e) => e.ernst === 'eis'), p.code);
    add(`${region.id}-${p.code}-signalen`, ocds.signalen(p.code), ocds.signalenUitleg, p.eisen.filter((e) => e.ernst === 'signaal'), p.code);
  }
  return out;
}

function tender(region: Region): Json {
  return {
    id: `${region.id}-${region.versie.slice(0, 12)}`,
    title: region.document,
    description: ocds.tender(region.naam, region.jaar),
    items: [...region.producten.values()].map((p: Product) => ({
      id: p.code,
      description: p.naam,
      ...(p.tarief ? { unit: { name: p.tarief.eenheid, value: { amount: p.tarief.bedrag, currency: 'EUR' } } } : {}),
    })),
    criteria: criteria(region),
  };
}

const isoNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The catalog of a region as a tender release: what is asked, before any bid. */
export function catalogRelease(region: Region, date = isoNow()): Json {
  return {
    ocid: `${OCDS_PREFIX}-${region.id}-${region.versie.slice(0, 12)}`,
    id: `${region.id}-catalogus-${region.versie.slice(0, 12)}`,
    date,
    tag: ['tender'],
    initiationType: 'tender',
    language: 'nl',
    tender: tender(region),
  };
}

export interface ScreenedResult {
  volgnummer: number;
  aanbiederNaam: string | null;
  kvkNummer: string | null;
  resultaat: Toetsresultaat;
}

const partyId = (kvk: string) => `NL-KVK-${kvk}`;

function responses(bidId: string, r: Toetsresultaat): Json[] {
  const eisen: EisResultaat[] = [...r.regioEisen, ...r.producten.flatMap((p) => p.eisen)];
  return eisen.map((e) => ({
    id: `${bidId}-${e.id}`,
    title: ocds.uitslag(e.uitslag),
    description: ocds.antwoord(e.uitslag, e.opgegeven, e.advies),
    value: e.opgegeven,
    requirement: { id: e.id },
    // Not in OCDS: our verdict as a code, so a reader need not parse the title. Additional fields are allowed.
    uitslag: e.uitslag,
  }));
}

/** A screening round as a release: the tender's criteria, and each counting bid with a response per requirement. */
export function screeningRelease(region: Region, round: { id: string; naam: string; sluitingsdatum: string }, results: Iterable<ScreenedResult>, date = isoNow()): Json {
  const parties = new Map<string, Json>();
  const details: Json[] = [];
  for (const b of results) {
    const kvk = b.kvkNummer ?? b.resultaat.aanbieder.kvkNummer;
    const naam = b.aanbiederNaam ?? b.resultaat.aanbieder.naam;
    parties.set(kvk, { id: partyId(kvk), name: naam, identifier: { scheme: 'NL-KVK', id: kvk, legalName: naam }, roles: ['tenderer'] });
    const bidId = `${round.id}-${b.volgnummer}`;
    details.push({
      id: bidId,
      status: 'valid',
      description: ocds.bod(b.resultaat.uitslag, b.resultaat.producten.map((p) => p.productcode)),
      tenderers: [{ id: partyId(kvk), name: naam }],
      items: b.resultaat.producten.map((p) => ({ id: p.productcode, description: p.naam })),
      requirementResponses: responses(bidId, b.resultaat),
    });
  }
  const t = tender(region);
  return {
    ocid: `${OCDS_PREFIX}-${round.id}`,
    id: `${round.id}-screening`,
    date,
    tag: ['tender'],
    initiationType: 'tender',
    language: 'nl',
    parties: [...parties.values()],
    tender: { ...t, id: round.id, title: round.naam, tenderPeriod: { endDate: `${round.sluitingsdatum}T23:59:59Z` } },
    ...(details.length > 0 ? { bids: { details } } : {}),
  };
}
