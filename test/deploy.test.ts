import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { projectRoot } from '../server/paths.js';

/** The deployment files are valid and say what docs/beheer.md promises, also where no container runtime runs them. */
const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

describe('Dockerfile', () => {
  const dockerfile = DockerfileParser.parse(read('Dockerfile'));
  const instructions = dockerfile.getInstructions();
  const froms = dockerfile.getFROMs();
  const last = froms.at(-1)!;
  const finalStage = instructions.filter((i) => i.getRange().start.line > last.getRange().start.line);
  const args = (keyword: string) => finalStage.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');

  it('bouwt in een eigen fase en draait op een kleine Node 20-basis', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.getImageName()).toBe('node');
    expect(last.getImageTag()).toMatch(/^20(\.\d+)*-(bookworm-slim|alpine)/);
    // Built once, in the build stage: the final stage runs the compiled server, not `npm start` (which builds).
    expect(instructions.filter((i) => i.getKeyword() === 'RUN').some((i) => /npm run build/.test(i.getArgumentsContent() ?? ''))).toBe(true);
    expect(args('CMD')).toEqual(['["node", "dist/server/main.js"]']);
  });

  it('draait niet als root', () => {
    const users = args('USER');
    expect(users.at(-1)).toBeDefined();
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('heeft een HEALTHCHECK op /readyz', () => {
    const hc = args('HEALTHCHECK');
    expect(hc).toHaveLength(1);
    expect(hc[0]).toContain('/readyz');
  });

  it('neemt de migraties en statische bestanden mee die de server tijdens het draaien leest', () => {
    const copies = args('COPY').join('\n');
    for (const dir of ['server/screening/migrations', 'server/web/static', 'templates', 'schemas', 'dist', 'node_modules']) expect(copies).toContain(dir);
  });

  it('.dockerignore houdt lokale data, node_modules en geheimen buiten het image', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    for (const entry of ['node_modules', 'data', '.env', '.git', 'geheimen']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const doc = parseDocument(read('compose.yaml'), { merge: true });
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; depends_on?: unknown; ports?: string[]; volumes?: string[]; healthcheck?: unknown }>;
  };
  const services = compose.services;
  const apps = Object.entries(services).filter(([, s]) => s.environment?.DATABASE_URL);

  it('is geldige YAML zonder waarschuwingen', () => {
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('twee app-instanties uit hetzelfde image, op PostgreSQL, achter een proxy die de proxy-headers doorgeeft', () => {
    expect(apps.map(([name]) => name)).toEqual(['app1', 'app2']);
    for (const [, app] of apps) {
      expect(app.build).toBe('.');
      expect(app.image).toBe('eisentoets:latest');
      expect(app.environment!.DATABASE_URL).toMatch(/^postgresql:\/\/eisentoets:\$\{POSTGRES_PASSWORD:\?[^}]+\}@db:5432\/eisentoets$/);
      expect(app.environment!.EISENTOETS_TRUST_PROXY).toBe('1');
      expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' } });
      // Only the proxy is published.
      expect(app.ports).toBeUndefined();
    }
  });

  it('PostgreSQL met een volume en een healthcheck; het wachtwoord komt uit .env, niet uit het bestand', () => {
    expect(services.db!.image).toMatch(/^postgres:\d+/);
    expect(services.db!.volumes).toEqual(['db-data:/var/lib/postgresql/data']);
    expect(services.db!.healthcheck).toBeDefined();
    expect(services.db!.environment!.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD/);
  });

  it('de proxy (Caddy) publiceert 80/443 en verdeelt over beide instanties met /readyz als gezondheidscheck', () => {
    const proxy = services.proxy!;
    expect(proxy.image).toMatch(/^caddy:/);
    expect(proxy.ports).toEqual(['80:80', '443:443']);
    const mount = proxy.volumes!.find((v) => v.endsWith(':/etc/caddy/Caddyfile:ro'))!;
    const caddyfile = read(mount.split(':')[0]!.replace(/^\.\//, ''));
    expect(caddyfile).toMatch(/reverse_proxy app1:3000 app2:3000 \{/);
    expect(caddyfile).toMatch(/health_uri \/readyz/);
  });
});

describe('migraties', () => {
  it('SQLite en PostgreSQL hebben dezelfde genummerde stappen', async () => {
    const { migrations } = await import('../server/screening/db.js');
    const numbers = (d: 'sqlite' | 'postgres') => migrations(d).map((m) => m.versie);
    expect(numbers('postgres')).toEqual(numbers('sqlite'));
    expect(numbers('sqlite')).toEqual(numbers('sqlite').map((_, i) => i + 1));
  });
});
