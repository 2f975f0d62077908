import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';
import { openDatabase } from '../../server/screening/db.js';
import { ScreeningStore } from '../../server/screening/store.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { PASSWORD, SLUITINGSDATUM, bid, csrfFrom, seedUsers } from './helpers.js';

/** Two server processes (dist/server/main.js) on one PostgreSQL, as behind a load balancer. */
const main = path.join(projectRoot, 'dist/server/main.js');
const postgres: TestPostgres | undefined = existsSync(main) ? await startTestPostgres() : undefined;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });

/** A browser's cookie jar, as far as these requests need it. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): Response {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

describe.skipIf(!postgres)('twee serverprocessen op één PostgreSQL', () => {
  const servers: ChildProcess[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    const url = await postgres!.database();
    const db = await openDatabase(url);
    await seedUsers(new ScreeningStore(db));
    await db.close();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const server = spawn(process.execPath, [main], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: url, LOG_LEVEL: 'silent', EISENTOETS_LOGIN_LIMIT: '0' },
        stdio: 'ignore',
      });
      servers.push(server);
      bases.push(`http://127.0.0.1:${port}`);
    }
    for (const base of bases) {
      for (let i = 0; i < 600; i++) {
        if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
  afterAll(() => {
    for (const s of servers) s.kill('SIGTERM');
    postgres?.stop();
  });

  it('/readyz van beide meldt gereed: de database antwoordt', async () => {
    for (const base of bases) expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('inloggen op de eerste, uploaden op de tweede, het resultaat zien op de eerste', async () => {
    const [first, second] = bases as [string, string];
    const jar = new Jar();
    const loginPage = jar.take(await fetch(`${first}/inkoop/inloggen`, { headers: { cookie: jar.header } }));
    const form = new URLSearchParams({ _csrf: csrfFrom(await loginPage.text()), email: 'inkoper@gz.example', wachtwoord: PASSWORD, terug: '/inkoop' });
    const login = jar.take(await fetch(`${first}/inkoop/inloggen`, { method: 'POST', body: form, headers: { cookie: jar.header }, redirect: 'manual' }));
    expect(login.status).toBe(303);

    // The next requests go to the other process: same session, same CSRF secret.
    const home = jar.take(await fetch(`${second}/inkoop`, { headers: { cookie: jar.header }, redirect: 'manual' }));
    expect(home.status).toBe(200);
    const csrf = csrfFrom(await home.text());
    const created = await fetch(`${second}/api/v1/screeningsrondes`, {
      method: 'POST',
      headers: { cookie: jar.header, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ naam: 'Twee instanties', regio: 'gelderland-zuid', sluitingsdatum: SLUITINGSDATUM }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const files = new FormData();
    files.append('bestanden', new Blob([JSON.stringify(bid(1))], { type: 'application/json' }), 'bod-1.json');
    files.append('bestanden', new Blob([JSON.stringify(bid(2))], { type: 'application/json' }), 'bod-2.json');
    const upload = await fetch(`${second}/api/v1/screeningsrondes/${id}/inschrijvingen`, { method: 'POST', headers: { cookie: jar.header, 'x-csrf-token': csrf }, body: files });
    expect(upload.status).toBe(201);

    const page = await fetch(`${first}/inkoop/rondes/${id}`, { headers: { cookie: jar.header }, redirect: 'manual' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Twee instanties');
    expect(html).toContain('Zorgaanbieder 001 B.V.');
    expect(html).toContain('Zorgaanbieder 002 B.V.');
  });

  it('zonder database meldt /readyz 503 (de load balancer stuurt er dan niets heen); /healthz blijft 200', async () => {
    postgres!.stop();
    const res = await fetch(`${bases[0]}/readyz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { title: string }).title).toBe('Niet gereed');
    expect((await fetch(`${bases[0]}/healthz`)).status).toBe(200);
  });
});
