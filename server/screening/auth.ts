import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { HttpProblem } from '../http/problem.js';
import { sha256Hex } from '../json.js';
import { inkoop } from '../messages.js';
import type { Rol, ScreeningStore, User } from './store.js';

export const SESSION_COOKIE = 'eisentoets-sessie';
export const CSRF_COOKIE = 'eisentoets-csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_HOURS = 12;
const TOKEN_PREFIX = 'et_';
export const MIN_PASSWORD_LENGTH = 12;
/** How long an API key lives, in days: the default and the most a user may choose. */
export const TOKEN_DAYS = { standaard: 90, keuzes: [30, 90, 365], max: 365 } as const;

/** Argon2id with the library's defaults (19 MiB, 2 passes: the OWASP baseline). */
export const hashPassword = (password: string) => hash(password);

/** Random secrets: 32 bytes, base64url. Only their SHA-256 is stored. */
const secret = () => randomBytes(32).toString('base64url');

/** How the request proved who it is: a browser session (cookie) or an API token (Authorization: Bearer). */
export type Via = 'sessie' | 'token';

export interface Authenticated {
  user: User;
  via: Via;
}

const rank: Record<Rol, number> = { lezer: 0, beoordelaar: 1, beheerder: 2 };

/** Throws 403 when the user's role is below `needed` (beheerder > beoordelaar > lezer). */
export function requireRole(user: User, needed: Rol): void {
  if (rank[user.rol] < rank[needed]) {
    throw new HttpProblem(403, 'geen-toestemming', inkoop.probleem.geenToestemming.titel, inkoop.probleem.geenToestemming.detail(user.rol, needed));
  }
}

/** What a role may do, for showing only the buttons that work. */
export const mayDo = (user: User | undefined) => ({ beoordelen: !!user && rank[user.rol] >= 1, beheren: !!user && rank[user.rol] >= 2 });

/** Who is asking, as set by the auth middleware. */
export function currentUser(res: Response): User {
  return (res.locals as { auth: Authenticated }).auth.user;
}

export function authOf(res: Response): Authenticated | undefined {
  return (res.locals as { auth?: Authenticated }).auth;
}

function cookieOptions(req: Request, maxAgeMs?: number): CookieOptions {
  // Secure whenever the request came over HTTPS (behind a proxy: set Express's "trust proxy").
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function sessionCookie(req: Request): string | undefined {
  const v = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof v === 'string' && v.length > 0 && v.length < 100 ? v : undefined;
}

function bearer(req: Request): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(req.headers.authorization ?? '');
  return m?.[1];
}

export class Auth {
  private readonly csrf;
  private dummyHash: Promise<string> | undefined;

  /** The CSRF secret is kept in the database, so every instance accepts the tokens of every other. */
  static async create(store: ScreeningStore): Promise<Auth> {
    return new Auth(store, await store.setting('csrf-geheim', secret));
  }

  private constructor(
    private readonly store: ScreeningStore,
    csrfSecret: string,
  ) {
    this.csrf = doubleCsrf({
      getSecret: () => csrfSecret,
      // Bound to the session, so a token taken from one session is worthless in another; '' before log-in.
      getSessionIdentifier: (req) => {
        const id = sessionCookie(req);
        return id ? sha256Hex(id) : '';
      },
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'strict', httpOnly: true, path: '/', secure: false },
      getCsrfTokenFromRequest: (req) => {
        const header = req.headers[CSRF_HEADER];
        if (typeof header === 'string') return header;
        const field = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
        return typeof field === 'string' ? field : undefined;
      },
    });
  }

  /** The token to put in a form (and the matching cookie on the response). */
  csrfToken(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res, { cookieOptions: { secure: req.secure } });
  }

  /** Throws the 403 problem when the request carries no valid CSRF token. */
  assertCsrf(req: Request): void {
    if (!this.csrf.validateRequest(req)) throw new HttpProblem(403, 'csrf', inkoop.probleem.csrf.titel, inkoop.probleem.csrf.detail);
  }

  /** For forms: checks unsafe methods after the body is parsed. Token-authenticated API calls need none. */
  readonly csrfProtection: RequestHandler = (req, res, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || authOf(res)?.via === 'token') return next();
    this.assertCsrf(req);
    next();
  };

  /** Verifies e-mail and password; an unknown address costs as much time as a wrong password. */
  async login(email: string, password: string): Promise<User | undefined> {
    const row = email.length <= 254 ? await this.store.userWithHash(email.trim()) : undefined;
    if (!row) {
      this.dummyHash ??= hashPassword(secret());
      await verify(await this.dummyHash, password.slice(0, 1024)).catch(() => false);
      return undefined;
    }
    const ok = await verify(row.wachtwoordHash, password.slice(0, 1024)).catch(() => false);
    // A disabled user gets the same answer as a wrong password.
    if (!ok || row.actief !== 1) return undefined;
    const { wachtwoordHash: _hash, actief: _a, ...user } = row;
    return user;
  }

  /** A fresh session id at every log-in (no fixation); the cookie is HttpOnly, SameSite=Strict, Secure over HTTPS. */
  async startSession(req: Request, res: Response, user: User): Promise<void> {
    const old = sessionCookie(req);
    if (old) await this.store.deleteSession(sha256Hex(old));
    const id = secret();
    const ms = SESSION_HOURS * 3600_000;
    await this.store.createSession(sha256Hex(id), user.id, new Date(Date.now() + ms));
    res.cookie(SESSION_COOKIE, id, cookieOptions(req, ms));
  }

  async endSession(req: Request, res: Response): Promise<void> {
    const id = sessionCookie(req);
    if (id) await this.store.deleteSession(sha256Hex(id));
    res.clearCookie(SESSION_COOKIE, cookieOptions(req));
    res.clearCookie(CSRF_COOKIE, cookieOptions(req));
  }

  /** Creates an API token for a user, valid for `dagen` days; the token itself is shown once and never stored. */
  async createToken(user: User, omschrijving: string, dagen: number = TOKEN_DAYS.standaard): Promise<{ id: number; token: string; verlooptOp: Date }> {
    const token = `${TOKEN_PREFIX}${secret()}`;
    const verlooptOp = new Date(Date.now() + dagen * 86_400_000);
    const id = await this.store.createToken(user.id, sha256Hex(token), omschrijving, verlooptOp);
    return { id, token, verlooptOp };
  }

  async identify(req: Request): Promise<Authenticated | undefined> {
    const token = bearer(req);
    if (token) {
      const user = await this.store.tokenUser(sha256Hex(token));
      return user ? { user, via: 'token' } : undefined;
    }
    const id = sessionCookie(req);
    const user = id ? await this.store.sessionUser(sha256Hex(id)) : undefined;
    return user ? { user, via: 'sessie' } : undefined;
  }

  /** The JSON API: no valid session or token is a 401 problem, before anything else is looked at. */
  readonly requireApiUser: RequestHandler = async (req, res, next) => {
    const auth = await this.identify(req);
    if (!auth) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="eisentoets"');
      throw new HttpProblem(401, 'niet-aangemeld', inkoop.probleem.nietAangemeld.titel, inkoop.probleem.nietAangemeld.detail);
    }
    (res.locals as { auth: Authenticated }).auth = auth;
    next();
  };

  /** Pages: a visitor without a session goes to the log-in page, and back afterwards. */
  readonly requirePageUser: RequestHandler = async (req, res, next) => {
    const auth = await this.identify(req);
    if (!auth || auth.via !== 'sessie') {
      // The upload script asks for JSON lines: it gets a problem it can show, not the log-in page it cannot.
      if (req.accepts(['text/html', 'application/x-ndjson', 'application/json']) !== 'text/html') {
        throw new HttpProblem(401, 'niet-aangemeld', inkoop.probleem.sessieVerlopen.titel, inkoop.probleem.sessieVerlopen.detail);
      }
      const terug = req.method === 'GET' ? `?terug=${encodeURIComponent(req.originalUrl)}` : '';
      res.redirect(303, `/inkoop/inloggen${terug}`);
      return;
    }
    (res.locals as { auth: Authenticated }).auth = auth;
    next();
  };
}

/** Only paths inside /inkoop are followed after log-in: no open redirect. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/inkoop(\/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?$/.test(value) && !value.startsWith('//') && !value.includes('\\')
    ? value
    : '/inkoop';
}
