import fc from 'fast-check';
import { ConfigError, loadConfig } from '../../src/config/config';
import { SessionTokens, TokenKind } from '../../src/modules/auth/tokens';

const config = {
  jwtSecret: 'a-secret-that-is-long-enough-for-hs256!',
  accessTokenSeconds: 900,
  refreshTokenSeconds: 36_000,
};
const subject = {
  operatorId: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
  tokenVersion: 2,
  sessionId: '0b7e4a52-93d1-4f0e-a6c2-5d8f1e3b9a74',
};

describe('session tokens', () => {
  const tokens = new SessionTokens(config);

  it('gives back the operator, token version and session of a token it issued, for the kind asked', async () => {
    const access = await tokens.issue(subject, 'access');
    expect(await tokens.verify(access.token, 'access')).toEqual(subject);
    expect(await tokens.verify(access.token, 'refresh')).toBeNull();
  });

  it('gives a refresh token its own key, and refuses a refresh token without one', async () => {
    const withKey = { ...subject, tokenId: '9a3c1e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e' };
    expect(await tokens.verify((await tokens.issue(withKey, 'refresh')).token, 'refresh')).toEqual(withKey);
    expect(await tokens.verify((await tokens.issue(subject, 'refresh')).token, 'refresh')).toBeNull();
  });

  it('sets each kind’s lifetime from configuration', async () => {
    const now = new Date('2026-11-25T09:00:00Z');
    expect((await tokens.issue(subject, 'access', now)).expiresAt).toEqual(new Date('2026-11-25T09:15:00Z'));
    expect((await tokens.issue(subject, 'refresh', now)).expiresAt).toEqual(new Date('2026-11-25T19:00:00Z'));
  });

  it('refuses expired, tampered and foreign tokens', async () => {
    const expired = await tokens.issue(subject, 'access', new Date(Date.now() - 901_000));
    expect(await tokens.verify(expired.token, 'access')).toBeNull();

    const { token } = await tokens.issue(subject, 'access');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, ver: 99 })).toString('base64url');
    expect(await tokens.verify(`${header}.${raised}.${signature}`, 'access')).toBeNull();

    const foreign = await new SessionTokens({ ...config, jwtSecret: 'another-secret-that-is-long-enough!!!' }).issue(
      subject,
      'access',
    );
    expect(await tokens.verify(foreign.token, 'access')).toBeNull();

    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(await tokens.verify(unsigned, 'access')).toBeNull();
  });
});

describe('access tokens checked once', () => {
  it('answer every later check exactly as a first check would, at any time: expiry, kind, tampering, other keys', async () => {
    const start = Date.now();
    const issuer = new SessionTokens(config);
    const foreign = new SessionTokens({ ...config, jwtSecret: 'another-secret-that-is-long-enough!!!' });
    const issued = await Promise.all([
      issuer.issue(subject, 'access', new Date(start)),
      issuer.issue({ ...subject, tokenVersion: 3 }, 'access', new Date(start - 600_000)),
      issuer.issue({ ...subject, tokenId: '9a3c1e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e' }, 'refresh', new Date(start)),
      foreign.issue(subject, 'access', new Date(start)),
    ]);
    const [header, payload, signature] = issued[0].token.split('.');
    const raised = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ver: 9 }),
    ).toString('base64url');
    const tokenList = [...issued.map((t) => t.token), `${header}.${raised}.${signature}`, `${header}.${payload}.`];
    const checks = fc.array(
      fc.record({
        token: fc.nat({ max: tokenList.length - 1 }),
        kind: fc.constantFrom<TokenKind>('access', 'refresh'),
        // From before the first token was issued to well after every one has expired.
        at: fc.integer({ min: -60_000, max: 1_000_000 }),
      }),
      { maxLength: 30 },
    );
    await fc.assert(
      fc.asyncProperty(checks, async (sequence) => {
        const remembering = new SessionTokens(config);
        const times = sequence.map((c) => c.at).sort((a, b) => a - b);
        for (const [i, c] of sequence.entries()) {
          const now = start + times[i];
          const first = await new SessionTokens(config).verify(tokenList[c.token], c.kind, now);
          expect(await remembering.verify(tokenList[c.token], c.kind, now)).toEqual(first);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the signing secret in configuration', () => {
  it('is required in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', PONTE_JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret).toBe(
      'x'.repeat(32),
    );
  });

  it('must be at least 32 bytes long', () => {
    expect(() => loadConfig({ PONTE_JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
  });

  it('is random per process in development, so tokens never outlive a restart there', () => {
    expect(loadConfig({}).auth.jwtSecret).not.toBe(loadConfig({}).auth.jwtSecret);
  });
});
