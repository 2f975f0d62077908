import http from 'node:http';
import { loadCatalog, CatalogError } from './catalog/loader.js';
import { createApp } from './http/app.js';
import { logger } from './log.js';
import { openDatabase } from './screening/db.js';
import { inkoop } from './messages.js';

/** How long a whole request may take (a large screening upload included) before the server ends it. */
const REQUEST_TIMEOUT_MS = Number(process.env.EISENTOETS_REQUEST_TIMEOUT_MS ?? 120_000);

async function start(): Promise<void> {
  let catalog;
  try {
    catalog = loadCatalog();
  } catch (err) {
    if (err instanceof CatalogError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // Created and migrated now, so a broken database stops start-up rather than the first procurement request.
  const db = await openDatabase().catch((err: Error) => {
    console.error(inkoop.db.nietBereikbaar(err.message));
    return process.exit(1);
  });
  const app = createApp({ catalog, database: db, readiness: [() => db.ping()] });
  const port = Number(process.env.PORT ?? 3000);
  // Timeouts are enforced as often as connectionsCheckingInterval; Node's default (30 s) would let a stalled
  // client hold its connection far longer than headersTimeout says.
  const server = http.createServer(
    { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: Math.min(10_000, REQUEST_TIMEOUT_MS), keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
    app,
  );
  server.listen(port, () => {
    const address = server.address();
    const listening = typeof address === 'object' && address ? address.port : port;
    const eisen = [...catalog.regios.values()].reduce((n, r) => n + r.regels.length + [...r.producten.values()].reduce((m, p) => m + p.eisen.length, 0), 0);
    logger.info({ port: listening, regios: catalog.regios.size, eisen, database: db.dialect }, `Eisentoets luistert op http://localhost:${listening}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stoppen: lopende verzoeken worden afgemaakt');
    server.close(() => {
      void db.close().finally(() => {
        logger.info('Gestopt; database gesloten');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('Lopende verzoeken niet binnen 10 s klaar; toch gestopt');
      server.closeAllConnections();
      void db.close().finally(() => process.exit(1));
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void start();
