import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Catalog } from '../catalog/types.js';
import { logger } from '../log.js';
import { probleem } from '../messages.js';
import { apiRouter } from './api.js';
import { apiLimiter } from './limits.js';
import { toProblem, trustProxySetting } from './errors.js';
import { HttpProblem, sendProblem } from './problem.js';
import { apiVersionHeader } from './version.js';
import { compressAnswers } from './compress.js';
import type { Db } from '../screening/db.js';
import { screeningRoutes } from '../screening/mount.js';
import { webRouter } from '../web/router.js';
import { catalogusRouter } from '../web/catalogus.js';

export interface AppOptions {
  catalog: Catalog;
  /** Extra readiness checks for /readyz (e.g. the database answers); each returns true when well. */
  readiness?: Array<() => boolean | Promise<boolean>>;
  /** The screening database (/inkoop, /api/v1/screeningsrondes): an open handle, a SQLite file path or a PostgreSQL URL; default DATABASE_URL, else EISENTOETS_DATA or data/eisentoets.sqlite, opened on first use. */
  database?: Db | string;
}

const requestId: RequestHandler = (req, res, next) => {
  const id = randomUUID();
  res.setHeader('x-request-id', id);
  const start = process.hrtime.bigint();
  res.on('finish', () => {
    logger.info({
      requestId: id,
      method: req.method,
      path: req.path,
      status: res.statusCode,
      ms: Number(process.hrtime.bigint() - start) / 1e6,
    });
  });
  next();
};

const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const problem = toProblem(err, req.originalUrl);
  if (problem.status >= 500) {
    logger.error({ requestId: res.getHeader('x-request-id'), path: req.path, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } });
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendProblem(res, problem, req.originalUrl);
};

export function createApp({ catalog, readiness = [], database }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Behind an HTTPS proxy: req.secure (the Secure cookie) and req.ip (the log-in limit) come from X-Forwarded-*.
  app.set('trust proxy', trustProxySetting(process.env.EISENTOETS_TRUST_PROXY));
  app.use(requestId);
  app.use(apiVersionHeader);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
    }),
  );
  app.use(compressAnswers());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await Promise.all(readiness.map(async (check) => {
      try {
        return await check();
      } catch {
        return false;
      }
    }));
    const ready = catalog.regios.size > 0 && checks.every(Boolean);
    if (!ready) throw new HttpProblem(503, 'niet-gereed', probleem.nietGereed.titel, probleem.nietGereed.detail);
    res.json({ status: 'ok', regios: catalog.regios.size });
  });
  const screening = screeningRoutes(catalog, database);
  app.use('/api/v1/screeningsrondes', screening.api);
  app.use('/inkoop', screening.pages);
  app.use('/api/v1', apiLimiter(), apiRouter(catalog));
  app.use(webRouter(catalog));
  app.use(catalogusRouter(catalog));
  app.use((req, _res, next) => next(new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, probleem.nietGevonden.detail(req.originalUrl))));
  app.use(errorHandler);
  return app;
}
