import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';
import { isRole, type Principal, type Role } from './principal.js';

/**
 * API keys for scripts. A key is 32 random bytes shown once at creation; Neo4j keeps only its SHA-256 digest
 * (a random 256-bit secret needs no slow hash: there is nothing to guess from), so a copy of the database does
 * not hold a usable key. Keys live apart from the dataset (label ApiKey, no `dataset` property). A revoked key
 * stays as a record (names are never reused, so the audit log's names stay unambiguous) and is refused from the
 * next request on: nothing caches a key.
 */

const PREFIX = 'icat_';
const KEY_SHAPE = /^icat_[A-Za-z0-9_-]{43}$/;
const NAME_SHAPE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** The last use is written at most this often per key, so a busy script does not turn every read into a write. */
const LAST_USE_RESOLUTION_MS = 60_000;

export const KEY_SCHEMA = [
  'CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE',
  'CREATE CONSTRAINT api_key_digest IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.digest IS UNIQUE',
];

export class KeyError extends Error {
  override name = 'KeyError';
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(PREFIX);
}

function digest(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface KeyInfo {
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function ensureKeySchema(db: Database): Promise<void> {
  for (const s of KEY_SCHEMA) await db.runAutoCommit(s);
}

/** A new key: its secret is in the answer and nowhere else. */
export async function createKey(
  db: Database,
  name: string,
  role: string,
): Promise<{ key: string; info: KeyInfo }> {
  if (!NAME_SHAPE.test(name))
    throw new KeyError(
      `The key name ${JSON.stringify(name)} is not allowed: use 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`,
    );
  if (!isRole(role))
    throw new KeyError(`Unknown role ${JSON.stringify(role)}: use reader, curator, reviewer or admin`);
  await ensureKeySchema(db);
  const key = PREFIX + randomBytes(32).toString('base64url');
  const rows = await db.write<{ created: boolean; info: KeyInfo }>(
    `OPTIONAL MATCH (old:ApiKey {name: $name})
     CALL (old) {
       WITH old WHERE old IS NULL
       CREATE (k:ApiKey {name: $name, role: $role, digest: $digest, createdAt: datetime(), lastUsedAt: null})
       RETURN k
     }
     RETURN true AS created, {name: k.name, role: k.role, createdAt: toString(k.createdAt),
            lastUsedAt: null, revokedAt: null} AS info`,
    { name, role, digest: digest(key) },
  );
  const info = rows[0]?.info;
  if (!info)
    throw new KeyError(
      `A key named ${JSON.stringify(name)} exists (or existed: names are not reused); choose another name`,
    );
  return { key, info };
}

export async function listKeys(db: Database): Promise<KeyInfo[]> {
  return db.read<KeyInfo & Record<string, unknown>>(
    `MATCH (k:ApiKey)
     RETURN k.name AS name, k.role AS role, toString(k.createdAt) AS createdAt,
            toString(k.lastUsedAt) AS lastUsedAt, toString(k.revokedAt) AS revokedAt
     ORDER BY name`,
  );
}

/** Revokes a key by name; false when there is no such key or it was revoked before. */
export async function revokeKey(db: Database, name: string): Promise<boolean> {
  const rows = await db.write<{ n: number }>(
    `MATCH (k:ApiKey {name: $name}) WHERE k.revokedAt IS NULL
     SET k.revokedAt = datetime()
     RETURN count(k) AS n`,
    { name },
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** The principal of a presented key, or null when it is malformed, unknown or revoked. */
export async function verifyKey(
  db: Database,
  presented: string,
): Promise<Extract<Principal, { kind: 'key' }> | null> {
  if (!KEY_SHAPE.test(presented)) return null;
  const d = digest(presented);
  const rows = await db.read<{ name: string; role: string; stale: boolean }>(
    `MATCH (k:ApiKey {digest: $digest}) WHERE k.revokedAt IS NULL
     RETURN k.name AS name, k.role AS role,
            k.lastUsedAt IS NULL OR k.lastUsedAt < datetime() - duration({milliseconds: $resolution}) AS stale`,
    { digest: d, resolution: LAST_USE_RESOLUTION_MS },
  );
  const row = rows[0];
  if (!row || !isRole(row.role)) return null;
  if (row.stale)
    await db.write('MATCH (k:ApiKey {digest: $digest}) SET k.lastUsedAt = datetime()', { digest: d });
  return { kind: 'key', subject: row.name, roles: [row.role] };
}
