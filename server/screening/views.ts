import type { Catalog } from '../catalog/types.js';
import type { Toetsresultaat } from '../types/contract.js';
import { naSluiting } from './deadline.js';
import type { Matrix, ModelBid, ScreeningModel } from './matrix.js';
import type { Round, RoundListItem, StoredBid } from './store.js';

/** JSON shapes of the screening API (keys in Dutch, as the rest of the contract). */

export const apiBase = '/api/v1/screeningsrondes';

/** A tender document's title with its year, unless the title names the year already. */
export function documentTitle(document: string, jaar: number | null): string {
  return jaar === null || document.includes(String(jaar)) ? document : `${document} (${jaar})`;
}

export const links = {
  ronde: (id: string) => `${apiBase}/${id}`,
  inschrijvingen: (id: string) => `${apiBase}/${id}/inschrijvingen`,
  inschrijving: (id: string, bid: string) => `${apiBase}/${id}/inschrijvingen/${bid}`,
  rapport: (id: string, bid: string) => `${apiBase}/${id}/inschrijvingen/${bid}/rapport.pdf`,
  bestand: (id: string, bid: string) => `${apiBase}/${id}/inschrijvingen/${bid}/bestand`,
  xlsx: (id: string) => `${apiBase}/${id}/export.xlsx`,
  csv: (id: string) => `${apiBase}/${id}/export.csv`,
  rapporten: (id: string) => `${apiBase}/${id}/rapporten.zip`,
};

export function roundJson(round: Round, catalog: Catalog) {
  return {
    id: round.id,
    naam: round.naam,
    regio: { id: round.regio, naam: catalog.regios.get(round.regio)?.naam ?? round.regio },
    sluitingsdatum: round.sluitingsdatum,
    aangemaaktOp: round.aangemaaktOp,
    links: { matrix: links.ronde(round.id), inschrijvingen: links.inschrijvingen(round.id), xlsx: links.xlsx(round.id), csv: links.csv(round.id), rapporten: links.rapporten(round.id) },
  };
}

export function roundListJson(round: RoundListItem, catalog: Catalog) {
  return { ...roundJson(round, catalog), telling: { inschrijvingen: round.inschrijvingen, geldig: round.geldig, voldoet: round.voldoet } };
}

const aanbieder = (b: { aanbiederNaam: string | null; kvkNummer: string | null }) =>
  b.aanbiederNaam !== null || b.kvkNummer !== null ? { naam: b.aanbiederNaam, kvkNummer: b.kvkNummer } : null;

function modelBidJson(roundId: string, b: ModelBid) {
  return {
    id: b.id,
    volgnummer: b.volgnummer,
    bestandsnaam: b.bestandsnaam,
    aanbieder: aanbieder(b),
    geuploadOp: b.geuploadOp,
    naSluiting: b.naSluiting,
    catalogusVersie: b.catalogusVersie,
    telt: b.telt,
    ...(b.id && b.geldig ? { links: { resultaat: links.inschrijving(roundId, b.id), rapport: links.rapport(roundId, b.id) } } : {}),
  };
}

export function matrixJson(round: Round, catalog: Catalog, model: ScreeningModel, matrix: Matrix, alleenVoldoetNiet: boolean) {
  return {
    ...roundJson(round, catalog),
    filter: alleenVoldoetNiet ? 'voldoet-niet' : null,
    telling: matrix.telling,
    producten: matrix.kolommen,
    regioRegels: model.regio.heeftRegels,
    inschrijvers: matrix.rijen.map((r) => ({
      ...modelBidJson(round.id, r.bid),
      uitslag: r.bid.uitslag,
      ...(r.regioRegels ? { regioRegels: r.regioRegels } : {}),
      dubbel: r.dubbel,
      producten: Object.fromEntries(matrix.kolommen.map((k, i) => [k.code, r.cellen[i]])),
      tekortkomingen: r.bid.tekortkomingen.length,
    })),
    ongeldig: matrix.ongeldig.map((b) => ({ ...modelBidJson(round.id, b), fouten: b.fouten })),
    dubbel: matrix.dubbel.map((d) => ({ kvkNummer: d.kvkNummer, inschrijvingen: d.bids.map((b) => ({ ...modelBidJson(round.id, b), uitslag: b.uitslag })) })),
  };
}

export function bidJson(round: Pick<Round, 'id' | 'sluitingsdatum'>, b: StoredBid & { resultaat?: Toetsresultaat | null }) {
  const roundId = round.id;
  return {
    id: b.id,
    volgnummer: b.volgnummer,
    bestandsnaam: b.bestandsnaam,
    sha256: b.sha256,
    geldig: b.geldig,
    telt: b.telt,
    aanbieder: aanbieder(b),
    uitslag: b.uitslag,
    geuploadDoor: b.geuploadDoor,
    geuploadOp: b.geuploadOp,
    naSluiting: naSluiting(b.geuploadOp, round.sluitingsdatum),
    catalogusVersie: b.catalogusVersie,
    ...(b.geldig
      ? { links: { resultaat: links.inschrijving(roundId, b.id), rapport: links.rapport(roundId, b.id), bestand: links.bestand(roundId, b.id) } }
      : { links: { bestand: links.bestand(roundId, b.id) }, fouten: b.fouten }),
    ...(b.resultaat ? { toetsresultaat: b.resultaat } : {}),
  };
}
