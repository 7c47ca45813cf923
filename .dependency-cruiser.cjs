// The floors of src/, top-down (see CONTRIBUTING.md): no import runs back up, none runs in a circle.
//   main.ts, ingest/cli.ts            commands: wiring only
//   app.ts, http/                     the HTTP front
//   resolvers/ (+ generated/)         a few lines per field
//   analytics/, export/               metrics and file formats over the data layer
//   context.ts                        per-request loaders
//   graph/, ingest/, auth/, curation/ the data layer: reads (graph/), the seed writer (ingest/), identity (auth/)
//                                     and the reviewed writes with their audit (curation/)
//   db/, embedded/                    the driver wrapper; the embedded Neo4j
//   model/, config.ts, errors.ts, log.ts, paths.ts, schema.ts   the floor
const above = (...folders) => `^src/(${folders.join('|')})`;
const COMMANDS = ['main\\.ts', 'ingest/cli\\.ts', 'ingest/export-cli\\.ts', 'curation/keys-cli\\.ts'];
const HTTP = ['app\\.ts', 'http/'];
const RESOLVERS = ['resolvers/', 'generated/'];
const ROOMS = ['analytics/', 'export/'];
const CONTEXT = ['context\\.ts'];
const DATA = ['graph/', 'ingest/', 'auth/', 'curation/'];
const DRIVER = ['db/', 'embedded/'];

const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid('no-circular', 'Import circles make load order and ownership unclear.', {}, { circular: true }),
    forbid(
      'model-is-the-floor',
      'src/model/ is the vocabulary everything stands on: it imports nothing of ours.',
      { path: '^src/model/' },
      { path: '^src/', pathNot: '^src/model/' },
    ),
    forbid(
      'ingest-stays-in-ingest',
      'The read path never depends on the seed loader: only the commands and ingest/ itself import ingest/.',
      { path: '^src/', pathNot: ['^src/ingest/', '^src/main\\.ts$', '^src/curation/'] },
      { path: '^src/ingest/' },
    ),
    forbid(
      'curation-uses-the-seed-rules-only',
      "A change-set is held to the seed's rules: curation/ may import the seed format and its mapping (and how a source's text is cut and anchored), not the loader's files or the seed writer.",
      { path: '^src/curation/' },
      { path: '^src/ingest/', pathNot: '^src/ingest/(seed-format|load|source-text|anchors)\\.ts$' },
    ),
    forbid(
      'read-path-knows-no-writes',
      'The reads (graph/) and the seed (ingest/) know nothing of identity or curation (the seed command, a floor above, asks curation whether seeding would undo accepted change-sets).',
      { path: '^src/(graph|ingest)/', pathNot: '^src/ingest/cli\\.ts$' },
      { path: '^src/(auth|curation)/' },
    ),
    forbid(
      'auth-below-curation',
      'Identity and the authorization rules stand below the change-sets that use them.',
      { path: '^src/auth/' },
      { path: '^src/curation/' },
    ),
    forbid(
      'http-below-commands',
      'The HTTP front does not import the commands.',
      { path: above(...HTTP) },
      { path: above(...COMMANDS) },
    ),
    forbid(
      'resolvers-below-http',
      'Resolvers know nothing of HTTP or the commands.',
      { path: above(...RESOLVERS) },
      { path: above(...COMMANDS, ...HTTP) },
    ),
    forbid(
      'rooms-below-resolvers',
      'Analytics and exports are called by resolvers and routes, and know neither.',
      { path: above(...ROOMS) },
      { path: above(...COMMANDS, ...HTTP, ...RESOLVERS) },
    ),
    forbid(
      'context-below-resolvers',
      'The per-request context holds loaders over the data layer only.',
      { path: above(...CONTEXT) },
      { path: above(...COMMANDS, ...HTTP, ...RESOLVERS, ...ROOMS) },
    ),
    forbid(
      'data-layer-below-context',
      'The data layer answers queries; it knows nothing of requests, resolvers or HTTP.',
      { path: above(...DATA) },
      { path: above(...COMMANDS, ...HTTP, ...RESOLVERS, ...ROOMS, ...CONTEXT) },
    ),
    forbid(
      'driver-below-data',
      'Only the driver wrapper touches neo4j-driver, and it knows nothing of the graph above it.',
      { path: above(...DRIVER) },
      { path: above(...COMMANDS, ...HTTP, ...RESOLVERS, ...ROOMS, ...CONTEXT, ...DATA) },
    ),
    // Tooling (bench/, tools/, test/) stands beside the product: the product imports none of it, the tests and the
    // shared tools never import the benchmarks (what both need lives in tools/).
    forbid(
      'product-imports-no-tooling',
      'src/ is the product: it imports nothing from the benchmarks, the shared tools or the tests.',
      { path: '^src/' },
      { path: '^(bench|tools|test)/' },
    ),
    forbid(
      'tests-import-no-bench',
      'Tests import nothing from bench/: what tests and benchmarks share lives in tools/.',
      { path: '^(test|tools)/' },
      { path: '^bench/' },
    ),
    forbid(
      'floor-imports-only-floor',
      'config, errors, log, paths and schema stand on the floor beside model/.',
      { path: '^src/(config|errors|log|paths|schema)\\.ts$' },
      { path: '^src/', pathNot: ['^src/model/', '^src/(config|errors|log|paths|schema)\\.ts$'] },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
