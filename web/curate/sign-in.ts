// Sign-in for the review page: the OpenID provider's authorization code flow with PKCE (RFC 7636), as a public
// client, done by oauth4webapi; or an API key. Where each credential lives, and why, is in docs/how-to/CURATION.md
// ("The review page"): the access token in this tab's sessionStorage (short-lived, gone when the tab closes),
// the PKCE verifier there only between leaving for the provider and coming back, an API key in memory only.
import * as oauth from 'oauth4webapi';

/** What the server says about sign-in (`/curate/config.json`); nulls: no OpenID provider is configured. */
export interface SignInConfig {
  issuer: string | null;
  audience: string | null;
  clientId: string | null;
}

export type Credential =
  { kind: 'token'; secret: string; expiresAt: number | null } | { kind: 'key'; secret: string };

export class SignInError extends Error {
  override name = 'SignInError';
}

const PENDING = 'icat-curate.pkce';
const TOKEN = 'icat-curate.token';
let memoryKey: string | null = null;

export const redirectUri = () => `${location.origin}/curate`;

/**
 * Where a sign-in started elsewhere (the /source workbench) goes back to once /curate has the token: a /source
 * address on this origin only, so that no stored value can send the browser anywhere else. The provider knows one
 * redirect URI (/curate); this keeps it so.
 */
export function safeReturnPath(value: unknown, origin: string): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value))
    return null;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || (url.pathname !== '/source' && url.pathname !== '/source/')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Plain http is allowed for a provider on this machine only (a test's or a developer's); others need https. */
const insecureOk = (u: URL) =>
  u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

function oidcOf(cfg: SignInConfig): { issuer: URL; audience: string; client: oauth.Client } {
  if (!cfg.issuer || !cfg.audience || !cfg.clientId)
    throw new SignInError(
      'This server has no OpenID sign-in configured (OIDC_ISSUER, OIDC_AUDIENCE, OIDC_PUBLIC_CLIENT_ID): use an API key',
    );
  return { issuer: new URL(cfg.issuer), audience: cfg.audience, client: { client_id: cfg.clientId } };
}

async function discover(issuer: URL): Promise<oauth.AuthorizationServer> {
  let res: Response;
  try {
    res = await oauth.discoveryRequest(issuer, {
      algorithm: 'oidc',
      [oauth.allowInsecureRequests]: insecureOk(issuer),
    });
  } catch (err) {
    throw new SignInError(
      `The identity provider ${issuer.href} cannot be reached (${(err as Error).message})`,
    );
  }
  return oauth.processDiscoveryResponse(issuer, res);
}

/**
 * RFC 8707: the token is asked for this API (OIDC_AUDIENCE) when the audience is an absolute URI, as a resource
 * indicator must be; a provider with audiences of another shape (Keycloak's client ids) sets it by its own rules.
 */
function resourceOf(audience: string): Record<string, string> {
  try {
    new URL(audience);
    return { resource: audience };
  } catch {
    return {};
  }
}

/**
 * Leaves for the provider's sign-in page; it sends the browser back to /curate with a code, and /curate on to
 * `returnTo` (a /source address) when given.
 */
export async function startSignIn(cfg: SignInConfig, returnTo?: string): Promise<void> {
  const { issuer, audience, client } = oidcOf(cfg);
  const as = await discover(issuer);
  if (!as.authorization_endpoint) throw new SignInError(`${issuer.href} names no authorization endpoint`);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: 'openid',
    ...resourceOf(audience),
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const back = returnTo === undefined ? null : safeReturnPath(returnTo, location.origin);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: back }));
  location.assign(url.href);
}

/** The provider's answer in the address bar, if this load is one. */
export const isCallback = () => {
  const q = new URLSearchParams(location.search);
  return q.has('code') || q.has('error');
};

function describe(err: unknown): SignInError {
  if (err instanceof SignInError) return err;
  if (err instanceof oauth.AuthorizationResponseError || err instanceof oauth.ResponseBodyError)
    return new SignInError(
      `The identity provider refused the sign-in: ${err.error}${err.error_description ? ` (${err.error_description})` : ''}`,
    );
  return new SignInError(`The sign-in failed: ${(err as Error).message}`);
}

/**
 * Turns the provider's code into an access token (the verifier proves this tab started the sign-in); `returnTo`:
 * the /source address the sign-in was started from, if it was (checked again: sessionStorage is not ours alone).
 */
export async function finishSignIn(
  cfg: SignInConfig,
): Promise<{ credential: Credential; returnTo: string | null }> {
  const here = new URL(location.href);
  const pending = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  // The code is single-use: out of the address bar and the history at once.
  history.replaceState(null, '', '/curate');
  try {
    if (!pending)
      throw new SignInError(
        'This sign-in answer was not started from this tab, or was used already: sign in again',
      );
    const { verifier, state, returnTo } = JSON.parse(pending) as {
      verifier: string;
      state: string;
      returnTo?: unknown;
    };
    const { issuer, audience, client } = oidcOf(cfg);
    const as = await discover(issuer);
    const params = oauth.validateAuthResponse(as, client, here, state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri(),
      verifier,
      { additionalParameters: resourceOf(audience), [oauth.allowInsecureRequests]: insecureOk(issuer) },
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response);
    const credential: Credential = {
      kind: 'token',
      secret: result.access_token,
      expiresAt: typeof result.expires_in === 'number' ? Date.now() + result.expires_in * 1000 : null,
    };
    sessionStorage.setItem(TOKEN, JSON.stringify(credential));
    return { credential, returnTo: safeReturnPath(returnTo, location.origin) };
  } catch (err) {
    throw describe(err);
  }
}

export function useKey(key: string): Credential {
  memoryKey = key;
  return { kind: 'key', secret: key };
}

/** The credential of this tab, if any: an API key given since the last load, or a token not yet expired. */
export function currentCredential(): Credential | null {
  if (memoryKey) return { kind: 'key', secret: memoryKey };
  const raw = sessionStorage.getItem(TOKEN);
  if (!raw) return null;
  const c = JSON.parse(raw) as Credential;
  if (c.kind !== 'token' || (c.expiresAt !== null && c.expiresAt <= Date.now())) {
    sessionStorage.removeItem(TOKEN);
    return null;
  }
  return c;
}

export function signOut(): void {
  memoryKey = null;
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(PENDING);
}
