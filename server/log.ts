import { pino } from 'pino';

/** Structured JSON logs. Never log bid content: only ids, paths, statuses and timings. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});
