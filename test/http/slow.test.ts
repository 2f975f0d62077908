import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/loader.js';
import { projectRoot } from '../../server/paths.js';

/**
 * Clients that send headers and part of a body and then stall or go away must not keep the server
 * busy. A real server on an ephemeral port; the stalling clients are raw sockets.
 *
 * The timeouts are those of server/main.ts scaled down (requestTimeout 30 s, headersTimeout 10 s
 * there), because main.ts does not let a test set them; Node checks them every
 * connectionsCheckingInterval, so that is short here too.
 */
const REQUEST_TIMEOUT_MS = 1500;
const HEADERS_TIMEOUT_MS = 1000;

let server: http.Server;
let port: number;
/** Server-side sockets by the client's port, to see when the server has closed its end. */
const serverSockets = new Map<number, net.Socket>();
const bid = readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'), 'utf8');

beforeAll(async () => {
  process.env.EISENTOETS_API_LIMIT = '0';
  const { createApp } = await import('../../server/http/app.js');
  server = http.createServer(
    { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 100 },
    createApp({ catalog: loadCatalog() }),
  );
  server.on('connection', (socket) => {
    const remote = socket.remotePort!;
    serverSockets.set(remote, socket);
    socket.on('close', () => serverSockets.delete(remote));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A raw client that sends `head` and `part`, then does nothing; collects what the server sends back. */
async function stalled(head: string, part: string | Buffer = '') {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let received = '';
  socket.on('data', (d: Buffer) => {
    received += d.toString('latin1');
  });
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => {
    const start = performance.now();
    socket.on('close', () => resolve(performance.now() - start));
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(head);
  if (part.length > 0) socket.write(part);
  const localPort = socket.localPort!;
  await until(() => serverSockets.has(localPort), 2000);
  return { socket, localPort, closed, received: () => received };
}

/** Polls `done` every 20 ms; false after `ms`. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return done();
}

/** An ordinary request on a fresh connection; status and milliseconds. */
function request(method: 'GET' | 'POST', urlPath: string, body?: string): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, agent: false, timeout: 5000, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('geen antwoord binnen 5 s')));
    req.on('error', reject);
    req.end(body);
  });
}

const jsonHead = (length: number) =>
  `POST /api/v1/toetsingen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ${length}\r\n\r\n`;

const boundary = 'trage-grens';
const multipartHead = (length: number) =>
  `POST /api/v1/toetsingen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${length}\r\n\r\n`;
const multipartPart =
  `--${boundary}\r\nContent-Disposition: form-data; name="zelfevaluatie"\r\n\r\n${bid}\r\n` +
  `--${boundary}\r\nContent-Disposition: form-data; name="bijlage[0][spv-bewijs]"; filename="bewijs.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`;

describe('trage en afgebroken uploads', () => {
  it('tijdens 20 stilgevallen uploads beantwoordt de server andere verzoeken meteen', async () => {
    const clients = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? stalled(jsonHead(100_000), bid.slice(0, 200)) : stalled(multipartHead(100_000), multipartPart))),
    );
    try {
      const health = await request('GET', '/healthz');
      const toets = await request('POST', '/api/v1/toetsingen', bid);
      expect(health.status).toBe(200);
      expect(toets.status).toBe(200);
    } finally {
      for (const c of clients) c.socket.destroy();
    }
  });

  it.each([
    ['JSON', jsonHead(100_000), bid.slice(0, 200)],
    ['multipart met een half bestand', multipartHead(100_000), multipartPart],
  ])('%s: na het verbreken midden in de upload sluit de server de verbinding', async (_naam, head, part) => {
    const client = await stalled(head, part);
    client.socket.destroy();
    expect(await until(() => !serverSockets.has(client.localPort), 2000)).toBe(true);
    expect((await request('GET', '/healthz')).status).toBe(200);
  });

  it.each([
    ['JSON', jsonHead(100_000), bid.slice(0, 200)],
    ['multipart met een half bestand', multipartHead(100_000), multipartPart],
  ])('%s: een upload die stilvalt wordt na requestTimeout afgebroken met 408', { timeout: 10_000 }, async (_naam, head, part) => {
    const client = await stalled(head, part);
    const ms = await client.closed;
    expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 200);
    expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
    expect(client.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(serverSockets.has(client.localPort)).toBe(false);
  });

  it('halve headers (slowloris): de server sluit na headersTimeout', { timeout: 10_000 }, async () => {
    const client = await stalled('POST /api/v1/toetsingen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appli');
    const ms = await client.closed;
    expect(ms).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
    expect(serverSockets.has(client.localPort)).toBe(false);
  });
});
