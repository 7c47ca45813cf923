import type { Principal, Role } from './principal.js';

/**
 * Every authorization rule, each decided here and nowhere else (docs/how-to/CURATION.md, docs/reports/SECURITY.md). A rule
 * answers `allowed`, or the refusal: UNAUTHENTICATED when credentials would help (none were given), FORBIDDEN
 * when these credentials may not. Per-object rules take the object's owner.
 */

export type Decision =
  { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

const ALLOW: Decision = { allowed: true };

function needRole(p: Principal, roles: readonly Role[], doing: string): Decision {
  if (p.kind === 'anonymous')
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      message: `Sign in to ${doing}: send "Authorization: Bearer <token>" with an access token or an API key`,
    };
  if (p.roles.some((r) => roles.includes(r))) return ALLOW;
  return {
    allowed: false,
    code: 'FORBIDDEN',
    message: `To ${doing} you need the role ${roles.join(' or ')}; you have ${p.roles.length > 0 ? p.roles.join(', ') : 'none (reader)'}`,
  };
}

/** Same principal: the same kind and subject (a token's subject and a key's name never match each other). */
export function samePrincipal(a: Principal, owner: { kind: string; subject: string }): boolean {
  return a.kind !== 'anonymous' && a.kind === owner.kind && a.subject === owner.subject;
}

export const rules = {
  /** Reads: anyone, unless READ_REQUIRES_AUTH; then any valid credentials (every principal may read). */
  read(p: Principal, readRequiresAuth: boolean): Decision {
    if (!readRequiresAuth || p.kind !== 'anonymous') return ALLOW;
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      message:
        'Reading this API needs credentials (READ_REQUIRES_AUTH): send "Authorization: Bearer <token>"',
    };
  },
  propose(p: Principal): Decision {
    return needRole(p, ['curator'], 'propose a change');
  },
  /** A reviewer decides on others' change-sets only. */
  review(p: Principal, author: { kind: string; subject: string }): Decision {
    const role = needRole(p, ['reviewer'], 'review a change-set');
    if (!role.allowed) return role;
    if (samePrincipal(p, author))
      return {
        allowed: false,
        code: 'FORBIDDEN',
        message: 'A reviewer cannot accept or reject their own change-set: another reviewer must decide it',
      };
    return ALLOW;
  },
  /** Only the author withdraws a change-set (an admin's way to stop one is a reviewer's rejection). */
  withdraw(p: Principal, author: { kind: string; subject: string }): Decision {
    const role = needRole(p, ['curator'], 'withdraw a change-set');
    if (!role.allowed) return role;
    if (!samePrincipal(p, author))
      return { allowed: false, code: 'FORBIDDEN', message: 'Only its author can withdraw a change-set' };
    return ALLOW;
  },
  /** Change-sets are read by those who take part in curation; readers see the accepted graph only. */
  readChangeSet(p: Principal): Decision {
    return needRole(p, ['curator', 'reviewer', 'admin'], 'read change-sets');
  },
  readAudit(p: Principal): Decision {
    return needRole(p, ['admin'], 'read the audit log');
  },
} as const;
