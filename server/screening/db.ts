import { chmodSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { postgres } from '../lazy.js';
import { projectRoot } from '../paths.js';
import { inkoop } from '../messages.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * What the store asks of a database: SQL with `?` placeholders, written so that it runs on SQLite and PostgreSQL
 * alike (quoted camelCase aliases, RETURNING instead of last-insert ids, ON CONFLICT instead of INSERT OR IGNORE).
 */
export interface Queryable {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface Db extends Queryable {
  readonly dialect: Dialect;
  /** Where the data lives, for messages (a file path, or the PostgreSQL URL without its password). */
  readonly location: string;
  /**
   * Runs `fn` in one transaction, committed when it resolves and rolled back when it throws. Write transactions
   * run one at a time on both stores (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock),
   * so reading a round's last number and writing the next is safe across instances.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** True when the database answers (for /readyz). */
  ping(): Promise<boolean>;
  /** After a deletion: SQLite flushes its write-ahead log so no copy of a deleted bid lingers; PostgreSQL needs nothing. */
  afterDelete(): Promise<void>;
  close(): Promise<void>;
}

/** The .sql files live next to the sources; dist/ finds them through the project root. SQLite's in migrations/, PostgreSQL's in migrations/postgres/, with the same numbers. */
export const migrationsDir = path.join(projectRoot, 'server', 'screening', 'migrations');
export const migrationsDirOf = (dialect: Dialect) => (dialect === 'sqlite' ? migrationsDir : path.join(migrationsDir, 'postgres'));

/** EISENTOETS_DATA names the database file; by default data/eisentoets.sqlite in the project. */
export function defaultDatabasePath(): string {
  return process.env.EISENTOETS_DATA || path.join(projectRoot, 'data', 'eisentoets.sqlite');
}

/** The database the server and CLI use: PostgreSQL when DATABASE_URL is set, otherwise the SQLite file. */
export function defaultDatabase(): string {
  return process.env.DATABASE_URL || defaultDatabasePath();
}

const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//.test(target);

export interface Migration {
  versie: number;
  bestand: string;
}

export function migrations(dialect: Dialect): Migration[] {
  const dir = migrationsDirOf(dialect);
  return readdirSync(dir)
    .map((bestand) => ({ bestand, match: /^(\d{3})_[a-z0-9_-]+\.sql$/.exec(bestand) }))
    .filter((m): m is { bestand: string; match: RegExpExecArray } => m.match !== null)
    .map(({ bestand, match }) => ({ versie: Number(match[1]), bestand }))
    .sort((a, b) => a.versie - b.versie);
}

/**
 * Applies every migration newer than the database, all in one transaction with their schema_version rows. Two
 * instances starting at once on one PostgreSQL wait for each other (the write lock), and the second finds nothing to do.
 */
export async function migrate(db: SqliteDb | PostgresDb): Promise<number> {
  const all = migrations(db.dialect);
  const latest = all.at(-1)?.versie ?? 0;
  await db.transaction(async (tx) => {
    await db.exec('CREATE TABLE IF NOT EXISTS schema_version (versie INTEGER PRIMARY KEY, bestand TEXT NOT NULL, toegepast_op TEXT NOT NULL)', tx);
    const current = (await tx.get<{ v: number }>('SELECT coalesce(max(versie), 0) AS v FROM schema_version'))!.v;
    if (current > latest) throw new Error(inkoop.db.nieuwer(current, latest));
    for (const m of all.filter((m) => m.versie > current)) {
      await db.exec(readFileSync(path.join(migrationsDirOf(db.dialect), m.bestand), 'utf8'), tx);
      await tx.run('INSERT INTO schema_version (versie, bestand, toegepast_op) VALUES (?, ?, ?)', [m.versie, m.bestand, new Date().toISOString()]);
    }
  });
  return latest;
}

/** better-sqlite3 is synchronous: a transaction holds the connection, and other callers wait until it ends. */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement>();
  private busy: Promise<void> | null = null;
  private readonly direct: Queryable;

  constructor(
    readonly raw: Database.Database,
    readonly location: string,
  ) {
    this.direct = {
      all: async <T>(sql: string, params: unknown[] = []) => this.prepare(sql).all(...params) as T[],
      get: async <T>(sql: string, params: unknown[] = []) => this.prepare(sql).get(...params) as T | undefined,
      run: async (sql: string, params: unknown[] = []) => this.prepare(sql).run(...params).changes,
    };
  }

  private prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.raw.prepare(sql)));
    return s;
  }

  private async idle(): Promise<void> {
    while (this.busy) await this.busy;
  }

  async all<T>(sql: string, params?: unknown[]): Promise<T[]> {
    await this.idle();
    return this.direct.all<T>(sql, params);
  }

  async get<T>(sql: string, params?: unknown[]): Promise<T | undefined> {
    await this.idle();
    return this.direct.get<T>(sql, params);
  }

  async run(sql: string, params?: unknown[]): Promise<number> {
    await this.idle();
    return this.direct.run(sql, params);
  }

  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    while (this.busy) await this.busy;
    let release!: () => void;
    this.busy = new Promise((resolve) => (release = resolve));
    try {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.raw.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.busy = null;
      release();
    }
  }

  async ping(): Promise<boolean> {
    return (await this.get<{ ok: number }>('SELECT 1 AS ok'))?.ok === 1;
  }

  async afterDelete(): Promise<void> {
    await this.idle();
    this.raw.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    await this.idle();
    this.raw.close();
  }
}

/** count(*) and sum() are bigint/numeric in PostgreSQL; the numbers here fit a JavaScript number. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    const { types } = postgres();
    return oid === types.builtins.INT8 || oid === types.builtins.NUMERIC ? Number : types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** `?` to `$1, $2, …` once per statement text. The store's SQL has no `?` inside string literals. */
const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, out);
  }
  return out;
}

/** An arbitrary fixed key: every write transaction of every instance takes this lock, as SQLite's BEGIN IMMEDIATE does. */
const WRITE_LOCK = 7_410_316;

function pgQueryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(toPg(sql), params)).rows as T[],
    get: async <T>(sql: string, params: unknown[] = []) => (await client.query(toPg(sql), params)).rows[0] as T | undefined,
    run: async (sql: string, params: unknown[] = []) => (await client.query(toPg(sql), params)).rowCount ?? 0,
  };
}

export class PostgresDb implements Db {
  readonly dialect = 'postgres';
  private readonly q: Queryable;

  constructor(
    readonly pool: pg.Pool,
    readonly location: string,
  ) {
    this.q = pgQueryable(pool);
  }

  all<T>(sql: string, params?: unknown[]) {
    return this.q.all<T>(sql, params);
  }

  get<T>(sql: string, params?: unknown[]) {
    return this.q.get<T>(sql, params);
  }

  run(sql: string, params?: unknown[]) {
    return this.q.run(sql, params);
  }

  /** Migration files hold several statements: sent as one simple query, inside the transaction's client. */
  async exec(sql: string, tx: Queryable): Promise<void> {
    await (tx as Queryable & { client: pg.PoolClient }).client.query(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await fn(Object.assign(pgQueryable(client), { client }));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    } finally {
      client.release();
    }
  }

  async ping(): Promise<boolean> {
    return (await this.get<{ ok: number }>('SELECT 1 AS ok'))?.ok === 1;
  }

  async afterDelete(): Promise<void> {}

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The URL as it may appear in a log: without the password. */
function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://…';
  }
}

/**
 * Opens (and creates, and migrates) the screening database: a PostgreSQL URL (postgres://…) or a SQLite file path;
 * by default DATABASE_URL, else EISENTOETS_DATA, else data/eisentoets.sqlite. Only the owner may read a SQLite file:
 * bids are confidential.
 */
export async function openDatabase(target: string = defaultDatabase()): Promise<SqliteDb | PostgresDb> {
  if (isPostgresUrl(target)) {
    // A database that does not answer gives an error after 10 s (start-up, /readyz), not a hang.
    const pool = new (postgres().Pool)({ connectionString: target, types: pgTypes, max: Number(process.env.EISENTOETS_DB_POOL ?? 10), connectionTimeoutMillis: 10_000 });
    // An idle client that loses its server (a database restart) must not take the process down.
    pool.on('error', () => undefined);
    const db = new PostgresDb(pool, withoutPassword(target));
    try {
      await migrate(db);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return db;
  }
  const file = target;
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const raw = new Database(file);
  if (file !== ':memory:') chmodSync(file, 0o600);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  // Deleted bids are overwritten with zeros, not merely unlinked.
  raw.pragma('secure_delete = ON');
  const db = new SqliteDb(raw, file);
  try {
    await migrate(db);
  } catch (err) {
    raw.close();
    throw err;
  }
  return db;
}

/** An online backup of a SQLite store: consistent while the server keeps reading and writing. PostgreSQL: pg_dump (docs/beheer.md). */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  if (!(db instanceof SqliteDb)) throw new Error(inkoop.db.backupPostgres);
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  await db.raw.backup(destination);
  chmodSync(destination, 0o600);
}
