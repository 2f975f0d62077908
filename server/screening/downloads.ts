import type { Response } from 'express';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import { buildWorkbook, matrixCsv, reportFileName, streamReportsZip } from './exports.js';
import { roundModel } from './matrix.js';
import type { Screening } from './service.js';
import type { Round, StoredBid, User } from './store.js';

/** Every download is recorded in the audit log before the first byte leaves. */

function fileSlug(naam: string): string {
  return (
    naam
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'ronde'
  );
}

const attachment = (res: Response, type: string, name: string) => res.type(type).set('Content-Disposition', `attachment; filename="${name}"`);

export async function sendXlsx(s: Screening, user: User, round: Round, res: Response): Promise<void> {
  const model = await roundModel(s.store, s.catalog, round);
  await s.store.audit(user, 'export-xlsx', round, inkoop.audit.export(model.bids.filter((b) => b.geldig && b.telt).length));
  const wb = buildWorkbook(model, { tijdstip: new Date(), door: user.email, beoordeling: await s.beoordeling.ofRound(round.id) });
  attachment(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `screening-${fileSlug(round.naam)}.xlsx`);
  await wb.xlsx.write(res);
  res.end();
}

export async function sendCsv(s: Screening, user: User, round: Round, res: Response): Promise<void> {
  const model = await roundModel(s.store, s.catalog, round);
  await s.store.audit(user, 'export-csv', round, inkoop.audit.export(model.bids.filter((b) => b.geldig && b.telt).length));
  attachment(res, 'text/csv; charset=utf-8', `screening-${fileSlug(round.naam)}.csv`).send(matrixCsv(model));
}

export async function sendReportsZip(s: Screening, user: User, round: Round, res: Response): Promise<void> {
  const ids = await s.store.countingResults(round.id);
  await s.store.audit(user, 'export-rapporten', round);
  attachment(res, 'application/zip', `rapporten-${fileSlug(round.naam)}.zip`);
  await streamReportsZip(ids, res, s.pdf);
}

export async function sendReportPdf(s: Screening, user: User, round: Round, bid: StoredBid & { resultaat: Toetsresultaat | null }, res: Response): Promise<void> {
  const resultaat = bid.resultaat!;
  await s.store.audit(user, 'rapport-gedownload', round, inkoop.audit.inschrijving(bid.volgnummer));
  const pdf = await s.pdf.render(resultaat);
  attachment(res, 'application/pdf', reportFileName({ volgnummer: bid.volgnummer, aanbiederNaam: bid.aanbiederNaam ?? '', kvkNummer: bid.kvkNummer ?? '' })).send(pdf);
}
