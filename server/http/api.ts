import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Catalog } from '../catalog/types.js';
import { productDetail, productSummary, regionDetail, regionSummary } from '../catalog/view.js';
import { check } from '../engine/check.js';
import { compare } from '../engine/compare.js';
import { qualify } from '../engine/qualify.js';
import { validateLosAanbod } from '../contract/validate.js';
import { probleem } from '../messages.js';
import { regiosDir, schemasDir } from '../paths.js';
import type { Zelfevaluatie } from '../types/contract.js';
import { buildOpenApi } from './openapi.js';
import { checkPathParameters, parameters, queryParameter } from './parameters.js';
import { verschillen, versionsToCompare } from '../catalog/diff.js';
import { bodVerschillen } from '../engine/bid-diff.js';
import { HttpProblem } from './problem.js';
import { parseJsonText } from './json-body.js';
import { parseMultipart, readBijlagen } from './upload.js';
import { jsonCache } from './cached.js';
import { renderReportPdf } from '../report/pdf.js';
import { XLSX_TYPE, zelfevaluatieXlsx } from '../workbook/generate.js';
import { catalogRelease } from '../ocds/release.js';
import { readZelfevaluatieWorkbook, withCells } from '../workbook/read.js';
import { looksLikeWorkbook, workbookLimits } from '../workbook/safety.js';
import { werkboek } from '../messages.js';

export const JSON_LIMIT = '1mb';

function notFound(detail: string): HttpProblem {
  return new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, detail);
}

/** Reads the zelfevaluatie from a JSON or multipart body; uploaded files become bijlagen (hash, name, size). */
async function readSubmission(req: Request, res: Response, catalog: Catalog): Promise<{ body: unknown; where?: (pointer: string) => string | undefined }> {
  if (req.is(XLSX_TYPE)) {
    if (!Buffer.isBuffer(req.body)) throw new HttpProblem(400, 'multipart', probleem.multipart.titel, probleem.multipart.afgebroken);
    return fromWorkbook(req.body, catalog);
  }
  if (req.is('multipart/form-data')) {
    await new Promise<void>((resolve, reject) => parseMultipart(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    const allFiles = (req.files as Express.Multer.File[]) ?? [];
    const workbook = allFiles.find((f) => f.fieldname === ZELFEVALUATIE_PART);
    const part = (req.body as Record<string, unknown> | undefined)?.zelfevaluatie;
    if (typeof part !== 'string' && !workbook) throw new HttpProblem(400, 'multipart', probleem.multipart.titel, probleem.multipart.geenZelfevaluatie);
    const read = workbook && looksLikeWorkbook(workbook.buffer) ? await fromWorkbook(workbook.buffer, catalog) : { body: parseJsonText(workbook ? workbook.buffer.toString('utf8') : (part as string)) };
    const body = read.body;
    const { bijlagen, errors } = await readBijlagen(allFiles.filter((f) => f.fieldname !== ZELFEVALUATIE_PART));
    const aanbod = (body as Partial<Zelfevaluatie> | null)?.aanbod;
    for (const { index, bijlage } of bijlagen) {
      const item = Array.isArray(aanbod) ? aanbod[index] : undefined;
      if (!item || typeof item !== 'object') {
        errors.push({ pointer: `/aanbod/${index}`, detail: probleem.multipart.onbekendAanbod(index) });
        continue;
      }
      item.bijlagen = [...(Array.isArray(item.bijlagen) ? item.bijlagen : []), bijlage];
    }
    if (errors.length > 0) throw new HttpProblem(422, 'ongeldige-invoer', probleem.ongeldigeInvoer.titel, probleem.ongeldigeInvoer.detail(errors.length), errors);
    return read;
  }
  if (req.is(['application/json', 'application/*+json'])) return { body: parseJsonText(typeof req.body === 'string' ? req.body : '') };
  throw new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
}

const ZELFEVALUATIE_PART = 'zelfevaluatie';

/** A filled Excel zelfevaluatie as the body to check; a workbook that cannot be read is a 413 or 422 naming sheet and cell. */
async function fromWorkbook(buffer: Buffer, catalog: Catalog): Promise<{ body: unknown; where: (pointer: string) => string | undefined }> {
  const read = await readZelfevaluatieWorkbook(buffer, catalog);
  if (!read.ok) {
    if (read.status === 413) throw new HttpProblem(413, 'te-groot', probleem.teGroot.titel, read.errors[0]!.detail);
    throw new HttpProblem(422, 'ongeldige-invoer', werkboek.fout.titel, probleem.ongeldigeInvoer.detail(read.errors.length), read.errors);
  }
  return { body: read.value, where: read.where };
}

export function apiRouter(catalog: Catalog): Router {
  const router = Router();
  const openapi = buildOpenApi();
  checkPathParameters(router, parameters.regio, parameters.code, parameters.naam, parameters.bestand);

  const regionOr404 = (id: string) => {
    const region = catalog.regios.get(id);
    if (!region) throw notFound(probleem.onbekendeRegio(id));
    return region;
  };

  // The catalog does not change while the server runs: its answers are serialised once and carry an ETag.
  const sendCached = jsonCache();
  router.get('/regios', (req, res) => {
    sendCached(req, res, 'regios', () => ({ regios: [...catalog.regios.values()].map(regionSummary) }));
  });
  router.get('/regios/:regio', (req, res) => {
    const region = regionOr404(req.params.regio);
    sendCached(req, res, `regio ${region.id}`, () => regionDetail(region));
  });
  router.get('/regios/:regio/producten', (req, res) => {
    const region = regionOr404(req.params.regio);
    sendCached(req, res, `producten ${region.id}`, () => ({ producten: [...region.producten.values()].map(productSummary) }));
  });
  router.get('/regios/:regio/ocds.json', (req, res) => {
    res.json(catalogRelease(regionOr404(req.params.regio)));
  });
  router.get('/regios/:regio/producten/:code', (req, res) => {
    const region = regionOr404(req.params.regio);
    const product = region.producten.get(req.params.code);
    if (!product) throw notFound(probleem.onbekendProduct(req.params.code, region.naam));
    sendCached(req, res, `product ${region.id} ${product.code}`, () => productDetail(product));
  });

  // Only the two documented forms are served; the parameters are checked (400) before a file is looked for (404).
  // The catalog's own files come from the folder it was loaded from (EISENTOETS_CATALOGUS), the contract's from schemas/.
  const sendSchema = (file: string, req: Request, res: Response, next: NextFunction, root = schemasDir) => {
    res.type('application/schema+json').sendFile(file, { root, dotfiles: 'deny' }, (err?: Error & { status?: number }) => {
      if (err) next(err.status === 404 && !res.headersSent ? notFound(probleem.nietGevonden.detail(req.originalUrl)) : err);
    });
  };
  router.get('/schemas/:naam', (req, res, next) => sendSchema(req.params.naam, req, res, next));
  router.get('/schemas/regios/:regio/:bestand', (req, res, next) => sendSchema(`${req.params.regio}/${req.params.bestand}`, req, res, next, catalog.map ?? regiosDir));
  // A region with versions side by side: regios/<regio>/<versie>/<bestand> (the folder of the version, e.g. 2027).
  router.get('/schemas/regios/:regio/:versie/:bestand', (req, res, next) => {
    if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(req.params.versie)) return next(notFound(probleem.nietGevonden.detail(req.originalUrl)));
    sendSchema(`${req.params.regio}/${req.params.versie}/${req.params.bestand}`, req, res, next, catalog.map ?? regiosDir);
  });

  // What changed between two catalog years of a region (server/catalog/diff.ts).
  router.get('/regios/:regio/verschillen', (req, res) => {
    const region = regionOr404(req.params.regio);
    const pair = versionsToCompare(region, queryParameter(req, parameters.van), queryParameter(req, parameters.naar));
    if ('fout' in pair) throw notFound(pair.fout);
    res.json(verschillen(pair.van, pair.naar));
  });

  // "My saved zelfevaluatie against next year's catalog": the same as `eisentoets catalogus verschil --bod`.
  router.post('/regios/:regio/verschillen/bod', express.text({ limit: JSON_LIMIT, type: ['application/json', 'application/*+json'] }), (req, res) => {
    const region = regionOr404(req.params.regio);
    const pair = versionsToCompare(region, queryParameter(req, parameters.van), queryParameter(req, parameters.naar));
    if ('fout' in pair) throw notFound(pair.fout);
    if (!req.is(['application/json', 'application/*+json'])) throw new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
    const input = parseJsonText(typeof req.body === 'string' ? req.body : '');
    const regio = input && typeof input === 'object' ? (input as { regio?: unknown }).regio : undefined;
    const errors = regio !== undefined && regio !== region.id ? [{ pointer: '/regio', detail: probleem.andereRegio(String(regio), region.id) }] : [];
    const uitkomst = errors.length > 0 ? { ok: false as const, errors } : bodVerschillen(input, catalog, pair.van, pair.naar);
    if (!uitkomst.ok) {
      throw new HttpProblem(422, 'ongeldige-invoer', probleem.ongeldigeInvoer.titel, probleem.ongeldigeInvoer.detail(uitkomst.errors.length), uitkomst.errors);
    }
    res.json({ ...verschillen(pair.van, pair.naar), bod: uitkomst.bod });
  });

  const vergelijking = compare(catalog);
  router.get('/vergelijking', (req, res) => {
    sendCached(req, res, 'vergelijking', () => vergelijking);
  });

  router.post('/kwalificatie', express.text({ limit: JSON_LIMIT, type: ['application/json', 'application/*+json'] }), (req, res) => {
    if (!req.is(['application/json', 'application/*+json'])) throw new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
    const checked = validateLosAanbod(parseJsonText(typeof req.body === 'string' ? req.body : ''));
    if (!checked.ok) {
      throw new HttpProblem(422, 'ongeldige-invoer', probleem.ongeldigeInvoer.titel, probleem.ongeldigeInvoer.detail(checked.errors.length), checked.errors);
    }
    res.json({ resultaten: qualify(checked.value, catalog) });
  });

  router.get('/openapi.json', (req, res) => {
    sendCached(req, res, 'openapi', () => openapi);
  });

  // The empty workbook of a region is the same for the same catalog: made once, on first request.
  const sjablonen = new Map<string, Promise<Buffer>>();
  router.get('/regios/:regio/sjabloon.xlsx', async (req, res) => {
    const region = regionOr404(req.params.regio);
    let file = sjablonen.get(region.id);
    if (!file) {
      file = zelfevaluatieXlsx(region);
      sjablonen.set(region.id, file);
    }
    res
      .type(XLSX_TYPE)
      .set('Content-Disposition', `attachment; filename="zelfevaluatie-${region.id}-${region.versie.slice(0, 12)}.xlsx"`)
      .send(await file);
  });

  router.post(
    '/toetsingen',
    express.text({ limit: JSON_LIMIT, type: ['application/json', 'application/*+json'] }),
    express.raw({ limit: workbookLimits.bytes, type: XLSX_TYPE }),
    async (req, res) => {
    const format = req.accepts(['application/json', 'application/pdf']);
    if (!format) throw new HttpProblem(406, 'niet-aanvaardbaar', probleem.nietAanvaardbaar.titel, probleem.nietAanvaardbaar.detail);
    const jaar = queryParameter(req, parameters.jaar);
    const { body, where } = await readSubmission(req, res, catalog);
    const outcome = check(body, catalog, jaar ? { jaar: Number(jaar) } : {});
    if (!outcome.ok) {
      const errors = where ? withCells(outcome.errors, where) : outcome.errors;
      throw new HttpProblem(422, 'ongeldige-invoer', probleem.ongeldigeInvoer.titel, probleem.ongeldigeInvoer.detail(errors.length), errors);
    }
    if (format === 'application/pdf') {
      const pdf = await renderReportPdf(outcome.resultaat);
      res
        .type('application/pdf')
        .set('Content-Disposition', `attachment; filename="toetsresultaat-${outcome.resultaat.id}.pdf"`)
        .send(pdf);
      return;
    }
    // Not res.json: Express would hash the 50-60 kB answer for an ETag that no client of a POST can use.
    const json = Buffer.from(JSON.stringify(outcome.resultaat));
    res.type('application/json').setHeader('Content-Length', json.length);
    res.end(json);
    },
  );

  router.use((req) => {
    throw notFound(probleem.nietGevonden.detail(req.originalUrl));
  });
  return router;
}
