import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config.js';

/** OIDC_PUBLIC_CLIENT_ID: the /curate page's client id at the OpenID provider (docs/reference/CONFIGURATION.md). */

const PROVIDER = { OIDC_ISSUER: 'https://login.example.org/realms/icat', OIDC_AUDIENCE: 'icat-kg' };

describe('OIDC_PUBLIC_CLIENT_ID', () => {
  it('is unset by default (the page signs in with API keys only) and read when given with a provider', () => {
    expect(loadConfig({}).publicClientId).toBeUndefined();
    expect(loadConfig({ ...PROVIDER }).publicClientId).toBeUndefined();
    expect(loadConfig({ ...PROVIDER, OIDC_PUBLIC_CLIENT_ID: 'icat-curate' }).publicClientId).toBe(
      'icat-curate',
    );
  });

  it('refuses a client id without a provider to sign in at, naming what to set', () => {
    expect(() => loadConfig({ OIDC_PUBLIC_CLIENT_ID: 'icat-curate' })).toThrow(ConfigError);
    expect(() => loadConfig({ OIDC_PUBLIC_CLIENT_ID: 'icat-curate' })).toThrow(
      /OIDC_PUBLIC_CLIENT_ID="icat-curate": OIDC_PUBLIC_CLIENT_ID needs OIDC_ISSUER and OIDC_AUDIENCE/,
    );
  });

  it('refuses a client id that no provider registers (control characters, over 255 characters)', () => {
    for (const bad of ['icat\ncurate', 'x'.repeat(256), 'é-curate'])
      expect(() => loadConfig({ ...PROVIDER, OIDC_PUBLIC_CLIENT_ID: bad })).toThrow(
        /OIDC_PUBLIC_CLIENT_ID=.*: must be the client id registered at the provider: 1–255 printable ASCII characters/,
      );
    expect(loadConfig({ ...PROVIDER, OIDC_PUBLIC_CLIENT_ID: 'x'.repeat(255) }).publicClientId).toHaveLength(
      255,
    );
  });
});
