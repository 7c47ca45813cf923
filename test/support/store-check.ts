import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

/**
 * Neo4j's consistency checker (neo4j-admin database check, from the embedded launcher's classpath) on the stopped
 * store in `dataDir`: what the crash tests run after each kill -9, before Neo4j starts on that store again.
 */
export function checkStore(dataDir: string): {
  status: number | null;
  inconsistent: boolean;
  output: string;
} {
  const classpath = `${join(ROOT, 'neo4j-embedded/target/neo4j-embedded.jar')}:${readFileSync(
    join(ROOT, 'neo4j-embedded/target/classpath.txt'),
    'utf8',
  ).trim()}`;
  mkdirSync(join(dataDir, 'conf'), { recursive: true });
  const reportDir = mkdtempSync(join(dataDir, 'check-report-'));
  const check = spawnSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'check',
      `--report-path=${reportDir}`,
      'neo4j',
    ],
    { env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: join(dataDir, 'conf') }, encoding: 'utf8' },
  );
  const output = `${check.stdout}${check.stderr}`;
  return { status: check.status, inconsistent: /inconsisten/i.test(output), output: output.slice(-2000) };
}
