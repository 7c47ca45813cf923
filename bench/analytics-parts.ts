import { betweennessScores, sampledBetweennessOnIndex } from '../src/analytics/centrality.js';
import { louvainCommunities, louvainOnIndex } from '../src/analytics/communities.js';
import { tieGraph, tieIndex, type IndexedNetwork } from '../src/analytics/graphs.js';
import { NeighborhoodIndex } from '../src/analytics/libs.js';
import { generateGraph } from '../tools/synthetic.js';

/**
 * npx tsx bench/analytics-parts.ts [--size=100000]
 *
 * Where a cold Louvain and a cold sampled betweenness spend their time once the network is read, in one thread and
 * without Neo4j: the synthetic graph of the benchmarks (tools/synthetic.ts) indexed as `projectIndexed` indexes it
 * (entities at a relation's end in id order, relations in id order), then each part timed on its own — on the
 * graphology tie graph (what the workers used before) and on the tie index (what they use now), and whether the
 * two give the same answers.
 */

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const size = Number(flag('size') ?? 100_000);
const say = (line: string) => process.stdout.write(`${line}\n`);

function indexed(): IndexedNetwork {
  const g = generateGraph(size);
  const rels = [...g.relations].sort((a, b) => (a.props.id < b.props.id ? -1 : 1));
  const used = new Set<string>();
  for (const r of rels) used.add(r.from).add(r.to);
  const ids = [...used].sort();
  const at = new Map(ids.map((id, i) => [id, i]));
  const source = new Int32Array(new SharedArrayBuffer(rels.length * 4));
  const target = new Int32Array(new SharedArrayBuffer(rels.length * 4));
  rels.forEach((r, i) => {
    source[i] = at.get(r.from)!;
    target[i] = at.get(r.to)!;
  });
  return { ids, source, target };
}

function time<T>(what: string, work: () => T): T {
  const started = performance.now();
  const out = work();
  say(`| ${what} | ${(performance.now() - started).toFixed(0)} |`);
  return out;
}

const net = indexed();
say(
  `== ${size}: ${net.ids.length} entities, ${net.source.length} relations\n\n| part | ms |\n| --- | ---: |`,
);
const ties = time('tie graph (graphology, weighted pairs)', () => tieGraph(net));
const libPartition = time('Louvain on the built tie graph', () =>
  louvainCommunities(ties, { resolution: 1 }),
);
time('neighbourhood index of the tie graph', () => new NeighborhoodIndex(ties));
const libBetweenness = time('sampled betweenness on the built tie graph (500 sources, index included)', () =>
  betweennessScores(ties),
);
const index = time('tie index (typed arrays)', () => tieIndex(net));
const partition = time('Louvain on the tie index', () => louvainOnIndex(net.ids, index, { resolution: 1 }));
const betweenness = time('sampled betweenness on the tie index (500 sources)', () =>
  sampledBetweennessOnIndex(index),
);
say(`\n${ties.size} pairs; ${partition.members.length} communities, modularity ${partition.modularity}`);
say(`same partition: ${JSON.stringify(partition) === JSON.stringify(libPartition)}`);
say(`same betweenness: ${net.ids.every((id, i) => betweenness[i] === libBetweenness[id])}`);
