import cookieParser from 'cookie-parser';
import express, { Router, type RequestHandler } from 'express';
import { HttpProblem } from '../http/problem.js';
import { apiLimiter } from '../http/limits.js';
import { DbCounterStore } from './counters.js';
import { checkPathParameters, parameters, queryParameter } from '../http/parameters.js';
import { inkoop, probleem } from '../messages.js';
import { authOf, currentUser, requireRole } from './auth.js';
import { sendCsv, sendReportPdf, sendReportsZip, sendXlsx } from './downloads.js';
import { bidUploadParser } from './intake.js';
import { screeningRelease } from '../ocds/release.js';
import { rescreenRound } from './rescreen.js';
import { buildMatrix, roundModel } from './matrix.js';
import { eisIdsOf } from './assessment.js';
import { bidOr404, roundInputProblem, roundOr404, runUpload, uploadOr404, validateRoundInput, type Screening, type UploadSummary } from './service.js';
import type { Round } from './store.js';
import { bidJson, links, matrixJson, roundJson, roundListJson } from './views.js';

const noStore: RequestHandler = async (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * /api/v1/screeningsrondes. Authentication is the first thing every request meets: without a valid session or API
 * token the answer is 401, whatever the path or method. A browser session must also send the CSRF token on writes.
 */
export function screeningApiRouter(s: Screening): Router {
  const router = Router();
  router.use(cookieParser(), s.auth.requireApiUser, apiLimiter(new DbCounterStore(s.store.db, 'api')), noStore);
  // After authentication: a malformed id is a 400 only to a user who may ask.
  checkPathParameters(router, parameters.id, parameters.bid, parameters.nr);
  // A browser session proves its CSRF token before any file is kept; an API token needs none.
  const upload = bidUploadParser((req) => (authOf(req.res!)?.via === 'token' ? undefined : s.auth.assertCsrf(req)));

  const summaryJson = (round: Round, summary: UploadSummary) => ({
    ontvangen: summary.ontvangen,
    geldig: summary.geldig,
    ongeldig: summary.ongeldig,
    dubbel: summary.dubbel,
    overgeslagen: summary.overgeslagen,
    alOntvangen: summary.herkend.map((h) => ({ bestandsnaam: h.bestandsnaam, sha256: h.sha256, volgnummer: h.volgnummer })),
    inschrijvingen: summary.inschrijvingen.map((b) => bidJson(round, b)),
  });

  router.get('/', async (_req, res) => {
    const user = currentUser(res);
    res.json({ screeningsrondes: (await s.store.rounds(user.organisatieId)).map((r) => roundListJson(r, s.catalog)) });
  });

  router.post('/', express.json({ limit: '16kb' }), s.auth.csrfProtection, async (req, res) => {
    requireRole(currentUser(res), 'beheerder');
    const input = validateRoundInput(req.body, s.catalog);
    if (!input.ok) throw roundInputProblem(input.errors);
    const round = await s.store.createRound(currentUser(res), input.value);
    res.status(201).location(links.ronde(round.id)).json(roundJson(round, s.catalog));
  });

  router.get('/:id', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    const alleen = queryParameter(req, parameters.alleen) === 'voldoet-niet';
    const model = await roundModel(s.store, s.catalog, round);
    res.json(matrixJson(round, s.catalog, model, buildMatrix(model, { alleenVoldoetNiet: alleen }), alleen));
  });

  router.delete('/:id', s.auth.csrfProtection, async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    requireRole(currentUser(res), 'beheerder');
    await s.store.deleteRound(currentUser(res), round);
    res.status(204).end();
  });

  router.post(
    '/:id/inschrijvingen',
    async (req, res, next) => {
      // The round and the right to upload are checked before a byte of the upload is read.
      await roundOr404(s, currentUser(res), req.params.id);
      requireRole(currentUser(res), 'beoordelaar');
      next();
    },
    upload,
    s.auth.csrfProtection,
    async (req, res) => {
      const user = currentUser(res);
      const round = await roundOr404(s, user, req.params.id);
      await runUpload(s, req, res, user, round, (summary) => res.status(201).json(summaryJson(round, summary)), (summary) => summaryJson(round, summary));
    },
  );

  router.get('/:id/inschrijvingen/:bid', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    await s.store.audit(user, 'resultaat-bekeken', round, inkoop.audit.inschrijving(bid.volgnummer));
    res.json({ ...bidJson(round, bid), ...(await s.beoordeling.of(bid.id)) });
  });

  router.get('/:id/inschrijvingen/:bid/rapport.pdf', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    if (!bid.resultaat) throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, inkoop.probleem.inschrijvingNietGevonden);
    await sendReportPdf(s, user, round, bid, res);
  });

  router.get('/:id/inschrijvingen/:bid/bestand', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    const inhoud = await s.store.bidFile(round.id, bid.id)!;
    await s.store.audit(user, 'bestand-gedownload', round, inkoop.audit.inschrijving(bid.volgnummer));
    // The name is a label from the upload: only its last part, and the header is encoded by Express (content-disposition).
    const naam = bid.bestandsnaam.split('/').pop() || 'inschrijving';
    res.type(/\.json$/i.test(naam) ? 'application/json' : 'application/octet-stream').attachment(naam).send(inhoud);
  });

  router.delete('/:id/inschrijvingen/:bid', s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    await s.store.deleteBid(user, round, (await bidOr404(s, round, req.params.bid)).id);
    res.status(204).end();
  });

  router.get('/:id/uploads', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    res.json({ uploads: await s.store.uploads(round.id) });
  });

  router.delete('/:id/uploads/:nr', s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    await s.store.deleteUpload(user, round, (await uploadOr404(s, round, req.params.nr)).nr);
    res.status(204).end();
  });

  router.put('/:id/inschrijvingen/:bid/beoordeling', express.json({ limit: '16kb' }), s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    requireRole(user, 'beoordelaar');
    const body = (req.body ?? {}) as Record<string, unknown>;
    res.json(await s.beoordeling.setStatus(user, round, bid, { status: body.status, reden: body.reden }));
  });

  router.post('/:id/inschrijvingen/:bid/beoordeling/bevestiging', s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    requireRole(user, 'beoordelaar');
    res.json(await s.beoordeling.confirm(user, round, bid));
  });

  router.post('/:id/inschrijvingen/:bid/notities', express.json({ limit: '16kb' }), s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    requireRole(user, 'beoordelaar');
    const body = (req.body ?? {}) as Record<string, unknown>;
    res.status(201).json(await s.beoordeling.addNote(user, round, bid, { tekst: body.tekst, eis: body.eis }, eisIdsOf(bid.resultaat)));
  });

  // ?proef=true lists what would change without storing anything.
  router.post('/:id/hertoetsing', s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const proef = queryParameter(req, parameters.proef) === 'true';
    if (!proef) requireRole(user, 'beheerder');
    const outcome = await rescreenRound(s, user, round, !proef);
    res.json({
      catalogusVersie: outcome.catalogusVersie,
      bekeken: outcome.bekeken,
      toegepast: outcome.toegepast,
      gewijzigd: outcome.gewijzigd.map(({ id, ...c }) => ({ ...c, links: { resultaat: links.inschrijving(round.id, id) } })),
    });
  });

  router.post('/:id/inschrijvingen/:bid/telt', s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beoordelaar');
    const bid = await s.store.chooseCounting(user, round, (await bidOr404(s, round, req.params.bid)).id);
    if (!bid) throw new HttpProblem(409, 'geen-keuze', inkoop.probleem.keuze, inkoop.probleem.geenKeuze);
    res.json(bidJson(round, bid));
  });

  router.get('/:id/export.xlsx', async (req, res) => {
    await sendXlsx(s, currentUser(res), await roundOr404(s, currentUser(res), req.params.id), res);
  });

  router.get('/:id/export.csv', async (req, res) => {
    sendCsv(s, currentUser(res), await roundOr404(s, currentUser(res), req.params.id), res);
  });

  router.get('/:id/ocds.json', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    const region = s.catalog.regios.get(round.regio);
    if (!region) throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, probleem.onbekendeRegio(round.regio));
    const results = [];
    for await (const result of s.store.countingResults(round.id)) results.push(result);
    res
      .set('Content-Disposition', `attachment; filename="ocds-${round.id}.json"`)
      .json(screeningRelease(region, round, results));
  });

  router.get('/:id/rapporten.zip', async (req, res) => {
    await sendReportsZip(s, currentUser(res), await roundOr404(s, currentUser(res), req.params.id), res);
  });

  router.use((req) => {
    throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, probleem.nietGevonden.detail(req.originalUrl));
  });
  return router;
}
