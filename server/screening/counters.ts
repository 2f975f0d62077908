import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from './db.js';

const sql = {
  // One statement, so two instances counting the same address at once both count: a new window starts at 1.
  increment: `INSERT INTO teller (sleutel, aantal, reset_op) VALUES (?, 1, ?)
    ON CONFLICT (sleutel) DO UPDATE SET
      aantal = CASE WHEN teller.reset_op <= ? THEN 1 ELSE teller.aantal + 1 END,
      reset_op = CASE WHEN teller.reset_op <= ? THEN excluded.reset_op ELSE teller.reset_op END
    RETURNING aantal, reset_op`,
  get: 'SELECT aantal, reset_op FROM teller WHERE sleutel = ? AND reset_op > ?',
  decrement: 'UPDATE teller SET aantal = aantal - 1 WHERE sleutel = ? AND aantal > 0',
  reset: 'DELETE FROM teller WHERE sleutel = ?',
  purge: 'DELETE FROM teller WHERE reset_op <= ?',
} as const;

/** Expired counters are removed now and then, not on every request. */
const PURGE_EVERY = 500;

/**
 * An express-rate-limit store in the screening database (table teller): the log-in limit and the API limit count
 * over every instance that shares the database, not per process.
 */
export class DbCounterStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private calls = 0;

  constructor(
    private readonly db: Db,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private key(key: string): string {
    return `${this.prefix}:${key}`;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.db.get<{ aantal: number; reset_op: number }>(sql.get, [this.key(key), Date.now()]);
    return row ? { totalHits: row.aantal, resetTime: new Date(row.reset_op) } : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = Date.now();
    if (++this.calls % PURGE_EVERY === 0) await this.db.run(sql.purge, [now]);
    const row = (await this.db.get<{ aantal: number; reset_op: number }>(sql.increment, [this.key(key), now + this.windowMs, now, now]))!;
    return { totalHits: row.aantal, resetTime: new Date(row.reset_op) };
  }

  async decrement(key: string): Promise<void> {
    await this.db.run(sql.decrement, [this.key(key)]);
  }

  async resetKey(key: string): Promise<void> {
    await this.db.run(sql.reset, [this.key(key)]);
  }
}
