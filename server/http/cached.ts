import type { Request, Response } from 'express';
import { sha256Hex } from '../json.js';

/**
 * A JSON answer that does not change while the server runs (the catalog is loaded once): its bytes and ETag. The
 * ETag is weak because the same JSON may be sent gzipped or not (RFC 9110 8.8.1); If-None-Match compares weakly.
 */
export interface CachedJson {
  body: Buffer;
  etag: string;
}

export function cachedJson(value: unknown): CachedJson {
  const body = Buffer.from(JSON.stringify(value));
  return { body, etag: `W/"${sha256Hex(body).slice(0, 32)}"` };
}

/**
 * Catalog answers serialised and hashed once, on first request, per key (a path that passed the 404 checks, so
 * the number of keys is bounded by the catalog). Express answers 304 when If-None-Match names the ETag.
 */
export function jsonCache(): (req: Request, res: Response, key: string, make: () => unknown) => void {
  const memo = new Map<string, CachedJson>();
  return (_req, res, key, make) => {
    let cached = memo.get(key);
    if (!cached) memo.set(key, (cached = cachedJson(make())));
    res.setHeader('ETag', cached.etag);
    res.type('application/json').send(cached.body);
  };
}
