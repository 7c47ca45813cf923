import { existsSync } from 'node:fs';
import type { Database } from '../db/database.js';
import { SEED_DIR } from '../paths.js';
import { loadSeed } from './load.js';
import { loadReportSections, reportPath } from './report.js';
import { countDataset, DEFAULT_DATASET, writeSeed, type SeedResult } from './seed.js';

export interface SeedRepositoryOptions {
  reset?: boolean;
  seedDir?: string;
  /** Reports what happened (e.g. that excerpts could not be verified). */
  log?: (message: string) => void;
}

/**
 * Validates seed/ (against the report's text when it is at hand) and writes it in one transaction.
 * Without the report (e.g. inside a container) the excerpts are not re-verified: the test suite does that.
 */
export async function seedRepository(db: Database, opts: SeedRepositoryOptions = {}): Promise<SeedResult> {
  const path = reportPath();
  const sections = existsSync(path) ? loadReportSections(path) : undefined;
  if (!sections) opts.log?.(`report text not found at ${path}: excerpts are not re-verified in this run`);
  const graph = loadSeed(opts.seedDir ?? SEED_DIR, sections);
  return writeSeed(db, graph, { reset: opts.reset });
}

/** True when the default dataset has no entities yet (first start). */
export async function needsSeed(db: Database): Promise<boolean> {
  const rows = await db.read<{ n: number }>('MATCH (n:Entity {dataset: $dataset}) RETURN count(n) AS n', {
    dataset: DEFAULT_DATASET,
  });
  return (rows[0]?.n ?? 0) === 0;
}

export function formatCounts(result: SeedResult): string {
  const lines = [
    `Seeded dataset "${DEFAULT_DATASET}" in ${result.ms} ms`,
    `  changes: +${result.changes.nodesCreated} / -${result.changes.nodesDeleted} nodes, +${result.changes.relationshipsCreated} / -${result.changes.relationshipsDeleted} relationships`,
    '  nodes per label:',
    ...Object.entries(result.counts.labels).map(([k, v]) => `    ${k.padEnd(28)} ${v}`),
    `    ${'Passage (evidence)'.padEnd(28)} ${result.counts.passages}`,
    '  relations per type:',
    ...Object.entries(result.counts.relationTypes).map(([k, v]) => `    ${k.padEnd(28)} ${v}`),
  ];
  return lines.join('\n');
}

export { countDataset };
