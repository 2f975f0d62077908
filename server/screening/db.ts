import { chmodSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../paths.js';
import { inkoop } from '../messages.js';

export type Db = Database.Database;

/** The .sql files live next to the sources; dist/ finds them through the project root. */
export const migrationsDir = path.join(projectRoot, 'server', 'screening', 'migrations');

/** EISENTOETS_DATA names the database file; by default data/eisentoets.sqlite in the project. */
export function defaultDatabasePath(): string {
  return process.env.EISENTOETS_DATA || path.join(projectRoot, 'data', 'eisentoets.sqlite');
}

interface Migration {
  versie: number;
  bestand: string;
}

function migrations(): Migration[] {
  return readdirSync(migrationsDir)
    .map((bestand) => ({ bestand, match: /^(\d{3})_[a-z0-9_-]+\.sql$/.exec(bestand) }))
    .filter((m): m is { bestand: string; match: RegExpExecArray } => m.match !== null)
    .map(({ bestand, match }) => ({ versie: Number(match[1]), bestand }))
    .sort((a, b) => a.versie - b.versie);
}

/** Applies every migration newer than the database, each in its own transaction together with its schema_version row. */
export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (versie INTEGER PRIMARY KEY, bestand TEXT NOT NULL, toegepast_op TEXT NOT NULL)');
  const current = (db.prepare('SELECT coalesce(max(versie), 0) AS v FROM schema_version').get() as { v: number }).v;
  const all = migrations();
  const latest = all.at(-1)?.versie ?? 0;
  if (current > latest) throw new Error(inkoop.db.nieuwer(current, latest));
  const record = db.prepare('INSERT INTO schema_version (versie, bestand, toegepast_op) VALUES (?, ?, ?)');
  for (const m of all.filter((m) => m.versie > current)) {
    const sql = readFileSync(path.join(migrationsDir, m.bestand), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      record.run(m.versie, m.bestand, new Date().toISOString());
    }).immediate();
  }
  return latest;
}

/** Opens (and creates, and migrates) the screening database. Only the owner may read the file: bids are confidential. */
export function openDatabase(file: string = defaultDatabasePath()): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  if (file !== ':memory:') chmodSync(file, 0o600);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Deleted bids are overwritten with zeros, not merely unlinked.
  db.pragma('secure_delete = ON');
  migrate(db);
  return db;
}

/** An online backup: consistent while the server keeps reading and writing. */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  await db.backup(destination);
  chmodSync(destination, 0o600);
}
