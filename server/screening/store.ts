import { randomUUID } from 'node:crypto';
import type { InputError } from '../contract/validate.js';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import type { Db, Queryable } from './db.js';
import type { ScreenedBid, Shortcoming } from './screen.js';

/** What a user may do: beheerder (rounds, deletions), beoordelaar (uploads, choices), lezer (reading). */
export type Rol = 'beheerder' | 'beoordelaar' | 'lezer';
export const ROLLEN: readonly Rol[] = ['beheerder', 'beoordelaar', 'lezer'];

/** A signed-in procurement user. */
export interface User {
  id: number;
  organisatieId: number;
  organisatieNaam: string;
  email: string;
  naam: string;
  rol: Rol;
}

export interface Round {
  id: string;
  organisatieId: number;
  naam: string;
  regio: string;
  sluitingsdatum: string;
  aangemaaktOp: string;
}

export interface RoundListItem extends Round {
  inschrijvingen: number;
  geldig: number;
  voldoet: number;
}

/** A stored bid without its file and full result: enough for the matrix and the lists. */
export interface StoredBid {
  id: string;
  volgnummer: number;
  bestandsnaam: string;
  sha256: string;
  geldig: boolean;
  fouten: InputError[];
  aanbiederNaam: string | null;
  kvkNummer: string | null;
  uitslag: 'voldoet' | 'voldoet-niet' | null;
  telt: boolean;
  geuploadDoor: string | null;
  geuploadOp: string;
  /** The upload it came with, numbered per round. */
  uploadNr: number | null;
  /** The catalog version it was screened against (valid bids). */
  catalogusVersie: string | null;
}

/** A stored bid with its file and full result, for screening it again. */
export interface RescreenSource {
  id: string;
  volgnummer: number;
  bestandsnaam: string;
  inhoud: Buffer;
  geldig: number;
  aanbiederNaam: string | null;
  kvkNummer: string | null;
  uitslag: 'voldoet' | 'voldoet-niet' | null;
  resultaat: string | null;
}

/** One upload of a round, for the list on the round page. */
export interface UploadItem {
  nr: number;
  geuploadOp: string;
  geuploadDoor: string | null;
  inschrijvingen: number;
}

/** A file of an upload that the round already had (the same SHA-256): not stored again. */
export interface Recognised {
  bestandsnaam: string;
  sha256: string;
  /** The bid that already holds this file. */
  volgnummer: number;
}

export interface AddedBids {
  stored: StoredBid[];
  herkend: Recognised[];
  /** KvK numbers of this upload that now have more than one valid bid in the round. */
  dubbel: number;
}

export interface AuditEntry {
  id: number;
  tijdstip: string;
  gebruikerEmail: string;
  actie: AuditAction;
  rondeId: string | null;
  rondeNaam: string | null;
  details: string | null;
}

export type AuditAction =
  | 'ingelogd'
  | 'ronde-aangemaakt'
  | 'inschrijvingen-toegevoegd'
  | 'keuze-dubbel'
  | 'export-xlsx'
  | 'export-csv'
  | 'export-rapporten'
  | 'rapport-gedownload'
  | 'resultaat-bekeken'
  | 'ronde-verwijderd'
  | 'api-sleutel-aangemaakt'
  | 'api-sleutel-ingetrokken'
  | 'wachtwoord-gewijzigd'
  | 'inschrijving-verwijderd'
  | 'bestand-gedownload'
  | 'gebruiker-uitgeschakeld'
  | 'gebruiker-ingeschakeld'
  | 'gebruiker-verwijderd'
  | 'rol-gewijzigd'
  | 'status-gezet'
  | 'status-bevestigd'
  | 'notitie-toegevoegd'
  | 'ronde-hertoetst'
  | 'upload-verwijderd';

/** What one PDF report in the ZIP is made from. */
export interface ReportSource {
  volgnummer: number;
  aanbiederNaam: string;
  kvkNummer: string;
  resultaat: Toetsresultaat;
}

export interface ApiToken {
  id: number;
  omschrijving: string;
  aangemaaktOp: string;
  verlooptOp: string;
  laatstGebruiktOp: string | null;
}

const now = () => new Date().toISOString();

interface BidRow {
  id: string;
  volgnummer: number;
  bestandsnaam: string;
  sha256: string;
  geldig: number;
  fouten: string | null;
  aanbieder_naam: string | null;
  kvk_nummer: string | null;
  uitslag: 'voldoet' | 'voldoet-niet' | null;
  telt: number;
  geupload_door: string | null;
  geupload_op: string;
  upload_nr: number | null;
  catalogus_versie: string | null;
}

const bidColumns = `i.id, i.volgnummer, i.bestandsnaam, i.sha256, i.geldig, i.fouten, i.aanbieder_naam, i.kvk_nummer, i.uitslag, i.telt,
  g.email AS geupload_door, i.geupload_op, (SELECT u.nr FROM upload u WHERE u.id = i.upload_id) AS upload_nr, i.catalogus_versie`;

function toBid(row: BidRow): StoredBid {
  return {
    id: row.id,
    volgnummer: row.volgnummer,
    bestandsnaam: row.bestandsnaam,
    sha256: row.sha256,
    geldig: row.geldig === 1,
    fouten: row.fouten ? (JSON.parse(row.fouten) as InputError[]) : [],
    aanbiederNaam: row.aanbieder_naam,
    kvkNummer: row.kvk_nummer,
    uitslag: row.uitslag,
    telt: row.telt === 1,
    geuploadDoor: row.geupload_door,
    geuploadOp: row.geupload_op,
    uploadNr: row.upload_nr,
    catalogusVersie: row.catalogus_versie,
  };
}

const roundColumns = 'id, organisatie_id AS "organisatieId", naam, regio, sluitingsdatum, aangemaakt_op AS "aangemaaktOp"';
const userColumns = 'g.id, g.organisatie_id AS "organisatieId", o.naam AS "organisatieNaam", g.email, g.naam, g.rol';

/** Every statement of the store, in SQL that SQLite and PostgreSQL both run. camelCase aliases are quoted (PostgreSQL folds them otherwise). */
const sql = {
  orgByName: 'SELECT id FROM organisatie WHERE naam = ?',
  insertOrg: 'INSERT INTO organisatie (naam, aangemaakt_op) VALUES (?, ?) RETURNING id',
  insertUser: 'INSERT INTO gebruiker (organisatie_id, email, naam, wachtwoord_hash, aangemaakt_op, rol) VALUES (?, ?, ?, ?, ?, ?)',
  orgUserCount: 'SELECT count(*) AS n FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id WHERE o.naam = ?',
  setActive: 'UPDATE gebruiker SET actief = ? WHERE id = ?',
  setRole: 'UPDATE gebruiker SET rol = ? WHERE id = ?',
  deleteUser: 'DELETE FROM gebruiker WHERE id = ?',
  updatePassword: 'UPDATE gebruiker SET wachtwoord_hash = ? WHERE id = ?',
  deleteUserSessions: 'DELETE FROM sessie WHERE gebruiker_id = ?',
  deleteUserTokens: 'DELETE FROM api_token WHERE gebruiker_id = ?',
  // E-mail addresses compare without case on both stores.
  userByEmail: `SELECT ${userColumns}, g.actief, g.wachtwoord_hash AS "wachtwoordHash"
    FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id WHERE lower(g.email) = lower(?)`,
  userCount: 'SELECT count(*) AS n FROM gebruiker',
  insertSession: 'INSERT INTO sessie (id_hash, gebruiker_id, aangemaakt_op, verloopt_op) VALUES (?, ?, ?, ?)',
  sessionUser: `SELECT ${userColumns}
    FROM sessie s JOIN gebruiker g ON g.id = s.gebruiker_id JOIN organisatie o ON o.id = g.organisatie_id
    WHERE s.id_hash = ? AND s.verloopt_op > ? AND g.actief = 1`,
  deleteSession: 'DELETE FROM sessie WHERE id_hash = ?',
  purgeSessions: 'DELETE FROM sessie WHERE verloopt_op <= ?',
  insertToken: 'INSERT INTO api_token (token_hash, gebruiker_id, omschrijving, aangemaakt_op, verloopt_op) VALUES (?, ?, ?, ?, ?) RETURNING id',
  tokenUser: `SELECT ${userColumns}, t.id AS "tokenId"
    FROM api_token t JOIN gebruiker g ON g.id = t.gebruiker_id JOIN organisatie o ON o.id = g.organisatie_id
    WHERE t.token_hash = ? AND t.verloopt_op > ? AND g.actief = 1`,
  touchToken: 'UPDATE api_token SET laatst_gebruikt_op = ? WHERE id = ?',
  tokens:
    'SELECT id, omschrijving, aangemaakt_op AS "aangemaaktOp", verloopt_op AS "verlooptOp", laatst_gebruikt_op AS "laatstGebruiktOp" FROM api_token WHERE gebruiker_id = ? ORDER BY id',
  deleteToken: 'DELETE FROM api_token WHERE id = ? AND gebruiker_id = ?',
  rounds: `SELECT r.id, r.organisatie_id AS "organisatieId", r.naam, r.regio, r.sluitingsdatum, r.aangemaakt_op AS "aangemaaktOp",
      count(i.id) AS inschrijvingen, coalesce(sum(i.geldig), 0) AS geldig,
      coalesce(sum(CASE WHEN i.telt = 1 AND i.uitslag = 'voldoet' THEN 1 ELSE 0 END), 0) AS voldoet
    FROM ronde r LEFT JOIN inschrijving i ON i.ronde_id = r.id
    WHERE r.organisatie_id = ? GROUP BY r.id ORDER BY r.aangemaakt_op DESC, r.naam`,
  round: `SELECT ${roundColumns} FROM ronde WHERE id = ? AND organisatie_id = ?`,
  insertRound: 'INSERT INTO ronde (id, organisatie_id, naam, regio, sluitingsdatum, aangemaakt_door, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?)',
  deleteRound: 'DELETE FROM ronde WHERE id = ? AND organisatie_id = ?',
  bidCount: 'SELECT count(*) AS n, coalesce(max(volgnummer), 0) AS laatste FROM inschrijving WHERE ronde_id = ?',
  chosenKvk: 'SELECT kvk_nummer FROM kvk_keuze WHERE ronde_id = ?',
  hashes: 'SELECT sha256, volgnummer FROM inschrijving WHERE ronde_id = ? ORDER BY volgnummer',
  insertUpload:
    'INSERT INTO upload (ronde_id, nr, geupload_door, geupload_op) VALUES (?, (SELECT coalesce(max(nr), 0) + 1 FROM upload WHERE ronde_id = ?), ?, ?) RETURNING id',
  uploads: `SELECT u.nr, u.geupload_op AS "geuploadOp", g.email AS "geuploadDoor", count(i.id) AS inschrijvingen
    FROM upload u LEFT JOIN gebruiker g ON g.id = u.geupload_door LEFT JOIN inschrijving i ON i.upload_id = u.id
    WHERE u.ronde_id = ? GROUP BY u.id, g.email ORDER BY u.nr`,
  uploadByNr: 'SELECT u.id, (SELECT count(*) FROM inschrijving i WHERE i.upload_id = u.id) AS n FROM upload u WHERE u.ronde_id = ? AND u.nr = ?',
  uploadKvk: 'SELECT DISTINCT kvk_nummer FROM inschrijving WHERE upload_id = ? AND geldig = 1 AND kvk_nummer IS NOT NULL',
  deleteUpload: 'DELETE FROM upload WHERE id = ?',
  deleteBid: 'DELETE FROM inschrijving WHERE id = ? AND ronde_id = ?',
  bidFile: 'SELECT inhoud FROM inschrijving WHERE id = ? AND ronde_id = ?',
  rescreenSources: `SELECT id, volgnummer, bestandsnaam, inhoud, geldig, aanbieder_naam AS "aanbiederNaam", kvk_nummer AS "kvkNummer", uitslag, resultaat
    FROM inschrijving WHERE ronde_id = ? AND length(inhoud) > 0 ORDER BY volgnummer`,
  updateResult: `UPDATE inschrijving SET geldig = ?, fouten = ?, uitslag = ?, resultaat = ?, catalogus_versie = ?,
      telt = CASE WHEN ? = 1 THEN telt ELSE 0 END WHERE id = ?`,
  deleteProducts: 'DELETE FROM inschrijving_product WHERE inschrijving_id = ?',
  deleteShortcomings: 'DELETE FROM tekortkoming WHERE inschrijving_id = ?',
  validOfKvk: 'SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1',
  // Without a bid that counts for a KvK number, the latest valid one does.
  recount: `UPDATE inschrijving SET telt = 1 WHERE id = (
      SELECT id FROM inschrijving WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1 ORDER BY volgnummer DESC LIMIT 1
    ) AND NOT EXISTS (SELECT 1 FROM inschrijving WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1 AND telt = 1)`,
  upsertChoice:
    'INSERT INTO kvk_keuze (ronde_id, kvk_nummer, inschrijving_id) VALUES (?, ?, ?) ON CONFLICT (ronde_id, kvk_nummer) DO UPDATE SET inschrijving_id = excluded.inschrijving_id',
  insertBid: `INSERT INTO inschrijving (id, ronde_id, volgnummer, bestandsnaam, sha256, inhoud, geldig, fouten, aanbieder_naam, kvk_nummer, uitslag, resultaat, telt, geupload_door, geupload_op, upload_id, catalogus_versie)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertProduct: 'INSERT INTO inschrijving_product (inschrijving_id, productcode, uitslag) VALUES (?, ?, ?)',
  insertShortcoming: `INSERT INTO tekortkoming (inschrijving_id, productcode, eis_id, titel, uitslag, verwacht, opgegeven, document, sectie, citaat)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  bids: `SELECT ${bidColumns} FROM inschrijving i LEFT JOIN gebruiker g ON g.id = i.geupload_door WHERE i.ronde_id = ? ORDER BY i.volgnummer`,
  bid: `SELECT ${bidColumns}, i.resultaat FROM inschrijving i LEFT JOIN gebruiker g ON g.id = i.geupload_door WHERE i.id = ? AND i.ronde_id = ?`,
  bidProducts: 'SELECT p.inschrijving_id, p.productcode, p.uitslag FROM inschrijving_product p JOIN inschrijving i ON i.id = p.inschrijving_id WHERE i.ronde_id = ?',
  shortcomings: `SELECT t.inschrijving_id AS "inschrijvingId", t.productcode, t.eis_id AS "eisId", t.titel, t.uitslag, t.verwacht, t.opgegeven, t.document, t.sectie, t.citaat
    FROM tekortkoming t JOIN inschrijving i ON i.id = t.inschrijving_id WHERE i.ronde_id = ? ORDER BY i.volgnummer, t.id`,
  countingIds: 'SELECT id FROM inschrijving WHERE ronde_id = ? AND telt = 1 AND geldig = 1 ORDER BY volgnummer',
  result: 'SELECT volgnummer, aanbieder_naam, kvk_nummer, resultaat FROM inschrijving WHERE id = ?',
  resetKvk: 'UPDATE inschrijving SET telt = 0 WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1',
  setCounting: 'UPDATE inschrijving SET telt = 1 WHERE id = ? AND ronde_id = ? AND geldig = 1',
  insertAudit: 'INSERT INTO audit (organisatie_id, gebruiker_id, gebruiker_email, tijdstip, actie, ronde_id, ronde_naam, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  audit: `SELECT id, tijdstip, gebruiker_email AS "gebruikerEmail", actie, ronde_id AS "rondeId", ronde_naam AS "rondeNaam", details
    FROM audit WHERE organisatie_id = ? ORDER BY id DESC LIMIT ?`,
  deletedRound: "SELECT ronde_naam FROM audit WHERE organisatie_id = ? AND ronde_id = ? AND actie = 'ronde-verwijderd' ORDER BY id DESC LIMIT 1",
  getSetting: 'SELECT waarde FROM instelling WHERE sleutel = ?',
  insertSetting: 'INSERT INTO instelling (sleutel, waarde) VALUES (?, ?) ON CONFLICT (sleutel) DO NOTHING',
} as const;

type UserRow = User & { wachtwoordHash: string; actief: number };

/**
 * All SQL of the screening part, on SQLite or PostgreSQL (see db.ts). Every read of a round takes the organisation
 * id, so a round of another organisation is simply not found. Methods that write inside a larger transaction take
 * its handle `q`.
 */
export class ScreeningStore {
  constructor(readonly db: Db) {}

  /** A value created once per database (e.g. a secret), the same for every process that opens it. */
  async setting(key: string, create: () => string): Promise<string> {
    await this.db.run(sql.insertSetting, [key, create()]);
    return (await this.db.get<{ waarde: string }>(sql.getSetting, [key]))!.waarde;
  }

  /** A new user; without a role the first user of an organisation is its beheerder and the others beoordelaar. */
  createUser(input: { organisatie: string; email: string; naam: string; wachtwoordHash: string; rol?: Rol }): Promise<User> {
    return this.db.transaction(async (q) => {
      const rol = input.rol ?? ((await q.get<{ n: number }>(sql.orgUserCount, [input.organisatie]))!.n === 0 ? 'beheerder' : 'beoordelaar');
      const org =
        (await q.get<{ id: number }>(sql.orgByName, [input.organisatie]))?.id ?? (await q.get<{ id: number }>(sql.insertOrg, [input.organisatie, now()]))!.id;
      await q.run(sql.insertUser, [org, input.email, input.naam, input.wachtwoordHash, now(), rol]);
      const { wachtwoordHash: _hash, actief: _a, ...user } = (await q.get<UserRow>(sql.userByEmail, [input.email]))!;
      return user;
    });
  }

  /** Disables (or enables) a user: a disabled user's sessions end now, and their sessions and keys are refused. */
  async setActive(user: User, actief: boolean): Promise<void> {
    await this.db.transaction(async (q) => {
      await q.run(sql.setActive, [actief ? 1 : 0, user.id]);
      if (!actief) await q.run(sql.deleteUserSessions, [user.id]);
      await this.audit(user, actief ? 'gebruiker-ingeschakeld' : 'gebruiker-uitgeschakeld', undefined, user.email, q);
    });
  }

  async setRole(user: User, rol: Rol): Promise<void> {
    await this.db.transaction(async (q) => {
      await q.run(sql.setRole, [rol, user.id]);
      await this.audit(user, 'rol-gewijzigd', undefined, rol, q);
    });
  }

  /** Removes a user with their sessions and keys; what they did stays in the log under their e-mail address. */
  async deleteUser(user: User): Promise<void> {
    await this.db.transaction(async (q) => {
      await this.audit(user, 'gebruiker-verwijderd', undefined, user.email, q);
      await q.run(sql.deleteUser, [user.id]);
    });
  }

  /**
   * A new password ends every session and API key of the user, in the same transaction: whoever knew the old one
   * (or took a key made with it) is out at once. Returns how many of each were revoked.
   */
  setPassword(user: User, wachtwoordHash: string): Promise<{ sessies: number; sleutels: number }> {
    return this.db.transaction(async (q) => {
      await q.run(sql.updatePassword, [wachtwoordHash, user.id]);
      const sessies = await q.run(sql.deleteUserSessions, [user.id]);
      const sleutels = await q.run(sql.deleteUserTokens, [user.id]);
      await this.audit(user, 'wachtwoord-gewijzigd', undefined, inkoop.audit.ingetrokken(sessies, sleutels), q);
      return { sessies, sleutels };
    });
  }

  userWithHash(email: string): Promise<UserRow | undefined> {
    return this.db.get<UserRow>(sql.userByEmail, [email]);
  }

  async userCount(): Promise<number> {
    return (await this.db.get<{ n: number }>(sql.userCount))!.n;
  }

  async createSession(idHash: string, userId: number, verlooptOp: Date): Promise<void> {
    await this.db.run(sql.purgeSessions, [now()]);
    await this.db.run(sql.insertSession, [idHash, userId, now(), verlooptOp.toISOString()]);
  }

  sessionUser(idHash: string): Promise<User | undefined> {
    return this.db.get<User>(sql.sessionUser, [idHash, now()]);
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.run(sql.deleteSession, [idHash]);
  }

  async createToken(userId: number, tokenHash: string, omschrijving: string, verlooptOp: Date): Promise<number> {
    return (await this.db.get<{ id: number }>(sql.insertToken, [tokenHash, userId, omschrijving, now(), verlooptOp.toISOString()]))!.id;
  }

  /** The user of a key that has not expired. */
  async tokenUser(tokenHash: string): Promise<User | undefined> {
    const row = await this.db.get<User & { tokenId: number }>(sql.tokenUser, [tokenHash, now()]);
    if (!row) return undefined;
    await this.db.run(sql.touchToken, [now(), row.tokenId]);
    const { tokenId: _id, ...user } = row;
    return user;
  }

  tokens(userId: number): Promise<ApiToken[]> {
    return this.db.all<ApiToken>(sql.tokens, [userId]);
  }

  async deleteToken(userId: number, tokenId: number): Promise<boolean> {
    return (await this.db.run(sql.deleteToken, [tokenId, userId])) === 1;
  }

  rounds(organisatieId: number): Promise<RoundListItem[]> {
    return this.db.all<RoundListItem>(sql.rounds, [organisatieId]);
  }

  round(organisatieId: number, id: string): Promise<Round | undefined> {
    return this.db.get<Round>(sql.round, [id, organisatieId]);
  }

  async createRound(user: User, input: { naam: string; regio: string; sluitingsdatum: string }): Promise<Round> {
    const id = randomUUID();
    await this.db.transaction(async (q) => {
      await q.run(sql.insertRound, [id, user.organisatieId, input.naam, input.regio, input.sluitingsdatum, user.id, now()]);
      await this.audit(user, 'ronde-aangemaakt', { id, naam: input.naam }, undefined, q);
    });
    return (await this.round(user.organisatieId, id))!;
  }

  async bidCount(rondeId: string): Promise<number> {
    return (await this.db.get<{ n: number }>(sql.bidCount, [rondeId]))!.n;
  }

  /**
   * Stores a whole upload in one transaction: every bid with its products and shortcomings, and the audit record.
   * Any failure rolls all of it back. A file the round already has (the same SHA-256) is recognised and not stored
   * again. The latest valid bid of a KvK number counts (usually the correction), unless a person chose one for it.
   */
  async addBids(user: User, round: Round, bids: ScreenedBid[]): Promise<AddedBids> {
    const ids: string[] = [];
    const herkend: Recognised[] = [];
    const touched = new Set<string>();
    await this.db.transaction(async (q) => {
      let volgnummer = (await q.get<{ laatste: number }>(sql.bidCount, [round.id]))!.laatste;
      const chosen = new Set((await q.all<{ kvk_nummer: string }>(sql.chosenKvk, [round.id])).map((r) => r.kvk_nummer));
      const known = new Map<string, number>();
      for (const r of await q.all<{ sha256: string; volgnummer: number }>(sql.hashes, [round.id])) if (!known.has(r.sha256)) known.set(r.sha256, r.volgnummer);
      const geuploadOp = now();
      let uploadId: number | null = null;
      for (const bid of bids) {
        // An empty file (one the intake could not read) has no content to recognise.
        const earlier = bid.inhoud.length > 0 ? known.get(bid.sha256) : undefined;
        if (earlier !== undefined) {
          herkend.push({ bestandsnaam: bid.bestandsnaam, sha256: bid.sha256, volgnummer: earlier });
          continue;
        }
        uploadId ??= (await q.get<{ id: number }>(sql.insertUpload, [round.id, round.id, user.id, geuploadOp]))!.id;
        const id = randomUUID();
        ids.push(id);
        volgnummer += 1;
        if (bid.inhoud.length > 0) known.set(bid.sha256, volgnummer);
        const kvk = bid.geldig ? bid.resultaat.aanbieder.kvkNummer : bid.kvkNummer;
        const telt = bid.geldig && !chosen.has(kvk!);
        if (telt) await q.run(sql.resetKvk, [round.id, kvk!]);
        if (bid.geldig) touched.add(kvk!);
        await q.run(sql.insertBid, [
          id,
          round.id,
          volgnummer,
          bid.bestandsnaam,
          bid.sha256,
          bid.inhoud,
          bid.geldig ? 1 : 0,
          bid.geldig ? null : JSON.stringify(bid.fouten),
          bid.geldig ? bid.resultaat.aanbieder.naam : bid.aanbiederNaam,
          kvk ?? null,
          bid.geldig ? bid.resultaat.uitslag : null,
          bid.geldig ? JSON.stringify(bid.resultaat) : null,
          telt ? 1 : 0,
          user.id,
          geuploadOp,
          uploadId,
          bid.geldig ? (bid.resultaat.catalogusVersie ?? null) : null,
        ]);
        if (!bid.geldig) continue;
        await this.insertDetails(q, id, bid);
      }
      const all = new Map((await this.bids(round.id, q)).map((b) => [b.id, b]));
      const valid = ids.filter((id) => all.get(id)!.geldig).length;
      await this.audit(user, 'inschrijvingen-toegevoegd', round, inkoop.audit.toegevoegd(ids.length, valid, herkend.length), q);
    });
    const stored = new Map((await this.bids(round.id)).map((b) => [b.id, b]));
    let dubbel = 0;
    for (const kvk of touched) if ((await this.db.get<{ n: number }>(sql.validOfKvk, [round.id, kvk]))!.n > 1) dubbel += 1;
    return { stored: ids.map((id) => stored.get(id)!), herkend, dubbel };
  }

  /** The matrix cells and shortcomings of a valid bid. */
  private async insertDetails(q: Queryable, id: string, bid: ScreenedBid & { geldig: true }): Promise<void> {
    for (const p of bid.resultaat.producten) await q.run(sql.insertProduct, [id, p.productcode, p.uitslag]);
    for (const t of bid.tekortkomingen) {
      await q.run(sql.insertShortcoming, [id, t.productcode, t.eisId, t.titel, t.uitslag, t.verwacht, t.opgegeven, t.document, t.sectie, t.citaat]);
    }
  }

  /** The file as it was uploaded. */
  async bidFile(rondeId: string, bidId: string): Promise<Buffer | undefined> {
    return (await this.db.get<{ inhoud: Buffer }>(sql.bidFile, [bidId, rondeId]))?.inhoud;
  }

  rescreenSources(rondeId: string): Promise<RescreenSource[]> {
    return this.db.all<RescreenSource>(sql.rescreenSources, [rondeId]);
  }

  /**
   * Replaces the results of bids screened again, in one transaction with the audit record. A bid that is no longer
   * valid stops counting; every KvK number involved gets a counting bid again if it has a valid one.
   */
  async replaceResults(user: User, round: Round, updates: Array<{ id: string; kvkNummer: string | null; bid: ScreenedBid }>, details: string): Promise<void> {
    await this.db.transaction(async (q) => {
      const kvks = new Set<string>();
      for (const { id, kvkNummer, bid } of updates) {
        const geldig = bid.geldig ? 1 : 0;
        await q.run(sql.updateResult, [
          geldig,
          bid.geldig ? null : JSON.stringify(bid.fouten),
          bid.geldig ? bid.resultaat.uitslag : null,
          bid.geldig ? JSON.stringify(bid.resultaat) : null,
          bid.geldig ? (bid.resultaat.catalogusVersie ?? null) : null,
          geldig,
          id,
        ]);
        await q.run(sql.deleteProducts, [id]);
        await q.run(sql.deleteShortcomings, [id]);
        if (bid.geldig) await this.insertDetails(q, id, bid);
        if (kvkNummer) kvks.add(kvkNummer);
      }
      await this.recount(q, round.id, kvks);
      await this.audit(user, 'ronde-hertoetst', round, details, q);
    });
  }

  uploads(rondeId: string): Promise<UploadItem[]> {
    return this.db.all<UploadItem>(sql.uploads, [rondeId]);
  }

  /** After bids are gone: every KvK number they had gets a counting bid again (the latest), if it has a valid one. */
  private async recount(q: Queryable, rondeId: string, kvks: Iterable<string>): Promise<void> {
    for (const kvk of kvks) await q.run(sql.recount, [rondeId, kvk, rondeId, kvk]);
  }

  /** Deletes one bid (its products and shortcomings cascade), logged by number only. */
  async deleteBid(user: User, round: Round, bidId: string): Promise<boolean> {
    const deleted = await this.db.transaction(async (q) => {
      const bid = await this.bid(round.id, bidId, q);
      if (!bid || (await q.run(sql.deleteBid, [bidId, round.id])) !== 1) return false;
      if (bid.geldig && bid.kvkNummer) await this.recount(q, round.id, [bid.kvkNummer]);
      await this.audit(user, 'inschrijving-verwijderd', round, inkoop.audit.inschrijving(bid.volgnummer), q);
      return true;
    });
    if (deleted) await this.db.afterDelete();
    return deleted;
  }

  /** Deletes one upload with all its bids; returns how many bids went, or undefined when there is no such upload. */
  async deleteUpload(user: User, round: Round, nr: number): Promise<number | undefined> {
    const n = await this.db.transaction(async (q) => {
      const upload = await q.get<{ id: number; n: number }>(sql.uploadByNr, [round.id, nr]);
      if (!upload) return undefined;
      const kvks = (await q.all<{ kvk_nummer: string }>(sql.uploadKvk, [upload.id])).map((r) => r.kvk_nummer);
      await q.run(sql.deleteUpload, [upload.id]);
      await this.recount(q, round.id, kvks);
      await this.audit(user, 'upload-verwijderd', round, inkoop.audit.uploadVerwijderd(nr, upload.n), q);
      return upload.n;
    });
    if (n !== undefined) await this.db.afterDelete();
    return n;
  }

  async bids(rondeId: string, q: Queryable = this.db): Promise<StoredBid[]> {
    return (await q.all<BidRow>(sql.bids, [rondeId])).map(toBid);
  }

  async bid(rondeId: string, bidId: string, q: Queryable = this.db): Promise<(StoredBid & { resultaat: Toetsresultaat | null }) | undefined> {
    const row = await q.get<BidRow & { resultaat: string | null }>(sql.bid, [bidId, rondeId]);
    if (!row) return undefined;
    return { ...toBid(row), resultaat: row.resultaat ? (JSON.parse(row.resultaat) as Toetsresultaat) : null };
  }

  async bidProducts(rondeId: string): Promise<Map<string, Map<string, 'voldoet' | 'voldoet-niet'>>> {
    const byBid = new Map<string, Map<string, 'voldoet' | 'voldoet-niet'>>();
    for (const row of await this.db.all<{ inschrijving_id: string; productcode: string; uitslag: 'voldoet' | 'voldoet-niet' }>(sql.bidProducts, [rondeId])) {
      let m = byBid.get(row.inschrijving_id);
      if (!m) byBid.set(row.inschrijving_id, (m = new Map()));
      m.set(row.productcode, row.uitslag);
    }
    return byBid;
  }

  async shortcomings(rondeId: string): Promise<Map<string, Shortcoming[]>> {
    const byBid = new Map<string, Shortcoming[]>();
    for (const { inschrijvingId, ...t } of await this.db.all<Shortcoming & { inschrijvingId: string }>(sql.shortcomings, [rondeId])) {
      const list = byBid.get(inschrijvingId) ?? [];
      list.push(t);
      byBid.set(inschrijvingId, list);
    }
    return byBid;
  }

  /** The results of the counting bids, read one at a time so a round is never all in memory. */
  async *countingResults(rondeId: string): AsyncGenerator<ReportSource> {
    for (const { id } of await this.db.all<{ id: string }>(sql.countingIds, [rondeId])) {
      const row = await this.db.get<{ volgnummer: number; aanbieder_naam: string; kvk_nummer: string; resultaat: string }>(sql.result, [id]);
      if (row) yield { volgnummer: row.volgnummer, aanbiederNaam: row.aanbieder_naam, kvkNummer: row.kvk_nummer, resultaat: JSON.parse(row.resultaat) as Toetsresultaat };
    }
  }

  /** Makes this bid the one that counts for its KvK number. */
  chooseCounting(user: User, round: Round, bidId: string): Promise<StoredBid | undefined> {
    return this.db.transaction(async (q) => {
      const bid = await this.bid(round.id, bidId, q);
      if (!bid || !bid.geldig || !bid.kvkNummer) return undefined;
      await q.run(sql.resetKvk, [round.id, bid.kvkNummer]);
      await q.run(sql.setCounting, [bidId, round.id]);
      // Kept: a later bid of this KvK number does not take its place.
      await q.run(sql.upsertChoice, [round.id, bid.kvkNummer, bidId]);
      await this.audit(user, 'keuze-dubbel', round, inkoop.audit.keuze(bid.volgnummer), q);
      return this.bid(round.id, bidId, q);
    });
  }

  /** Deletes a round with its bids, products and shortcomings (ON DELETE CASCADE), then lets SQLite flush its WAL so no copy lingers. */
  async deleteRound(user: User, round: Round): Promise<boolean> {
    const deleted = await this.db.transaction(async (q) => {
      const n = (await q.get<{ n: number }>(sql.bidCount, [round.id]))!.n;
      const changes = await q.run(sql.deleteRound, [round.id, user.organisatieId]);
      if (changes === 1) await this.audit(user, 'ronde-verwijderd', round, inkoop.audit.verwijderd(n), q);
      return changes === 1;
    });
    if (deleted) await this.db.afterDelete();
    return deleted;
  }

  /** The name of a round this organisation deleted, from the audit log (for the notice after the redirect). */
  async deletedRoundName(organisatieId: number, rondeId: string): Promise<string | undefined> {
    return (await this.db.get<{ ronde_naam: string }>(sql.deletedRound, [organisatieId, rondeId]))?.ronde_naam;
  }

  /** One line in the audit log; inside a transaction pass its handle, so the record commits (or not) with the act. */
  async audit(user: User, actie: AuditAction, round?: { id: string; naam: string }, details?: string, q: Queryable = this.db): Promise<void> {
    await q.run(sql.insertAudit, [user.organisatieId, user.id, user.email, now(), actie, round?.id ?? null, round?.naam ?? null, details ?? null]);
  }

  auditLog(organisatieId: number, limit = 500): Promise<AuditEntry[]> {
    return this.db.all<AuditEntry>(sql.audit, [organisatieId, limit]);
  }
}
