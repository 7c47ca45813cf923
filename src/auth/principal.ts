/** Who is asking, and what they may do (docs/how-to/CURATION.md). */

export const ROLES = ['reader', 'curator', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * - anonymous: no credentials (a reader, unless READ_REQUIRES_AUTH);
 * - token: an OpenID provider's access token (`subject` is its `sub`, `issuer` its `iss`);
 * - key: an API key (`subject` is the key's name);
 * - operator: a person at the database's command line (`npm run keys`; `subject` is their OS user name).
 * Roles are not ranked: each rule names the roles it admits (a person may hold several).
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'token'; subject: string; issuer: string; roles: Role[] }
  | { kind: 'key'; subject: string; roles: Role[] }
  | { kind: 'operator'; subject: string; roles: Role[] };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** What the request's credentials came to: a principal, or why they were refused. */
export type Authentication =
  | { ok: true; principal: Principal }
  | {
      ok: false;
      /** IDENTITY_PROVIDER_UNAVAILABLE: the token could not be checked (the provider's keys are out of reach). */
      code: 'UNAUTHENTICATED' | 'IDENTITY_PROVIDER_UNAVAILABLE';
      /** Safe to show: what was wrong with the credentials and what to do. */
      reason: string;
    };

/** "token:alice" / "key:import-script" / "anonymous": how the audit log names a principal. */
export function actorOf(p: Principal): string {
  return p.kind === 'anonymous' ? 'anonymous' : `${p.kind}:${p.subject}`;
}

export function rolesOf(p: Principal): Role[] {
  return p.kind === 'anonymous' ? [] : p.roles;
}
