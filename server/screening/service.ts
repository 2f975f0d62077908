import type { Request, Response } from 'express';
import type { Catalog } from '../catalog/types.js';
import type { InputError } from '../contract/validate.js';
import { HttpProblem } from '../http/problem.js';
import { logger } from '../log.js';
import { inkoop, probleem } from '../messages.js';
import { Assessments } from './assessment.js';
import { Auth } from './auth.js';
import { amsterdamDay } from './deadline.js';
import type { Db } from './db.js';
import { pdfRenderer, type PdfRenderer } from './pdf-pool.js';
import { collectBidFiles, refuseUnsafeWorkbooks, screeningLimits, type CollectedFiles } from './intake.js';
import { screenBids, type Progress } from './screen.js';
import { ScreeningStore, type AddedBids, type Recognised, type Round, type StoredBid, type UploadItem, type User } from './store.js';

/** What the screening routers share: one store (one SQLite connection or PostgreSQL pool), the auth helpers, the catalog and the PDF renderer. */
export interface Screening {
  store: ScreeningStore;
  beoordeling: Assessments;
  auth: Auth;
  catalog: Catalog;
  pdf: PdfRenderer;
}

export async function createScreening(db: Db, catalog: Catalog): Promise<Screening> {
  const store = new ScreeningStore(db);
  return { store, beoordeling: new Assessments(db, store), auth: await Auth.create(store), catalog, pdf: pdfRenderer() };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The same 404 for a round that does not exist and one of another organisation: its existence is not confirmed. */
export async function roundOr404(s: Screening, user: User, id: unknown): Promise<Round> {
  const round = typeof id === 'string' && uuid.test(id) ? await s.store.round(user.organisatieId, id) : undefined;
  if (!round) throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, inkoop.probleem.rondeNietGevonden);
  return round;
}

export async function bidOr404(s: Screening, round: Round, id: unknown) {
  const bid = typeof id === 'string' && uuid.test(id) ? await s.store.bid(round.id, id) : undefined;
  if (!bid) throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, inkoop.probleem.inschrijvingNietGevonden);
  return bid;
}

/** One upload of the round by its number, or 404. */
export async function uploadOr404(s: Screening, round: Round, nr: unknown): Promise<UploadItem> {
  const upload = typeof nr === 'string' && /^\d{1,9}$/.test(nr) ? (await s.store.uploads(round.id)).find((u) => u.nr === Number(nr)) : undefined;
  if (!upload) throw new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, inkoop.probleem.uploadNietGevonden);
  return upload;
}

export interface RoundInput {
  naam: string;
  regio: string;
  sluitingsdatum: string;
}

/** Checks the fields of a new round; the errors use the same pointer/detail form as zelfevaluatie input errors. */
export function validateRoundInput(body: unknown, catalog: Catalog): { ok: true; value: RoundInput } | { ok: false; errors: InputError[] } {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors: InputError[] = [];
  const naam = typeof b.naam === 'string' ? b.naam.trim() : '';
  if (naam.length === 0 || naam.length > 200) errors.push({ pointer: '/naam', detail: inkoop.ronde.naamVerplicht });
  const regio = typeof b.regio === 'string' ? b.regio : '';
  if (!catalog.regios.has(regio)) errors.push({ pointer: '/regio', detail: inkoop.ronde.regioOnbekend([...catalog.regios.keys()].join(', ')) });
  const sluitingsdatum = typeof b.sluitingsdatum === 'string' ? b.sluitingsdatum : '';
  const d = /^\d{4}-\d{2}-\d{2}$/.test(sluitingsdatum) ? new Date(`${sluitingsdatum}T00:00:00Z`) : null;
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== sluitingsdatum) {
    errors.push({ pointer: '/sluitingsdatum', detail: inkoop.ronde.datumOngeldig });
  } else if (sluitingsdatum < '2000-01-01') {
    errors.push({ pointer: '/sluitingsdatum', detail: inkoop.ronde.datumVoor2000 });
  } else if (sluitingsdatum < amsterdamDay(new Date())) {
    // A typo such as 2062 for 2026 is caught at once; a past date would mark every bid "na sluiting".
    errors.push({ pointer: '/sluitingsdatum', detail: inkoop.ronde.datumVerleden });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { naam, regio, sluitingsdatum } };
}

export function roundInputProblem(errors: InputError[]): HttpProblem {
  return new HttpProblem(422, 'ongeldige-ronde', inkoop.probleem.ongeldigeRonde.titel, inkoop.probleem.ongeldigeRonde.detail(errors.length), errors);
}

export interface UploadSummary {
  ontvangen: number;
  geldig: number;
  ongeldig: number;
  /** KvK numbers of this upload that now have more than one valid bid in the round (the latest counts). */
  dubbel: number;
  /** Files the round already had (the same SHA-256): not stored again. */
  herkend: Recognised[];
  /** Hidden files and macOS metadata in the ZIPs, not read as bids. */
  overgeslagen: number;
  inschrijvingen: StoredBid[];
}

/** The uploaded files of a multipart request (memory only), in the order sent. */
export function uploadedFiles(req: Request): Array<{ naam: string; inhoud: Buffer }> {
  const files = (req.files as Express.Multer.File[] | undefined) ?? [];
  return files.map((f) => ({ naam: f.originalname || inkoop.naamloos, inhoud: f.buffer }));
}

/** Expands the uploaded files and checks they fit in the round: every refusal comes before any work or response. */
export async function prepareUpload(s: Screening, round: Round, uploads: Array<{ naam: string; inhoud: Buffer }>): Promise<CollectedFiles> {
  const collected = await collectBidFiles(uploads);
  const files = collected.files;
  if (files.length === 0) throw new HttpProblem(400, 'geen-bestanden', inkoop.probleem.upload, inkoop.probleem.geenBestanden);
  await refuseUnsafeWorkbooks(files);
  const nu = await s.store.bidCount(round.id);
  if (nu + files.length > screeningLimits.bidsPerRound) {
    throw new HttpProblem(413, 'te-groot', inkoop.probleem.teGroot, inkoop.probleem.rondeVol(screeningLimits.bidsPerRound, nu));
  }
  return collected;
}

/**
 * Checks every file (reporting progress) and stores them all in one transaction, so a failure leaves the round
 * as it was. Nothing of a bid's content is logged.
 */
export async function screenAndStore(s: Screening, user: User, round: Round, { files, overgeslagen }: CollectedFiles, onProgress?: Progress): Promise<UploadSummary> {
  const started = Date.now();
  const screened = await screenBids(files, s.catalog, round.regio, onProgress);
  let added: AddedBids;
  try {
    added = await s.store.addBids(user, round, screened);
  } catch (err) {
    logger.error({ ronde: round.id, err: { name: (err as Error).name, message: (err as Error).message } }, 'upload niet opgeslagen');
    throw new HttpProblem(500, 'opslaan-mislukt', inkoop.probleem.upload, inkoop.probleem.opslaanMislukt);
  }
  const { stored, herkend, dubbel } = added;
  const geldig = stored.filter((b) => b.geldig).length;
  logger.info({ ronde: round.id, bestanden: stored.length, herkend: herkend.length, geldig, ms: Date.now() - started }, 'inschrijvingen verwerkt');
  return {
    ontvangen: stored.length + herkend.length,
    geldig,
    ongeldig: stored.length - geldig,
    dubbel,
    overgeslagen,
    herkend,
    inschrijvingen: stored,
  };
}

export const NDJSON = 'application/x-ndjson';

/**
 * Runs an upload for a route. With "Accept: application/x-ndjson" the answer is a stream of progress lines
 * ({"fase":"toetsen","klaar":n,"totaal":m}) ending in {"fase":"klaar",...} or {"fase":"fout",...}; otherwise
 * `done` answers once all is stored.
 */
export async function runUpload(
  s: Screening,
  req: Request,
  res: Response,
  user: User,
  round: Round,
  done: (summary: UploadSummary) => void,
  final: (summary: UploadSummary) => Record<string, unknown>,
): Promise<void> {
  const files = await prepareUpload(s, round, uploadedFiles(req));
  (req as { files?: unknown }).files = undefined;
  if (req.accepts(['application/json', NDJSON, 'text/html']) !== NDJSON) {
    done(await screenAndStore(s, user, round, files));
    return;
  }
  res.status(200).type(NDJSON).setHeader('Cache-Control', 'no-store');
  res.flushHeaders();
  const line = (o: Record<string, unknown>) => res.write(`${JSON.stringify(o)}\n`);
  try {
    const summary = await screenAndStore(s, user, round, files, (klaar, totaal) => line({ fase: 'toetsen', klaar, totaal }));
    line({ fase: 'klaar', ...final(summary) });
  } catch (err) {
    const p = err instanceof HttpProblem ? err : new HttpProblem(500, 'intern', probleem.intern.titel, probleem.intern.detail);
    line({ fase: 'fout', status: p.status, titel: p.title, detail: p.detail });
  }
  res.end();
}
