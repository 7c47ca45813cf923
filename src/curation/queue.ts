import type { Principal } from '../auth/principal.js';
import { rules } from '../auth/rules.js';
import type { Database } from '../db/database.js';
import { refused } from '../errors.js';
import { changeSetById, dbReader, type ChangeSetRow, type ChangeSetState } from './store.js';

/**
 * The review queue (`changeSets`, schema/review.graphql): change-sets newest first, by state and author. It finds
 * the page's ids and reads each through `changeSetById`, the one reader of a change-set, so whatever that row
 * holds (its diff, its history) this list holds too.
 */

export interface QueueRequest {
  state: ChangeSetState | null;
  author: string | null;
  first: number;
  /** The (proposedAt, id) of the last change-set of the page before. */
  after: { at: string; id: string } | null;
}

export async function listChangeSets(
  db: Database,
  principal: Principal,
  q: QueueRequest,
): Promise<{ rows: ChangeSetRow[]; hasNextPage: boolean }> {
  const d = rules.readChangeSet(principal);
  if (!d.allowed) throw refused(d.code, d.message);
  const ids = await db.read<{ id: string }>(
    `MATCH (c:ChangeSet)
     WHERE ($state IS NULL OR c.state = $state) AND ($author IS NULL OR c.author = $author)
       AND ($after IS NULL OR c.proposedAt < datetime($after.at)
            OR (c.proposedAt = datetime($after.at) AND c.id < $after.id))
     WITH c ORDER BY c.proposedAt DESC, c.id DESC LIMIT $limit
     RETURN c.id AS id`,
    { state: q.state, author: q.author, after: q.after, limit: q.first + 1 },
  );
  const read = dbReader(db);
  const rows: ChangeSetRow[] = [];
  for (const { id } of ids.slice(0, q.first)) {
    const row = await changeSetById(read, id);
    if (row) rows.push(row);
  }
  return { rows, hasNextPage: ids.length > q.first };
}
