import express, { type NextFunction, type Response, type Router } from 'express';
import type { Catalog } from '../catalog/types.js';
import { check } from '../engine/check.js';
import { HttpProblem } from '../http/problem.js';
import { taken, web } from '../messages.js';
import { fieldId, type RegionForm } from './form-spec.js';
import { parseFormPost } from './form-upload.js';
import { bijlageInputId, bijlageName, chosenProducts, productCheckboxId, readForm, valuesFromBody, verklaringName, type FormValues } from './form-values.js';
import { decodeState, encodeState, StateTokenError } from './state-token.js';
import { taskPageView, taskListView, taakUrl, takenUrl } from './task-views.js';
import { addRow, applyTaskPost, markFinished, sharedFields, taskErrors, taskList, taskStatus, type Task } from './tasks.js';
import type { Render } from './templates.js';
import { errorView, placeInputErrors, resultView, reviewView, type Assets } from './views.js';
import type { EisResultaat } from '../types/contract.js';

/**
 * The task list's routes. Every POST answers 303 with the new state in the address (Post/Redirect/Get):
 * Back and Reload only ever repeat a GET. Nothing is stored on the server.
 */

interface Deps {
  catalog: Catalog;
  render: Render;
  assets: Assets;
  formOr404: (id: string) => RegionForm;
}

const tokenPost = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 5 });

function html(res: Response, body: string, status = 200): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer').send(body);
}

export function mountTaskRoutes(router: Router, { catalog, render, assets, formOr404 }: Deps): void {
  const state = (raw: unknown): FormValues => (typeof raw === 'string' && raw !== '' ? decodeState(raw) : new Map());
  const taskOr404 = (form: RegionForm, values: FormValues, id: string): Task => {
    const task = taskList(form, values).find((t) => t.id === id);
    if (!task) throw new HttpProblem(404, 'niet-gevonden', web.foutpagina.nietGevonden, taken.onbekendeTaak);
    return task;
  };

  router.get('/regio/:regio/taken', (req, res) => {
    const form = formOr404(req.params.regio);
    const values = state(req.query.s);
    html(res, render('taken', taskListView(assets, form, values, encodeState(values))));
  });

  router.get('/regio/:regio/taak/:taak', (req, res) => {
    const form = formOr404(req.params.regio);
    const values = state(req.query.s);
    const task = taskOr404(form, values, req.params.taak);
    const token = encodeState(values);
    const showErrors = taskStatus(form, values, task) === 'fouten';
    html(res, render('taak', taskPageView(assets, catalog, form, values, task, token, showErrors)));
  });

  router.post('/regio/:regio/taak/:taak', async (req, res) => {
    const form = formOr404(req.params.regio);
    const { body, bijlagen } = await parseFormPost(req, res);
    const posted = valuesFromBody(body);
    const values = state(posted.get('s')?.[0]);
    const task = taskOr404(form, values, req.params.taak);
    if (task.kind === 'product') {
      // A product task shows one product: its files are posted at position 0.
      const code = task.code!;
      for (const { index, bijlage } of bijlagen) if (index === 0) posted.set(bijlageName(code), [...(posted.get(bijlageName(code)) ?? []), JSON.stringify(bijlage)]);
    }
    const actie = posted.get('actie')?.[0] ?? 'opslaan';
    // "Nog een regel" or a dagdeel preset: one more row in that list, nothing checked yet.
    const row = /^(?:rij|preset:(dag|avond|nacht)):(.+)$/.exec(actie);
    if (row) {
      const list = task.fields.find((f) => f.name === row[2] && f.kind === 'list');
      if (list) addRow(posted, list, row[1] as 'dag' | 'avond' | 'nacht' | undefined);
    }
    const next = applyTaskPost(form, values, task, posted);
    if (row) {
      markFinished(next, task.id, false);
      return res.redirect(303, `${taakUrl(form.region.id, task.id, encodeState(next))}#${fieldId(row[2]!)}`);
    }
    if (actie === 'later') {
      markFinished(next, task.id, false);
      return res.redirect(303, takenUrl(form.region.id, encodeState(next)));
    }
    markFinished(next, task.id, true);
    const errors = taskErrors(form, next, taskOr404(form, next, task.id));
    const token = encodeState(next);
    // With errors the task page shows them (its status is "fouten"); the summary links to each field.
    res.redirect(303, errors.length > 0 ? taakUrl(form.region.id, task.id, token) : `${takenUrl(form.region.id, token)}#taak-${task.id}`);
  });

  router.get('/regio/:regio/controleren', (req, res) => {
    const form = formOr404(req.params.regio);
    const values = state(req.query.s);
    const token = encodeState(values);
    const open = taskList(form, values).filter((t) => taskStatus(form, values, t) !== 'klaar');
    const { zelfevaluatie, errors } = readForm(values, form);
    if (open.length > 0 || errors.length > 0) return res.redirect(303, takenUrl(form.region.id, token));
    const view = reviewView(assets, form, zelfevaluatie, JSON.stringify(zelfevaluatie));
    // "Wijzigen" opens the task that asks the fact, at its field.
    const where = changeTargets(form, values);
    const link = <T extends { change: { formaction: string } }>(row: T) => {
      const id = row.change.formaction.split('#')[1] ?? '';
      const [taak, anchor] = where.get(id) ?? ['organisatie', id];
      return { ...row, change: { ...row.change, href: `${taakUrl(form.region.id, taak, token)}#${anchor}` } };
    };
    html(
      res,
      render('review', {
        ...view,
        action: `/regio/${form.region.id}/toetsen`,
        token,
        aanbieder: { ...view.aanbieder, rows: view.aanbieder.rows.map(link) },
        producten: view.producten.map((p) => ({ ...p, rows: p.rows.map(link) })),
      }),
    );
  });

  router.post('/regio/:regio/toetsen', tokenPost, (req, res) => {
    const form = formOr404(req.params.regio);
    const values = state((req.body as Record<string, unknown> | undefined)?.s);
    res.redirect(303, `/regio/${form.region.id}/uitslag?s=${encodeState(values)}`);
  });

  router.get('/regio/:regio/uitslag', (req, res, next: NextFunction) => {
    if (typeof req.query.s !== 'string') return next();
    const form = formOr404(req.params.regio);
    const values = state(req.query.s);
    const { zelfevaluatie, errors } = readForm(values, form);
    const outcome = errors.length === 0 ? check(zelfevaluatie, catalog) : undefined;
    if (!outcome?.ok) return res.redirect(303, takenUrl(form.region.id, encodeState(values)));
    const token = encodeState(values);
    // "Wijzigen" at a failing or missing eis opens the task and field that fix it.
    const where = changeTargets(form, values);
    const link = (e: EisResultaat) => {
      const pointer = e.velden[0];
      if (!pointer) return undefined;
      let id = placeInputErrors([{ pointer, detail: '' }], outcome.zelfevaluatie, form)[0]?.id ?? '';
      // A derived fact points at the whole rooster or availability: the shared field of that fact.
      const top = pointer.split('/')[3];
      const code = /^\/aanbod\/(\d+)\//.exec(pointer)?.[1];
      const productcode = code !== undefined ? outcome.zelfevaluatie.aanbod[Number(code)]?.productcode : undefined;
      const shared = id.startsWith('product-') && top && productcode ? sharedFields(form, [productcode]).find((f) => f.spec.path[0] === top) : undefined;
      if (shared) id = shared.perProduct[0]!.field.id;
      const [taak, anchor] = where.get(id) ?? (id.startsWith(productCheckboxId('')) ? ['organisatie', id] : [undefined, '']);
      return taak ? `${taakUrl(form.region.id, taak, token)}#${anchor}` : undefined;
    };
    const view = resultView(assets, form.region, outcome.resultaat, JSON.stringify(outcome.zelfevaluatie), link);
    html(res, render('result', { ...view, terugNaarTaken: takenUrl(form.region.id, token) }));
  });

}

/** Element id in the one-page form → the task that asks that fact and the id it has there. */
function changeTargets(form: RegionForm, values: FormValues): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const f of form.aanbieder) out.set(f.id, ['organisatie', f.id]);
  const codes = chosenProducts(values, form);
  for (const task of taskList(form, values).filter((t) => t.kind === 'gedeeld')) {
    for (const shared of sharedFields(form, task.codes ?? [])) for (const { field } of shared.perProduct) out.set(field.id, [task.id, shared.spec.id]);
  }
  for (const code of codes) {
    const pf = form.producten.get(code)!;
    for (const f of pf.fields) if (!out.has(f.id)) out.set(f.id, [`product-${code}`, f.id]);
    out.set(fieldId(verklaringName(code)), [`product-${code}`, fieldId(verklaringName(code))]);
    for (const b of pf.bijlagen) out.set(bijlageInputId(code, b.soort), [`product-${code}`, bijlageInputId(code, b.soort)]);
    out.set(`product-${code}`, [`product-${code}`, 'inhoud']);
  }
  return out;
}

/** A token that was cut off, changed or too large: a page that says so, never a 500. */
export function stateTokenErrorPage(err: unknown, render: Render, assets: Assets, res: Response): boolean {
  if (!(err instanceof StateTokenError)) return false;
  const t = err.reden === 'te-groot' ? [taken.token.teGroot, taken.token.teGrootTekst] : [taken.token.beschadigd, taken.token.beschadigdTekst];
  html(res, render('error', errorView(assets, t[0]!, t[1]!)), err.reden === 'te-groot' ? 413 : 400);
  return true;
}
