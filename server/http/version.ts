import type { RequestHandler } from 'express';

/**
 * The version of the API (semver), sent as API-Version and stated as info.version in the OpenAPI document. It is the
 * API's own number, apart from the package: its major is the v1 in /api/v1. Raise the minor for an addition, the patch
 * for a fix; a breaking change is a new major under a new path.
 */
export const API_VERSION = '1.0.0';

/** NL GOV API Design Rules /core/version-header: every response says which version answered. */
export const apiVersionHeader: RequestHandler = (_req, res, next) => {
  res.setHeader('API-Version', API_VERSION);
  next();
};
