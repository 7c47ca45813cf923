// Tests never write into a database they did not start, unless ICAT_TEST_ALLOW_EXTERNAL_WRITES=1 says so.
// `npm test` runs this first (pretest), and the integration global set-up checks it again.
import { pathToFileURL } from 'node:url';

export const OPT_IN = 'ICAT_TEST_ALLOW_EXTERNAL_WRITES';

/** The refusal to print, or null when the run may go ahead. */
export function externalWritesRefusal(env = process.env) {
  const uri = env.NEO4J_URI;
  if (!uri || env[OPT_IN] === '1') return null;
  return [
    `Refusing to run the tests against NEO4J_URI=${uri}.`,
    'Why: the integration tests write into the database they run on: they seed the report’s graph into the',
    'dataset "icat-2019" (replacing what that dataset holds), and they only write into a database they did not',
    'start themselves when you say so.',
    'How to go on:',
    '  - to test on a throw-away embedded Neo4j (the default, needs Java 17): unset NEO4J_URI;',
    `  - to let the tests write into ${uri}: set ${OPT_IN}=1. The run then removes every dataset it`,
    '    created when it ends (or, after an aborted run, when the next run starts); a dataset that was there',
    '    before is re-seeded and kept.',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const refusal = externalWritesRefusal();
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    process.exit(2);
  }
}
