import { taken, uitslagLabel, uitslagSymbool, web, type EisUitslag } from '../messages.js';
import { check } from '../engine/check.js';
import type { Catalog } from '../catalog/types.js';
import { fieldId, type FieldSpec, type RegionForm } from './form-spec.js';
import { chosenProducts, first, listRows, productCheckboxId, PRODUCTEN, readForm, rowName, VOLGORDE, type FormError, type FormValues } from './form-values.js';
import { rulesFor, sharedFields, taskErrors, taskList, taskStatus, taskValues, VOOR, VOOR_GETOOND, type Task } from './tasks.js';
import { fieldView, page, productView, tariefText, type Assets } from './views.js';

/** View models of the task list and its task pages. */

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('nl-NL') + s.slice(1) : s);

export const takenUrl = (regio: string, token: string) => `/regio/${regio}/taken?s=${token}`;
export const taakUrl = (regio: string, taak: string, token: string) => `/regio/${regio}/taak/${taak}?s=${token}`;

export function taskListView(assets: Assets, form: RegionForm, values: FormValues, token: string) {
  const region = form.region;
  const tasks = taskList(form, values).map((t) => {
    const status = taskStatus(form, values, t);
    return { id: `taak-${t.id}`, titel: t.titel, hint: t.hint, href: taakUrl(region.id, t.id, token), status, statusTekst: taken.status[status], klasse: `taakstatus--${status}` };
  });
  const klaar = tasks.filter((t) => t.status === 'klaar').length;
  const allesKlaar = klaar === tasks.length && chosenProducts(values, form).length > 0;
  return {
    page: page(assets, taken.titel(region.naam), [], taken.stappen),
    msg: taken,
    intro: taken.intro(web.documentMetJaar(region.document, region.jaar)),
    telling: taken.telling(klaar, tasks.length),
    tasks,
    controleren: allesKlaar ? { href: `/regio/${region.id}/controleren?s=${token}` } : undefined,
    eenPagina: { href: `/regio/${region.id}`, label: 'Liever alles op één pagina? Open het formulier in één keer.' },
  };
}

/** A field as a task shows it: "nodig om te voldoen aan …" when an offered product's eis needs it, "(niet verplicht)" only when none does. */
function honestField(spec: FieldSpec, values: FormValues, errors: Map<string, FormError>, action: string) {
  const nodig = spec.nodig ?? [];
  const eisenHint = nodig.length > 0 ? `${capitalize(taken.nodigVoor(nodig.join(', ')))}.` : undefined;
  return fieldView(spec, values, errors, action, { eisenHint, optioneel: spec.required || nodig.length > 0 ? undefined : taken.nietVerplicht });
}

const PRESET_LIJSTEN = new Set(['rooster.diensten', 'beschikbaarheid.vensters']);

/** No row of the rooster covers the night (23:00-07:00): something a provider should confirm, not an error. */
function nightEmpty(values: FormValues, field: FieldSpec): boolean {
  const van = field.item?.find((i) => i.key === 'van');
  const tot = field.item?.find((i) => i.key === 'tot');
  if (!van || !tot) return false;
  let any = false;
  for (let row = 0; row < listRows(values, field); row++) {
    const a = first(values, rowName(field, row, van)).replace('.', ':');
    const b = first(values, rowName(field, row, tot)).replace('.', ':');
    if (!a || !b) continue;
    any = true;
    const [h1, h2] = [Number(a.split(':')[0]), Number(b.split(':')[0])];
    if (h2 <= h1 || h2 === 24 || h1 < 7 || h2 > 23) return false;
  }
  return any;
}

export function taskPageView(assets: Assets, catalog: Catalog, form: RegionForm, values: FormValues, task: Task, token: string, showErrors: boolean) {
  const region = form.region;
  const action = `/regio/${region.id}/taak/${task.id}`;
  const errors = showErrors ? taskErrors(form, values, task) : [];
  const byId = new Map<string, FormError>();
  for (const e of errors) if (!byId.has(e.id)) byId.set(e.id, e);
  const codes = chosenProducts(values, form);
  const shown = taskValues(form, values, task.codes ?? codes);
  const base = {
    page: page(assets, task.titel, errors.map((e) => ({ href: `#${e.id}`, text: e.summary })), taken.titel(region.naam)),
    msg: taken,
    action,
    token,
    terug: takenUrl(region.id, token),
  };
  if (task.kind === 'organisatie') {
    const productenError = errors.find((e) => e.id.startsWith(productCheckboxId('')))?.message;
    return {
      ...base,
      fields: task.fields.map((f) => fieldView(f, shown, byId, action)),
      volgorde: { name: VOLGORDE, value: codes.join(',') },
      producten: {
        id: productCheckboxId([...form.producten.keys()][0] ?? ''),
        name: PRODUCTEN,
        legend: web.formulier.producten,
        hint: 'Kies de producten die u wilt aanbieden. Per product vraagt het formulier daarna alleen wat de eisen van dat product nodig hebben.',
        error: productenError,
        errorId: 'producten-fout',
        prefix: web.fouten.prefix,
        options: [...form.producten.values()].map((pf, i) => ({
          id: i === 0 ? productCheckboxId(pf.product.code) : productCheckboxId(pf.product.code),
          value: pf.product.code,
          label: `${pf.product.code} ${pf.product.naam}`,
          tarief: tariefText(pf.product.tarief),
          tariefId: `${productCheckboxId(pf.product.code)}-tarief`,
          checked: codes.includes(pf.product.code),
        })),
      },
    };
  }
  if (task.kind === 'gedeeld') {
    const here = task.codes ?? codes;
    const shared = sharedFields(form, here);
    return {
      ...base,
      intro: taken.gedeeldIntro(here),
      voor:
        here.length > 1
          ? {
              id: fieldId(VOOR),
              legend: taken.geldtVoor,
              hint: taken.geldtVoorHint,
              getoond: VOOR_GETOOND,
              options: here.map((c, i) => ({ id: i === 0 ? fieldId(VOOR) : fieldId(`${VOOR}.${c}`), name: VOOR, value: c, label: taken.product(c, form.producten.get(c)!.product.naam) })),
            }
          : undefined,
      fields: shared.map(({ spec }) => {
        const view = honestField(spec, shown, byId, action) as Record<string, unknown>;
        if (spec.kind === 'list' && PRESET_LIJSTEN.has(spec.path.join('.'))) {
          view.presets = {
            label: spec.path[0] === 'rooster' ? taken.dagdelen : taken.vensters,
            knoppen: (['dag', 'avond', 'nacht'] as const).map((p) => ({ value: `preset:${p}:${spec.name}`, label: taken.preset[p], context: taken.presetContext(spec.label), formaction: `${action}#${spec.id}` })),
          };
          if (spec.path[0] === 'rooster' && nightEmpty(shown, spec)) view.prompt = taken.geenNacht;
        }
        return view;
      }),
    };
  }
  if (task.kind === 'product') {
    const pf = form.producten.get(task.code!)!;
    const own = new Set(task.fields.map((f) => f.name));
    const product = productView(pf, 0, shown, byId, action);
    return {
      ...base,
      intro: taken.productIntro,
      product: {
        ...product,
        sections: pf.sections
          .map((s) => ({ id: s.id, legend: s.legend, hint: s.hint, hintId: `${s.id}-hint`, fields: task.fields.filter((f) => s.fields.some((x) => x.name === f.name)).map((f) => honestField(f, shown, byId, action)) }))
          .filter((s) => s.fields.length > 0),
      },
      niets: own.size === 0 && !product.verklaringen && !product.bijlagen ? taken.niets : undefined,
    };
  }
  // Combinaties: the region's rules for the chosen products, and what the check says of them now.
  const { zelfevaluatie, errors: formErrors } = readForm(values, form);
  const outcome = formErrors.length === 0 ? check(zelfevaluatie, catalog) : undefined;
  const results = outcome?.ok ? new Map(outcome.resultaat.regioEisen.map((e) => [e.id, e.uitslag as EisUitslag])) : undefined;
  return {
    ...base,
    intro: taken.combinatiesIntro,
    regels: rulesFor(form, codes).map(({ regel, codes: named }) => {
      const u = results?.get(regel.id);
      return {
        titel: regel.titel,
        verwacht: regel.verwacht,
        noemt: named.length > 0 ? taken.regelNoemt(named) : undefined,
        uitslag: u ? { klasse: `uitslag--${u}`, symbool: uitslagSymbool[u], woord: uitslagLabel[u] } : undefined,
        nu: u === undefined ? taken.nuOnbekend : u === 'voldoet' ? taken.nuVoldoet : u === 'ontbreekt' ? taken.nuOntbreekt : u === 'voldoet-niet' ? taken.nuVoldoetNiet : undefined,
      };
    }),
  };
}
