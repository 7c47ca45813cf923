import type { TimelineFactRow } from '../graph/analytics.js';
import type { RelationTypeName } from '../model/relations.js';
import type { Page, RelationRow } from '../graph/rows.js';

/** The rows behind the analytics types (codegen mappers): what the analytics resolvers hand to their fields. */

export interface CentralityEdgeRow {
  cursor: string;
  entityId: string;
  score: number;
  rank: number;
}

export type CentralityPage = Page<CentralityEdgeRow> & { sampled: boolean; datasetVersion: string | null };

export interface CommunityRow {
  id: number;
  /** Member ids in name order. */
  members: string[];
  /** Member ids, most relations first, ties by name. */
  top: string[];
}

export interface PartitionRow {
  datasetVersion: string | null;
  modularity: number;
  resolution: number;
  communities: CommunityRow[];
}

export type TimelinePage = Page<TimelineFactRow>;

export interface DiffTieRow {
  type: RelationTypeName;
  from: string;
  to: string;
  before: RelationRow[];
  after: RelationRow[];
}

export interface NetworkDiffRow {
  fromYear: number;
  toYear: number;
  added: DiffTieRow[];
  ended: DiffTieRow[];
  kept: DiffTieRow[];
}
