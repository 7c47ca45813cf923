import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import type { OidcConfig } from '../../src/config.js';

/**
 * A real OpenID provider (oidc-provider) inside the test process. Scripts and people are its clients: each gets
 * JWT access tokens for the API's audience by the client-credentials grant (RFC 6749 §4.4) with a resource
 * indicator (RFC 8707), carrying the roles this provider gives that client. The test holds the provider's signing
 * key too, so it can sign tokens the provider would never issue (expired, for another audience…) with a key the
 * API trusts, and see that only the claim check refuses them.
 */

export const AUDIENCE = 'https://icat-kg.test/graphql';

export interface TestClient {
  id: string;
  roles: string[];
}

/** Clients of the test provider: who they are and what the provider says they may do. */
export const CLIENTS = {
  reader: { id: 'reader-script', roles: [] },
  curator: { id: 'curator-ana', roles: ['curator'] },
  curator2: { id: 'curator-ben', roles: ['curator'] },
  reviewer: { id: 'reviewer-chen', roles: ['reviewer'] },
  reviewer2: { id: 'reviewer-dara', roles: ['reviewer'] },
  curatorReviewer: { id: 'curator-reviewer-eli', roles: ['curator', 'reviewer'] },
  admin: { id: 'admin-fay', roles: ['admin'] },
} as const satisfies Record<string, TestClient>;
export type ClientName = keyof typeof CLIENTS;

const secretOf = (id: string) => `secret-of-${id}-0123456789abcdef`;

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export interface TestProvider {
  issuer: string;
  port: number;
  config: OidcConfig;
  /** The keys it publishes; the first signs. */
  keys: SigningKey[];
  /** An access token for a client, from the provider's token endpoint. */
  token(client: ClientName): Promise<string>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

/**
 * A browser client (the /curate page): public (no secret), authorization code with PKCE required, signing people
 * in through the provider's own login and consent pages (oidc-provider's devInteractions: any login name is an
 * account, the password is not checked). An account named like a client above gets that client's roles.
 */
export interface BrowserClient {
  id: string;
  redirectUri: string;
}

/** Starts the provider on `port` (a free one unless given) publishing `keys` (one fresh key unless given). */
export async function startProvider(
  opts: { port?: number; keys?: SigningKey[]; browserClient?: BrowserClient } = {},
): Promise<TestProvider> {
  const port = opts.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const keys = opts.keys ?? [await signingKey('test-key-1')];
  const jwks = {
    keys: await Promise.all(
      keys.map(async (k) => ({ ...(await exportJWK(k.privateKey)), kid: k.kid, alg: 'RS256', use: 'sig' })),
    ),
  };
  const rolesOf = new Map<string, string[]>(Object.values(CLIENTS).map((c) => [c.id, [...c.roles]]));
  // Two warnings that do not apply to a test's provider (Node 20 is older than it likes; its in-memory store is
  // what a test wants) are kept out of the test output; any other warning still shows.
  /* eslint-disable no-console -- oidc-provider writes its warnings with console.warn: filtered only here */
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (
      !/oidc-provider WARNING: (Unsupported runtime|a quick start development-only (in-memory adapter|feature devInteractions))/.test(
        String(args[0]),
      )
    )
      warn(...args);
  };
  const provider = new Provider(issuer, {
    jwks,
    clients: [
      ...Object.values(CLIENTS).map((c) => ({
        client_id: c.id,
        client_secret: secretOf(c.id),
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_post' as const,
      })),
      ...(opts.browserClient
        ? [
            {
              client_id: opts.browserClient.id,
              grant_types: ['authorization_code'],
              redirect_uris: [opts.browserClient.redirectUri],
              response_types: ['code' as const],
              token_endpoint_auth_method: 'none' as const,
            },
          ]
        : []),
    ],
    pkce: { required: () => true },
    // The browser client's token requests come from its redirect URI's origin (as the provider's default allows).
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientAuthMethod === 'none' &&
      (client.redirectUris ?? []).some((u) => new URL(u).origin === origin),
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
    features: {
      clientCredentials: { enabled: true },
      devInteractions: { enabled: opts.browserClient !== undefined },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: '',
          audience: AUDIENCE,
          accessTokenTTL: 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256', kid: keys[0]!.kid } },
        }),
      },
    },
    ttl: {
      ClientCredentials: 300,
      AccessToken: 300,
      AuthorizationCode: 60,
      IdToken: 300,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    // A person's token (authorization code) carries their account's roles; a script's, its client's.
    extraTokenClaims: (_ctx, token) => ({
      roles:
        rolesOf.get(
          String(
            'accountId' in token && typeof token.accountId === 'string' ? token.accountId : token.clientId,
          ),
        ) ?? [],
    }),
  });
  console.warn = warn;
  /* eslint-enable no-console */
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  return {
    issuer,
    port,
    keys,
    config: {
      issuer,
      audience: AUDIENCE,
      rolesClaim: 'roles',
      algorithms: ['RS256', 'ES256'],
      clockSkewSeconds: 30,
    },
    async token(client) {
      const id = CLIENTS[client].id;
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: id,
          client_secret: secretOf(id),
          resource: AUDIENCE,
        }),
      });
      const body = (await res.json()) as { access_token?: string; error?: string };
      if (!res.ok || !body.access_token)
        throw new Error(`token endpoint: ${res.status} ${JSON.stringify(body)}`);
      return body.access_token;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
