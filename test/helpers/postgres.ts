import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL for the tests: EISENTOETS_TEST_DATABASE_URL when set (a server someone else runs), otherwise
 * a cluster of its own (initdb + pg_ctl, trust on 127.0.0.1, a free port, a temp dir) when the binaries are on this
 * machine, run as user postgres when the tests run as root. Undefined when neither: the PostgreSQL tests are skipped.
 */
export interface TestPostgres {
  /** A fresh, empty database in the cluster. */
  database(): Promise<string>;
  stop(): void;
}

function binDir(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(onPath);
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], 'bin') : undefined;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });

let counter = 0;

function withBase(base: string): TestPostgres['database'] {
  return async () => {
    const name = `eisentoets_test_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return url.toString();
  };
}

export async function startTestPostgres(): Promise<TestPostgres | undefined> {
  const given = process.env.EISENTOETS_TEST_DATABASE_URL;
  if (given) return { database: withBase(given), stop: () => undefined };
  const bin = binDir();
  if (!bin) return undefined;
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-pg-'));
  chmodSync(dir, 0o700);
  const as = (cmd: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  execFileSync(...as(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']), { stdio: 'ignore' });
  execFileSync(
    ...as(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, 'start']),
    { stdio: 'ignore' },
  );
  return {
    database: withBase(`postgresql://postgres@127.0.0.1:${port}/postgres`),
    stop: () => {
      spawnSync(...as(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
