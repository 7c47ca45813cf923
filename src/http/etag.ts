import { createHash } from 'node:crypto';

/**
 * Cacheable answers for tools: GET queries and exports carry an ETag made of the dataset version (a content hash
 * of every seeded dataset, so a re-seed that changes anything changes it) and what was asked, and a Cache-Control
 * that lets a browser or a reverse proxy store the answer and revalidate it each time (a 304 costs no query).
 */

export const REVALIDATE = 'public, no-cache';

export function datasetEtag(version: string, ...request: string[]): string {
  const hash = createHash('sha256')
    .update([version, ...request].join('\n'))
    .digest('base64url');
  return `W/"${hash.slice(0, 27)}"`;
}

/** True when an If-None-Match header names this ETag (weak comparison, lists, `*`). */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .map((t) => t.trim());
  const opaque = (t: string) => t.replace(/^W\//, '');
  return tags.some((t) => t === '*' || opaque(t) === opaque(etag));
}
