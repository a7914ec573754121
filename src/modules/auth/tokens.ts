import { JWTPayload, SignJWT, jwtVerify } from 'jose';
import { AuthConfig } from '../../config/config';

export type TokenKind = 'access' | 'refresh';

export interface TokenSubject {
  operatorId: string;
  /** The operator's token version when the token was issued; a later password change or deactivation voids it. */
  tokenVersion: number;
  /** The sign-in the token belongs to: ending it (sign-out, a refresh token used twice) voids the token. */
  sessionId: string;
  /** A refresh token's own key: each one may be traded once. Access tokens have none. */
  tokenId?: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'ponte';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keys in tokens are the lower-case UUIDs Ponte wrote; any other spelling is not a token Ponte issued. */
function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
const AUDIENCE = 'ponte-api';

/** Access tokens whose signature was checked, at most this many (the least recently checked go first). */
const VERIFIED_ACCESS_TOKENS = 1000;

/** Signs and checks Ponte's session tokens (JWT, HS256, with the secret from configuration). */
export class SessionTokens {
  private readonly key: Uint8Array;
  /**
   * A token's signature and claims never change, so an access token checked once is not checked again (every request
   * sends one) until it expires. Whether its session and operator still hold is read on every request elsewhere.
   */
  private readonly verifiedAccess = new Map<string, { subject: TokenSubject; expiresAtMs: number }>();

  constructor(private readonly config: AuthConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(subject: TokenSubject, kind: TokenKind, now = new Date()): Promise<IssuedToken> {
    const lifetime = kind === 'access' ? this.config.accessTokenSeconds : this.config.refreshTokenSeconds;
    const issuedAt = Math.floor(now.getTime() / 1000);
    const claims = new SignJWT({ ver: subject.tokenVersion, sid: subject.sessionId, kind });
    if (subject.tokenId) claims.setJti(subject.tokenId);
    const token = await claims
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject.operatorId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetime)
      .sign(this.key);
    return { token, expiresAt: new Date((issuedAt + lifetime) * 1000) };
  }

  /** The token's subject, or null when the token is forged, expired, of another kind or malformed. */
  async verify(token: string, kind: TokenKind, now = Date.now()): Promise<TokenSubject | null> {
    if (kind !== 'access') return (await this.check(token, kind, now))?.subject ?? null;
    const known = this.verifiedAccess.get(token);
    if (known) {
      // Taken out and put back: the map's order is then the order of last use.
      this.verifiedAccess.delete(token);
      if (known.expiresAtMs <= now) return null;
      this.verifiedAccess.set(token, known);
      return known.subject;
    }
    const checked = await this.check(token, kind, now);
    if (!checked) return null;
    this.verifiedAccess.set(token, checked);
    if (this.verifiedAccess.size > VERIFIED_ACCESS_TOKENS) {
      this.verifiedAccess.delete(this.verifiedAccess.keys().next().value!);
    }
    return checked.subject;
  }

  private async check(
    token: string,
    kind: TokenKind,
    now: number,
  ): Promise<{ subject: TokenSubject; expiresAtMs: number } | null> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: new Date(now),
      }));
    } catch {
      return null;
    }
    const { kind: claimedKind, sub, ver, sid, jti, exp } = payload;
    if (claimedKind !== kind || !isUuid(sub) || typeof ver !== 'number' || !isUuid(sid)) return null;
    if (typeof exp !== 'number') return null;
    if (kind === 'refresh' && !isUuid(jti)) return null;
    return {
      subject: { operatorId: sub, tokenVersion: ver, sessionId: sid, ...(kind === 'refresh' ? { tokenId: jti } : {}) },
      expiresAtMs: exp * 1000,
    };
  }
}
