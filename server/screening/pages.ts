import cookieParser from 'cookie-parser';
import express, { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import { toProblem } from '../http/errors.js';
import { HttpProblem } from '../http/problem.js';
import { loginLimiter } from '../http/limits.js';
import { DbCounterStore } from './counters.js';
import { logger } from '../log.js';
import { inkoop, probleem, uitslagLabel, uitslagSymbool } from '../messages.js';
import type { EisResultaat, Toetsresultaat } from '../types/contract.js';
import { TOKEN_DAYS, authOf, currentUser, mayDo, requireRole, safeReturnPath } from './auth.js';
import { UPLOAD_FIELD, bidUploadParser, screeningLimits } from './intake.js';
import { buildMatrix, roundModel, type Cell, type MatrixView } from './matrix.js';
import { bidOr404, roundOr404, runUpload, uploadOr404, validateRoundInput, type Screening, type UploadSummary } from './service.js';
import type { AuditEntry, Round, StoredBid, User } from './store.js';
import { inkoopAssetsDir, loadInkoopTemplates } from './templates.js';
import { naSluiting } from './deadline.js';
import { rescreenRound } from './rescreen.js';
import { STATUSSEN, eisIdsOf, type Assessments } from './assessment.js';
import { documentTitle, links } from './views.js';

const t = inkoop.pagina;

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dateLong = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
const formatDateTime = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '');
const formatDate = (day: string) => dateLong.format(new Date(`${day}T00:00:00Z`));

const page = {
  rondes: '/inkoop',
  ronde: (id: string) => `/inkoop/rondes/${id}`,
  upload: (id: string) => `/inkoop/rondes/${id}/inschrijvingen`,
  inschrijving: (id: string, bid: string) => `/inkoop/rondes/${id}/inschrijvingen/${bid}`,
  dubbel: (id: string) => `/inkoop/rondes/${id}/dubbel`,
  verwijderen: (id: string) => `/inkoop/rondes/${id}/verwijderen`,
  inschrijvingVerwijderen: (id: string, bid: string) => `/inkoop/rondes/${id}/inschrijvingen/${bid}/verwijderen`,
  uploadVerwijderen: (id: string, nr: number) => `/inkoop/rondes/${id}/uploads/${nr}/verwijderen`,
  hertoetsen: (id: string) => `/inkoop/rondes/${id}/hertoetsen`,
};

/** The search, filter and sort of the matrix, from the query string of the round page (a GET form). */
function matrixView(query: Request['query'], alleen: boolean): MatrixView {
  const str = (k: string, max: number) => (typeof query[k] === 'string' && query[k].length <= max ? query[k] : undefined);
  const uitslag = str('uitslag', 20);
  return {
    alleenVoldoetNiet: alleen,
    zoek: str('zoek', 100)?.trim() || undefined,
    product: str('product', 20) || undefined,
    productUitslag: uitslag === 'voldoet' || uitslag === 'voldoet-niet' ? uitslag : undefined,
    sorteer: str('sorteer', 20) || undefined,
    aflopend: query.richting === 'af',
  };
}

/** After a deletion on a round: what went, from numbers in the query string (numbers only, never names). */
function deletionNotice(query: Request['query']): string | null {
  const n = (k: string) => (typeof query[k] === 'string' && /^\d{1,6}$/.test(query[k]) ? Number(query[k]) : null);
  const bid = n('inschrijvingVerwijderd');
  if (bid !== null) return t.verwijderen.inschrijvingKlaar(bid);
  const upload = n('uploadVerwijderd');
  if (upload !== null) return t.verwijderen.uploadKlaar(upload, n('aantal') ?? 0);
  const hertoetst = n('hertoetst');
  if (hertoetst !== null) return inkoop.hertoetsen.klaar(hertoetst, n('gewijzigd') ?? 0);
  return null;
}

/** The visual class, symbol and word of a verdict or matrix cell (a cue that does not rely on colour). */
function verdict(c: Cell | EisResultaat['uitslag']) {
  if (c === 'niet-aangeboden') return { klasse: 'leeg', symbool: '–', label: inkoop.cel[c] };
  return { klasse: c, symbool: uitslagSymbool[c], label: uitslagLabel[c] };
}

const eisOrder: Record<EisResultaat['uitslag'], number> = { 'voldoet-niet': 0, ontbreekt: 1, signaal: 2, voldoet: 3 };

function eisRows(eisen: EisResultaat[]) {
  return [...eisen]
    .sort((a, b) => eisOrder[a.uitslag] - eisOrder[b.uitslag])
    .map((e) => ({ ...verdict(e.uitslag), id: e.id, titel: e.titel, verwacht: e.verwacht, opgegeven: e.opgegeven, advies: e.advies, sectie: e.bron.sectie, citaat: e.bron.citaat }));
}

/** Numbers of the last upload, carried in the redirect's query string (numbers only) for the page without JavaScript. */
function uploadNotice(query: Request['query']) {
  const n = (k: string) => (typeof query[k] === 'string' && /^\d{1,6}$/.test(query[k]) ? Number(query[k]) : null);
  const ontvangen = n('ontvangen');
  if (ontvangen === null) return null;
  return inkoop.pagina.ronde.melding(ontvangen, n('geldig') ?? 0, n('ongeldig') ?? 0, n('dubbel') ?? 0, n('overgeslagen') ?? 0, n('herkend') ?? 0);
}

const noticeQuery = (s: UploadSummary) =>
  `?ontvangen=${s.ontvangen}&geldig=${s.geldig}&ongeldig=${s.ongeldig}&dubbel=${s.dubbel}${s.overgeslagen > 0 ? `&overgeslagen=${s.overgeslagen}` : ''}${s.herkend.length > 0 ? `&herkend=${s.herkend.length}` : ''}`;

/** /inkoop: the pages. A visitor without a session is sent to /inkoop/inloggen; every form carries a CSRF token. */
export function screeningPagesRouter(s: Screening): Router {
  const render = loadInkoopTemplates();
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 });

  const show = (req: Request, res: Response, name: string, model: Record<string, unknown>, status = 200) => {
    const auth = authOf(res);
    res
      .status(status)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(render(name, { t, gebruiker: auth?.user, mag: mayDo(auth?.user), csrf: s.auth.csrfToken(req, res), ...model }));
  };

  // Style sheet and script (no inline ones: the CSP forbids them), public so the log-in page has them too.
  router.use(cookieParser());
  router.use('/assets', express.static(inkoopAssetsDir, { index: false, dotfiles: 'deny', fallthrough: false, maxAge: '1h', redirect: false }));

  router.get('/inloggen', async (req, res) => {
    if ((await s.auth.identify(req))?.via === 'sessie') return res.redirect(303, safeReturnPath(req.query.terug));
    show(req, res, 'inloggen', { titel: t.inloggen.titel, terug: safeReturnPath(req.query.terug) });
  });

  router.post('/inloggen', loginLimiter(new DbCounterStore(s.store.db, 'inloggen')), form, s.auth.csrfProtection, async (req, res) => {
    const body = req.body as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email : '';
    const wachtwoord = typeof body.wachtwoord === 'string' ? body.wachtwoord : '';
    const terug = safeReturnPath(body.terug);
    const user = await s.auth.login(email, wachtwoord);
    if (!user) {
      show(req, res, 'inloggen', { titel: t.inloggen.titel, terug, email, fout: t.inloggen.fout }, 401);
      return;
    }
    await s.auth.startSession(req, res, user);
    await s.store.audit(user, 'ingelogd');
    res.redirect(303, terug);
  });

  router.use(s.auth.requirePageUser);

  router.post('/uitloggen', form, s.auth.csrfProtection, async (req, res) => {
    await s.auth.endSession(req, res);
    res.redirect(303, '/inkoop/inloggen');
  });

  const regios = () => [...s.catalog.regios.values()].map((r) => ({ id: r.id, naam: r.naam, document: documentTitle(r.document, r.jaar) }));

  const showRounds = async (req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) => {
    const user = currentUser(res);
    const rondes = (await s.store.rounds(user.organisatieId)).map((r) => ({
      ...r,
      href: page.ronde(r.id),
      regioNaam: s.catalog.regios.get(r.regio)?.naam ?? r.regio,
      sluitingsdatum: formatDate(r.sluitingsdatum),
      aangemaaktOp: formatDateTime(r.aangemaaktOp),
    }));
    show(req, res, 'rondes', { titel: t.rondes.titel, nav: 'rondes', rondes, regios: regios(), invoer: {}, ...extra }, status);
  };

  router.get('/', async (req, res) => {
    // After a deletion (POST, then 303 here): the notice names the round from the log, so a reload sends nothing again.
    const id = req.query.verwijderd;
    const naam = typeof id === 'string' && id.length <= 36 ? await s.store.deletedRoundName(currentUser(res).organisatieId, id) : undefined;
    await showRounds(req, res, naam ? { melding: t.verwijderen.klaar(naam) } : {});
  });

  router.post('/rondes', form, s.auth.csrfProtection, async (req, res) => {
    requireRole(currentUser(res), 'beheerder');
    const input = validateRoundInput(req.body, s.catalog);
    if (!input.ok) {
      const body = req.body as Record<string, string>;
      const fout = Object.fromEntries(input.errors.map((e) => [e.pointer.slice(1), e.detail]));
      await showRounds(req, res, { fouten: input.errors.map((e) => ({ ...e, veld: e.pointer.slice(1) })), fout, invoer: { naam: body.naam, regio: body.regio, sluitingsdatum: body.sluitingsdatum } }, 422);
      return;
    }
    const round = await s.store.createRound(currentUser(res), input.value);
    res.redirect(303, page.ronde(round.id));
  });

  router.get('/rondes/:id', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    const alleen = req.query.alleen === 'voldoet-niet';
    const model = await roundModel(s.store, s.catalog, round);
    const view = matrixView(req.query, alleen);
    const matrix = buildMatrix(model, view);
    const region = s.catalog.regios.get(round.regio);
    show(req, res, 'ronde', {
      titel: round.naam,
      nav: 'rondes',
      ronde: { ...round, regioNaam: model.regio.naam, document: region ? documentTitle(region.document, region.jaar) : '', sluitingsdatum: formatDate(round.sluitingsdatum) },
      melding: uploadNotice(req.query) ?? deletionNotice(req.query),
      uploads: (await s.store.uploads(round.id)).map((u) => ({
        ...u,
        geuploadOp: formatDateTime(u.geuploadOp),
        label: t.uploads.regel(u.nr, formatDateTime(u.geuploadOp), u.geuploadDoor ?? '', u.inschrijvingen),
        verwijderen: page.uploadVerwijderen(round.id, u.nr),
      })),
      filter: alleen,
      zoeken: {
        actie: page.ronde(round.id),
        zoek: view.zoek ?? '',
        producten: model.producten.map((p) => ({ code: p.code, label: `${p.code} ${p.naam}`, gekozen: p.code === view.product })),
        uitslagen: (['voldoet', 'voldoet-niet'] as const).map((u) => ({ waarde: u, label: uitslagLabel[u], gekozen: u === view.productUitslag })),
        sorteringen: [
          ...(['nr', 'naam', 'kvk', 'uitslag'] as const).map((k) => ({ waarde: k, label: t.zoeken.sorteer[k] })),
          ...model.producten.map((p) => ({ waarde: p.code, label: p.code })),
        ].map((o) => ({ ...o, gekozen: o.waarde === (view.sorteer ?? 'nr') })),
        aflopend: view.aflopend,
        getoond: t.zoeken.getoond(matrix.rijen.length, matrix.telling.tellen),
        gefilterd: !!(view.zoek || view.product || view.sorteer),
      },
      links: {
        alle: page.ronde(round.id),
        alleenNiet: `${page.ronde(round.id)}?alleen=voldoet-niet`,
        upload: page.upload(round.id),
        dubbel: page.dubbel(round.id),
        verwijderen: page.verwijderen(round.id),
        hertoetsen: page.hertoetsen(round.id),
        vergelijken: `${page.ronde(round.id)}/vergelijken`,
        xlsx: links.xlsx(round.id),
        csv: links.csv(round.id),
        rapporten: links.rapporten(round.id),
      },
      uploadVeld: UPLOAD_FIELD,
      uploadHint: t.ronde.uploadHint(screeningLimits.files, screeningLimits.bidBytes / 1024 / 1024, screeningLimits.requestBytes / 1024 / 1024),
      telling: matrix.telling,
      samenvatting: t.ronde.samenvatting(matrix.telling),
      heeftInschrijvers: matrix.telling.tellen > 0,
      leegNaFilter: matrix.rijen.length === 0 && matrix.telling.tellen > 0,
      regioRegels: model.regio.heeftRegels,
      kolommen: matrix.kolommen.map((k) => ({ ...k, titel: `${k.code} ${k.naam}` })),
      rijen: matrix.rijen.map((r) => ({
        nr: r.bid.volgnummer,
        naam: r.bid.aanbiederNaam,
        kvk: r.bid.kvkNummer,
        href: page.inschrijving(round.id, r.bid.id!),
        pdf: links.rapport(round.id, r.bid.id!),
        pdfLabel: t.ronde.pdfVan(r.bid.aanbiederNaam ?? ''),
        dubbel: r.dubbel,
        naSluiting: r.bid.naSluiting,
        uitslag: verdict(r.bid.uitslag!),
        regio: r.regioRegels ? { ...verdict(r.regioRegels), titel: `${inkoop.export.regioRegels}: ${uitslagLabel[r.regioRegels]}` } : null,
        cellen: r.cellen.map((c, i) => ({ ...verdict(c), titel: `${matrix.kolommen[i]!.code} ${matrix.kolommen[i]!.naam}: ${inkoop.cel[c]}` })),
      })),
      ongeldig: matrix.ongeldig.map((b) => ({
        nr: b.volgnummer,
        bestand: b.bestandsnaam,
        aanbieder: b.aanbiederNaam ? `${b.aanbiederNaam}${b.kvkNummer ? ` (KvK ${b.kvkNummer})` : ''}` : null,
        fouten: b.fouten.map((f) => ({ waar: f.pointer || '/', detail: f.detail })),
      })),
      dubbel: matrix.dubbel.map((d) => ({
        kvk: d.kvkNummer,
        legend: t.dubbel.legend(d.kvkNummer),
        bids: d.bids.map((b) => ({
          id: b.id,
          nr: b.volgnummer,
          naam: b.aanbiederNaam,
          bestand: b.bestandsnaam,
          geuploadOp: formatDateTime(b.geuploadOp),
          telt: b.telt,
          uitslag: verdict(b.uitslag!),
          href: page.inschrijving(round.id, b.id!),
          label: t.dubbel.optie(b.volgnummer, b.aanbiederNaam ?? '', b.bestandsnaam, formatDateTime(b.geuploadOp)),
        })),
      })),
    });
  });

  router.post(
    '/rondes/:id/inschrijvingen',
    async (req, res, next) => {
      await roundOr404(s, currentUser(res), req.params.id);
      requireRole(currentUser(res), 'beoordelaar');
      next();
    },
    bidUploadParser((req) => s.auth.assertCsrf(req)),
    s.auth.csrfProtection,
    async (req, res) => {
      const user = currentUser(res);
      const round = await roundOr404(s, user, req.params.id);
      await runUpload(
        s,
        req,
        res,
        user,
        round,
        (summary) => res.redirect(303, `${page.ronde(round.id)}${noticeQuery(summary)}`),
        (summary) => ({ ontvangen: summary.ontvangen, geldig: summary.geldig, ongeldig: summary.ongeldig, dubbel: summary.dubbel, pagina: `${page.ronde(round.id)}${noticeQuery(summary)}` }),
      );
    },
  );

  router.post('/rondes/:id/dubbel', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beoordelaar');
    const id = (req.body as Record<string, unknown>).inschrijving;
    const bid = await bidOr404(s, round, typeof id === 'string' ? id : undefined);
    if (!await s.store.chooseCounting(user, round, bid.id)) throw new HttpProblem(409, 'geen-keuze', inkoop.probleem.keuze, inkoop.probleem.geenKeuze);
    const terug = (req.body as Record<string, unknown>).terug === 'inschrijving' ? page.inschrijving(round.id, bid.id) : `${page.ronde(round.id)}#dubbel`;
    res.redirect(303, terug);
  });

  // Two bids side by side: per product the verdict of each, and their shortcomings.
  router.get('/rondes/:id/vergelijken', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const model = await roundModel(s.store, s.catalog, round);
    const counting = model.bids.filter((b) => b.geldig && b.telt);
    const pick = (q: unknown, fallback: number) => counting.find((b) => b.id === q) ?? counting[fallback];
    const left = pick(req.query.a, 0);
    const right = pick(req.query.b, 1);
    const side = (b: (typeof counting)[number]) => ({
      naam: b.aanbiederNaam,
      href: page.inschrijving(round.id, b.id!),
      uitslag: uitslagLabel[b.uitslag!],
      tekort: b.tekortkomingen.map((tk) => `${tk.productcode ?? inkoop.export.regioRegels}: ${tk.titel} (${uitslagLabel[tk.uitslag].toLowerCase()})`),
    });
    const both = left && right && left !== right;
    show(req, res, 'vergelijken', {
      titel: t.vergelijken.titel,
      nav: 'rondes',
      v: t.vergelijken,
      ronde: round,
      terug: page.ronde(round.id),
      actie: `${page.ronde(round.id)}/vergelijken`,
      keuzes: counting.map((b) => ({ id: b.id, label: `${b.volgnummer}: ${b.aanbiederNaam}`, a: b === left, b: b === right })),
      links: both ? side(left) : null,
      rechts: both ? side(right) : null,
      rijen: both
        ? model.producten
            .filter((p) => left.producten.has(p.code) || right.producten.has(p.code))
            .map((p) => ({ kop: `${p.code} ${p.naam}`, links: inkoop.cel[left.producten.get(p.code) ?? 'niet-aangeboden'], rechts: inkoop.cel[right.producten.get(p.code) ?? 'niet-aangeboden'] }))
        : [],
    });
  });

  /** The bid page; after a refused assessment or note, with the message at the form it came from and what was typed. */
  const showBid = async (req: Request, res: Response, round: Round, bid: StoredBid & { resultaat: Toetsresultaat | null }, fout?: { formulier: string; detail: string; invoer: Record<string, unknown> }) => {
    const huidig = s.catalog.regios.get(round.regio)?.versie ?? null;
    const beoordeling = assessmentView(round, bid, await s.beoordeling.of(bid.id), currentUser(res).email);
    show(req, res, 'inschrijving', {
      titel: bid.aanbiederNaam ?? bid.bestandsnaam,
      nav: 'rondes',
      ...bidView(round, bid, huidig),
      beoordeling: fout
        ? {
            ...beoordeling,
            fout: { [fout.formulier]: fout.detail },
            invoer: fout.invoer,
            statussen: fout.formulier === 'beoordeling' ? beoordeling.statussen.map((st) => ({ ...st, gekozen: st.waarde === fout.invoer.status })) : beoordeling.statussen,
          }
        : beoordeling,
      buren: neighbours(round, await s.store.bids(round.id), bid.id),
    }, fout ? 422 : 200);
  };

  router.get('/rondes/:id/inschrijvingen/:bid', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const bid = await bidOr404(s, round, req.params.bid);
    await s.store.audit(user, 'resultaat-bekeken', round, inkoop.audit.inschrijving(bid.volgnummer));
    await showBid(req, res, round, bid);
  });

  // The assessment forms on the bid page; each answers with a redirect back to it.
  const assessRoute = (sub: string, act: (user: User, round: Round, bid: StoredBid & { resultaat: Toetsresultaat | null }, body: Record<string, unknown>) => Promise<unknown>) =>
    router.post(`/rondes/:id/inschrijvingen/:bid/${sub}`, form, s.auth.csrfProtection, async (req, res) => {
      const user = currentUser(res);
      const round = await roundOr404(s, user, req.params.id);
      const bid = await bidOr404(s, round, req.params.bid);
      requireRole(user, 'beoordelaar');
      const body = (req.body ?? {}) as Record<string, unknown>;
      try {
        await act(user, round, bid, body);
      } catch (err) {
        // A reason left out or a note too long: the same page, the message at that form, nothing lost.
        if (err instanceof HttpProblem && err.status === 422) return await showBid(req, res, round, bid, { formulier: sub, detail: err.detail ?? err.message, invoer: body });
        throw err;
      }
      res.redirect(303, `${page.inschrijving(round.id, bid.id)}#beoordeling`);
    });
  assessRoute('beoordeling', (user, round, bid, body) => s.beoordeling.setStatus(user, round, bid, { status: body.status, reden: body.reden }));
  assessRoute('bevestiging', (user, round, bid) => s.beoordeling.confirm(user, round, bid));
  assessRoute('notities', (user, round, bid, body) => s.beoordeling.addNote(user, round, bid, { tekst: body.tekst, eis: body.eis }, eisIdsOf(bid.resultaat)));

  router.get('/rondes/:id/inschrijvingen/:bid/verwijderen', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    requireRole(currentUser(res), 'beheerder');
    const bid = await bidOr404(s, round, req.params.bid);
    show(req, res, 'verwijderen', {
      titel: t.verwijderen.inschrijvingTitel(bid.volgnummer, bid.aanbiederNaam ?? bid.bestandsnaam),
      nav: 'rondes',
      uitleg: t.verwijderen.inschrijvingUitleg(bid.telt && bid.geldig),
      terug: page.inschrijving(round.id, bid.id),
      actie: page.inschrijvingVerwijderen(round.id, bid.id),
    });
  });

  router.post('/rondes/:id/inschrijvingen/:bid/verwijderen', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    const bid = await bidOr404(s, round, req.params.bid);
    await s.store.deleteBid(user, round, bid.id);
    res.redirect(303, `${page.ronde(round.id)}?inschrijvingVerwijderd=${bid.volgnummer}`);
  });

  router.get('/rondes/:id/uploads/:nr/verwijderen', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    requireRole(currentUser(res), 'beheerder');
    const upload = await uploadOr404(s, round, req.params.nr);
    show(req, res, 'verwijderen', {
      titel: t.verwijderen.uploadTitel(upload.nr),
      nav: 'rondes',
      uitleg: t.verwijderen.uploadUitleg(upload.nr, formatDateTime(upload.geuploadOp), upload.inschrijvingen),
      terug: page.ronde(round.id),
      actie: page.uploadVerwijderen(round.id, upload.nr),
    });
  });

  router.post('/rondes/:id/uploads/:nr/verwijderen', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    const upload = await uploadOr404(s, round, req.params.nr);
    const n = await s.store.deleteUpload(user, round, upload.nr) ?? 0;
    res.redirect(303, `${page.ronde(round.id)}?uploadVerwijderd=${upload.nr}&aantal=${n}`);
  });

  router.get('/rondes/:id/hertoetsen', async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    const outcome = await rescreenRound(s, user, round, false);
    const h = inkoop.hertoetsen;
    const label = (u: string) => h.uitslag[u] ?? u;
    show(req, res, 'hertoetsen', {
      titel: h.titel(round.naam),
      nav: 'rondes',
      h,
      ronde: round,
      uitleg: h.uitleg(outcome.catalogusVersie?.slice(0, 12) ?? '?'),
      samenvatting: outcome.gewijzigd.length === 0 ? h.geen(outcome.bekeken) : h.aantal(outcome.bekeken, outcome.gewijzigd.length),
      rijen: outcome.gewijzigd.map((c) => ({
        nr: c.volgnummer,
        naam: c.aanbiederNaam ?? '',
        href: page.inschrijving(round.id, c.id),
        van: label(c.van),
        naar: label(c.naar),
        waarom: [
          ...c.producten.map((p) => h.product(p.productcode, label(p.van), label(p.naar))),
          ...c.eisen.map((e) => h.eis(e.productcode ?? h.regio, e.titel, label(e.van), label(e.naar))),
        ],
      })),
      terug: page.ronde(round.id),
      actie: page.hertoetsen(round.id),
    });
  });

  router.post('/rondes/:id/hertoetsen', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    const outcome = await rescreenRound(s, user, round, true);
    res.redirect(303, `${page.ronde(round.id)}?hertoetst=${outcome.bekeken}&gewijzigd=${outcome.gewijzigd.length}`);
  });

  router.get('/rondes/:id/verwijderen', async (req, res) => {
    const round = await roundOr404(s, currentUser(res), req.params.id);
    requireRole(currentUser(res), 'beheerder');
    show(req, res, 'verwijderen', {
      titel: t.verwijderen.titel(round.naam),
      nav: 'rondes',
      ronde: round,
      uitleg: t.verwijderen.uitleg(await s.store.bidCount(round.id)),
      terug: page.ronde(round.id),
      actie: page.verwijderen(round.id),
    });
  });

  router.post('/rondes/:id/verwijderen', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const round = await roundOr404(s, user, req.params.id);
    requireRole(user, 'beheerder');
    await s.store.deleteRound(user, round);
    res.redirect(303, `${page.rondes}?verwijderd=${round.id}`);
  });

  router.get('/logboek', async (req, res) => {
    const user = currentUser(res);
    show(req, res, 'logboek', { titel: t.logboek.titel, nav: 'logboek', regels: (await s.store.auditLog(user.organisatieId)).map(auditView) });
  });

  const showTokens = async (req: Request, res: Response, extra: Record<string, unknown> = {}) => {
    const user = currentUser(res);
    const sleutels = (await s.store.tokens(user.id)).map((k) => ({
      ...k,
      aangemaaktOp: formatDateTime(k.aangemaaktOp),
      verlooptOp: k.verlooptOp < new Date().toISOString() ? t.sleutels.verlopen : formatDateTime(k.verlooptOp),
      laatstGebruiktOp: formatDateTime(k.laatstGebruiktOp) || t.sleutels.nooit,
    }));
    const dagen = TOKEN_DAYS.keuzes.map((d) => ({ waarde: d, label: t.sleutels.dagenOptie(d), standaard: d === TOKEN_DAYS.standaard }));
    show(req, res, 'api-sleutels', { titel: t.sleutels.titel, nav: 'sleutels', sleutels, dagen, ...extra });
  };

  router.get('/api-sleutels', (req, res) => showTokens(req, res));

  router.post('/api-sleutels', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const raw = (req.body as Record<string, unknown>).omschrijving;
    const omschrijving = (typeof raw === 'string' ? raw.trim() : '').slice(0, 100) || t.sleutels.standaardOmschrijving;
    const gekozen = Number((req.body as Record<string, unknown>).dagen);
    const dagen = (TOKEN_DAYS.keuzes as readonly number[]).includes(gekozen) ? gekozen : TOKEN_DAYS.standaard;
    const { token } = await s.auth.createToken(user, omschrijving, dagen);
    await s.store.audit(user, 'api-sleutel-aangemaakt', undefined, omschrijving);
    await showTokens(req, res, { nieuw: token });
  });

  router.post('/api-sleutels/:sleutel/intrekken', form, s.auth.csrfProtection, async (req, res) => {
    const user = currentUser(res);
    const id = Number(req.params.sleutel);
    if (Number.isInteger(id) && await s.store.deleteToken(user.id, id)) await s.store.audit(user, 'api-sleutel-ingetrokken', undefined, String(id));
    res.redirect(303, '/inkoop/api-sleutels');
  });

  router.use((req) => {
    throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, probleem.nietGevonden.detail(req.originalUrl));
  });

  /** Problems on pages are pages too (the same status), not JSON. A stream already under way is ended. */
  const pageErrors: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    if (req.accepts(['text/html', 'application/json', 'application/x-ndjson']) !== 'text/html') return next(err);
    const problem = toProblem(err, req.originalUrl);
    if (problem.status >= 500) {
      logger.error({ path: req.path, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
    }
    show(req, res, 'fout', { titel: problem.title, detail: problem.detail, status: problem.status, requestId: res.getHeader('x-request-id') }, problem.status);
  };
  router.use(pageErrors);
  return router;
}

function bidView(round: Round, bid: StoredBid & { resultaat: Toetsresultaat | null }, huidigeCatalogus: string | null) {
  const r = bid.resultaat;
  return {
    ronde: { naam: round.naam, href: page.ronde(round.id) },
    naSluiting: naSluiting(bid.geuploadOp, round.sluitingsdatum) ? t.inschrijving.naSluiting(formatDate(round.sluitingsdatum)) : null,
    catalogus: bid.catalogusVersie
      ? { versie: bid.catalogusVersie, ouder: huidigeCatalogus !== null && bid.catalogusVersie !== huidigeCatalogus ? t.inschrijving.catalogusOuder : null }
      : null,
    bid: {
      ...bid,
      bestand: links.bestand(round.id, bid.id),
      geuploadOp: formatDateTime(bid.geuploadOp),
      kop: r ? t.inschrijving.kop(r.aanbieder.naam, r.aanbieder.kvkNummer) : t.inschrijving.ongeldigKop(bid.bestandsnaam),
      pdf: r ? links.rapport(round.id, bid.id) : null,
      dubbelActie: page.dubbel(round.id),
      verwijderen: page.inschrijvingVerwijderen(round.id, bid.id),
    },
    uitslag: r ? verdict(r.uitslag) : null,
    samenvatting: r ? t.inschrijving.samenvatting(r.samenvatting) : null,
    regio: r ? `${r.regio.naam}: ${documentTitle(r.regio.document, r.regio.jaar)}` : null,
    getoetstOp: r ? formatDateTime(r.getoetstOp) : null,
    fouten: bid.fouten.map((f) => ({ waar: f.pointer || '/', detail: f.detail })),
    tekort: r
      ? [
          ...r.producten.flatMap((p) => p.eisen.map((e) => ({ e, waar: `${p.productcode} ${p.naam}`, anker: `product-${p.productcode}` }))),
          ...r.regioEisen.map((e) => ({ e, waar: t.inschrijving.regioEisen, anker: 'regio-kop' })),
        ]
          .filter(({ e }) => e.uitslag === 'voldoet-niet' || e.uitslag === 'ontbreekt')
          .map(({ e, waar, anker }) => ({ waar, anker, titel: e.titel, label: uitslagLabel[e.uitslag].toLowerCase(), verwacht: e.verwacht, opgegeven: e.opgegeven }))
      : [],
    regioEisen: r && r.regioEisen.length > 0 ? eisRows(r.regioEisen) : null,
    producten: (r?.producten ?? []).map((p) => ({
      code: p.productcode,
      naam: p.naam,
      kop: `${p.productcode} ${p.naam}`,
      uitslag: verdict(p.uitslag),
      locatie: p.locatie,
      eisen: eisRows(p.eisen),
    })),
  };
}

/** Previous and next among the bids that count, by number: to go through a round one bidder at a time. */
function neighbours(round: Round, bids: StoredBid[], id: string) {
  const order = bids.filter((b) => b.geldig && b.telt);
  const i = order.findIndex((b) => b.id === id);
  const href = (b: StoredBid | undefined) => (b ? page.inschrijving(round.id, b.id) : null);
  return i < 0 ? null : { vorige: href(order[i - 1]), volgende: href(order[i + 1]) };
}

function assessmentView(round: Round, bid: StoredBid & { resultaat: Toetsresultaat | null }, a: Awaited<ReturnType<Assessments['of']>>, ik: string) {
  const b = inkoop.beoordeling;
  const current = a.beoordeling;
  const eisen = bid.resultaat
    ? [...bid.resultaat.regioEisen.map((e) => ({ id: e.id, label: `${t.inschrijving.regioEisen}: ${e.titel}` })), ...bid.resultaat.producten.flatMap((p) => p.eisen.map((e) => ({ id: e.id, label: `${p.productcode}: ${e.titel}` })))]
    : [];
  const eisLabel = new Map(eisen.map((e) => [e.id, e.label]));
  return {
    tekst: b,
    standaardStatus: b.status['te-beoordelen'],
    actie: `${page.inschrijving(round.id, bid.id)}/beoordeling`,
    bevestigActie: `${page.inschrijving(round.id, bid.id)}/bevestiging`,
    notitieActie: `${page.inschrijving(round.id, bid.id)}/notities`,
    automatisch: bid.geldig ? uitslagLabel[bid.uitslag!] : t.inschrijving.ongeldig,
    statussen: STATUSSEN.map((st) => ({ waarde: st, label: b.status[st], gekozen: (current?.status ?? 'te-beoordelen') === st })),
    huidig: current ? { ...current, label: b.status[current.status], door: b.door(current.door, formatDateTime(current.op)), bevestigd: current.bevestigdDoor ? b.bevestigd(current.bevestigdDoor, formatDateTime(current.bevestigdOp)) : null } : null,
    // Only someone else can confirm; the button is not shown to who set the status.
    magBevestigen: !!current && current.status !== 'te-beoordelen' && !current.bevestigdDoor && current.door !== ik,
    notities: a.notities.map((n) => ({ ...n, over: n.eisId ? (eisLabel.get(n.eisId) ?? n.eisId) : b.heleInschrijving, op: formatDateTime(n.op) })),
    eisen,
  };
}

function auditView(e: AuditEntry) {
  return { ...e, tijdstip: formatDateTime(e.tijdstip), actie: inkoop.audit.actie[e.actie], ronde: e.rondeNaam ?? '' };
}
