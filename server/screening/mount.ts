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
 * The screening routers. `database` is an open handle (tests, or a server that opened it at start), a SQLite file
 * path or a PostgreSQL URL; without it the default (DATABASE_URL, else EISENTOETS_DATA or data/eisentoets.sqlite)
 * is opened, created and migrated on the first request, so an app that never screens touches no database.
 */
export function screeningRoutes(catalog: Catalog, database?: Db | string): ScreeningRoutes {
  let routers: Promise<{ api: Router; pages: Router }> | undefined;
  const build = async () => {
    const db = typeof database === 'object' ? database : await openDatabase(database);
    const s = await createScreening(db, catalog);
    return { api: screeningApiRouter(s), pages: screeningPagesRouter(s) };
  };
  const get = () => {
    routers ??= build();
    // A failed start (the database not reachable) is tried again at the next request.
    routers.catch(() => (routers = undefined));
    return routers;
  };
  if (database !== undefined) void get();
  return {
    api: async (req, res, next) => (await get()).api(req, res, next),
    pages: async (req, res, next) => (await get()).pages(req, res, next),
  };
}
