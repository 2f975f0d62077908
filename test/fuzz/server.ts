import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '../../server/catalog/types.js';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  ms: number;
}

export interface TestServer {
  post(path: string, body: Buffer, headers: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

/** Longer than any answer may take: a request that needs this long counts as a hang. */
const HANG_MS = 15_000;

/**
 * The app on an ephemeral port of 127.0.0.1, with a keep-alive client: thousands of requests
 * without a new connection each. The rate limit is off (EISENTOETS_API_LIMIT=0) because it is
 * read when the app is created, so the app module is imported only after setting it.
 */
export async function startServer(catalog: Catalog): Promise<TestServer> {
  process.env.EISENTOETS_API_LIMIT = '0';
  const { createApp } = await import('../../server/http/app.js');
  const server = http.createServer(createApp({ catalog }));
  // Longer than any stall the fuzz cases may cause: otherwise, after the event loop was blocked, the
  // server closes idle keep-alive sockets just as the client reuses one (ECONNRESET instead of "slow").
  server.keepAliveTimeout = 2 * HANG_MS;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const post = (path: string, body: Buffer, headers: Record<string, string>) =>
    new Promise<Answer>((resolve, reject) => {
      const start = performance.now();
      const req = http.request(
        { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { ...headers, 'content-length': String(body.length) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - start,
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(HANG_MS, () => req.destroy(new Error(`geen antwoord binnen ${HANG_MS} ms (hangt)`)));
      req.on('error', reject);
      req.end(body);
    });

  return {
    post,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
