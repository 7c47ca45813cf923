import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../../src/paths.js';

/**
 * `src/main.ts` in a process of its own on the Neo4j at `neo4jUri`, listening on `port`, as the crash tests run it
 * (a process they can `kill -9`): quiet, no per-client rate limit (all load is from loopback), no warm-up, no
 * password; `env` adds to that or overrides it. Its output is piped.
 */
export function spawnApiProcess(neo4jUri: string, port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: neo4jUri,
      NEO4J_PASSWORD: '',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      RATE_LIMIT_MAX: '0',
      WARMUP_BUDGET_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
