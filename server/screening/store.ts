import { randomUUID } from 'node:crypto';
import type { InputError } from '../contract/validate.js';
import { inkoop } from '../messages.js';
import type { Toetsresultaat } from '../types/contract.js';
import type { Db } from './db.js';
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

const roundColumns = 'id, organisatie_id AS organisatieId, naam, regio, sluitingsdatum, aangemaakt_op AS aangemaaktOp';

/**
 * All SQL of the screening part. Every read of a round takes the organisation id, so a round of another
 * organisation is simply not found. Statements are prepared once.
 */
export class ScreeningStore {
  private readonly s;

  constructor(readonly db: Db) {
    this.s = {
      orgByName: db.prepare<[string], { id: number }>('SELECT id FROM organisatie WHERE naam = ?'),
      insertOrg: db.prepare('INSERT INTO organisatie (naam, aangemaakt_op) VALUES (?, ?)'),
      insertUser: db.prepare('INSERT INTO gebruiker (organisatie_id, email, naam, wachtwoord_hash, aangemaakt_op, rol) VALUES (?, ?, ?, ?, ?, ?)'),
      orgUserCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id WHERE o.naam = ?'),
      setActive: db.prepare('UPDATE gebruiker SET actief = ? WHERE id = ?'),
      setRole: db.prepare('UPDATE gebruiker SET rol = ? WHERE id = ?'),
      deleteUser: db.prepare('DELETE FROM gebruiker WHERE id = ?'),
      updatePassword: db.prepare('UPDATE gebruiker SET wachtwoord_hash = ? WHERE id = ?'),
      deleteUserSessions: db.prepare('DELETE FROM sessie WHERE gebruiker_id = ?'),
      deleteUserTokens: db.prepare('DELETE FROM api_token WHERE gebruiker_id = ?'),
      userByEmail: db.prepare<[string], User & { wachtwoordHash: string; actief: number }>(
        `SELECT g.id, g.organisatie_id AS organisatieId, o.naam AS organisatieNaam, g.email, g.naam, g.rol, g.actief, g.wachtwoord_hash AS wachtwoordHash
         FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id WHERE g.email = ?`,
      ),
      userCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM gebruiker'),
      insertSession: db.prepare('INSERT INTO sessie (id_hash, gebruiker_id, aangemaakt_op, verloopt_op) VALUES (?, ?, ?, ?)'),
      sessionUser: db.prepare<[string, string], User>(
        `SELECT g.id, g.organisatie_id AS organisatieId, o.naam AS organisatieNaam, g.email, g.naam, g.rol
         FROM sessie s JOIN gebruiker g ON g.id = s.gebruiker_id JOIN organisatie o ON o.id = g.organisatie_id
         WHERE s.id_hash = ? AND s.verloopt_op > ? AND g.actief = 1`,
      ),
      deleteSession: db.prepare('DELETE FROM sessie WHERE id_hash = ?'),
      purgeSessions: db.prepare('DELETE FROM sessie WHERE verloopt_op <= ?'),
      insertToken: db.prepare('INSERT INTO api_token (token_hash, gebruiker_id, omschrijving, aangemaakt_op, verloopt_op) VALUES (?, ?, ?, ?, ?)'),
      tokenUser: db.prepare<[string, string], User & { tokenId: number }>(
        `SELECT g.id, g.organisatie_id AS organisatieId, o.naam AS organisatieNaam, g.email, g.naam, g.rol, t.id AS tokenId
         FROM api_token t JOIN gebruiker g ON g.id = t.gebruiker_id JOIN organisatie o ON o.id = g.organisatie_id
         WHERE t.token_hash = ? AND t.verloopt_op > ? AND g.actief = 1`,
      ),
      touchToken: db.prepare('UPDATE api_token SET laatst_gebruikt_op = ? WHERE id = ?'),
      tokens: db.prepare<[number], ApiToken>(
        'SELECT id, omschrijving, aangemaakt_op AS aangemaaktOp, verloopt_op AS verlooptOp, laatst_gebruikt_op AS laatstGebruiktOp FROM api_token WHERE gebruiker_id = ? ORDER BY id',
      ),
      deleteToken: db.prepare('DELETE FROM api_token WHERE id = ? AND gebruiker_id = ?'),
      rounds: db.prepare<[number], RoundListItem>(
        `SELECT r.id, r.organisatie_id AS organisatieId, r.naam, r.regio, r.sluitingsdatum, r.aangemaakt_op AS aangemaaktOp,
           count(i.id) AS inschrijvingen, coalesce(sum(i.geldig), 0) AS geldig,
           coalesce(sum(i.telt = 1 AND i.uitslag = 'voldoet'), 0) AS voldoet
         FROM ronde r LEFT JOIN inschrijving i ON i.ronde_id = r.id
         WHERE r.organisatie_id = ? GROUP BY r.id ORDER BY r.aangemaakt_op DESC, r.naam`,
      ),
      round: db.prepare<[string, number], Round>(`SELECT ${roundColumns} FROM ronde WHERE id = ? AND organisatie_id = ?`),
      insertRound: db.prepare('INSERT INTO ronde (id, organisatie_id, naam, regio, sluitingsdatum, aangemaakt_door, aangemaakt_op) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      deleteRound: db.prepare('DELETE FROM ronde WHERE id = ? AND organisatie_id = ?'),
      bidCount: db.prepare<[string], { n: number; laatste: number }>('SELECT count(*) AS n, coalesce(max(volgnummer), 0) AS laatste FROM inschrijving WHERE ronde_id = ?'),
      chosenKvk: db.prepare<[string], { kvk_nummer: string }>('SELECT kvk_nummer FROM kvk_keuze WHERE ronde_id = ?'),
      hashes: db.prepare<[string], { sha256: string; volgnummer: number }>('SELECT sha256, volgnummer FROM inschrijving WHERE ronde_id = ? ORDER BY volgnummer'),
      insertUpload: db.prepare(
        'INSERT INTO upload (ronde_id, nr, geupload_door, geupload_op) VALUES (?, (SELECT coalesce(max(nr), 0) + 1 FROM upload WHERE ronde_id = ?), ?, ?)',
      ),
      uploads: db.prepare<[string], UploadItem>(
        `SELECT u.nr, u.geupload_op AS geuploadOp, g.email AS geuploadDoor, count(i.id) AS inschrijvingen
         FROM upload u LEFT JOIN gebruiker g ON g.id = u.geupload_door LEFT JOIN inschrijving i ON i.upload_id = u.id
         WHERE u.ronde_id = ? GROUP BY u.id ORDER BY u.nr`,
      ),
      uploadByNr: db.prepare<[string, number], { id: number; n: number }>(
        'SELECT u.id, (SELECT count(*) FROM inschrijving i WHERE i.upload_id = u.id) AS n FROM upload u WHERE u.ronde_id = ? AND u.nr = ?',
      ),
      uploadKvk: db.prepare<[number], { kvk_nummer: string }>('SELECT DISTINCT kvk_nummer FROM inschrijving WHERE upload_id = ? AND geldig = 1 AND kvk_nummer IS NOT NULL'),
      deleteUpload: db.prepare('DELETE FROM upload WHERE id = ?'),
      deleteBid: db.prepare('DELETE FROM inschrijving WHERE id = ? AND ronde_id = ?'),
      bidFile: db.prepare<[string, string], { inhoud: Buffer }>('SELECT inhoud FROM inschrijving WHERE id = ? AND ronde_id = ?'),
      rescreenSources: db.prepare<[string], RescreenSource>(
        `SELECT id, volgnummer, bestandsnaam, inhoud, geldig, aanbieder_naam AS aanbiederNaam, kvk_nummer AS kvkNummer, uitslag, resultaat
         FROM inschrijving WHERE ronde_id = ? AND length(inhoud) > 0 ORDER BY volgnummer`,
      ),
      updateResult: db.prepare(
        `UPDATE inschrijving SET geldig = @geldig, fouten = @fouten, uitslag = @uitslag, resultaat = @resultaat, catalogus_versie = @catalogusVersie,
           telt = CASE WHEN @geldig = 1 THEN telt ELSE 0 END WHERE id = @id`,
      ),
      deleteProducts: db.prepare('DELETE FROM inschrijving_product WHERE inschrijving_id = ?'),
      deleteShortcomings: db.prepare('DELETE FROM tekortkoming WHERE inschrijving_id = ?'),
      validOfKvk: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM inschrijving WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1'),
      // Without a bid that counts for a KvK number, the latest valid one does.
      recount: db.prepare(
        `UPDATE inschrijving SET telt = 1 WHERE id = (
           SELECT id FROM inschrijving WHERE ronde_id = @ronde AND kvk_nummer = @kvk AND geldig = 1 ORDER BY volgnummer DESC LIMIT 1
         ) AND NOT EXISTS (SELECT 1 FROM inschrijving WHERE ronde_id = @ronde AND kvk_nummer = @kvk AND geldig = 1 AND telt = 1)`,
      ),
      upsertChoice: db.prepare('INSERT INTO kvk_keuze (ronde_id, kvk_nummer, inschrijving_id) VALUES (?, ?, ?) ON CONFLICT (ronde_id, kvk_nummer) DO UPDATE SET inschrijving_id = excluded.inschrijving_id'),
      insertBid: db.prepare(
        `INSERT INTO inschrijving (id, ronde_id, volgnummer, bestandsnaam, sha256, inhoud, geldig, fouten, aanbieder_naam, kvk_nummer, uitslag, resultaat, telt, geupload_door, geupload_op, upload_id, catalogus_versie)
         VALUES (@id, @rondeId, @volgnummer, @bestandsnaam, @sha256, @inhoud, @geldig, @fouten, @aanbiederNaam, @kvkNummer, @uitslag, @resultaat, @telt, @geuploadDoor, @geuploadOp, @uploadId, @catalogusVersie)`,
      ),
      insertProduct: db.prepare('INSERT INTO inschrijving_product (inschrijving_id, productcode, uitslag) VALUES (?, ?, ?)'),
      insertShortcoming: db.prepare(
        `INSERT INTO tekortkoming (inschrijving_id, productcode, eis_id, titel, uitslag, verwacht, opgegeven, document, sectie, citaat)
         VALUES (@inschrijvingId, @productcode, @eisId, @titel, @uitslag, @verwacht, @opgegeven, @document, @sectie, @citaat)`,
      ),
      bids: db.prepare<[string], BidRow>(`SELECT ${bidColumns} FROM inschrijving i LEFT JOIN gebruiker g ON g.id = i.geupload_door WHERE i.ronde_id = ? ORDER BY i.volgnummer`),
      bid: db.prepare<[string, string], BidRow & { resultaat: string | null }>(
        `SELECT ${bidColumns}, i.resultaat FROM inschrijving i LEFT JOIN gebruiker g ON g.id = i.geupload_door WHERE i.id = ? AND i.ronde_id = ?`,
      ),
      bidProducts: db.prepare<[string], { inschrijving_id: string; productcode: string; uitslag: 'voldoet' | 'voldoet-niet' }>(
        'SELECT p.inschrijving_id, p.productcode, p.uitslag FROM inschrijving_product p JOIN inschrijving i ON i.id = p.inschrijving_id WHERE i.ronde_id = ?',
      ),
      shortcomings: db.prepare<[string], Shortcoming & { inschrijvingId: string }>(
        `SELECT t.inschrijving_id AS inschrijvingId, t.productcode, t.eis_id AS eisId, t.titel, t.uitslag, t.verwacht, t.opgegeven, t.document, t.sectie, t.citaat
         FROM tekortkoming t JOIN inschrijving i ON i.id = t.inschrijving_id WHERE i.ronde_id = ? ORDER BY i.volgnummer, t.id`,
      ),
      countingIds: db.prepare<[string], { id: string }>('SELECT id FROM inschrijving WHERE ronde_id = ? AND telt = 1 AND geldig = 1 ORDER BY volgnummer'),
      result: db.prepare<[string], { volgnummer: number; aanbieder_naam: string; kvk_nummer: string; resultaat: string }>(
        'SELECT volgnummer, aanbieder_naam, kvk_nummer, resultaat FROM inschrijving WHERE id = ?',
      ),
      resetKvk: db.prepare('UPDATE inschrijving SET telt = 0 WHERE ronde_id = ? AND kvk_nummer = ? AND geldig = 1'),
      setCounting: db.prepare('UPDATE inschrijving SET telt = 1 WHERE id = ? AND ronde_id = ? AND geldig = 1'),
      insertAudit: db.prepare(
        'INSERT INTO audit (organisatie_id, gebruiker_id, gebruiker_email, tijdstip, actie, ronde_id, ronde_naam, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      audit: db.prepare<[number, number], AuditEntry>(
        `SELECT id, tijdstip, gebruiker_email AS gebruikerEmail, actie, ronde_id AS rondeId, ronde_naam AS rondeNaam, details
         FROM audit WHERE organisatie_id = ? ORDER BY id DESC LIMIT ?`,
      ),
      deletedRound: db.prepare<[number, string], { ronde_naam: string }>(
        "SELECT ronde_naam FROM audit WHERE organisatie_id = ? AND ronde_id = ? AND actie = 'ronde-verwijderd' ORDER BY id DESC LIMIT 1",
      ),
      getSetting: db.prepare<[string], { waarde: string }>('SELECT waarde FROM instelling WHERE sleutel = ?'),
      insertSetting: db.prepare('INSERT OR IGNORE INTO instelling (sleutel, waarde) VALUES (?, ?)'),
    };
  }

  /** A value created once per database (e.g. a secret), the same for every process that opens it. */
  setting(key: string, create: () => string): string {
    this.s.insertSetting.run(key, create());
    return this.s.getSetting.get(key)!.waarde;
  }

  /** A new user; without a role the first user of an organisation is its beheerder and the others beoordelaar. */
  createUser(input: { organisatie: string; email: string; naam: string; wachtwoordHash: string; rol?: Rol }): User {
    return this.db.transaction(() => {
      const rol = input.rol ?? (this.s.orgUserCount.get(input.organisatie)!.n === 0 ? 'beheerder' : 'beoordelaar');
      const org = this.s.orgByName.get(input.organisatie)?.id ?? Number(this.s.insertOrg.run(input.organisatie, now()).lastInsertRowid);
      this.s.insertUser.run(org, input.email, input.naam, input.wachtwoordHash, now(), rol);
      const { wachtwoordHash: _hash, actief: _a, ...user } = this.s.userByEmail.get(input.email)!;
      return user;
    }).immediate();
  }

  /** Disables (or enables) a user: a disabled user's sessions end now, and their sessions and keys are refused. */
  setActive(user: User, actief: boolean): void {
    this.db.transaction(() => {
      this.s.setActive.run(actief ? 1 : 0, user.id);
      if (!actief) this.s.deleteUserSessions.run(user.id);
      this.audit(user, actief ? 'gebruiker-ingeschakeld' : 'gebruiker-uitgeschakeld', undefined, user.email);
    }).immediate();
  }

  setRole(user: User, rol: Rol): void {
    this.db.transaction(() => {
      this.s.setRole.run(rol, user.id);
      this.audit(user, 'rol-gewijzigd', undefined, rol);
    }).immediate();
  }

  /** Removes a user with their sessions and keys; what they did stays in the log under their e-mail address. */
  deleteUser(user: User): void {
    this.db.transaction(() => {
      this.audit(user, 'gebruiker-verwijderd', undefined, user.email);
      this.s.deleteUser.run(user.id);
    }).immediate();
  }

  /**
   * A new password ends every session and API key of the user, in the same transaction: whoever knew the old one
   * (or took a key made with it) is out at once. Returns how many of each were revoked.
   */
  setPassword(user: User, wachtwoordHash: string): { sessies: number; sleutels: number } {
    return this.db.transaction(() => {
      this.s.updatePassword.run(wachtwoordHash, user.id);
      const sessies = this.s.deleteUserSessions.run(user.id).changes;
      const sleutels = this.s.deleteUserTokens.run(user.id).changes;
      this.audit(user, 'wachtwoord-gewijzigd', undefined, inkoop.audit.ingetrokken(sessies, sleutels));
      return { sessies, sleutels };
    }).immediate();
  }

  userWithHash(email: string): (User & { wachtwoordHash: string; actief: number }) | undefined {
    return this.s.userByEmail.get(email);
  }

  userCount(): number {
    return this.s.userCount.get()!.n;
  }

  createSession(idHash: string, userId: number, verlooptOp: Date): void {
    this.s.purgeSessions.run(now());
    this.s.insertSession.run(idHash, userId, now(), verlooptOp.toISOString());
  }

  sessionUser(idHash: string): User | undefined {
    return this.s.sessionUser.get(idHash, now());
  }

  deleteSession(idHash: string): void {
    this.s.deleteSession.run(idHash);
  }

  createToken(userId: number, tokenHash: string, omschrijving: string, verlooptOp: Date): number {
    return Number(this.s.insertToken.run(tokenHash, userId, omschrijving, now(), verlooptOp.toISOString()).lastInsertRowid);
  }

  /** The user of a key that has not expired. */
  tokenUser(tokenHash: string): User | undefined {
    const row = this.s.tokenUser.get(tokenHash, now());
    if (!row) return undefined;
    this.s.touchToken.run(now(), row.tokenId);
    const { tokenId: _id, ...user } = row;
    return user;
  }

  tokens(userId: number): ApiToken[] {
    return this.s.tokens.all(userId);
  }

  deleteToken(userId: number, tokenId: number): boolean {
    return this.s.deleteToken.run(tokenId, userId).changes === 1;
  }

  rounds(organisatieId: number): RoundListItem[] {
    return this.s.rounds.all(organisatieId);
  }

  round(organisatieId: number, id: string): Round | undefined {
    return this.s.round.get(id, organisatieId);
  }

  createRound(user: User, input: { naam: string; regio: string; sluitingsdatum: string }): Round {
    const id = randomUUID();
    this.db.transaction(() => {
      this.s.insertRound.run(id, user.organisatieId, input.naam, input.regio, input.sluitingsdatum, user.id, now());
      this.audit(user, 'ronde-aangemaakt', { id, naam: input.naam });
    }).immediate();
    return this.round(user.organisatieId, id)!;
  }

  bidCount(rondeId: string): number {
    return this.s.bidCount.get(rondeId)!.n;
  }

  /**
   * Stores a whole upload in one transaction: every bid with its products and shortcomings, and the audit record.
   * Any failure rolls all of it back. A file the round already has (the same SHA-256) is recognised and not stored
   * again. The latest valid bid of a KvK number counts (usually the correction), unless a person chose one for it.
   */
  addBids(user: User, round: Round, bids: ScreenedBid[]): AddedBids {
    const ids: string[] = [];
    const herkend: Recognised[] = [];
    const touched = new Set<string>();
    this.db.transaction(() => {
      let volgnummer = this.s.bidCount.get(round.id)!.laatste;
      const chosen = new Set(this.s.chosenKvk.all(round.id).map((r) => r.kvk_nummer));
      const known = new Map<string, number>();
      for (const r of this.s.hashes.all(round.id)) if (!known.has(r.sha256)) known.set(r.sha256, r.volgnummer);
      const geuploadOp = now();
      let uploadId: number | null = null;
      for (const bid of bids) {
        // An empty file (one the intake could not read) has no content to recognise.
        const earlier = bid.inhoud.length > 0 ? known.get(bid.sha256) : undefined;
        if (earlier !== undefined) {
          herkend.push({ bestandsnaam: bid.bestandsnaam, sha256: bid.sha256, volgnummer: earlier });
          continue;
        }
        uploadId ??= Number(this.s.insertUpload.run(round.id, round.id, user.id, geuploadOp).lastInsertRowid);
        const id = randomUUID();
        ids.push(id);
        volgnummer += 1;
        if (bid.inhoud.length > 0) known.set(bid.sha256, volgnummer);
        const kvk = bid.geldig ? bid.resultaat.aanbieder.kvkNummer : bid.kvkNummer;
        const telt = bid.geldig && !chosen.has(kvk!);
        if (telt) this.s.resetKvk.run(round.id, kvk!);
        if (bid.geldig) touched.add(kvk!);
        this.s.insertBid.run({
          id,
          rondeId: round.id,
          volgnummer,
          bestandsnaam: bid.bestandsnaam,
          sha256: bid.sha256,
          inhoud: bid.inhoud,
          geldig: bid.geldig ? 1 : 0,
          fouten: bid.geldig ? null : JSON.stringify(bid.fouten),
          aanbiederNaam: bid.geldig ? bid.resultaat.aanbieder.naam : bid.aanbiederNaam,
          kvkNummer: kvk ?? null,
          uitslag: bid.geldig ? bid.resultaat.uitslag : null,
          resultaat: bid.geldig ? JSON.stringify(bid.resultaat) : null,
          telt: telt ? 1 : 0,
          geuploadDoor: user.id,
          geuploadOp,
          uploadId,
          catalogusVersie: bid.geldig ? (bid.resultaat.catalogusVersie ?? null) : null,
        });
        if (!bid.geldig) continue;
        for (const p of bid.resultaat.producten) this.s.insertProduct.run(id, p.productcode, p.uitslag);
        for (const t of bid.tekortkomingen) this.s.insertShortcoming.run({ inschrijvingId: id, ...t });
      }
      const all = new Map(this.bids(round.id).map((b) => [b.id, b]));
      const geldig = ids.filter((id) => all.get(id)!.geldig).length;
      this.audit(user, 'inschrijvingen-toegevoegd', round, inkoop.audit.toegevoegd(ids.length, geldig, herkend.length));
    }).immediate();
    const stored = new Map(this.bids(round.id).map((b) => [b.id, b]));
    const dubbel = [...touched].filter((kvk) => this.s.validOfKvk.get(round.id, kvk)!.n > 1).length;
    return { stored: ids.map((id) => stored.get(id)!), herkend, dubbel };
  }

  /** The file as it was uploaded. */
  bidFile(rondeId: string, bidId: string): Buffer | undefined {
    return this.s.bidFile.get(bidId, rondeId)?.inhoud;
  }

  rescreenSources(rondeId: string): RescreenSource[] {
    return this.s.rescreenSources.all(rondeId);
  }

  /**
   * Replaces the results of bids screened again, in one transaction with the audit record. A bid that is no longer
   * valid stops counting; every KvK number involved gets a counting bid again if it has a valid one.
   */
  replaceResults(user: User, round: Round, updates: Array<{ id: string; kvkNummer: string | null; bid: ScreenedBid }>, details: string): void {
    this.db.transaction(() => {
      const kvks = new Set<string>();
      for (const { id, kvkNummer, bid } of updates) {
        this.s.updateResult.run({
          id,
          geldig: bid.geldig ? 1 : 0,
          fouten: bid.geldig ? null : JSON.stringify(bid.fouten),
          uitslag: bid.geldig ? bid.resultaat.uitslag : null,
          resultaat: bid.geldig ? JSON.stringify(bid.resultaat) : null,
          catalogusVersie: bid.geldig ? (bid.resultaat.catalogusVersie ?? null) : null,
        });
        this.s.deleteProducts.run(id);
        this.s.deleteShortcomings.run(id);
        if (bid.geldig) {
          for (const p of bid.resultaat.producten) this.s.insertProduct.run(id, p.productcode, p.uitslag);
          for (const t of bid.tekortkomingen) this.s.insertShortcoming.run({ inschrijvingId: id, ...t });
        }
        if (kvkNummer) kvks.add(kvkNummer);
      }
      this.recount(round.id, kvks);
      this.audit(user, 'ronde-hertoetst', round, details);
    }).immediate();
  }

  uploads(rondeId: string): UploadItem[] {
    return this.s.uploads.all(rondeId);
  }

  /** After bids are gone: every KvK number they had gets a counting bid again (the latest), if it has a valid one. */
  private recount(rondeId: string, kvks: Iterable<string>): void {
    for (const kvk of kvks) this.s.recount.run({ ronde: rondeId, kvk });
  }

  /** Deletes one bid (its products and shortcomings cascade), logged by number only. */
  deleteBid(user: User, round: Round, bidId: string): boolean {
    const deleted = this.db.transaction(() => {
      const bid = this.bid(round.id, bidId);
      if (!bid || this.s.deleteBid.run(bidId, round.id).changes !== 1) return false;
      if (bid.geldig && bid.kvkNummer) this.recount(round.id, [bid.kvkNummer]);
      this.audit(user, 'inschrijving-verwijderd', round, inkoop.audit.inschrijving(bid.volgnummer));
      return true;
    }).immediate();
    if (deleted) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  /** Deletes one upload with all its bids; returns how many bids went, or undefined when there is no such upload. */
  deleteUpload(user: User, round: Round, nr: number): number | undefined {
    const n = this.db.transaction(() => {
      const upload = this.s.uploadByNr.get(round.id, nr);
      if (!upload) return undefined;
      const kvks = this.s.uploadKvk.all(upload.id).map((r) => r.kvk_nummer);
      this.s.deleteUpload.run(upload.id);
      this.recount(round.id, kvks);
      this.audit(user, 'upload-verwijderd', round, inkoop.audit.uploadVerwijderd(nr, upload.n));
      return upload.n;
    }).immediate();
    if (n !== undefined) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return n;
  }

  bids(rondeId: string): StoredBid[] {
    return this.s.bids.all(rondeId).map(toBid);
  }

  bid(rondeId: string, bidId: string): (StoredBid & { resultaat: Toetsresultaat | null }) | undefined {
    const row = this.s.bid.get(bidId, rondeId);
    if (!row) return undefined;
    return { ...toBid(row), resultaat: row.resultaat ? (JSON.parse(row.resultaat) as Toetsresultaat) : null };
  }

  bidProducts(rondeId: string): Map<string, Map<string, 'voldoet' | 'voldoet-niet'>> {
    const byBid = new Map<string, Map<string, 'voldoet' | 'voldoet-niet'>>();
    for (const row of this.s.bidProducts.all(rondeId)) {
      let m = byBid.get(row.inschrijving_id);
      if (!m) byBid.set(row.inschrijving_id, (m = new Map()));
      m.set(row.productcode, row.uitslag);
    }
    return byBid;
  }

  shortcomings(rondeId: string): Map<string, Shortcoming[]> {
    const byBid = new Map<string, Shortcoming[]>();
    for (const { inschrijvingId, ...t } of this.s.shortcomings.all(rondeId)) {
      const list = byBid.get(inschrijvingId) ?? [];
      list.push(t);
      byBid.set(inschrijvingId, list);
    }
    return byBid;
  }

  /**
   * The results of the counting bids, read one at a time so a round is never all in memory. Not a cursor:
   * an open better-sqlite3 iterator would block every other statement on the connection while a ZIP streams.
   */
  *countingResults(rondeId: string): Generator<ReportSource> {
    for (const { id } of this.s.countingIds.all(rondeId)) {
      const row = this.s.result.get(id);
      if (row) yield { volgnummer: row.volgnummer, aanbiederNaam: row.aanbieder_naam, kvkNummer: row.kvk_nummer, resultaat: JSON.parse(row.resultaat) as Toetsresultaat };
    }
  }

  /** Makes this bid the one that counts for its KvK number. */
  chooseCounting(user: User, round: Round, bidId: string): StoredBid | undefined {
    return this.db.transaction(() => {
      const bid = this.bid(round.id, bidId);
      if (!bid || !bid.geldig || !bid.kvkNummer) return undefined;
      this.s.resetKvk.run(round.id, bid.kvkNummer);
      this.s.setCounting.run(bidId, round.id);
      // Kept: a later bid of this KvK number does not take its place.
      this.s.upsertChoice.run(round.id, bid.kvkNummer, bidId);
      this.audit(user, 'keuze-dubbel', round, inkoop.audit.keuze(bid.volgnummer));
      return this.bid(round.id, bidId);
    }).immediate();
  }

  /** Deletes a round with its bids, products and shortcomings (ON DELETE CASCADE), then flushes the WAL so no copy lingers. */
  deleteRound(user: User, round: Round): boolean {
    const deleted = this.db.transaction(() => {
      const n = this.s.bidCount.get(round.id)!.n;
      const changes = this.s.deleteRound.run(round.id, user.organisatieId).changes;
      if (changes === 1) this.audit(user, 'ronde-verwijderd', round, inkoop.audit.verwijderd(n));
      return changes === 1;
    }).immediate();
    if (deleted) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  /** The name of a round this organisation deleted, from the audit log (for the notice after the redirect). */
  deletedRoundName(organisatieId: number, rondeId: string): string | undefined {
    return this.s.deletedRound.get(organisatieId, rondeId)?.ronde_naam;
  }

  audit(user: User, actie: AuditAction, round?: { id: string; naam: string }, details?: string): void {
    this.s.insertAudit.run(user.organisatieId, user.id, user.email, now(), actie, round?.id ?? null, round?.naam ?? null, details ?? null);
  }

  auditLog(organisatieId: number, limit = 500): AuditEntry[] {
    return this.s.audit.all(organisatieId, limit);
  }
}
