import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import type { Catalog } from '../catalog/types.js';
import { validateLosAanbod } from '../contract/validate.js';
import { compare } from '../engine/compare.js';
import { qualify } from '../engine/qualify.js';
import { HttpProblem } from '../http/problem.js';
import { logger } from '../log.js';
import { probleem, web } from '../messages.js';
import { first, listRows, listRowsName, valuesFromBody, type FormValues } from './form-values.js';
import { assetUrl } from './router.js';
import { loadTemplates, type Render } from './templates.js';
import { errorView } from './views.js';
import { versionsToCompare } from '../catalog/diff.js';
import { parameters, queryParameter } from '../http/parameters.js';
import {
  comparisonView,
  differencesView,
  overviewView,
  placeFactErrors,
  productView,
  qualificationForm,
  qualificationView,
  readFacts,
  regionView,
  resultsView,
  type CatalogusAssets,
  type QualificationForm,
} from './catalogus-views.js';

/** The qualification form posts at most 3 staffing lists of 50 people with a few fields each, plus ~30 facts. */
const factsPost = express.urlencoded({ extended: false, limit: '100kb', parameterLimit: 1000 });

function assetUrls(): CatalogusAssets {
  return { css: assetUrl('site.css'), js: assetUrl('site.js'), icon: assetUrl('favicon.svg'), catalogusCss: assetUrl('catalogus.css') };
}

function html(res: Response, body: string, status = 200): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(body);
}

/** "Nog een medewerker" without JavaScript: one more empty row in that staffing list, nothing checked yet. */
function addRow(values: FormValues, qf: QualificationForm, listName: string): void {
  const field = qf.product.fields.find((f) => f.name === listName && f.kind === 'list');
  if (field) values.set(listRowsName(field), [String(Math.max(listRows(values, field) - 1, Number(first(values, listRowsName(field))) || 1) + 1)]);
}

/**
 * The catalog browser (/catalogus), the cross-region comparison (/vergelijken) and "waar past mijn
 * aanbod?" (/kwalificatie). All of it is generated from the catalog; the comparison and the
 * qualification are the engine's compare() and qualify(), as the JSON API serves them.
 */
export function catalogusRouter(catalog: Catalog, render: Render = loadTemplates()): Router {
  const router = Router();
  const assets = assetUrls();
  const vergelijking = compare(catalog);
  const qf = qualificationForm(catalog);
  const notFound = () => new HttpProblem(404, 'niet-gevonden', web.foutpagina.nietGevonden, web.foutpagina.nietGevondenTekst);

  router.get('/catalogus', (_req, res) => html(res, render('catalogus/overzicht', overviewView(assets, catalog))));

  router.get('/catalogus/:regio', (req, res) => {
    const region = catalog.regios.get(req.params.regio);
    if (!region) throw notFound();
    html(res, render('catalogus/regio', regionView(assets, region)));
  });

  router.get('/catalogus/:regio/verschillen', (req, res) => {
    const region = catalog.regios.get(req.params.regio);
    if (!region) throw notFound();
    const pair = versionsToCompare(region, queryParameter(req, parameters.van), queryParameter(req, parameters.naar));
    if ('fout' in pair) throw new HttpProblem(404, 'niet-gevonden', web.foutpagina.nietGevonden, pair.fout);
    html(res, render('catalogus/verschillen', differencesView(assets, region, pair.van, pair.naar)));
  });

  router.get('/catalogus/:regio/:code', (req, res) => {
    const product = catalog.regios.get(req.params.regio)?.producten.get(req.params.code);
    if (!product) throw notFound();
    html(res, render('catalogus/product', productView(assets, catalog.regios.get(req.params.regio)!, product)));
  });

  router.get('/vergelijken', (_req, res) => html(res, render('vergelijken', comparisonView(assets, vergelijking))));

  router.get('/kwalificatie', (_req, res) => html(res, render('kwalificatie', qualificationView(assets, qf, new Map()))));

  router.post('/kwalificatie', factsPost, (req, res) => {
    const values = valuesFromBody(req.body);
    const actie = first(values, 'actie');
    if (actie.startsWith('rij:')) {
      addRow(values, qf, actie.slice(4));
      return html(res, render('kwalificatie', qualificationView(assets, qf, values)));
    }
    const { facts, errors } = readFacts(values, qf);
    if (errors.length > 0) return html(res, render('kwalificatie', qualificationView(assets, qf, values, errors)), 422);
    const checked = validateLosAanbod({ aanbod: facts });
    if (!checked.ok) return html(res, render('kwalificatie', qualificationView(assets, qf, values, placeFactErrors(checked.errors, facts, qf))), 422);
    html(res, render('kwalificatie', resultsView(assets, catalog, qf, values, facts, qualify(checked.value, catalog))));
  });

  // These are pages: their errors are pages too (as on the web form).
  const errorPage: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const page = (titel: string, tekst: string, status: number, requestId?: string) => html(res, render('error', errorView(assets, titel, tekst, requestId)), status);
    if (err instanceof HttpProblem) return page(err.title, err.detail ?? err.title, err.status);
    const status = (err as { status?: number }).status;
    if (status === 413) return page(probleem.teGroot.titel, probleem.teGroot.detail('100 kB'), 413);
    // Other client errors come from reading the posted form (broken encoding, too many fields).
    if (typeof status === 'number' && status >= 400 && status < 500) return page(probleem.onleesbaar.titel, probleem.onleesbaar.detail, status);
    const requestId = String(res.getHeader('x-request-id') ?? '');
    logger.error({ requestId, path: req.path, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
    page(web.foutpagina.interneFout, web.foutpagina.interneFoutTekst, 500, requestId);
  };
  router.use(errorPage);
  return router;
}
