import { SEED_DIR } from '../paths.js';
import { computeCoverage, formatCoverage, listedSentences, loadUncited } from './coverage.js';
import { loadSeed } from './load.js';
import { loadRawSections } from './report.js';
import { normalise } from '../model/sources.js';

/**
 * `npm run evidence:coverage`: how many of the report's sentences the graph cites, per section and in total, and
 * every uncited sentence naming two or more entities, or naming one and stating something about it. Exits 1 while
 * one of those is not explained in seed/uncited.yaml.
 */
const raw = loadRawSections();
const graph = loadSeed(SEED_DIR, new Map([...raw].map(([name, text]) => [name, normalise(text)])));
const coverage = computeCoverage(raw, graph, loadUncited(SEED_DIR));
process.stdout.write(`${formatCoverage(coverage)}\n`);
const unexplained = listedSentences(coverage).filter((n) => n.reason === undefined);
process.exitCode = unexplained.length > 0 ? 1 : 0;
