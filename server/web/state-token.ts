import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { FormValues } from './form-values.js';

/**
 * The task list keeps nothing on the server: the answers travel as one token in the address (GET) or a
 * hidden field (POST). The token is the form values as JSON, deflated, with a checksum in front so a
 * token that was cut off or changed is refused with a clear message instead of being half read. The
 * checksum is not a secret signature: the token holds only the provider's own answers, and everything in
 * it is parsed and checked again as if it had been typed.
 */

/** Longest token accepted (characters): a URL of this size stays well under Node's 16 kB header limit. */
export const MAX_TOKEN = 12_000;
/** Largest decompressed state (bytes) and most names in it: a small token cannot unpack into a large one. */
const MAX_JSON = 256 * 1024;
const MAX_NAMES = 4000;
const CHECK_BYTES = 12;

export class StateTokenError extends Error {
  constructor(readonly reden: 'te-groot' | 'beschadigd') {
    super(reden);
  }
}

const checksum = (payload: Buffer) => createHash('sha256').update('eisentoets-taken-1').update(payload).digest().subarray(0, CHECK_BYTES);

export function encodeState(values: FormValues): string {
  const entries = [...values].filter(([, vs]) => vs.length > 0);
  const payload = deflateRawSync(Buffer.from(JSON.stringify(entries), 'utf8'), { level: 9 });
  const token = Buffer.concat([checksum(payload), payload]).toString('base64url');
  if (token.length > MAX_TOKEN) throw new StateTokenError('te-groot');
  return token;
}

export function decodeState(token: string): FormValues {
  if (token.length > MAX_TOKEN) throw new StateTokenError('te-groot');
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw new StateTokenError('beschadigd');
  const raw = Buffer.from(token, 'base64url');
  const payload = raw.subarray(CHECK_BYTES);
  if (raw.length <= CHECK_BYTES || !checksum(payload).equals(raw.subarray(0, CHECK_BYTES))) throw new StateTokenError('beschadigd');
  let parsed: unknown;
  try {
    parsed = JSON.parse(inflateRawSync(payload, { maxOutputLength: MAX_JSON }).toString('utf8'));
  } catch {
    throw new StateTokenError('beschadigd');
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_NAMES) throw new StateTokenError('beschadigd');
  const values: FormValues = new Map();
  for (const entry of parsed) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) throw new StateTokenError('beschadigd');
    const [name, vs] = entry as [string, unknown[]];
    if (!vs.every((v): v is string => typeof v === 'string')) throw new StateTokenError('beschadigd');
    values.set(name, vs);
  }
  return values;
}
