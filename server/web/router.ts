import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { Catalog } from '../catalog/types.js';
import { validateZelfevaluatie } from '../contract/validate.js';
import { check } from '../engine/check.js';
import { HttpProblem } from '../http/problem.js';
import { logger } from '../log.js';
import { projectRoot } from '../paths.js';
import { sha256Hex } from '../json.js';
import { renderReportPdf } from '../report/pdf.js';
import { ruleScope } from '../engine/offered-rules.js';
import { probleem, web } from '../messages.js';
import type { Zelfevaluatie } from '../types/contract.js';
import { regionForm, type RegionForm } from './form-spec.js';
import { parseFormPost, parseJsonUpload } from './form-upload.js';
import { readZelfevaluatieWorkbook } from '../workbook/read.js';
import { looksLikeWorkbook } from '../workbook/safety.js';
import { bijlageInputId, bijlageName, chosenProducts, first, listRowsName, listRows, readForm, valuesFromBody, valuesFromZelfevaluatie, VOLGORDE, type FormError, type FormValues } from './form-values.js';
import { mountTaskRoutes, stateTokenErrorPage } from './task-router.js';
import { loadTemplates, type Render } from './templates.js';
import { errorView, formView, placeInputErrors, resultView, reviewView, startView, statementView, type Assets } from './views.js';

export const staticDir = path.join(projectRoot, 'server', 'web', 'static');

/** The date the accessibility statement was last reviewed (shown on the statement page). */
const STATEMENT_DATE = '23 november 2026';

/** The URL of a static file with a hash of its content, so it can be cached for a year and still change. */
export function assetUrl(file: string): string {
  return `/static/${file}?v=${sha256Hex(readFileSync(path.join(staticDir, file))).slice(0, 12)}`;
}

function assetUrls(): Assets {
  return { css: assetUrl('site.css'), js: assetUrl('site.js'), icon: assetUrl('favicon.svg') };
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s);
const isInstant = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s) && !Number.isNaN(Date.parse(s));

/** Fields posted by the review and result pages: the zelfevaluatie travels in the page, never on the server. */
const statePost = express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 10 });

class MissingState extends Error {}

function parseState(req: Request): unknown {
  const text = (req.body as Record<string, unknown> | undefined)?.zelfevaluatie;
  if (typeof text !== 'string' || text === '') throw new MissingState();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MissingState();
  }
}

function html(res: Response, body: string, status = 200): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(body);
}

/**
 * The provider's pages: start, form per region, review, result, downloads and the accessibility
 * statement. Every toets goes through check(), as the JSON API does.
 */
export function webRouter(catalog: Catalog): Router {
  const router = Router();
  const render: Render = loadTemplates();
  const assets = assetUrls();
  const forms = new Map<string, RegionForm>([...catalog.regios.values()].map((r) => [r.id, regionForm(r)]));

  const formOr404 = (id: string): RegionForm => {
    const form = forms.get(id);
    if (!form) throw new HttpProblem(404, 'niet-gevonden', web.foutpagina.nietGevonden, web.foutpagina.nietGevondenTekst);
    return form;
  };
  const showForm = (res: Response, form: RegionForm, values: FormValues, errors: FormError[] = [], status = 200) =>
    html(res, render('form', formView(assets, form, values, errors)), status);

  router.use(
    '/static',
    express.static(staticDir, {
      index: false,
      dotfiles: 'deny',
      fallthrough: false,
      // URLs carry a content hash (?v=), so a browser may keep a file for a year.
      setHeaders: (res) => res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );

  router.get('/', (_req, res) => html(res, render('start', startView(assets, catalog))));

  router.get('/toegankelijkheid', (_req, res) => html(res, render('toegankelijkheid', statementView(assets, STATEMENT_DATE))));

  router.post('/inlezen', async (req, res) => {
    const { text, naam, buffer } = await parseJsonUpload(req, res);
    const fail = (message: string, status = 422) =>
      html(res, render('start', startView(assets, catalog, [{ href: '#bestand', text: message }], message)), status);
    if (text === undefined || buffer === undefined) return fail(web.fout.geenBestand);
    let input: unknown;
    if (looksLikeWorkbook(buffer)) {
      // A filled Excel sjabloon: cells that cannot be read are named by sheet and cell; the form is not opened.
      const read = await readZelfevaluatieWorkbook(buffer, catalog);
      if (!read.ok) return fail(read.errors.slice(0, 5).map((e) => e.detail).join(' '), read.status);
      input = read.value;
    } else {
      try {
        input = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        return fail(web.fout.geenJson(naam ?? ''));
      }
    }
    const regio = (input as { regio?: unknown } | null)?.regio;
    const form = typeof regio === 'string' ? forms.get(regio) : undefined;
    if (!form) return fail(typeof regio === 'string' ? web.fout.onbekendeRegio(naam ?? '', regio) : web.fout.geenJson(naam ?? ''));
    const validation = validateZelfevaluatie(input, catalog);
    const errors = validation.ok ? [] : placeInputErrors(validation.errors, input, form);
    showForm(res, form, valuesFromZelfevaluatie(input, form), errors, errors.length > 0 ? 422 : 200);
  });

  router.get('/regio/:regio', (req, res) => {
    showForm(res, formOr404(req.params.regio), new Map());
  });

  router.post('/regio/:regio', async (req, res) => {
    const form = formOr404(req.params.regio);
    const { body, bijlagen, problems } = await parseFormPost(req, res);
    const values = valuesFromBody(body);
    // Files belong to the product shown at that position when the form was rendered.
    const shown = first(values, VOLGORDE).split(',');
    for (const { index, bijlage } of bijlagen) {
      const code = shown[index];
      if (code && form.producten.has(code)) values.set(bijlageName(code), [...(values.get(bijlageName(code)) ?? []), JSON.stringify(bijlage)]);
    }
    const uploadErrors: FormError[] = problems.map((p) => {
      const code = shown[p.index] ?? '';
      const pf = form.producten.get(code);
      const soort = pf?.bijlagen.some((b) => b.soort === p.soort) ? p.soort : pf?.bijlagen[0]?.soort ?? '';
      return { id: pf ? bijlageInputId(code, soort) : 'producten', message: p.detail, summary: pf ? web.fout.inProduct(code, p.detail) : p.detail };
    });

    const actie = first(values, 'actie');
    if (actie.startsWith('rij:')) {
      // "Nog een medewerker": one more empty row in that list, nothing checked yet.
      const listName = actie.slice(4);
      for (const code of chosenProducts(values, form)) {
        const field = form.producten.get(code)!.fields.find((f) => f.name === listName && f.kind === 'list');
        if (field) values.set(listRowsName(field), [String(Math.max(listRows(values, field) - 1, Number(first(values, listRowsName(field))) || 1) + 1)]);
      }
      return showForm(res, form, values, uploadErrors, uploadErrors.length > 0 ? 422 : 200);
    }
    if (actie === 'producten') return showForm(res, form, values, uploadErrors, uploadErrors.length > 0 ? 422 : 200);

    const { zelfevaluatie, errors } = readForm(values, form);
    const all = [...errors, ...uploadErrors];
    if (all.length > 0) return showForm(res, form, values, all, 422);
    const validation = validateZelfevaluatie(zelfevaluatie, catalog);
    if (!validation.ok) return showForm(res, form, values, placeInputErrors(validation.errors, zelfevaluatie, form), 422);
    html(res, render('review', reviewView(assets, form, zelfevaluatie, JSON.stringify(zelfevaluatie))));
  });

  router.post('/regio/:regio/wijzigen', statePost, (req, res) => {
    const form = formOr404(req.params.regio);
    showForm(res, form, valuesFromZelfevaluatie(parseState(req), form));
  });

  router.post('/regio/:regio/uitslag', statePost, (req, res) => {
    const form = formOr404(req.params.regio);
    const input = parseState(req);
    const outcome = check(input, catalog);
    if (!outcome.ok || outcome.zelfevaluatie.regio !== form.region.id) {
      const errors = outcome.ok ? [] : placeInputErrors(outcome.errors, input, form);
      return showForm(res, form, valuesFromZelfevaluatie(input, form), errors, 422);
    }
    html(res, render('result', resultView(assets, form.region, outcome.resultaat, JSON.stringify(outcome.zelfevaluatie))));
  });

  mountTaskRoutes(router, { catalog, render, assets, formOr404 });

  // Refreshing or bookmarking a step that needs posted data leads back to the form.
  for (const step of ['wijzigen', 'uitslag']) {
    router.get(`/regio/:regio/${step}`, (req, res) => {
      formOr404(req.params.regio);
      res.redirect(303, `/regio/${req.params.regio}`);
    });
  }

  /** Re-checks the posted zelfevaluatie with the id and moment of the result page, so the report matches it. */
  const recheck = (req: Request) => {
    const input = parseState(req);
    const body = req.body as Record<string, unknown>;
    const id = typeof body.id === 'string' && isUuid(body.id) ? body.id : undefined;
    const getoetstOp = typeof body.getoetstOp === 'string' && isInstant(body.getoetstOp) ? new Date(body.getoetstOp) : undefined;
    const outcome = check(input, catalog, { ...(id ? { id } : {}), ...(getoetstOp ? { now: getoetstOp } : {}) });
    if (!outcome.ok) throw new MissingState();
    return outcome;
  };

  router.post('/rapport.pdf', statePost, async (req, res) => {
    const { resultaat } = recheck(req);
    // The provider's report leaves out rules about products not offered; "kort" puts passing eisen on one line.
    const region = catalog.regios.get(resultaat.regio.id);
    const scope = region ? ruleScope(resultaat, region) : undefined;
    const kort = (req.body as Record<string, unknown>).kort === 'ja';
    const pdf = await renderReportPdf(resultaat, { ...scope, kort });
    res
      .type('application/pdf')
      .set('Content-Disposition', `attachment; filename="toetsrapport-${kort ? 'kort-' : ''}${resultaat.regio.id}-${resultaat.id}.pdf"`)
      .set('Cache-Control', 'no-store')
      .send(pdf);
  });

  router.post('/zelfevaluatie.json', statePost, (req, res) => {
    const { zelfevaluatie } = recheck(req);
    const z = zelfevaluatie as Zelfevaluatie;
    res
      .type('application/json')
      .set('Content-Disposition', `attachment; filename="zelfevaluatie-${z.regio}-${z.aanbieder.kvkNummer}.json"`)
      .set('Cache-Control', 'no-store')
      .send(`${JSON.stringify(zelfevaluatie, null, 2)}\n`);
  });

  // These are pages: their errors are pages too, whatever the client says it accepts.
  const errorPage: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const requestId = String(res.getHeader('x-request-id') ?? '');
    if (stateTokenErrorPage(err, render, assets, res)) return;
    if (err instanceof MissingState) {
      return html(res, render('error', errorView(assets, web.foutpagina.verlopen, web.foutpagina.verlopenTekst)), 400);
    }
    if (err instanceof HttpProblem) {
      return html(res, render('error', errorView(assets, err.title, err.detail ?? err.title, err.status >= 500 ? requestId : undefined)), err.status);
    }
    const status = (err as { status?: number }).status;
    // express.static says 404 for a missing file and 403 for a path that climbs out: both are "not found" here.
    if (status === 404 || status === 403) {
      return html(res, render('error', errorView(assets, web.foutpagina.nietGevonden, web.foutpagina.nietGevondenTekst)), 404);
    }
    if (status === 413) return html(res, render('error', errorView(assets, probleem.teGroot.titel, probleem.teGroot.detail('1 MB'))), 413);
    // Any other client error from body parsing (broken encoding, aborted upload): the posted state did not arrive.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return html(res, render('error', errorView(assets, web.foutpagina.verlopen, web.foutpagina.verlopenTekst)), status);
    }
    logger.error({ requestId, path: req.path, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
    html(res, render('error', errorView(assets, web.foutpagina.interneFout, web.foutpagina.interneFoutTekst, requestId)), 500);
  };
  router.use(errorPage);
  return router;
}
