import type { Catalog, Region } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import { aanbodItemSchema } from '../contract/schema-index.js';
import { formatTarief, formatValue, type WordingContext } from '../engine/format.js';
import { parsePointer, valueAt } from '../json.js';
import { rapport, taken, uitslagLabel, uitslagSymbool, web, type EisUitslag, werkboek } from '../messages.js';
import { ruleScope } from '../engine/offered-rules.js';
import type { EisResultaat, Toetsresultaat } from '../types/contract.js';
import { fieldId, type FieldSpec, type ProductForm, type RegionForm } from './form-spec.js';
import {
  bijlageInputId,
  bijlageName,
  chosenProducts,
  first,
  listRows,
  listRowsName,
  overigName,
  PRODUCTEN,
  productCheckboxId,
  rowName,
  verklaringName,
  VOLGORDE,
  type FormError,
  type FormValues,
} from './form-values.js';

/** View models: everything a template shows, already worded. Templates only lay it out. */

export interface Assets {
  css: string;
  js: string;
  icon: string;
}

interface SummaryItem {
  href: string;
  text: string;
}

export function page(assets: Assets, titel: string, errors: SummaryItem[] = [], stappen?: string) {
  return {
    assets,
    dienst: web.dienst,
    layout: web.layout,
    titel,
    documentTitel: `${errors.length > 0 ? web.layout.foutTitel(titel) : titel} - ${web.dienst}`,
    fouten: errors.length > 0 ? { kop: web.fouten.kop, items: errors } : undefined,
    stappen,
  };
}

const bytes = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function tariefText(tarief: { bedrag: number; eenheid: string } | null): string {
  return formatTarief(tarief) ?? web.formulier.tariefOnbekend;
}

export function sizeText(n: number | undefined): string {
  if (n === undefined) return '';
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${bytes.format(n / 1024)} kB`;
  return `${bytes.format(n / 1024 / 1024)} MB`;
}

/* ------------------------------------------------------------------ start */

export function startView(assets: Assets, catalog: Catalog, errors: SummaryItem[] = [], uploadError?: string) {
  return {
    page: page(assets, web.start.titel, errors),
    msg: web.start,
    regios: [...catalog.regios.values()].map((r) => ({
      href: `/regio/${r.id}/taken`,
      naam: web.start.regio(r.naam),
      detail: web.start.regioDetail(r.document, r.jaar, r.producten.size),
      sjabloon: { href: `/api/v1/regios/${r.id}/sjabloon.xlsx`, tekst: werkboek.download },
    })),
    upload: { id: 'bestand', hintId: 'bestand-hint', errorId: 'bestand-fout', error: uploadError, prefix: web.fouten.prefix },
  };
}

/* ------------------------------------------------------------------ form */

const autocomplete: Record<string, string> = {
  'aanbieder.naam': 'organization',
  'aanbieder.contactpersoon': 'name',
  'aanbieder.email': 'email',
};

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter((i): i is string => !!i);
  return list.length > 0 ? list.join(' ') : undefined;
}

function quoteList(titels: string[]): string {
  return titels.map((t) => `“${t}”`).join(', ');
}

/** `labels` lets the task list word what a field is needed for (and whether it is optional) itself. */
export function fieldView(spec: FieldSpec, values: FormValues, errors: Map<string, FormError>, action: string, labels?: { eisenHint?: string; optioneel?: string }) {
  const error = errors.get(spec.id)?.message;
  const eisenHint = labels ? labels.eisenHint : spec.eisen.length > 0 ? web.formulier.nodigVoor(quoteList(spec.eisen)) : undefined;
  const hintText = spec.hint || eisenHint;
  const ids = { hint: `${spec.id}-hint`, error: `${spec.id}-fout`, unit: `${spec.id}-eenheid` };
  const unit = spec.kind === 'text' || spec.kind === 'email' ? undefined : web.eenheid(spec.eenheid);
  const base = {
    id: spec.id,
    name: spec.name,
    label: spec.label,
    optioneel: labels ? labels.optioneel : spec.required ? undefined : web.formulier.nietVerplicht,
    hint: spec.hint,
    eisenHint,
    hasHint: !!hintText,
    hintId: ids.hint,
    error,
    errorId: ids.error,
    prefix: web.fouten.prefix,
  };
  if (spec.kind === 'list') {
    const rows = listRows(values, spec);
    const items = spec.item ?? [];
    const soort = spec.path.join('.') === 'rooster.diensten' ? 'rooster' : spec.path[0] === 'beschikbaarheid' ? 'tijdvak' : 'medewerker';
    const legend = soort === 'rooster' ? web.formulier.roosterRegel : soort === 'tijdvak' ? web.formulier.tijdvak : web.formulier.medewerker;
    const addLabel = soort === 'rooster' ? web.formulier.regelToevoegen : soort === 'tijdvak' ? web.formulier.tijdvakToevoegen : web.formulier.medewerkerToevoegen;
    return {
      ...base,
      isList: true,
      hint: spec.hint ?? web.formulier.lijstHint,
      hasHint: true,
      rowsName: listRowsName(spec),
      rowCount: rows,
      namePrefix: spec.name,
      idPrefix: spec.id,
      legendTemplate: legend(0).replace('0', '{n}'),
      rows: Array.from({ length: rows }, (_, row) => ({
        row,
        legend: legend(row + 1),
        items: items.map((it) => {
          const name = rowName(spec, row, it);
          const id = fieldId(name);
          const value = first(values, name);
          const itemError = errors.get(id)?.message;
          const known = (it.options ?? []).some((o) => o.value === value);
          return {
            id,
            name,
            label: it.label,
            keep: it.deel === 'dienst',
            isText: it.kind === 'tijd' || it.kind === 'decimal' || it.kind === 'integer',
            inputmode: it.kind === 'tijd' ? 'text' : 'decimal',
            placeholder: it.kind === 'tijd' ? 'uu:mm' : undefined,
            unit: it.kind === 'decimal' || it.kind === 'integer' ? web.eenheid('minuten') : undefined,
            value,
            checked: value === 'ja',
            error: itemError,
            errorId: `${id}-fout`,
            prefix: web.fouten.prefix,
            options: it.kind === 'boolean' ? [
              { value: '', label: web.formulier.nietOpgeven, selected: value === '' },
              { value: 'ja', label: web.formulier.ja, selected: value === 'ja' },
              { value: 'nee', label: web.formulier.nee, selected: value === 'nee' },
            ] : [
              { value: '', label: it.key === 'niveau' && soort === 'medewerker' ? web.formulier.geenMedewerker : web.formulier.kies, selected: value === '' },
              // A set of days from a loaded file that is not one of the usual choices stays selectable.
              ...(it.kind === 'dagen' && value && !known ? [{ value, label: value.split(',').join(', '), selected: true }] : []),
              ...(it.options ?? []).map((o) => ({ ...o, selected: o.value === value })),
            ],
          };
        }),
      })),
      add: { value: `rij:${spec.name}`, formaction: `${action}#${spec.id}`, label: addLabel, context: web.formulier.medewerkerToevoegenContext(spec.label) },
    };
  }
  const value = first(values, spec.name);
  if (spec.kind === 'boolean' || spec.kind === 'choice') {
    const options = [
      ...(spec.kind === 'boolean' ? [{ value: 'ja', label: web.formulier.ja }, { value: 'nee', label: web.formulier.nee }] : spec.options ?? []),
      // An optional question can be left open again after a choice.
      ...(spec.required ? [] : [{ value: '', label: web.formulier.nietOpgeven }]),
    ];
    return {
      ...base,
      isRadios: true,
      inline: spec.kind === 'boolean',
      describedBy: describedBy(hintText && ids.hint, error && ids.error),
      options: options.map((o, i) => ({ ...o, id: i === 0 ? spec.id : `${spec.id}-${i}`, checked: o.value === value })),
    };
  }
  const numeric = spec.kind === 'decimal' || spec.kind === 'integer' || spec.kind === 'klok';
  return {
    ...base,
    isInput: true,
    type: spec.kind === 'email' ? 'email' : 'text',
    value,
    inputmode: spec.kind === 'integer' ? 'numeric' : numeric ? 'decimal' : undefined,
    autocomplete: autocomplete[spec.path.join('.')],
    spellcheck: spec.kind === 'email' || numeric || spec.path[1] === 'kvkNummer' || spec.path[1] === 'agbCode' ? 'false' : undefined,
    width: numeric ? 'invoer--getal' : spec.path[1] === 'kvkNummer' || spec.path[1] === 'agbCode' ? 'invoer--code' : 'invoer--breed',
    unit,
    unitId: ids.unit,
    maxlength: spec.maxLength,
    describedBy: describedBy(hintText && ids.hint, unit && ids.unit, error && ids.error),
  };
}

export function productView(pf: ProductForm, index: number, values: FormValues, errors: Map<string, FormError>, action: string) {
  const code = pf.product.code;
  const ticked = values.get(verklaringName(code)) ?? [];
  const kept = (values.get(bijlageName(code)) ?? []).flatMap((json, i) => {
    try {
      const b = JSON.parse(json) as { bestandsnaam?: unknown; grootte?: unknown; soort?: unknown };
      if (typeof b.bestandsnaam !== 'string') return [];
      const soort = pf.bijlagen.find((s) => s.soort === b.soort)?.label ?? String(b.soort);
      return [{ id: fieldId(`${bijlageName(code)}.${i}`), name: bijlageName(code), value: json, label: web.formulier.bijlageBehouden(b.bestandsnaam, [soort, sizeText(typeof b.grootte === 'number' ? b.grootte : undefined)].filter(Boolean).join(', ')) }];
    } catch {
      return [];
    }
  });
  const verklaringenId = fieldId(`${verklaringName(code)}`);
  return {
    code,
    kop: `${code} ${pf.product.naam}`,
    id: `product-${code}`,
    tarief: tariefText(pf.product.tarief),
    tariefToelichting: pf.product.tariefToelichting,
    beschrijving: pf.product.beschrijving,
    sterfhuis: pf.product.alleenSterfhuis ? web.formulier.alleenSterfhuis : undefined,
    eisenKop: web.formulier.eisenVanProduct(pf.product.eisen.length),
    eisen: pf.product.eisen.map((e) => ({ titel: e.titel, verwacht: e.verwacht })),
    locatie: { ...fieldView(pf.locatie, values, errors, action), hint: web.formulier.locatieHint, hasHint: true, describedBy: describedBy(`${pf.locatie.id}-hint`, errors.get(pf.locatie.id) && `${pf.locatie.id}-fout`) },
    sections: pf.sections.map((s) => ({
      id: s.id,
      legend: s.legend,
      hint: s.hint,
      hintId: `${s.id}-hint`,
      fields: s.fields.map((f) => fieldView(f, values, errors, action)),
    })),
    verklaringen: pf.verklaringen.length > 0
      ? {
          id: verklaringenId,
          legend: web.formulier.verklaringen,
          hint: web.formulier.verklaringenHint,
          hintId: `${verklaringenId}-hint`,
          items: pf.verklaringen.map((v, i) => ({
            id: i === 0 ? verklaringenId : `${verklaringenId}-${i}`,
            name: verklaringName(code),
            value: v.id,
            checked: ticked.includes(v.id),
            titel: v.titel,
            tekst: v.tekst,
            bron: web.formulier.bron(v.sectie),
          })),
        }
      : undefined,
    bijlagen: pf.bijlagen.length > 0
      ? {
          legend: web.formulier.bijlagen,
          keptLegend: web.formulier.bijlagenAanwezig,
          kept,
          items: pf.bijlagen.map((b) => {
            const id = bijlageInputId(code, b.soort);
            const error = errors.get(id)?.message;
            return {
              id,
              name: `bijlage[${index}][${b.soort}]`,
              label: b.label,
              optioneel: web.formulier.nietVerplicht,
              hint: [b.beschrijving, web.formulier.bijlageHint].filter(Boolean).join(' '),
              hasHint: true,
              hintId: `${id}-hint`,
              error,
              errorId: `${id}-fout`,
              prefix: web.fouten.prefix,
              describedBy: describedBy(`${id}-hint`, error && `${id}-fout`),
            };
          }),
        }
      : undefined,
    overig: { name: overigName(code), value: first(values, overigName(code)) || undefined },
  };
}

export function formView(assets: Assets, form: RegionForm, values: FormValues, errors: FormError[]) {
  const region = form.region;
  const action = `/regio/${region.id}`;
  const byId = new Map<string, FormError>();
  for (const e of errors) if (!byId.has(e.id)) byId.set(e.id, e);
  const codes = chosenProducts(values, form);
  const productenError = errors.find((e) => e.id === productCheckboxId([...form.producten.keys()][0] ?? ''))?.message;
  return {
    page: page(assets, web.formulier.titel(region.naam), errors.map((e) => ({ href: `#${e.id}`, text: e.summary })), web.formulier.stappen),
    msg: web.formulier,
    action,
    intro: web.formulier.intro(region.document, region.jaar),
    aanbieder: { id: 'aanbieder', legend: web.formulier.aanbieder, fields: form.aanbieder.map((f) => fieldView(f, values, byId, action)) },
    producten: {
      id: 'producten',
      name: PRODUCTEN,
      legend: web.formulier.producten,
      hint: web.formulier.productenHint,
      error: productenError,
      errorId: 'producten-fout',
      prefix: web.fouten.prefix,
      options: [...form.producten.values()].map((pf) => ({
        id: productCheckboxId(pf.product.code),
        value: pf.product.code,
        label: `${pf.product.code} ${pf.product.naam}`,
        tarief: tariefText(pf.product.tarief),
        tariefId: `${productCheckboxId(pf.product.code)}-tarief`,
        checked: codes.includes(pf.product.code),
      })),
    },
    volgorde: { name: VOLGORDE, value: codes.join(',') },
    gekozen: codes.map((code, i) => productView(form.producten.get(code)!, i, values, byId, action)),
    geenGekozen: codes.length === 0 ? web.formulier.geenProductenGekozen : undefined,
  };
}

/** Where a contract error (JSON pointer) is shown in the form; unplaceable ones link to the form itself. */
export function placeInputErrors(errors: InputError[], zelfevaluatie: unknown, form: RegionForm): FormError[] {
  return errors.map((e) => {
    const segments = parsePointer(e.pointer);
    let id = 'producten';
    let summary = e.detail;
    if (segments[0] === 'aanbieder') {
      id = form.aanbieder.find((f) => f.path[1] === segments[1])?.id ?? 'aanbieder';
    } else if (segments[0] === 'aanbod' && segments[1] !== undefined) {
      const code = valueAt(zelfevaluatie, ['aanbod', segments[1], 'productcode']);
      const pf = typeof code === 'string' ? form.producten.get(code) : undefined;
      if (pf) {
        const rel = segments.slice(2);
        summary = web.fout.inProduct(pf.product.code, e.detail);
        id = `product-${pf.product.code}`;
        if (rel[0] === 'verklaringen') id = fieldId(verklaringName(pf.product.code));
        else if (rel[0] === 'bijlagen') id = pf.bijlagen[0] ? bijlageInputId(pf.product.code, pf.bijlagen[0].soort) : id;
        else if (rel[0] === 'productcode') id = productCheckboxId(pf.product.code);
        else {
          const field = [pf.locatie, ...pf.fields].find((f) => f.path.every((s, i) => rel[i] === s));
          if (field?.kind === 'list' && rel[field.path.length] !== undefined && field.item?.[0]) {
            const item = field.item.find((it) => it.key === rel[field.path.length + 1]) ?? field.item[0];
            const index = Number(rel[field.path.length]);
            // The rooster is one row per person: dienst i starts after the rows of the diensten before it.
            const diensten = field.path.join('.') === 'rooster.diensten' ? valueAt(zelfevaluatie, ['aanbod', segments[1], ...field.path]) : undefined;
            const row = Array.isArray(diensten)
              ? diensten.slice(0, index).reduce((n: number, d: { medewerkers?: unknown[] }) => n + Math.max(1, d?.medewerkers?.length ?? 0), 0)
              : index;
            id = fieldId(rowName(field, row, item));
          } else if (field) id = field.id;
        }
      }
    }
    return { id, message: e.detail, summary };
  });
}

/* ------------------------------------------------------------------ review */

interface AnyItem {
  productcode?: unknown;
  locatie?: unknown;
  verklaringen?: Record<string, unknown>;
  bijlagen?: Array<{ bestandsnaam?: string; soort?: string; grootte?: number }>;
}

export function reviewView(assets: Assets, form: RegionForm, zelfevaluatie: Record<string, unknown>, json: string) {
  const region = form.region;
  const ctx: WordingContext = { root: aanbodItemSchema };
  const aanbod = (zelfevaluatie.aanbod as AnyItem[]) ?? [];
  const change = (id: string, wat: string) => ({ formaction: `/regio/${region.id}/wijzigen#${id}`, label: web.controle.wijzigen, context: web.controle.wijzigenContext(wat) });
  return {
    page: page(assets, web.controle.titel, [], web.controle.stappen),
    msg: web.controle,
    action: `/regio/${region.id}/uitslag`,
    json,
    regio: { label: web.controle.regio, value: `${region.naam}: ${web.documentMetJaar(region.document, region.jaar)}` },
    aanbieder: {
      kop: web.controle.aanbieder,
      rows: form.aanbieder.map((f) => {
        const v = valueAt(zelfevaluatie, f.path);
        return { label: f.label, value: typeof v === 'string' && v ? v : web.controle.nietIngevuld, change: change(f.id, f.label.toLowerCase()) };
      }),
    },
    producten: aanbod.map((item) => {
      const pf = form.producten.get(String(item.productcode))!;
      const code = pf.product.code;
      const rows: Array<{ label: string; value: string; list?: string[]; change: ReturnType<typeof change> }> = [pf.locatie, ...pf.fields].map((f) => {
        const v = valueAt(item, f.path);
        return {
          label: f.label,
          value: v === undefined ? web.controle.nietIngevuld : formatValue(ctx, f.path, v),
          change: change(f.id, `${f.label.toLowerCase()} (${code})`),
        };
      });
      if (pf.verklaringen.length > 0) {
        const aan = pf.verklaringen.filter((v) => item.verklaringen?.[v.id] === true);
        rows.push({
          label: web.controle.verklaringen,
          value: web.controle.verklaringenTelling(aan.length, pf.verklaringen.length),
          list: pf.verklaringen.map((v) => `${v.titel} (${item.verklaringen?.[v.id] === true ? web.controle.aangevinkt : web.controle.nietAangevinkt})`),
          change: change(fieldId(verklaringName(code)), `${web.controle.verklaringen.toLowerCase()} (${code})`),
        });
      }
      if (pf.bijlagen.length > 0 || (item.bijlagen?.length ?? 0) > 0) {
        rows.push({
          label: web.controle.bijlagen,
          value: item.bijlagen?.length ? item.bijlagen.map((b) => `${b.bestandsnaam} (${sizeText(b.grootte)})`).join(', ') : web.controle.geenBijlagen,
          change: change(pf.bijlagen[0] ? bijlageInputId(code, pf.bijlagen[0].soort) : `product-${code}`, `${web.controle.bijlagen.toLowerCase()} (${code})`),
        });
      }
      return { kop: web.controle.product(code, pf.product.naam), id: `controle-${code}`, tarief: tariefText(pf.product.tarief), rows };
    }),
  };
}

/* ------------------------------------------------------------------ result */

const order: Record<EisUitslag, number> = { 'voldoet-niet': 0, ontbreekt: 1, signaal: 2, voldoet: 3 };

function verdict(u: EisUitslag) {
  return { klasse: `uitslag--${u}`, symbool: uitslagSymbool[u], woord: uitslagLabel[u] };
}

/** Where "wijzigen" at an eis leads: the field in the form that fixes it (the task list gives one, the one-page form none). */
export type ChangeLink = (eis: EisResultaat) => string | undefined;

/** Eisen that need attention in one table, those that pass in a second one the user can unfold. */
function eisTables(eisen: EisResultaat[], wat: string, link?: ChangeLink) {
  const rows = [...eisen].sort(byAttention).map((e) => {
    const row = eisRow(e);
    const href = e.uitslag !== 'voldoet' ? link?.(e) : undefined;
    return href ? { ...row, wijzigen: { href, label: web.controle.wijzigen, context: ` ${e.titel}` } } : row;
  });
  const aandacht = rows.filter((r) => r.uitslag.klasse !== 'uitslag--voldoet');
  const voldoen = rows.filter((r) => r.uitslag.klasse === 'uitslag--voldoet');
  return {
    aandacht: aandacht.length > 0 ? { eisen: aandacht, onderschrift: web.uitslag.tabelAandacht(wat) } : undefined,
    voldoen: voldoen.length > 0 ? { eisen: voldoen, onderschrift: web.uitslag.tabelVoldoen(wat), uitklap: web.uitslag.uitklapVoldoen(voldoen.length) } : undefined,
  };
}

function eisRow(e: EisResultaat) {
  return {
    uitslag: verdict(e.uitslag),
    titel: e.titel,
    signaal: e.ernst === 'signaal' ? web.uitslag.signaal : undefined,
    verwacht: e.verwacht,
    citaat: web.uitslag.citaat(e.bron.citaat),
    bron: web.uitslag.bron(e.bron.sectie, e.bron.document),
    lezing: e.toelichting ? web.uitslag.lezing(e.toelichting) : undefined,
    opgegeven: e.opgegeven,
    advies: e.advies ?? web.uitslag.nietsTeDoen,
  };
}

const byAttention = (a: EisResultaat, b: EisResultaat) => order[a.uitslag] - order[b.uitslag];

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const tijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' });

export function resultView(assets: Assets, region: Region, resultaat: Toetsresultaat, json: string, link?: ChangeLink) {
  const u = resultaat.uitslag as EisUitslag;
  // Rules over products that speak to what was offered; a failing one marks the products it names.
  const scope = ruleScope(resultaat, region);
  const regioEisen = resultaat.regioEisen.filter((e) => scope.toepasselijk.has(e.id));
  const weggelaten = resultaat.regioEisen.length - regioEisen.length;
  const productUitslag = (p: { productcode: string; uitslag: string }): EisUitslag => (scope.geraakt.has(p.productcode) ? 'voldoet-niet' : (p.uitslag as EisUitslag));
  const moment = new Date(resultaat.getoetstOp);
  const kolom = web.uitslag.kolom;
  return {
    page: page(assets, web.uitslag.titel(uitslagLabel[u]), [], web.uitslag.stappen),
    msg: web.uitslag,
    kolom,
    uitslag: verdict(u),
    samenvatting: web.uitslag.samenvatting(resultaat.samenvatting),
    meta: [
      { label: web.uitslag.aanbieder, value: `${resultaat.aanbieder.naam} (KvK ${resultaat.aanbieder.kvkNummer})` },
      { label: web.uitslag.regio, value: resultaat.regio.naam },
      { label: web.uitslag.document, value: web.documentMetJaar(resultaat.regio.document, resultaat.regio.jaar) },
      { label: web.uitslag.getoetstOp, value: web.uitslag.tijdstip(datum.format(moment), tijd.format(moment).replace(':', '.')) },
      { label: web.uitslag.toetsingId, value: resultaat.id },
      { label: web.uitslag.invoerSha256, value: resultaat.invoerSha256, code: true },
      ...(resultaat.omzetting ? [{ label: web.uitslag.omzetting, value: resultaat.omzetting }] : []),
    ],
    state: { json, id: resultaat.id, getoetstOp: resultaat.getoetstOp },
    wijzigen: `/regio/${region.id}/wijzigen`,
    overzicht: {
      kop: web.uitslag.overzicht,
      items: resultaat.producten.map((p) => ({ href: `#uitslag-${p.productcode}`, tekst: web.uitslag.product(p.productcode, p.naam), uitslag: verdict(productUitslag(p)) })),
    },
    regioEisen: regioEisen.length > 0 ? eisTables(regioEisen, web.uitslag.regioEisen, link) : undefined,
    regelsWeggelaten: weggelaten > 0 ? taken.uitslag.regelsWeggelaten(weggelaten) : undefined,
    pdfKort: taken.uitslag.pdfKort,
    producten: resultaat.producten.map((p) => {
      const telling = { voldoet: 0, 'voldoet-niet': 0, ontbreekt: 0, signaal: 0 };
      for (const e of p.eisen) telling[e.uitslag as EisUitslag]++;
      return {
        id: `uitslag-${p.productcode}`,
        kop: web.uitslag.product(p.productcode, p.naam),
        uitslag: verdict(productUitslag(p)),
        geraakt: scope.geraakt.has(p.productcode) ? taken.uitslag.geraakt(scope.geraakt.get(p.productcode)!) : undefined,
        tarief: tariefText(p.tarief),
        locatie: p.locatie ? web.uitslag.locatie(p.locatie) : undefined,
        sterfhuis: p.alleenSterfhuis ? web.uitslag.alleenSterfhuis : undefined,
        bijlagen: p.bijlagen?.length ? web.uitslag.bijlagen(p.bijlagen.map((b) => `${b.bestandsnaam} (${sizeText(b.grootte)}, SHA-256 ${b.sha256.slice(0, 12)}…)`).join(', ')) : undefined,
        telling: web.uitslag.telling(telling),
        tabellen: eisTables(p.eisen, p.productcode, link),
        afgeleid: p.afgeleid?.length
          ? {
              kop: rapport.kop.afgeleid(p.afgeleid.length),
              uitleg: rapport.afgeleidUitleg,
              feiten: p.afgeleid.map((f) => ({ label: f.label.charAt(0).toLocaleUpperCase('nl-NL') + f.label.slice(1), uitleg: f.uitleg, ontbreekt: f.ontbreekt ? rapport.afgeleidOntbreekt(f.ontbreekt) : undefined })),
            }
          : undefined,
      };
    }),
  };
}

/* ------------------------------------------------------------------ other pages */

export function statementView(assets: Assets, datumTekst: string) {
  return { page: page(assets, web.toegankelijkheid.titel), msg: web.toegankelijkheid, datum: web.toegankelijkheid.datum(datumTekst) };
}

export function errorView(assets: Assets, titel: string, tekst: string, requestId?: string) {
  return { page: page(assets, titel), titel, tekst, naarStart: web.foutpagina.naarStart, requestId: requestId ? web.foutpagina.requestId(requestId) : undefined };
}
