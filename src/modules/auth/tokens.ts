import { JWTPayload, SignJWT, jwtVerify } from 'jose';
import { AuthConfig } from '../../config/config';

export type TokenKind = 'access' | 'refresh';

export interface TokenSubject {
  operatorId: string;
  /** The operator's token version when the token was issued; a later password change or deactivation voids it. */
  tokenVersion: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'ponte';
const AUDIENCE = 'ponte-api';

/** Signs and checks Ponte's session tokens (JWT, HS256, with the secret from configuration). */
export class SessionTokens {
  private readonly key: Uint8Array;

  constructor(private readonly config: AuthConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(subject: TokenSubject, kind: TokenKind, now = new Date()): Promise<IssuedToken> {
    const lifetime = kind === 'access' ? this.config.accessTokenSeconds : this.config.refreshTokenSeconds;
    const issuedAt = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ ver: subject.tokenVersion, kind })
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
  async verify(token: string, kind: TokenKind): Promise<TokenSubject | null> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] }));
    } catch {
      return null;
    }
    if (payload.kind !== kind || typeof payload.sub !== 'string' || typeof payload.ver !== 'number') return null;
    return { operatorId: payload.sub, tokenVersion: payload.ver };
  }
}
