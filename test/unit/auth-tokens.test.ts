import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT, decodeJwt, exportSPKI } from 'jose';
import { createHmac } from 'node:crypto';
import {
  createTokenVerifier,
  rolesFromClaim,
  TokenRejected,
  type TokenVerifier,
} from '../../src/auth/jwt.js';
import {
  AUDIENCE,
  CLIENTS,
  signingKey,
  startProvider,
  type SigningKey,
  type TestProvider,
} from '../support/oidc.js';

/**
 * Access tokens from a real OpenID provider (oidc-provider, in this process), and the hostile tokens of
 * docs/reports/SECURITY.md beside them. Hostile tokens that must fail on a claim are signed with the provider's own key,
 * so nothing but that claim can refuse them.
 */

let provider: TestProvider;
let verifier: TokenVerifier;
let own: SigningKey;

beforeAll(async () => {
  provider = await startProvider();
  own = provider.keys[0]!;
  verifier = createTokenVerifier(provider.config, { cooldownMs: 0 });
});
afterAll(async () => {
  await provider.close();
});

const now = () => Math.floor(Date.now() / 1000);

/** A token as the provider would issue it, signed with the provider's key, with `changes` applied. */
async function forged(changes: Record<string, unknown> = {}, key: SigningKey = own, alg = 'RS256') {
  const claims = {
    sub: 'curator-ana',
    roles: ['curator'],
    iss: provider.issuer,
    aud: AUDIENCE,
    iat: now(),
    exp: now() + 300,
    ...changes,
  };
  const { iss, aud, exp, ...rest } = claims;
  let jwt = new SignJWT(rest).setProtectedHeader({ alg, kid: key.kid, typ: 'at+jwt' });
  if (iss !== undefined) jwt = jwt.setIssuer(String(iss));
  if (aud !== undefined) jwt = jwt.setAudience(aud as string);
  if (exp !== undefined) jwt = jwt.setExpirationTime(Number(exp));
  return jwt.sign(key.privateKey);
}

async function refusal(token: string): Promise<string> {
  const err = await verifier.verify(token).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TokenRejected);
  return (err as TokenRejected).message;
}

describe('access tokens from the OpenID provider', () => {
  it('accepts the provider’s token and reads the roles it gave', async () => {
    const p = await verifier.verify(await provider.token('curatorReviewer'));
    expect(p).toEqual({
      kind: 'token',
      subject: CLIENTS.curatorReviewer.id,
      issuer: provider.issuer,
      roles: ['curator', 'reviewer'],
    });
    expect((await verifier.verify(await provider.token('reader'))).roles).toEqual([]);
  });

  it('accepts a token signed with the provider’s key as issued (the control for the forged ones below)', async () => {
    expect((await verifier.verify(await forged())).subject).toBe('curator-ana');
  });

  it('refuses alg "none"', async () => {
    const token = new UnsecuredJWT({ sub: 'x', roles: ['admin'] })
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .encode();
    expect(await refusal(token)).toMatch(/^the token is signed with an algorithm this API does not accept/);
  });

  it('refuses an expired token, and one not valid yet, beyond the clock skew only', async () => {
    expect(await refusal(await forged({ exp: now() - 120 }))).toMatch(/expired/);
    expect((await verifier.verify(await forged({ exp: now() - 10 }))).subject).toBe('curator-ana'); // within 30 s
    expect(await refusal(await forged({ nbf: now() + 120 }))).toMatch(/not valid yet/);
    expect((await verifier.verify(await forged({ nbf: now() + 10 }))).subject).toBe('curator-ana');
  });

  it('refuses a token without an expiry', async () => {
    expect(await refusal(await forged({ exp: undefined }))).toMatch(/exp/);
  });

  it('refuses another issuer and another audience', async () => {
    expect(await refusal(await forged({ iss: 'https://evil.example' }))).toMatch(/another issuer/);
    expect(await refusal(await forged({ aud: 'https://other-api.example' }))).toMatch(
      /not meant for this API/,
    );
  });

  it('refuses a token signed with a key the provider does not publish (unknown kid)', async () => {
    expect(await refusal(await forged({}, await signingKey('unknown-kid')))).toMatch(
      /key the provider does not publish/,
    );
  });

  it('refuses a token signed by another key under the provider’s kid', async () => {
    const impostor = { ...(await signingKey(own.kid)) };
    expect(await refusal(await forged({}, impostor))).toMatch(/signature does not verify/);
  });

  it('refuses HS256 keyed with the provider’s public key', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', kid: own.kid, typ: 'JWT' })).toString(
      'base64url',
    );
    const payload = Buffer.from(
      JSON.stringify({ sub: 'x', roles: ['admin'], iss: provider.issuer, aud: AUDIENCE, exp: now() + 300 }),
    ).toString('base64url');
    for (const secret of [await exportSPKI(await importPublic(own)), JSON.stringify(own.publicJwk)]) {
      const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      expect(await refusal(`${header}.${payload}.${sig}`)).toMatch(
        /^the token is signed with an algorithm this API does not accept/,
      );
    }
  });

  it('refuses a role claim the provider did not give (the payload of a real token edited)', async () => {
    const real = await provider.token('reader');
    const [h, , s] = real.split('.');
    const claims = { ...decodeJwt(real), roles: ['admin'] };
    const edited = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    expect(await refusal(edited)).toMatch(/signature does not verify/);
  });

  it('refuses what is not a JWT', async () => {
    expect(await refusal('not-a-token')).toMatch(/not a well-formed/);
  });

  it('says the provider is unavailable (not that the token is bad) when its keys cannot be fetched', async () => {
    const offline = createTokenVerifier({ ...provider.config, issuer: 'http://127.0.0.1:9' });
    const err = await offline.verify(await forged()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TokenRejected);
    expect((err as TokenRejected).unavailable).toBe(true);
  });
});

describe('key rotation', () => {
  it('fetches the key set again when a token names a kid it has not seen', async () => {
    const first = await startProvider({ keys: [await signingKey('rot-1')] });
    const rotating = createTokenVerifier(first.config, { cooldownMs: 0 });
    expect((await rotating.verify(await first.token('curator'))).roles).toEqual(['curator']);
    await first.close();
    // The same issuer, now signing with a new key (the old one still published).
    const second = await startProvider({
      port: first.port,
      keys: [await signingKey('rot-2'), first.keys[0]!],
    });
    try {
      expect((await rotating.verify(await second.token('curator'))).roles).toEqual(['curator']);
    } finally {
      await second.close();
    }
  });

  it('does not fetch again within the cool-down (a flood of unknown kids cannot hammer the provider)', async () => {
    const first = await startProvider({ keys: [await signingKey('cool-1')] });
    const cautious = createTokenVerifier(first.config, { cooldownMs: 60_000 });
    await cautious.verify(await first.token('curator'));
    await first.close();
    const second = await startProvider({ port: first.port, keys: [await signingKey('cool-2')] });
    try {
      const err = await cautious.verify(await second.token('curator')).catch((e: unknown) => e);
      expect((err as TokenRejected).message).toMatch(/key the provider does not publish/);
    } finally {
      await second.close();
    }
  });
});

describe('rolesFromClaim', () => {
  it('reads a list, a space-separated string or a nested claim, and drops names it does not know', () => {
    expect(rolesFromClaim({ roles: ['reviewer', 'curator', 'root'] }, 'roles')).toEqual([
      'curator',
      'reviewer',
    ]);
    expect(rolesFromClaim({ roles: 'admin curator' }, 'roles')).toEqual(['admin', 'curator']);
    expect(rolesFromClaim({ realm_access: { roles: ['admin'] } }, 'realm_access.roles')).toEqual(['admin']);
    expect(rolesFromClaim({ roles: { admin: true } }, 'roles')).toEqual([]);
    expect(rolesFromClaim({}, 'roles')).toEqual([]);
  });
});

async function importPublic(k: SigningKey) {
  const { importJWK } = await import('jose');
  return (await importJWK(k.publicJwk, 'RS256')) as Parameters<typeof exportSPKI>[0];
}
