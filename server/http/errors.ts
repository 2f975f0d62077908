import { probleem } from '../messages.js';
import { jsonSyntaxProblem } from './json-body.js';
import { HttpProblem } from './problem.js';

/** A byte limit as people read it: "16 kB", "1 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * Any error as a problem. Errors from body-parser carry a `type` (and the limit they hit); other client errors with a
 * status (a file missing under express.static) keep their status; everything else is a bug.
 */
export function toProblem(err: unknown, path = ''): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as { type?: string; message?: string; body?: string; status?: number; limit?: number };
  switch (e.type) {
    case 'entity.parse.failed':
      return jsonSyntaxProblem(e.body ?? '');
    case 'entity.too.large':
      return new HttpProblem(413, 'te-groot', probleem.teGroot.titel, probleem.teGroot.detail(formatBytes(typeof e.limit === 'number' ? e.limit : 1024 * 1024)));
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpProblem(415, 'mediatype', probleem.verkeerdType.titel, probleem.verkeerdType.detail);
    case 'request.aborted':
    case 'request.size.invalid':
      return new HttpProblem(400, 'afgebroken', probleem.multipart.titel, probleem.multipart.afgebroken);
    default:
      if (e.status === 404) return new HttpProblem(404, 'niet-gevonden', probleem.nietGevonden.titel, probleem.nietGevonden.detail(path));
      // Other client errors from body-parser (a body that cannot be decompressed, for one) stay client errors.
      if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
        return new HttpProblem(e.status, 'onleesbaar', probleem.onleesbaar.titel, probleem.onleesbaar.detail);
      }
      return new HttpProblem(500, 'intern', probleem.intern.titel, probleem.intern.detail);
  }
}

/**
 * EISENTOETS_TRUST_PROXY as Express's "trust proxy": unset or "false" trusts no proxy; a number is the count of
 * proxies in front; "true" trusts every hop; anything else is a comma-separated list of addresses or subnets.
 */
export function trustProxySetting(raw: string | undefined): boolean | number | string {
  const v = raw?.trim() ?? '';
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d{1,2}$/.test(v)) return Number(v);
  return v;
}
