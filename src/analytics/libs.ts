import { createRequire } from 'node:module';
import type GraphModule from 'graphology';
import type louvainModule from 'graphology-communities-louvain';
import type betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type closenessModule from 'graphology-metrics/centrality/closeness.js';
import type eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import type pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type * as neighborhoodModule from 'graphology-indices/neighborhood.js';

/**
 * graphology's packages are CommonJS whose typings declare `export default`; under NodeNext an ESM default
 * import of them is typed as the whole module. Loading them with `require` and typing each as its declared
 * default is the one place that bridges the two.
 */

const require = createRequire(import.meta.url);
type Default<M> = M extends { default: infer D } ? D : M;

export const Graph = require('graphology') as Default<typeof GraphModule>;
export type Graph = InstanceType<typeof Graph>;
export const betweennessCentrality = require('graphology-metrics/centrality/betweenness') as Default<
  typeof betweennessModule
>;
export const closenessCentrality = require('graphology-metrics/centrality/closeness') as Default<
  typeof closenessModule
>;
export const eigenvectorCentrality = require('graphology-metrics/centrality/eigenvector') as Default<
  typeof eigenvectorModule
>;
export const pagerank = require('graphology-metrics/centrality/pagerank') as Default<typeof pagerankModule>;
export const louvain = require('graphology-communities-louvain') as Default<typeof louvainModule>;
export const NeighborhoodIndex = (require('graphology-indices/neighborhood') as typeof neighborhoodModule)
  .NeighborhoodIndex;
