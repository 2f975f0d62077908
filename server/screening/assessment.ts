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

const sql = {
  get: `SELECT status, reden, door_email AS door, op, bevestigd_email AS "bevestigdDoor", bevestigd_op AS "bevestigdOp" FROM beoordeling WHERE inschrijving_id = ?`,
  setter: 'SELECT door, status FROM beoordeling WHERE inschrijving_id = ?',
  upsert: `INSERT INTO beoordeling (inschrijving_id, status, reden, door, door_email, op) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (inschrijving_id) DO UPDATE SET status = excluded.status, reden = excluded.reden, door = excluded.door, door_email = excluded.door_email,
      op = excluded.op, bevestigd_door = NULL, bevestigd_email = NULL, bevestigd_op = NULL`,
  confirm: 'UPDATE beoordeling SET bevestigd_door = ?, bevestigd_email = ?, bevestigd_op = ? WHERE inschrijving_id = ?',
  notes: 'SELECT id, eis_id AS "eisId", tekst, door_email AS door, op FROM notitie WHERE inschrijving_id = ? ORDER BY id',
  insertNote: 'INSERT INTO notitie (inschrijving_id, eis_id, tekst, door_email, op) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ofRound: `SELECT b.inschrijving_id AS id, b.status, b.reden, b.door_email AS door, b.op, b.bevestigd_email AS "bevestigdDoor", b.bevestigd_op AS "bevestigdOp"
    FROM beoordeling b JOIN inschrijving i ON i.id = b.inschrijving_id WHERE i.ronde_id = ?`,
  notesOfRound: `SELECT n.inschrijving_id AS "inschrijvingId", n.id, n.eis_id AS "eisId", n.tekst, n.door_email AS door, n.op
    FROM notitie n JOIN inschrijving i ON i.id = n.inschrijving_id WHERE i.ronde_id = ? ORDER BY n.id`,
} as const;

/**
 * The assessment workflow on top of the automatic verdict: a person sets a status (with a reason when it differs
 * from the verdict), a second person confirms it (four eyes), and anyone with the right role adds notes. Every step
 * is logged by bid number only.
 */
export class Assessments {
  constructor(
    private readonly db: Db,
    private readonly store: ScreeningStore,
  ) {}

  async of(bidId: string): Promise<{ beoordeling: Assessment | null; notities: Note[] }> {
    return { beoordeling: (await this.db.get<Assessment>(sql.get, [bidId])) ?? null, notities: await this.db.all<Note>(sql.notes, [bidId]) };
  }

  async ofRound(rondeId: string): Promise<{ beoordelingen: Map<string, Assessment>; notities: Map<string, Note[]> }> {
    const notities = new Map<string, Note[]>();
    for (const { inschrijvingId, ...n } of await this.db.all<Note & { inschrijvingId: string }>(sql.notesOfRound, [rondeId])) {
      notities.set(inschrijvingId, [...(notities.get(inschrijvingId) ?? []), n]);
    }
    const rows = await this.db.all<Assessment & { id: string }>(sql.ofRound, [rondeId]);
    return { beoordelingen: new Map(rows.map(({ id, ...a }) => [id, a])), notities };
  }

  async setStatus(user: User, round: Round, bid: StoredBid, input: { status: unknown; reden: unknown }): Promise<Assessment> {
    const status = input.status as Status;
    if (!STATUSSEN.includes(status)) throw problem(inkoop.beoordeling.statusOnbekend(STATUSSEN.join(', ')));
    const reden = typeof input.reden === 'string' ? input.reden.trim() : '';
    if (reden.length > MAX_TEXT) throw problem(inkoop.beoordeling.teLang(MAX_TEXT));
    if (!agrees(status, bid) && reden === '') throw problem(inkoop.beoordeling.redenNodig(bid.uitslag ?? 'ongeldig'));
    return this.db.transaction(async (q) => {
      await q.run(sql.upsert, [bid.id, status, reden || null, user.id, user.email, now()]);
      await this.store.audit(user, 'status-gezet', round, inkoop.audit.status(bid.volgnummer, status), q);
      return (await q.get<Assessment>(sql.get, [bid.id]))!;
    });
  }

  /** The second pair of eyes: someone other than who set the status agrees with it. */
  confirm(user: User, round: Round, bid: StoredBid): Promise<Assessment> {
    return this.db.transaction(async (q) => {
      const current = await q.get<{ door: number | null; status: Status }>(sql.setter, [bid.id]);
      if (!current || current.status === 'te-beoordelen') throw new HttpProblem(409, 'niets-te-bevestigen', inkoop.probleem.beoordeling, inkoop.beoordeling.nietsTeBevestigen);
      if (current.door === user.id) throw new HttpProblem(409, 'vier-ogen', inkoop.probleem.beoordeling, inkoop.beoordeling.vierOgen);
      await q.run(sql.confirm, [user.id, user.email, now(), bid.id]);
      await this.store.audit(user, 'status-bevestigd', round, inkoop.audit.status(bid.volgnummer, current.status), q);
      return (await q.get<Assessment>(sql.get, [bid.id]))!;
    });
  }

  async addNote(user: User, round: Round, bid: StoredBid, input: { tekst: unknown; eis: unknown }, eisIds: Set<string>): Promise<Note> {
    const tekst = typeof input.tekst === 'string' ? input.tekst.trim() : '';
    if (tekst === '' || tekst.length > MAX_TEXT) throw problem(inkoop.beoordeling.notitieLeeg(MAX_TEXT));
    const eis = typeof input.eis === 'string' && input.eis !== '' ? input.eis : null;
    if (eis !== null && !eisIds.has(eis)) throw problem(inkoop.beoordeling.eisOnbekend);
    const id = await this.db.transaction(async (q) => {
      const { id } = (await q.get<{ id: number }>(sql.insertNote, [bid.id, eis, tekst, user.email, now()]))!;
      await this.store.audit(user, 'notitie-toegevoegd', round, inkoop.audit.inschrijving(bid.volgnummer), q);
      return id;
    });
    return (await this.db.all<Note>(sql.notes, [bid.id])).find((n) => n.id === id)!;
  }
}
