import { geldigheid } from '../messages.js';
import { toPointer } from '../json.js';
import type { BijlageSoort, Product } from '../catalog/types.js';
import type { AanbodItem, EisResultaat } from '../types/contract.js';

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "3 september 2026" for a calendar day YYYY-MM-DD. */
export const formatDay = (day: string): string => longDate.format(new Date(`${day}T00:00:00Z`));

/**
 * A calendar day plus (or minus) whole months; a day the target month lacks becomes its last day
 * (31 August + 6 months = 28 or 29 February), as a "six months old" document is read.
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The id of the generated result for a kind of bijlage with a maximum age. */
export const geldigheidId = (prefix: string, code: string, soort: string) => `${prefix}-${code}-bijlage-${soort}-geldig`;

/**
 * For each kind of bijlage whose catalog entry states a maximum age: is the newest dated bijlage of that kind
 * still valid on the check date (Dutch calendar day)? No bijlage, no date or only a date after the check day is `ontbreekt`, never a pass.
 */
export function evidenceResults(prefix: string, product: Product, item: AanbodItem, index: number, now: Date): EisResultaat[] {
  const today = amsterdam.format(now); // the Dutch calendar day of the check
  return product.bijlagen.filter((s): s is BijlageSoort & { maxLeeftijdMaanden: number; bron: NonNullable<BijlageSoort['bron']> } => !!s.maxLeeftijdMaanden && !!s.bron).map((soort) => {
    const maanden = soort.maxLeeftijdMaanden;
    const ofKind = (item.bijlagen ?? []).map((b, i) => ({ b, i })).filter(({ b }) => b.soort === soort.soort);
    // A date after the check day cannot be the date of issue (a typo, or a document not yet issued): it proves nothing.
    const future = ofKind.filter(({ b }) => typeof b.datum === 'string' && b.datum > today);
    const dated = ofKind.filter(({ b }) => typeof b.datum === 'string' && b.datum <= today).sort((x, y) => (y.b.datum! < x.b.datum! ? -1 : y.b.datum! > x.b.datum! ? 1 : 0));
    const newest = dated[0];
    const base: EisResultaat = {
      id: geldigheidId(prefix, product.code, soort.soort),
      titel: geldigheid.titel(soort.label, maanden),
      ernst: 'eis',
      soort: 'eis',
      uitslag: 'ontbreekt',
      velden: [toPointer(['aanbod', index, 'bijlagen'])],
      verwacht: geldigheid.verwacht(soort.label, maanden),
      opgegeven: geldigheid.geenBijlage,
      bron: { document: soort.bron.document, sectie: soort.bron.sectie, citaat: soort.bron.citaat },
    };
    if (!newest) {
      if (ofKind.length === 0) return { ...base, advies: geldigheid.adviesBijvoegen(soort.label, maanden) };
      if (future.length > 0) {
        return {
          ...base,
          velden: future.map(({ i }) => toPointer(['aanbod', index, 'bijlagen', i, 'datum'])),
          opgegeven: future.map(({ b }) => geldigheid.naToetsdatum(b.bestandsnaam, formatDay(b.datum!))).join('; '),
          advies: geldigheid.adviesNaToetsdatum(soort.label),
        };
      }
      return {
        ...base,
        velden: ofKind.map(({ i }) => toPointer(['aanbod', index, 'bijlagen', i, 'datum'])),
        opgegeven: ofKind.map(({ b }) => geldigheid.zonderDatum(b.bestandsnaam)).join('; '),
        advies: geldigheid.adviesDatum(soort.label),
      };
    }
    const datum = newest.b.datum!;
    const tot = addMonths(datum, maanden);
    const velden = [toPointer(['aanbod', index, 'bijlagen', newest.i, 'datum'])];
    if (today <= tot) {
      return { ...base, uitslag: 'voldoet', velden, opgegeven: geldigheid.geldig(newest.b.bestandsnaam, formatDay(datum), formatDay(tot)) };
    }
    return {
      ...base,
      uitslag: 'voldoet-niet',
      velden,
      opgegeven: geldigheid.verlopen(newest.b.bestandsnaam, formatDay(datum), formatDay(tot)),
      advies: geldigheid.adviesVerlopen(soort.label, formatDay(tot), maanden),
    };
  });
}
