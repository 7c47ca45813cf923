import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findFreePort } from '../src/embedded/neo4j-launcher.js';
import { ROOT } from '../src/paths.js';

/**
 * npm run bench:cold — cold start of `npm start` (build, embedded Neo4j on a fresh data dir, seed, listen):
 * wall time from launch to the "Ready" line. Runs `npm start` in its own process group on free ports and
 * stops exactly that group afterwards. `--runs=N` repeats it (each with a new data dir).
 */

const say = (line: string) => process.stdout.write(`${line}\n`);

async function once(): Promise<{ totalS: number; readyLine: string; lines: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'icat-kg-cold-'));
  const env = {
    ...process.env,
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(await findFreePort()),
    PORT: String(await findFreePort()),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  };
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  try {
    const readyLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Ready line within 180 s')), 180_000);
      createInterface({ input: child.stderr }).on('line', (l) => lines.push(`stderr: ${l}`));
      createInterface({ input: child.stdout }).on('line', (l) => {
        lines.push(l);
        if (/^Ready in /.test(l)) {
          clearTimeout(timer);
          resolve(l);
        }
      });
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${lines.join('\n')}`)));
    });
    return { totalS: (performance.now() - started) / 1000, readyLine, lines };
  } finally {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
for (let i = 0; i < runs; i++) {
  const r = await once();
  say(`cold start ${i + 1}/${runs}: ${r.totalS.toFixed(1)} s from launch to "${r.readyLine}"`);
  for (const l of r.lines.filter((x) => /Seeded|Neo4j reachable|starting the embedded/.test(x)))
    say(`  ${l}`);
}
