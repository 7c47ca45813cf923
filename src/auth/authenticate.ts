import type { Database } from '../db/database.js';
import { TokenRejected, type TokenVerifier } from './jwt.js';
import { looksLikeApiKey, verifyKey } from './keys.js';
import { ANONYMOUS, type Authentication } from './principal.js';

/**
 * The one place that turns a request's Authorization header into a principal. No header: anonymous. A Bearer
 * credential is an API key (`icat_…`) or an OpenID access token; anything presented and not valid is refused
 * (never quietly treated as anonymous), so a client learns its credentials are wrong.
 */

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Authentication>;
}

const MAX_CREDENTIAL = 8192;

export function createAuthenticator(db: Database, tokens: TokenVerifier | undefined): Authenticator {
  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization.trim() === '')
        return { ok: true, principal: ANONYMOUS };
      const m = /^Bearer +([^\s]+) *$/i.exec(authorization);
      if (!m || m[1]!.length > MAX_CREDENTIAL)
        return {
          ok: false,
          code: 'UNAUTHENTICATED',
          reason: 'The Authorization header must be "Bearer <token>" (an access token or an API key)',
        };
      const credential = m[1]!;
      if (looksLikeApiKey(credential)) {
        const principal = await verifyKey(db, credential);
        return principal
          ? { ok: true, principal }
          : {
              ok: false,
              code: 'UNAUTHENTICATED',
              reason: 'The API key is unknown or revoked: ask an admin for a key',
            };
      }
      if (!tokens)
        return {
          ok: false,
          code: 'UNAUTHENTICATED',
          reason: 'This API accepts no access tokens (OIDC_ISSUER is unset): use an API key',
        };
      try {
        return { ok: true, principal: await tokens.verify(credential) };
      } catch (err) {
        if (!(err instanceof TokenRejected)) throw err;
        return {
          ok: false,
          code: err.unavailable ? 'IDENTITY_PROVIDER_UNAVAILABLE' : 'UNAUTHENTICATED',
          reason: `The access token was refused: ${err.message}`,
        };
      }
    },
  };
}
