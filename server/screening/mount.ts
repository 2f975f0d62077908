import type { RequestHandler, Router } from 'express';
import type { Catalog } from '../catalog/types.js';
import { screeningApiRouter } from './api.js';
import { openDatabase, type Db } from './db.js';
import { screeningPagesRouter } from './pages.js';
import { createScreening } from './service.js';

export interface ScreeningRoutes {
  /** Mount at /api/v1/screeningsrondes, before the /api/v1 catch-all. */
  api: RequestHandler;
  /** Mount at /inkoop. */
  pages: RequestHandler;
}

/**
 * The screening routers. `database` is an open handle (tests, or a server that opened it at start) or a file path;
 * without it the default file (EISENTOETS_DATA or data/eisentoets.sqlite) is opened, created and migrated on the
 * first request, so an app that never screens touches no database.
 */
export function screeningRoutes(catalog: Catalog, database?: Db | string): ScreeningRoutes {
  let routers: { api: Router; pages: Router } | undefined;
  const build = () => {
    const db = typeof database === 'object' ? database : openDatabase(database);
    const s = createScreening(db, catalog);
    return { api: screeningApiRouter(s), pages: screeningPagesRouter(s) };
  };
  if (database !== undefined) routers = build();
  return {
    api: (req, res, next) => (routers ??= build()).api(req, res, next),
    pages: (req, res, next) => (routers ??= build()).pages(req, res, next),
  };
}
