import { HttpProblem } from '../http/problem.js';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import type { Db } from './db.js';
import type { Round, StoredBid, User } from './store.js';
import type { ScreeningStore } from './store.js';

export const STATUSSEN = ['te-beoordelen', 'voldoet', 'voldoet-niet', 'verduidelijking-gevraagd', 'uitgesloten'] as const;
export type Status = (typeof STATUSSEN)[number];

export interface Assessment {
  status: Status;
  reden: string | null;
  door: string;
  op: string;
  bevestigdDoor: string | null;
  bevestigdOp: string | null;
}

export interface Note {
  id: number;
  eisId: string | null;
  tekst: string;
  door: string;
  op: string;
}

const MAX_TEXT = 2000;

/** The ids of the eisen in a result, the ones a note may be about. */
export function eisIdsOf(r: Toetsresultaat | null): Set<string> {
  return new Set(r ? [...r.regioEisen.map((e) => e.id), ...r.producten.flatMap((p) => p.eisen.map((e) => e.id))] : []);
}
const now = () => new Date().toISOString();
const problem = (detail: string) => new HttpProblem(422, 'ongeldige-beoordeling', inkoop.probleem.beoordeling, detail);

/** The automatic verdict a person's status agrees with; other statuses always need a reason. */
const agrees = (status: Status, bid: StoredBid) => status === 'te-beoordelen' || (bid.geldig && status === bid.uitslag);

/**
 * The assessment workflow on top of the automatic verdict: a person sets a status (with a reason when it differs
 * from the verdict), a second person confirms it (four eyes), and anyone with the right role adds notes. Every step
 * is logged by bid number only.
 */
export class Assessments {
  private readonly s;

  constructor(
    private readonly db: Db,
    private readonly store: ScreeningStore,
  ) {
    this.s = {
      get: db.prepare<[string], Assessment>(
        `SELECT status, reden, door_email AS door, op, bevestigd_email AS bevestigdDoor, bevestigd_op AS bevestigdOp FROM beoordeling WHERE inschrijving_id = ?`,
      ),
      setter: db.prepare<[string], { door: number | null; status: Status }>('SELECT door, status FROM beoordeling WHERE inschrijving_id = ?'),
      upsert: db.prepare(
        `INSERT INTO beoordeling (inschrijving_id, status, reden, door, door_email, op) VALUES (@id, @status, @reden, @door, @email, @op)
         ON CONFLICT (inschrijving_id) DO UPDATE SET status = excluded.status, reden = excluded.reden, door = excluded.door, door_email = excluded.door_email,
           op = excluded.op, bevestigd_door = NULL, bevestigd_email = NULL, bevestigd_op = NULL`,
      ),
      confirm: db.prepare('UPDATE beoordeling SET bevestigd_door = ?, bevestigd_email = ?, bevestigd_op = ? WHERE inschrijving_id = ?'),
      notes: db.prepare<[string], Note>('SELECT id, eis_id AS eisId, tekst, door_email AS door, op FROM notitie WHERE inschrijving_id = ? ORDER BY id'),
      insertNote: db.prepare('INSERT INTO notitie (inschrijving_id, eis_id, tekst, door_email, op) VALUES (?, ?, ?, ?, ?)'),
      ofRound: db.prepare<[string], Assessment & { id: string }>(
        `SELECT b.inschrijving_id AS id, b.status, b.reden, b.door_email AS door, b.op, b.bevestigd_email AS bevestigdDoor, b.bevestigd_op AS bevestigdOp
         FROM beoordeling b JOIN inschrijving i ON i.id = b.inschrijving_id WHERE i.ronde_id = ?`,
      ),
      notesOfRound: db.prepare<[string], Note & { inschrijvingId: string }>(
        `SELECT n.inschrijving_id AS inschrijvingId, n.id, n.eis_id AS eisId, n.tekst, n.door_email AS door, n.op
         FROM notitie n JOIN inschrijving i ON i.id = n.inschrijving_id WHERE i.ronde_id = ? ORDER BY n.id`,
      ),
    };
  }

  of(bidId: string): { beoordeling: Assessment | null; notities: Note[] } {
    return { beoordeling: this.s.get.get(bidId) ?? null, notities: this.s.notes.all(bidId) };
  }

  ofRound(rondeId: string): { beoordelingen: Map<string, Assessment>; notities: Map<string, Note[]> } {
    const notities = new Map<string, Note[]>();
    for (const { inschrijvingId, ...n } of this.s.notesOfRound.all(rondeId)) notities.set(inschrijvingId, [...(notities.get(inschrijvingId) ?? []), n]);
    return { beoordelingen: new Map(this.s.ofRound.all(rondeId).map(({ id, ...a }) => [id, a])), notities };
  }

  setStatus(user: User, round: Round, bid: StoredBid, input: { status: unknown; reden: unknown }): Assessment {
    const status = input.status as Status;
    if (!STATUSSEN.includes(status)) throw problem(inkoop.beoordeling.statusOnbekend(STATUSSEN.join(', ')));
    const reden = typeof input.reden === 'string' ? input.reden.trim() : '';
    if (reden.length > MAX_TEXT) throw problem(inkoop.beoordeling.teLang(MAX_TEXT));
    if (!agrees(status, bid) && reden === '') throw problem(inkoop.beoordeling.redenNodig(bid.uitslag ?? 'ongeldig'));
    this.db.transaction(() => {
      this.s.upsert.run({ id: bid.id, status, reden: reden || null, door: user.id, email: user.email, op: now() });
      this.store.audit(user, 'status-gezet', round, inkoop.audit.status(bid.volgnummer, status));
    }).immediate();
    return this.s.get.get(bid.id)!;
  }

  /** The second pair of eyes: someone other than who set the status agrees with it. */
  confirm(user: User, round: Round, bid: StoredBid): Assessment {
    return this.db.transaction(() => {
      const current = this.s.setter.get(bid.id);
      if (!current || current.status === 'te-beoordelen') throw new HttpProblem(409, 'niets-te-bevestigen', inkoop.probleem.beoordeling, inkoop.beoordeling.nietsTeBevestigen);
      if (current.door === user.id) throw new HttpProblem(409, 'vier-ogen', inkoop.probleem.beoordeling, inkoop.beoordeling.vierOgen);
      this.s.confirm.run(user.id, user.email, now(), bid.id);
      this.store.audit(user, 'status-bevestigd', round, inkoop.audit.status(bid.volgnummer, current.status));
      return this.s.get.get(bid.id)!;
    }).immediate();
  }

  addNote(user: User, round: Round, bid: StoredBid, input: { tekst: unknown; eis: unknown }, eisIds: Set<string>): Note {
    const tekst = typeof input.tekst === 'string' ? input.tekst.trim() : '';
    if (tekst === '' || tekst.length > MAX_TEXT) throw problem(inkoop.beoordeling.notitieLeeg(MAX_TEXT));
    const eis = typeof input.eis === 'string' && input.eis !== '' ? input.eis : null;
    if (eis !== null && !eisIds.has(eis)) throw problem(inkoop.beoordeling.eisOnbekend);
    const id = this.db.transaction(() => {
      const id = Number(this.s.insertNote.run(bid.id, eis, tekst, user.email, now()).lastInsertRowid);
      this.store.audit(user, 'notitie-toegevoegd', round, inkoop.audit.inschrijving(bid.volgnummer));
      return id;
    }).immediate();
    return this.s.notes.all(bid.id).find((n) => n.id === id)!;
  }
}
