import { rateLimit, type RateLimitRequestHandler, type Store } from 'express-rate-limit';
import { probleem } from '../messages.js';
import { HttpProblem } from './problem.js';

/** Requests per minute per client address; 0 switches the limit off (benchmarks). */
function perMinute(envName: string, fallback: number): number {
  const raw = process.env[envName];
  const n = raw === undefined ? fallback : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function limiter(limit: number, store?: Store): RateLimitRequestHandler {
  return rateLimit({
    ...(store ? { store } : {}),
    windowMs: 60_000,
    limit,
    skip: () => limit === 0,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Through the error handlers, so a page answers with a page and the API with a problem document.
    handler: (_req, _res, next) => {
      next(new HttpProblem(429, 'te-veel-verzoeken', probleem.teVeel.titel, probleem.teVeel.detail));
    },
  });
}

/**
 * The JSON API: generous for integrators, a brake on abuse. EISENTOETS_API_LIMIT per minute, default 1200. Counted in
 * memory unless a store is given (the screening API counts in its database, over all instances).
 */
export const apiLimiter = (store?: Store) => limiter(perMinute('EISENTOETS_API_LIMIT', 1200), store);

/** Log-in attempts: EISENTOETS_LOGIN_LIMIT per minute per address, default 10. */
export const loginLimiter = (store?: Store) => limiter(perMinute('EISENTOETS_LOGIN_LIMIT', 10), store);
