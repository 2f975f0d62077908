import { eenheden, waardeLabel, zin } from '../messages.js';
import { fieldInfo, type FieldInfo } from '../contract/schema-index.js';
import type { Afgeleid, JsonSchema } from '../catalog/types.js';
import { tijdvakText, type Tijdvak } from '../contract/time.js';

/** What the wording of one eis may need besides the contract: derived quantities, declarations, product names. */
export interface WordingContext {
  root: JsonSchema;
  afgeleid?: Record<string, Afgeleid>;
  verklaringTitels?: Record<string, string>;
  productNaam?: (code: string) => string | undefined;
  /** Labels of the product's kinds of attachment (x-bijlagen), e.g. spv-bewijs → "Bewijs inzet SPV". */
  bijlageLabels?: Record<string, string>;
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** "€ 239,15": always two decimals. */
export function formatEuro(bedrag: number): string {
  return euro.format(bedrag);
}

/** "€ 239,15 per etmaal", or undefined where the document gives no tariff (each page says that in its own words). */
export function formatTarief(tarief: { bedrag: number; eenheid: string } | null): string | undefined {
  return tarief ? zin.tarief(formatEuro(tarief.bedrag), tarief.eenheid) : undefined;
}

/** "€ 239,15 per etmaal (iWmo-eenheid 14)": the catalog pages also name the iStandaarden unit code. */
export function formatTariefMetCode(tarief: { bedrag: number; eenheid: string; eenheidCode?: string } | null): string | undefined {
  const text = formatTarief(tarief);
  return text && tarief?.eenheidCode ? zin.tariefMetCode(text, tarief.eenheidCode) : text;
}

// Intl formatting is slow next to a lookup, and a check formats the same few numbers (bounds, counts) again and again.
const formatted = new Map<number, string>();

export function formatNumber(n: number): string {
  // A Map does not tell -0 from 0, Intl does ("-0").
  if (Object.is(n, -0)) return getal.format(n);
  let text = formatted.get(n);
  if (text === undefined) {
    text = getal.format(n);
    // Submissions can hold any number: keep the memory bounded.
    if (formatted.size < 10_000) formatted.set(n, text);
  }
  return text;
}

export function withUnit(n: number, eenheid: string | undefined): string {
  if (eenheid === 'uur-klok') {
    const uren = Math.floor(n);
    const minuten = Math.round((n - uren) * 60);
    return `${uren}.${String(minuten).padStart(2, '0')} uur`;
  }
  const vormen = eenheid ? eenheden[eenheid] : undefined;
  if (!vormen) return eenheid ? `${formatNumber(n)} ${eenheid}` : formatNumber(n);
  return `${formatNumber(n)} ${n === 1 ? vormen[0] : vormen[1]}`;
}

export function joinAlternatives(parts: string[], word: string = zin.of): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]}`;
}

export function fieldLabel(ctx: WordingContext, path: readonly string[]): FieldInfo {
  if (path[0] === 'afgeleid' && path[1] && ctx.afgeleid?.[path[1]]) {
    const def = ctx.afgeleid[path[1]]!;
    return { label: def.label, eenheid: def.eenheid };
  }
  if (path[0] === 'verklaringen' && path[1]) {
    return { label: ctx.verklaringTitels?.[path[1]] ?? path[1] };
  }
  return fieldInfo(path, ctx.root);
}

function formatMedewerker(m: Record<string, unknown>): string {
  const extra: string[] = [];
  if (typeof m.wijze === 'string') extra.push(waardeLabel[m.wijze] ?? m.wijze);
  if (m.aanvullendGeschoold === true) extra.push('aanvullend geschoold');
  if (m.hboWerkNiveau === true) extra.push('werkt op hbo-niveau (EVC)');
  // A beveiliger is "overig" by level: the function says it better than the level.
  const functie = typeof m.functie === 'string' ? (waardeLabel[m.functie] ?? m.functie) : undefined;
  if (functie && m.niveau !== 'overig') extra.push(functie);
  const niveau = functie && m.niveau === 'overig' ? functie : typeof m.niveau === 'string' ? (waardeLabel[m.niveau] ?? m.niveau) : zin.niveauOnbekend;
  return extra.length ? `${niveau} (${extra.join(', ')})` : niveau;
}

/** A dienst ("ma t/m zo 22:00-07:00 op de locatie: mbo-4 (slapend)") or a window of availability. */
function formatSpan(o: Record<string, unknown>): string {
  const wanneer = tijdvakText(o as unknown as Tijdvak);
  if (Array.isArray(o.medewerkers)) {
    const waar = typeof o.plaats === 'string' ? ` ${waardeLabel[o.plaats] ?? o.plaats}` : '';
    const wie = o.medewerkers.length === 0 ? zin.geen : o.medewerkers.map((m) => formatMedewerker(m as Record<string, unknown>)).join(', ');
    return `${wanneer}${waar}: ${wie}`;
  }
  const parts: string[] = [];
  if (typeof o.telefonischMinuten === 'number') parts.push(zin.telefonischBinnen(withUnit(o.telefonischMinuten, 'minuten')));
  if (typeof o.fysiekMinuten === 'number') parts.push(zin.fysiekBinnen(withUnit(o.fysiekMinuten, 'minuten')));
  if (o.opAfroep === true) parts.push(zin.opAfroep);
  return `${wanneer}: ${parts.length > 0 ? parts.join(', ') : zin.nietOpgegeven}`;
}

/** A value from the submission in plain Dutch, with its unit. */
export function formatValue(ctx: WordingContext, path: readonly string[], value: unknown): string {
  if (value === undefined || value === null) return zin.nietOpgegeven;
  const info = fieldLabel(ctx, path);
  const last = path[path.length - 1];
  if (typeof value === 'boolean') return value ? zin.ja : zin.nee;
  if (typeof value === 'number') return withUnit(value, info.eenheid);
  if (typeof value === 'string') {
    if (last === 'productcode') {
      const naam = ctx.productNaam?.(value);
      return naam ? `${value} (${naam})` : value;
    }
    if (last === 'soort' && path[path.length - 3] === 'bijlagen') return ctx.bijlageLabels?.[value] ?? value;
    return waardeLabel[value] ?? value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return zin.geen;
    const onderdelen = value.map((item) => {
      if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (typeof o.productcode === 'string') return formatValue(ctx, [...path, '*', 'productcode'], o.productcode);
        if (typeof o.bestandsnaam === 'string') return `${formatValue(ctx, [...path, '*', 'soort'], o.soort)}: ${o.bestandsnaam}`;
        if (typeof o.niveau === 'string') return formatMedewerker(o);
        if (Array.isArray(o.dagen) && typeof o.van === 'string' && typeof o.tot === 'string') return formatSpan(o);
      }
      return formatValue(ctx, [...path, '*'], item);
    });
    return `${withUnit(value.length, info.eenheid)}: ${onderdelen.join(', ')}`;
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${fieldLabel(ctx, [...path, k]).label}: ${formatValue(ctx, [...path, k], v)}`)
    .join('; ');
}
