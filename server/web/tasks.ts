import { productcodesIn, ruleTriggers } from '../catalog/rules.js';
import type { CompiledEis } from '../catalog/types.js';
import { taken } from '../messages.js';
import { fieldId, type FieldSpec, type ItemFieldSpec, type RegionForm } from './form-spec.js';
import {
  bijlageName,
  chosenProducts,
  first,
  listRows,
  listRowsName,
  PRODUCTEN,
  readForm,
  rowName,
  verklaringName,
  VOLGORDE,
  type FormError,
  type FormValues,
} from './form-values.js';

/**
 * The form as a task list: "Uw organisatie", the facts of the location asked once (team, regie,
 * bereikbaarheid, rooster, beschikbaarheid), one task per product with only what differs, the region's
 * rules over products, then checking. The state is the values of the one-page form (so a kept file, the
 * review and the check work unchanged); a shared answer is written into every product that reads it.
 */

/** Top-level facts of an aanbod item that belong to the location, not to one product. */
const LOCATIE_FEITEN = new Set(['locatie', 'rooster', 'regie', 'team', 'beschikbaarheid', 'beschikbaarheidWijkMinuten']);
/** Tasks the user finished with "Opslaan en verder": only those can be "klaar" or show "fouten". */
export const AFGEROND = '_afgerond';

export const sharedName = (path: readonly string[]) => `g.${path.join('.')}`;
/** Which location a chosen product is at (1, 2, ...): products at one location share its facts. */
export const plekName = (code: string) => `_plek.${code}`;
/** On a location's page: the products its facts apply to (a product unticked moves to a location of its own). */
export const VOOR = '_voor';
export const VOOR_GETOOND = '_voor.getoond';

export type TaskStatus = 'niet-begonnen' | 'bezig' | 'klaar' | 'fouten';
export type TaskKind = 'organisatie' | 'gedeeld' | 'product' | 'combinaties';

export interface SharedField {
  spec: FieldSpec;
  /** The product field each chosen product has for this fact. */
  perProduct: Array<{ code: string; field: FieldSpec }>;
}

export interface Task {
  id: string;
  kind: TaskKind;
  titel: string;
  hint: string;
  code?: string;
  /** A location's task: the products at that location. */
  codes?: string[];
  /** The fields shown, with the names the page posts. */
  fields: FieldSpec[];
}

const isLocatieFeit = (f: FieldSpec) => LOCATIE_FEITEN.has(f.path[0]!);

function mergeItems(into: ItemFieldSpec[], more: ItemFieldSpec[] | undefined): ItemFieldSpec[] {
  const out = [...into];
  for (const it of more ?? []) if (!out.some((o) => o.key === it.key)) out.push(it);
  return out;
}

/** The location's facts the chosen products read, each asked once: required if any product requires it. */
export function sharedFields(form: RegionForm, codes: string[]): SharedField[] {
  const byPath = new Map<string, SharedField>();
  for (const code of codes) {
    const pf = form.producten.get(code)!;
    for (const f of [pf.locatie, ...pf.fields].filter(isLocatieFeit)) {
      const k = f.path.join('.');
      const found = byPath.get(k);
      const nodig = (f.nodig ?? []).map((t) => `“${t}” (${code})`);
      if (!found) {
        const name = sharedName(f.path);
        byPath.set(k, { spec: { ...f, name, id: fieldId(name), nodig, eisen: [...f.eisen], item: f.item ? [...f.item] : undefined }, perProduct: [{ code, field: f }] });
        continue;
      }
      found.perProduct.push({ code, field: f });
      found.spec.required ||= f.required;
      found.spec.nodig = [...(found.spec.nodig ?? []), ...nodig];
      for (const t of f.eisen) if (!found.spec.eisen.includes(t)) found.spec.eisen.push(t);
      if (found.spec.item) found.spec.item = mergeItems(found.spec.item, f.item);
    }
  }
  return [...byPath.values()];
}

export function productOwnFields(form: RegionForm, code: string): FieldSpec[] {
  const pf = form.producten.get(code)!;
  return pf.fields.filter((f) => !isLocatieFeit(f)).map((f) => ({ ...f, nodig: (f.nodig ?? []).map((t) => `“${t}”`) }));
}

/** The region's rules that offering a chosen product sets off (rules naming no product apply to every bid). */
export function rulesFor(form: RegionForm, codes: string[]): Array<{ regel: CompiledEis; codes: string[] }> {
  return form.region.regels.flatMap((regel) => {
    const triggers = ruleTriggers(regel.schema);
    const chosen = productcodesIn(regel.schema).filter((c) => codes.includes(c));
    return triggers.length === 0 || triggers.some((c) => codes.includes(c)) ? [{ regel, codes: chosen }] : [];
  });
}

/** The chosen products per location, in the order of the locations' numbers. */
export function locationGroups(form: RegionForm, values: FormValues): Array<{ plek: number; codes: string[] }> {
  const groups = new Map<number, string[]>();
  for (const code of chosenProducts(values, form)) {
    const n = Number(first(values, plekName(code)));
    const plek = Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
    groups.set(plek, [...(groups.get(plek) ?? []), code]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([plek, codes]) => ({ plek, codes }));
}

export function taskList(form: RegionForm, values: FormValues): Task[] {
  const codes = chosenProducts(values, form);
  const tasks: Task[] = [{ id: 'organisatie', kind: 'organisatie', titel: taken.organisatie, hint: taken.organisatieHint, fields: form.aanbieder }];
  if (codes.length === 0) return tasks;
  const groups = locationGroups(form, values);
  groups.forEach(({ plek, codes: here }, i) => {
    const naam = first(values, `p.${here[0]}.locatie`).trim();
    const titel = groups.length === 1 ? taken.gedeeld : taken.gedeeldPlek(i + 1, naam);
    tasks.push({ id: i === 0 ? 'locatie' : `locatie-${plek}`, kind: 'gedeeld', titel, hint: taken.gedeeldHint(here), codes: here, fields: sharedFields(form, here).map((s) => s.spec) });
  });
  for (const code of codes) {
    const pf = form.producten.get(code)!;
    const fields = productOwnFields(form, code);
    tasks.push({ id: `product-${code}`, kind: 'product', code, titel: taken.product(code, pf.product.naam), hint: taken.productHint, fields });
  }
  if (rulesFor(form, codes).length > 0) tasks.push({ id: 'combinaties', kind: 'combinaties', titel: taken.combinaties, hint: taken.combinatiesHint, fields: [] });
  return tasks;
}

/* ------------------------------------------------------------ values per task */

const under = (name: string, prefix: string) => name === prefix || name.startsWith(`${prefix}.`);

/** The form values as a task page shows them: shared facts under their g.* names, from the first product that has them. */
export function taskValues(form: RegionForm, values: FormValues, codes: string[] = chosenProducts(values, form)): FormValues {
  const out: FormValues = new Map(values);
  for (const shared of sharedFields(form, codes)) {
    const source = shared.perProduct.find(({ field }) => [...values.keys()].some((n) => under(n, field.name))) ?? shared.perProduct[0]!;
    for (const [name, vs] of values) if (under(name, source.field.name)) out.set(shared.spec.name + name.slice(source.field.name.length), vs);
  }
  return out;
}

/** Names a task owns in the state: what its page posts replaces exactly these. */
function ownedBy(task: Task, form: RegionForm, codes: string[]): (name: string) => boolean {
  switch (task.kind) {
    case 'organisatie':
      return (n) => n === PRODUCTEN || n === VOLGORDE || form.aanbieder.some((f) => f.name === n);
    case 'gedeeld': {
      const prefixes = [VOOR, ...sharedFields(form, task.codes ?? codes).flatMap((s) => [s.spec.name, ...s.perProduct.map((p) => p.field.name)])];
      return (n) => prefixes.some((p) => under(n, p));
    }
    case 'product': {
      const code = task.code!;
      const prefixes = [...task.fields.map((f) => f.name), verklaringName(code), bijlageName(code)];
      return (n) => prefixes.some((p) => under(n, p));
    }
    default:
      return () => false;
  }
}

/** The state after a task page was posted: the task's names replaced by what was posted, shared facts copied into each product. */
export function applyTaskPost(form: RegionForm, state: FormValues, task: Task, posted: FormValues): FormValues {
  const codes = chosenProducts(state, form);
  const owns = ownedBy(task, form, codes);
  const next: FormValues = new Map([...state].filter(([n]) => !owns(n)));
  for (const [n, vs] of posted) if (owns(n)) next.set(n, vs);
  if (task.kind === 'organisatie') {
    // Products no longer chosen take their answers with them; the order of the rest is kept.
    const now = chosenProducts(next, form);
    for (const n of [...next.keys()]) {
      const m = /^(?:p|g)\.([^.]+)\./.exec(n);
      if (m && n.startsWith('p.') && !now.includes(m[1]!)) next.delete(n);
    }
    next.set(VOLGORDE, [now.join(',')]);
  }
  if (task.kind === 'gedeeld') {
    const here = task.codes ?? codes;
    for (const shared of sharedFields(form, here)) {
      const copied = [...next].filter(([n]) => under(n, shared.spec.name));
      for (const [n] of copied) next.delete(n);
      for (const { field } of shared.perProduct) {
        for (const [n, vs] of copied) next.set(field.name + n.slice(shared.spec.name.length), vs);
      }
    }
    // Products unticked under "geldt voor" move, together, to a new location that starts from these answers.
    if (first(posted, VOOR_GETOOND) === 'ja') {
      const kept = new Set(posted.get(VOOR) ?? []);
      const moved = here.filter((c) => !kept.has(c));
      if (moved.length > 0 && moved.length < here.length) {
        const nieuw = Math.max(...locationGroups(form, next).map((g) => g.plek)) + 1;
        for (const c of moved) next.set(plekName(c), [String(nieuw)]);
      }
    }
    next.delete(VOOR);
    next.delete(VOOR_GETOOND);
  }
  return next;
}

/** Adds a row to a list field of a task (empty, or a dagdeel preset), as posted values. */
export function addRow(posted: FormValues, field: FieldSpec, preset?: 'dag' | 'avond' | 'nacht'): void {
  let filled = 0;
  for (const [name, vs] of posted) {
    if (!name.startsWith(`${field.name}.`) || !vs.some((v) => v.trim() !== '')) continue;
    const row = Number(name.slice(field.name.length + 1).split('.')[0]);
    if (Number.isInteger(row)) filled = Math.max(filled, row + 1);
  }
  if (preset) {
    const [van, tot] = { dag: ['07:00', '15:00'], avond: ['15:00', '23:00'], nacht: ['23:00', '07:00'] }[preset];
    const set = (key: string, v: string) => {
      const it = field.item?.find((i) => i.key === key);
      if (it) posted.set(rowName(field, filled, it), [v]);
    };
    set('dagen', 'ma,di,wo,do,vr,za,zo');
    set('van', van!);
    set('tot', tot!);
    filled++;
  }
  posted.set(listRowsName(field), [String(Math.max(filled + 1, preset ? 0 : listRows(posted, field) + 1))]);
}

/* ------------------------------------------------------------ checking a task */

const isEmptyList = (values: FormValues, field: FieldSpec) =>
  ![...values].some(([n, vs]) => n.startsWith(`${field.name}.`) && !n.endsWith('.rijen') && vs.some((v) => v.trim() !== ''));

/** Times written as equal (00:00-00:00) are not 24 hours in this form: it asks for 00:00-24:00. */
function equalTimes(values: FormValues, field: FieldSpec): FormError[] {
  const van = field.item?.find((i) => i.key === 'van');
  const tot = field.item?.find((i) => i.key === 'tot');
  if (!van || !tot) return [];
  const out: FormError[] = [];
  for (let row = 0; row < listRows(values, field); row++) {
    const a = first(values, rowName(field, row, van)).trim();
    const b = first(values, rowName(field, row, tot)).trim();
    if (a && b && a.replace('.', ':').padStart(5, '0') === b.replace('.', ':').padStart(5, '0')) {
      const message = taken.gelijkeTijden(field.path.join('.') === 'rooster.diensten' ? `Regel ${row + 1} van het rooster` : `Tijdvak ${row + 1}`);
      out.push({ id: fieldId(rowName(field, row, tot)), message, summary: message });
    }
  }
  return out;
}

/** What is wrong in one task: the form's own checks, plus every field an offered product's eis needs. */
export function taskErrors(form: RegionForm, values: FormValues, task: Task): FormError[] {
  if (task.kind === 'combinaties') return [];
  const { errors } = readForm(values, form);
  const codes = chosenProducts(values, form);
  const shown = taskValues(form, values, task.codes ?? codes);
  const out: FormError[] = [];
  const seen = new Set<string>();
  const push = (e: FormError) => {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    out.push(e);
  };
  if (task.kind === 'organisatie') {
    const ids = new Set(form.aanbieder.map((f) => f.id));
    for (const e of errors) if (ids.has(e.id) || e.id.startsWith(fieldId('producten.'))) push(e);
    return out;
  }
  const fieldsWithProduct: Array<{ shown: FieldSpec; product: FieldSpec[] }> =
    task.kind === 'gedeeld'
      ? sharedFields(form, task.codes ?? codes).map((s) => ({ shown: s.spec, product: s.perProduct.map((p) => p.field) }))
      : task.fields.map((f) => ({ shown: f, product: [f] }));
  for (const { shown: f, product } of fieldsWithProduct) {
    // Errors the one-page form finds in a product's copy are shown once, at the shared field.
    for (const pfField of product) {
      for (const e of errors) {
        if (e.id === pfField.id || e.id.startsWith(`${pfField.id}-`)) push({ id: f.id + e.id.slice(pfField.id.length), message: e.message, summary: e.message });
      }
    }
    if (f.kind === 'list') for (const e of equalTimes(shown, f)) push(e);
    const nodig = f.nodig ?? [];
    if (nodig.length === 0 || seen.has(f.id)) continue;
    const eisen = nodig.join(', ');
    if (f.kind === 'list' ? isEmptyList(shown, f) : first(shown, f.name).trim() === '') {
      const message = f.kind === 'list' ? taken.nodigLijst(f.label, eisen) : taken.nodigLeeg(f.label, eisen);
      push({ id: f.id, message, summary: message });
    }
  }
  if (task.kind === 'product') {
    const code = task.code!;
    for (const e of errors) if (e.id.startsWith(fieldId(`p.${code}.bijlage`)) || e.id === fieldId(verklaringName(code))) push(e);
  }
  return out;
}

export function finished(values: FormValues): string[] {
  return values.get(AFGEROND) ?? [];
}

export function taskStatus(form: RegionForm, values: FormValues, task: Task): TaskStatus {
  const done = finished(values).includes(task.id);
  if (done) return taskErrors(form, values, task).length > 0 ? 'fouten' : 'klaar';
  const touched =
    task.kind === 'organisatie'
      ? [...values.keys()].some((n) => n === PRODUCTEN || n.startsWith('aanbieder.'))
      : task.kind === 'combinaties'
        ? false
        : task.fields.some((f) => [...taskValues(form, values, task.codes)].some(([n, vs]) => (n === f.name || n.startsWith(`${f.name}.`)) && vs.some((v) => v.trim() !== '')));
  return touched ? 'bezig' : 'niet-begonnen';
}

export function markFinished(values: FormValues, id: string, done: boolean): void {
  const list = finished(values).filter((t) => t !== id);
  values.set(AFGEROND, done ? [...list, id] : list);
}
