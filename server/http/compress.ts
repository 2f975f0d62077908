import compression from 'compression';
import type { RequestHandler } from 'express';

/** Answers of at least this many bytes are compressed when the client accepts it. */
export const COMPRESS_THRESHOLD = 1024;

// Only HTML and JSON (also problem+json and schema+json). Not the NDJSON progress of an upload, which must reach the
// browser line by line, nor PDFs, ZIPs and spreadsheets, which are compressed already.
const compressible = /^(text\/html|application\/([\w.-]+\+)?json)\s*(;|$)/i;

/**
 * gzip (or deflate) at level 1: a 63 kB toetsresultaat becomes 9 kB for about 0.26 ms of CPU; level 6 gives 7 kB
 * for twice the CPU (measured, see README "Prestaties"). On a busy server the CPU counts more than 2 kB.
 */
export function compressAnswers(): RequestHandler {
  return compression({
    threshold: COMPRESS_THRESHOLD,
    level: 1,
    filter: (_req, res) => compressible.test(String(res.getHeader('Content-Type') ?? '')),
  });
}
