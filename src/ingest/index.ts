import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { exportDataset, writeSeedFiles } from './export.js';
import { SEED_DIR } from '../paths.js';
import { loadSeed, SeedValidationError, type SeedGraph } from './load.js';
import {
  normalisedSections,
  rawSourceSections,
  readSourceMeta,
  sourceTextDigest,
  sourceTextPath,
} from './source.js';
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
  const graph = loadSeedDir(opts.seedDir ?? SEED_DIR, opts.log);
  return writeSeed(db, graph, { reset: opts.reset, log: opts.log });
}

/** Validates a seed directory against its source's text (when at hand). */
export function loadSeedDir(dir: string, log?: (message: string) => void): SeedGraph {
  const problems: string[] = [];
  const meta = readSourceMeta(dir, problems);
  if (!meta) throw new SeedValidationError(problems);
  const raw = rawSourceSections(dir, meta);
  if (!raw) log?.(textMissingNotice(meta.id, sourceTextPath(dir, meta)));
  const graph = loadSeed(dir, raw && normalisedSections(raw));
  const digest = raw ? sourceTextDigest(dir, meta) : null;
  if (digest) graph.source.props.sha256 = digest;
  return graph;
}

/** What the seed says when the source's text is not beside it: what was skipped, why, and how to provide it. */
export function textMissingNotice(id: string, path: string): string {
  return [
    `Excerpt check SKIPPED for ${id}: its text is not at hand (looked for ${path}).`,
    '  The excerpts were not checked against the text, and the /source page will show the cited passages only.',
    '  To check them and show the full text: set ICAT_REPORT_PATH to the text file and seed again, or propose the',
    `  text as a new edition: npm run source:add -- --file <the text> --replaces ${id}`,
  ].join('\n');
}

/**
 * A dataset's live graph as the seed loader reads it: exported (npm run seed:export) into a temporary directory
 * and loaded back, so that it compares record for record with a seed directory's.
 */
export async function currentSeedGraph(db: Database, dataset: string): Promise<SeedGraph> {
  const dir = mkdtempSync(join(tmpdir(), 'icat-kg-current-seed-'));
  try {
    writeSeedFiles(dir, (await exportDataset(db, dataset)).files);
    return loadSeedDir(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    `Seeded dataset "${result.dataset}" in ${result.ms} ms`,
    `  changes: +${result.changes.nodesCreated} / -${result.changes.nodesDeleted} nodes, +${result.changes.relationshipsCreated} / -${result.changes.relationshipsDeleted} relationships`,
    '  nodes per label:',
    ...Object.entries(result.counts.labels).map(([k, v]) => `    ${k.padEnd(28)} ${v}`),
    `    ${'Passage (evidence)'.padEnd(28)} ${result.counts.passages}`,
    `    ${'Source'.padEnd(28)} ${result.counts.sources}`,
    '  relations per type:',
    ...Object.entries(result.counts.relationTypes).map(([k, v]) => `    ${k.padEnd(28)} ${v}`),
  ];
  return lines.join('\n');
}

export { countDataset };
