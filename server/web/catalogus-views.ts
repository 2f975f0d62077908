import type { CompiledAfgeleid, Catalog, Product, Region } from '../catalog/types.js';
import { verschillen } from '../catalog/diff.js';
import { formatDay } from '../engine/evidence.js';
import { eisView, productDetail, regionDetail } from '../catalog/view.js';
import { aanbodItemSchema } from '../contract/schema-index.js';
import type { InputError } from '../contract/validate.js';
import { vergelijkingsGroepen, type compare } from '../engine/compare.js';
import { productContext } from '../engine/evaluate.js';
import { fieldLabel, formatTariefMetCode, formatValue } from '../engine/format.js';
import type { Kwalificatie } from '../engine/qualify.js';
import { parsePointer, valueAt } from '../json.js';
import { catalogus, taken, uitslagLabel, uitslagSymbool, vergelijking, web } from '../messages.js';
import { regionForm, type FieldSpec, type ProductForm, type RegionForm } from './form-spec.js';
import { PRODUCTEN, readForm, type FormError, type FormValues } from './form-values.js';
import { formView, placeInputErrors, type Assets } from './views.js';

/** View models of the catalog, comparison and qualification pages: everything worded here, templates only lay out. */

export interface CatalogusAssets extends Assets {
  catalogusCss: string;
}

interface SummaryItem {
  href: string;
  text: string;
}

interface Crumb {
  href?: string;
  tekst: string;
}

/** The page frame the shared layout expects (as views.ts builds it), plus this page's own stylesheet. */
function page(assets: CatalogusAssets, titel: string, errors: SummaryItem[] = []) {
  return {
    assets,
    extraCss: [assets.catalogusCss],
    dienst: web.dienst,
    layout: web.layout,
    titel,
    documentTitel: `${errors.length > 0 ? web.layout.foutTitel(titel) : titel} - ${web.dienst}`,
    fouten: errors.length > 0 ? { kop: web.fouten.kop, items: errors } : undefined,
  };
}

function crumbs(...items: Crumb[]) {
  return { label: catalogus.kruimelpad, items: [{ href: '/catalogus', tekst: catalogus.overzicht.titel }, ...items] };
}


function tarief(product: Product): string {
  return formatTariefMetCode(product.tarief) ?? catalogus.product.tariefOnbekend;
}

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s);

export const regionHref = (regio: string) => `/catalogus/${encodeURIComponent(regio)}`;
export const productHref = (regio: string, code: string) => `${regionHref(regio)}/${encodeURIComponent(code)}`;
/** Element id of an eis on its product (or region) page: the eis id itself, which the catalog keeps unique. */
export const eisAnchor = (eisId: string) => eisId;
export const TARIEF_ANCHOR = 'tarief';
export const VERKLARINGEN_ANCHOR = 'verklaringen';

/* ------------------------------------------------------------------ catalog */

export function overviewView(assets: CatalogusAssets, catalog: Catalog) {
  const m = catalogus.overzicht;
  return {
    page: page(assets, m.titel),
    msg: m,
    regios: [...catalog.regios.values()].map((r) => ({
      href: regionHref(r.id),
      naam: r.naam,
      detail: m.regioDetail(web.documentMetJaar(r.document, r.jaar), r.producten.size),
    })),
  };
}

function eisBlock(e: ReturnType<typeof eisView>) {
  const m = catalogus.eis;
  return {
    id: eisAnchor(e.id),
    titel: e.titel,
    signaal: e.ernst === 'signaal' ? m.signaal : undefined,
    msg: m,
    verwacht: e.verwacht,
    ernst: m.ernstLabel[e.ernst],
    citaat: m.citaatTekst(e.bron.citaat),
    bron: m.bron(e.bron.sectie, e.bron.document),
    lezing: e.toelichting,
    eisId: e.id,
  };
}

export function regionView(assets: CatalogusAssets, region: Region) {
  const m = catalogus.regio;
  const d = regionDetail(region);
  return {
    page: page(assets, region.naam),
    kruimelpad: crumbs({ tekst: region.naam }),
    msg: m,
    toelichting: d.toelichting,
    meta: [
      { label: m.document, value: web.documentMetJaar(d.document, d.jaar) },
      { label: m.documenten, list: d.documenten.map((doc) => m.documentVersie(doc.titel, doc.versie)) },
      { label: m.versie, value: d.catalogusVersie, code: true },
      { label: m.schema, link: { href: d.schema, tekst: d.schema } },
      ...(region.versies.length > 1 ? [{ label: m.jaren, links: yearLinks(region) }] : []),
    ],
    regels: d.regels.map(eisBlock),
    geenRegels: d.regels.length === 0 ? m.geenRegels : undefined,
    onderschrift: m.onderschrift(region.naam),
    kolom: m.kolom,
    producten: [...region.producten.values()].map((p) => ({
      href: productHref(region.id, p.code),
      tekst: catalogus.product.titel(p.code, p.naam),
      soort: p.soort ?? '',
      tarief: tarief(p),
      sterfhuis: p.alleenSterfhuis ? catalogus.ja : catalogus.nee,
      telling: m.telling(p.eisen.filter((e) => e.soort === 'eis').length, p.verklaringen.length),
    })),
  };
}

/* ------------------------------------------------------------------ what changed between two years */

export const differencesHref = (regio: string, van: number, naar: number) => `${regionHref(regio)}/verschillen?van=${van}&naar=${naar}`;

/** Links to "what changed" for each pair of consecutive years, for a region with more than one version. */
function yearLinks(region: Region) {
  const v = region.versies;
  if (v.length < 2) return [];
  return v.slice(1).map((naar, i) => ({ href: differencesHref(region.id, v[i]!.jaar, naar.jaar), tekst: catalogus.verschillen.link(v[i]!.jaar, naar.jaar) }));
}

export function differencesView(assets: CatalogusAssets, region: Region, van: Region, naar: Region) {
  const m = catalogus.verschillen;
  const d = verschillen(van, naar);
  const titel = m.titel(region.naam, van.jaar, naar.jaar);
  const productNaam = (code: string) => naar.producten.get(code)?.naam ?? van.producten.get(code)?.naam ?? '';
  const groups = new Map<string, typeof d.eisen>();
  for (const e of d.eisen) groups.set(e.product ?? '', [...(groups.get(e.product ?? '') ?? []), e]);
  return {
    page: page(assets, titel),
    kruimelpad: crumbs({ href: regionHref(region.id), tekst: region.naam }, { tekst: m.kruimel(van.jaar, naar.jaar) }),
    msg: m,
    meta: [
      { label: m.van, value: m.periode(d.van.jaar, formatDay(d.van.geldigVanaf), formatDay(d.van.geldigTot)) },
      { label: m.naar, value: m.periode(d.naar.jaar, formatDay(d.naar.geldigVanaf), formatDay(d.naar.geldigTot)) },
      { label: m.versie(d.van.jaar), value: d.van.versie, code: true },
      { label: m.versie(d.naar.jaar), value: d.naar.versie, code: true },
      ...(region.versies.length > 2 ? [{ label: m.versies, list: region.versies.map((v) => m.periode(v.jaar, formatDay(v.geldigVanaf), formatDay(v.geldigTot))) }] : []),
    ],
    andereJaren: yearLinks(region).filter((l) => l.href !== differencesHref(region.id, van.jaar, naar.jaar)),
    erbij: d.producten.toegevoegd.map((p) => ({ href: productHref(region.id, p.code), tekst: catalogus.product.titel(p.code, p.naam), link: naar === region })),
    vervallen: d.producten.vervallen.map((p) => catalogus.product.titel(p.code, p.naam)),
    tarieven: d.tarieven.map((t) => ({ product: catalogus.product.titel(t.code, t.naam), van: t.van ?? m.nietInDocument, naar: t.naar ?? m.nietInDocument })),
    tarievenOnderschrift: m.tarievenOnderschrift(van.jaar, naar.jaar),
    eisenKop: m.eisenKop(d.eisen.length),
    groepen: [...groups.entries()].map(([code, eisen]) => ({
      kop: code ? catalogus.product.titel(code, productNaam(code)) : m.regels,
      id: `wijzigingen-${code || 'regio'}`,
      eisen: eisen.map((e) => ({
        id: `${e.product ?? 'regio'}-${e.id}`,
        titel: e.titel,
        wijziging: m.wijziging[e.wijziging],
        soort: e.wijziging,
        van: e.wijziging !== 'toegevoegd' ? e.van : undefined,
        naar: e.wijziging !== 'vervallen' ? e.naar : undefined,
        grenzen: (e.grenzen ?? []).map((g) => m.grens(m.grensWoord[g.sleutelwoord] ?? g.sleutelwoord, g.van === undefined ? '—' : String(g.van), g.naar === undefined ? '—' : String(g.naar), g.richting)),
        citaat: e.citaat,
        eisId: e.id,
      })),
    })),
  };
}

export function productView(assets: CatalogusAssets, region: Region, product: Product) {
  const m = catalogus.product;
  const d = productDetail(product);
  const groep = vergelijkingsGroepen.find((g) => g === product.categorie);
  const titel = m.titel(product.code, product.naam);
  const api = `/api/v1/regios/${encodeURIComponent(region.id)}/producten/${encodeURIComponent(product.code)}`;
  return {
    page: page(assets, titel),
    kruimelpad: crumbs({ href: regionHref(region.id), tekst: region.naam }, { tekst: titel }),
    msg: m,
    beschrijving: d.beschrijving,
    meta: [
      { label: m.regio, link: { href: regionHref(region.id), tekst: region.naam } },
      ...(d.soort ? [{ label: m.soort, value: d.soort }] : []),
      ...(groep ? [{ label: m.groep, link: { href: `/vergelijken#groep-${groep}`, tekst: m.vergelijk(vergelijking.groepen[groep]) } }] : []),
      ...(d.productcategorie ? [{ label: m.productcategorie, value: m.productcategorieTekst(d.productcategorie.code, d.productcategorie.naam) }] : []),
      { label: m.tarief, value: tarief(product), id: TARIEF_ANCHOR },
      ...(d.tariefToelichting ? [{ label: m.tariefToelichting, value: d.tariefToelichting }] : []),
      { label: m.sterfhuis, value: d.alleenSterfhuis ? m.sterfhuisJa : catalogus.nee },
      { label: m.schema, link: { href: d.schema, tekst: d.schema } },
      { label: m.api, link: { href: api, tekst: api } },
    ],
    eisenKop: m.eisenKop(d.eisen.length),
    eisen: d.eisen.map(eisBlock),
    geenEisen: d.eisen.length === 0 ? m.geenEisen : undefined,
    verklaringenId: VERKLARINGEN_ANCHOR,
    verklaringenKop: m.verklaringenKop(d.verklaringen.length),
    verklaringen: d.verklaringen.map((v) => ({
      id: `verklaring-${v.id}`,
      titel: v.titel,
      citaat: catalogus.eis.citaatTekst(v.tekst),
      bron: catalogus.eis.bron(v.bron.sectie, v.bron.document),
    })),
    geenVerklaringen: d.verklaringen.length === 0 ? m.geenVerklaringen : undefined,
    bijlagen: d.bijlagen.length > 0
      ? d.bijlagen.map((b) => ({
          label: b.label,
          beschrijving: b.beschrijving,
          bewijs: b.bewijs ? m.bijlageBewijs(b.bewijs) : undefined,
          leeftijd: b.maxLeeftijdMaanden ? m.bijlageLeeftijd(b.maxLeeftijdMaanden) : undefined,
          citaat: b.maxLeeftijdMaanden && b.bron ? catalogus.eis.citaatTekst(b.bron.citaat) : undefined,
          bron: b.maxLeeftijdMaanden && b.bron ? catalogus.eis.bron(b.bron.sectie, b.bron.document) : undefined,
        }))
      : undefined,
  };
}

/* ------------------------------------------------------------------ comparison */

export function comparisonView(assets: CatalogusAssets, result: ReturnType<typeof compare>) {
  const m = catalogus.vergelijken;
  return {
    page: page(assets, m.titel),
    msg: m,
    inhoud: result.groepen.map((g) => ({ href: `#groep-${g.categorie}`, tekst: g.titel })),
    groepen: result.groepen.map((g) => ({
      id: `groep-${g.categorie}`,
      titel: g.titel,
      onderschrift: m.onderschrift(g.titel, g.producten.length),
      onderwerpen: result.onderwerpen,
      geenProducten: g.producten.length === 0 ? m.geenProducten : undefined,
      rijen: g.producten.map((p) => ({
        href: productHref(p.regio, p.code),
        tekst: catalogus.product.titel(p.code, p.naam),
        regio: p.regioNaam,
        cellen: result.onderwerpen.map((o) => {
          const cellen = p.cellen[o.id] ?? [];
          return {
            kop: o.titel,
            leeg: cellen.length === 0 ? vergelijking.geenEis : undefined,
            items: cellen.map((c) => ({
              tekst: c.tekst,
              href: `${productHref(p.regio, p.code)}#${c.eisId ? eisAnchor(c.eisId) : TARIEF_ANCHOR}`,
              context: c.eisId ? m.eisVan(p.code, p.regioNaam) : m.tariefVan(p.code, p.regioNaam),
            })),
          };
        }),
      })),
    })),
  };
}

/* ------------------------------------------------------------------ qualification */

/** The code of the one pseudo-product whose form asks the facts of an offer. */
const FEITEN = 'feiten';
export const FORM_ID = 'kwalificatie-formulier';

/** Contract fields every kind of offer has (the rest goes under "overige gegevens"), in the order the form asks them. */
const CORE = ['beschikbaarheid', 'beschikbaarheidWijkMinuten', 'rooster', 'regie', 'begeleiding', 'doelgroep'];
const rank = (top: string) => {
  const i = CORE.indexOf(top);
  return i < 0 ? CORE.length : i < 2 ? 0 : i;
};

export interface QualificationForm {
  form: RegionForm;
  product: ProductForm;
  core: Set<string>;
}

/**
 * The qualification form is the web form of one pseudo-product whose eisen are those of every product of
 * every region: form-spec derives its inputs (the union of the fields the eisen read), form-values parses
 * them. Nothing is required: a fact left open is "niet opgegeven", and the products that need it say so.
 */
export function qualificationForm(catalog: Catalog): QualificationForm {
  const products = [...catalog.regios.values()].flatMap((r) => [...r.producten.values()]);
  // Derived sums of the same name may add different terms per region: the form needs every term.
  const afgeleid: Record<string, CompiledAfgeleid> = {};
  for (const p of products) {
    for (const [naam, def] of Object.entries(p.afgeleid)) {
      const have = afgeleid[naam];
      // A rooster fact of the same name may count other people per region: the form asks what any of them reads.
      afgeleid[naam] =
        have?.som && def.som ? { ...have, som: [...have.som, ...def.som.filter((t) => !have.som!.some((h) => h.veld === t.veld))] }
        : have?.bezetting && def.bezetting ? { ...have, bezetting: { ...have.bezetting, plaats: have.bezetting.plaats ?? def.bezetting.plaats, medewerker: { anyOf: [have.bezetting.medewerker ?? {}, def.bezetting.medewerker ?? {}] } } }
        : (have ?? def);
    }
  }
  const pseudo: Product = {
    code: FEITEN,
    naam: catalogus.kwalificatie.formKop,
    tarief: null,
    alleenSterfhuis: false,
    afgeleid,
    verklaringen: [],
    bijlagen: [],
    eisen: products.flatMap((p) => p.eisen),
    bestand: '',
  };
  const region: Region = { id: FEITEN, naam: '', idPrefix: '', document: '', jaar: 0, documenten: [], regels: [], producten: new Map([[FEITEN, pseudo]]), bestand: '', versie: '', geldigVanaf: '', geldigTot: '', versies: [] };
  const product = regionForm(region).producten.get(FEITEN)!;
  for (const field of product.fields) {
    field.required = false;
    // "Nodig voor: …" would name dozens of eisen here.
    field.eisen = [];
  }
  const top = (s: { fields: FieldSpec[] }) => s.fields[0]!.path[0]!;
  product.sections.sort((a, b) => rank(top(a)) - rank(top(b)));
  return {
    form: { region, aanbieder: [], producten: new Map([[FEITEN, product]]) },
    product,
    core: new Set(product.sections.filter((s) => CORE.includes(top(s))).map((s) => s.id)),
  };
}

/** The form's values say which "products" are shown: always the one pseudo-product. */
function withFacts(values: FormValues): FormValues {
  values.set(PRODUCTEN, [FEITEN]);
  return values;
}

/** The field an error id belongs to: the field itself, or a row of a staffing list (its id plus "-<row>-<key>"). */
function fieldOf(qf: QualificationForm, id: string): FieldSpec | undefined {
  return qf.product.fields.find((f) => id === f.id || (f.kind === 'list' && id.startsWith(`${f.id}-`)));
}

/** The summary names the field; for a person in a staffing list, also the list (there is no product to name). */
function summarize(qf: QualificationForm, e: FormError): FormError {
  const field = fieldOf(qf, e.id);
  if (!field) return { ...e, id: FORM_ID, summary: e.message };
  return { ...e, summary: field.kind === 'list' && e.id !== field.id ? web.fout.inProduct(capitalize(field.label), e.message) : e.message };
}

/** Lists nobody filled in and groups left empty are facts not given, not "nobody" or "nothing". */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return value;
}

/** The facts the form describes (one aanbod item without productcode), or the errors per field. */
export function readFacts(values: FormValues, qf: QualificationForm): { facts: Record<string, unknown>; errors: FormError[] } {
  const { zelfevaluatie, errors } = readForm(withFacts(values), qf.form);
  const item = ((zelfevaluatie.aanbod as Array<Record<string, unknown>>)[0] ?? {}) as Record<string, unknown>;
  const { productcode: _code, ...rest } = item;
  const facts = (prune(rest) as Record<string, unknown> | undefined) ?? {};
  return { facts, errors: errors.map((e) => summarize(qf, e)) };
}

/** Contract errors of validateLosAanbod (pointers into `{ aanbod }`), placed at the fields of the form. */
export function placeFactErrors(errors: InputError[], facts: Record<string, unknown>, qf: QualificationForm): FormError[] {
  const z = { aanbod: [{ ...facts, productcode: FEITEN }] };
  const moved = errors.map((e) => ({ ...e, pointer: e.pointer.replace(/^\/aanbod(?=\/|$)/, '/aanbod/0') }));
  return placeInputErrors(moved, z, qf.form).map((e) => summarize(qf, e));
}

function formModel(assets: CatalogusAssets, qf: QualificationForm, values: FormValues, errors: FormError[]) {
  const view = formView(assets, qf.form, withFacts(values), errors);
  const sections = (view.gekozen[0]?.sections ?? []).map((s) => ({
    ...s,
    fields: s.fields.map((f) => ({
      ...f,
      // Every question is optional here, and the introduction says so once.
      optioneel: undefined,
      ...('add' in f && f.add ? { add: { ...f.add, formaction: `/kwalificatie#${f.id}` } } : {}),
    })),
  }));
  const m = catalogus.kwalificatie;
  const extra = sections.filter((s) => !qf.core.has(s.id));
  // Open the extra facts when something in them was filled in or is wrong.
  const extraFields = qf.product.sections.filter((s) => !qf.core.has(s.id)).flatMap((s) => s.fields);
  const open =
    extraFields.some((f) => [...values.entries()].some(([name, vs]) => (name === f.name || name.startsWith(`${f.name}.`)) && vs.some((v) => v.trim() !== ''))) ||
    errors.some((e) => extraFields.some((f) => f === fieldOf(qf, e.id)));
  return {
    id: FORM_ID,
    action: '/kwalificatie',
    knop: m.knop,
    standaardknop: m.knop,
    core: sections.filter((s) => qf.core.has(s.id)),
    extra: extra.length > 0 ? { kop: m.meerKop(extra.map((s) => (s.legend ?? s.fields[0]?.label ?? '').toLocaleLowerCase('nl-NL')).join(', ')), hint: m.meerHint, open, sections: extra } : undefined,
  };
}

export function qualificationView(assets: CatalogusAssets, qf: QualificationForm, values: FormValues, errors: FormError[] = []) {
  const m = catalogus.kwalificatie;
  return {
    page: page(assets, m.titel, errors.map((e) => ({ href: `#${e.id}`, text: e.summary }))),
    msg: m,
    formKop: m.formKop,
    form: formModel(assets, qf, values, errors),
  };
}

function changeText(w: Kwalificatie['wijzigingen'][number], region: Region, product: Product): string {
  const path = parsePointer(w.pointer);
  const ctx = productContext(region, product);
  return catalogus.kwalificatie.wijziging(capitalize(fieldLabel(ctx, path).label), formatValue(ctx, path, w.van), formatValue(ctx, path, w.naar));
}

export function resultsView(
  assets: CatalogusAssets,
  catalog: Catalog,
  qf: QualificationForm,
  values: FormValues,
  facts: Record<string, unknown>,
  rows: Kwalificatie[],
) {
  const m = catalogus.kwalificatie;
  const ctx = { root: aanbodItemSchema };
  const feiten = qf.product.fields.flatMap((f) => {
    const v = valueAt(facts, f.path);
    return v === undefined ? [] : [{ label: f.label, value: formatValue(ctx, f.path, v) }];
  });
  return {
    ...qualificationView(assets, qf, values),
    formKop: m.formKopOpnieuw,
    uitslag: {
      kop: m.uitslagKop,
      samenvatting: m.samenvatting(rows.filter((r) => r.uitslag === 'voldoet').length, rows.length),
      nietMeetbaar: rows.some((r) => r.uitslag === 'niet-meetbaar') ? taken.kwalificatie.nietMeetbaarSamenvatting(rows.filter((r) => r.uitslag === 'niet-meetbaar').length) : undefined,
      feitenKop: m.feitenKop,
      feiten,
      geenFeiten: feiten.length === 0 ? m.geenFeiten : undefined,
      verklaringenUitleg: m.verklaringenUitleg,
      onderschrift: m.onderschrift,
      kolom: m.kolom,
      naarFormulier: { href: `#${FORM_ID}`, tekst: m.naarFormulier },
      rijen: rows.map((r) => {
        const region = catalog.regios.get(r.regio)!;
        const product = region.producten.get(r.productcode)!;
        const href = productHref(r.regio, r.productcode);
        const labels = productContext(region, product).bijlageLabels ?? {};
        const wijzigingen = r.wijzigingen.map((w) => ({ tekst: changeText(w, region, product), href: `${href}#${eisAnchor(w.eisId)}` }));
        const k = taken.kwalificatie;
        const verdict =
          r.uitslag === 'niet-meetbaar'
            ? { klasse: 'uitslag--ontbreekt', symbool: k.nietMeetbaarSymbool, woord: k.nietMeetbaar }
            : { klasse: `uitslag--${r.uitslag}`, symbool: uitslagSymbool[r.uitslag], woord: uitslagLabel[r.uitslag] };
        const regelsNiet = (r.regels ?? []).filter((x) => x.uitslag === 'voldoet-niet');
        return {
          uitslag: verdict,
          nietMeetbaar: r.uitslag === 'niet-meetbaar' ? k.nietMeetbaarUitleg : undefined,
          signalen: (r.signalen ?? []).map((x) => k.signaal(x.titel, x.advies)),
          regels: regelsNiet.map((x) => k.regel(x.titel)),
          product: { href, tekst: catalogus.product.titel(r.productcode, r.naam) },
          regio: r.regioNaam,
          wijzigingen,
          geenWijzigingen: wijzigingen.length > 0 || r.uitslag === 'niet-meetbaar' || (regelsNiet.length > 0 && r.wijzigingen.length === 0) ? undefined : r.uitslag === 'voldoet' ? m.geenWijzigingen : m.geenVoorstel,
          verklaringen: { tekst: m.verklaringen(r.teVerklaren.length), href: r.teVerklaren.length > 0 ? `${href}#${VERKLARINGEN_ANCHOR}` : undefined },
          bijlagen: r.teBijvoegen.map((soort) => m.bijlage(labels[soort] ?? soort)),
        };
      }),
    },
  };
}
