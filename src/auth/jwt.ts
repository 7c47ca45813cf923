import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '../config.js';
import { isRole, type Principal, type Role } from './principal.js';

/**
 * OpenID Connect access tokens, verified with jose against the issuer's published keys (JWKS, found through its
 * discovery document). The algorithm comes from our allow-list, never from the token's header (RFC 8725): `none`
 * and HMAC are not on it, so a token "signed" with the provider's public key as an HMAC secret is refused.
 * `exp` is required, `exp`/`nbf` are checked with a small clock skew, `iss` and `aud` must be ours. Keys are
 * cached; a token naming an unknown `kid` makes jose fetch the key set again (at most once per cool-down), so a
 * provider's key rotation is picked up without a restart.
 */

export class TokenRejected extends Error {
  constructor(
    message: string,
    /** The provider's keys could not be fetched: not the token's fault, the client may retry. */
    readonly unavailable = false,
  ) {
    super(message);
    this.name = 'TokenRejected';
  }
}

export interface TokenVerifier {
  verify(token: string): Promise<Extract<Principal, { kind: 'token' }>>;
}

export interface VerifierOptions {
  /** Least time between two fetches of the key set (jose's cooldownDuration); 30 s unless given. */
  cooldownMs?: number;
  /** How long one fetch (discovery or keys) may take. */
  timeoutMs?: number;
}

/** The claim at a dotted path (`realm_access.roles`), as a list of role names we know; others are ignored. */
export function rolesFromClaim(payload: JWTPayload, path: string): Role[] {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [];
  return [...new Set(names.filter(isRole))].sort();
}

async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // OpenID Connect Discovery §4.3: the document must name the very issuer it was fetched for.
  if (doc.issuer !== issuer) throw new Error(`${url} names issuer ${JSON.stringify(doc.issuer)}`);
  if (typeof doc.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return new URL(doc.jwks_uri);
}

/** Why jose refused a token, in words a client can act on. */
function describe(err: unknown): TokenRejected {
  if (err instanceof errors.JWTExpired) return new TokenRejected('the token has expired: get a new one');
  if (err instanceof errors.JWTClaimValidationFailed) {
    const what: Record<string, string> = {
      iss: 'the token was issued by another issuer than OIDC_ISSUER',
      aud: 'the token is not meant for this API (its audience is not OIDC_AUDIENCE)',
      nbf: 'the token is not valid yet',
      exp: 'the token has no valid expiry',
      iat: 'the token has an invalid issue time',
    };
    return new TokenRejected(what[err.claim] ?? `the token's "${err.claim}" claim is invalid`);
  }
  if (err instanceof errors.JOSEAlgNotAllowed)
    return new TokenRejected('the token is signed with an algorithm this API does not accept');
  if (err instanceof errors.JWKSNoMatchingKey)
    return new TokenRejected('the token is signed with a key the provider does not publish');
  if (err instanceof errors.JWSSignatureVerificationFailed)
    return new TokenRejected('the token signature does not verify');
  if (err instanceof errors.JWKSTimeout)
    return new TokenRejected("the identity provider's keys could not be fetched in time", true);
  if (err instanceof errors.JOSENotSupported)
    return new TokenRejected('the token uses a key type or algorithm this API does not accept');
  if (err instanceof errors.JWTInvalid || err instanceof errors.JWSInvalid)
    return new TokenRejected('the token is not a well-formed signed JWT');
  if (err instanceof errors.JOSEError) return new TokenRejected('the token is invalid');
  // Anything else (network, discovery) is about reaching the provider, not about the token.
  return new TokenRejected("the identity provider's keys could not be fetched", true);
}

export function createTokenVerifier(config: OidcConfig, options: VerifierOptions = {}): TokenVerifier {
  const timeoutMs = options.timeoutMs ?? 5000;
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;
  const keySet = () =>
    (keys ??= discoverJwksUri(config.issuer, timeoutMs).then(
      (uri) =>
        createRemoteJWKSet(uri, {
          cooldownDuration: options.cooldownMs ?? 30_000,
          timeoutDuration: timeoutMs,
        }),
      (err: unknown) => {
        keys = undefined; // the next request tries the discovery again
        throw err;
      },
    ));
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, await keySet(), {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: config.algorithms,
          clockTolerance: config.clockSkewSeconds,
          requiredClaims: ['exp', 'sub'],
        });
        return {
          kind: 'token',
          subject: String(payload.sub),
          issuer: config.issuer,
          roles: rolesFromClaim(payload, config.rolesClaim),
        };
      } catch (err) {
        throw describe(err);
      }
    },
  };
}
