import { loadCatalog, CatalogError } from './catalog/loader.js';
import { createApp } from './http/app.js';
import { logger } from './log.js';

function start(): void {
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
  const port = Number(process.env.PORT ?? 3000);
  const app = createApp({ catalog });
  const server = app.listen(port, () => {
    const eisen = [...catalog.regios.values()].reduce((n, r) => n + r.regels.length + [...r.producten.values()].reduce((m, p) => m + p.eisen.length, 0), 0);
    logger.info({ port, regios: catalog.regios.size, eisen }, `Eisentoets luistert op http://localhost:${port}`);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const stop = () => {
    logger.info('Stoppen: lopende verzoeken worden afgemaakt');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

start();
