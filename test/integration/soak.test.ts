import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

/**
 * The 2-minute soak of CI: `npm run soak -- --minutes=2` (its own Neo4j and API process, mixed reads) must end
 * with exit 0, no failed request and no growth beyond its bounds (tools/soak-verdict.ts; its unit test shows each
 * kind of failure). The report is printed, so a failing run shows which series grew.
 */

describe('soak (2 minutes)', () => {
  it('runs mixed reads for 2 minutes without an error or growth beyond the bounds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icat-soak-'));
    const out = join(dir, 'soak.md');
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'bench/soak.ts', '--minutes=2', '--window=10', '--warmup=30', `--out=${out}`],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let log = '';
      child.stdout.on('data', (c: Buffer) => (log += c.toString()));
      child.stderr.on('data', (c: Buffer) => (log += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      const report = readFileSync(out, 'utf8');
      process.stdout.write(`${report}\n`);
      expect({ code, verdict: /\*\*Verdict: (.*)\*\*/.exec(report)?.[1] }).toEqual({
        code: 0,
        verdict: 'pass',
      });
      expect(log).toContain('soak: 2 min, 12 windows');
      // Curation writes ran beside the reads (2 a minute by default), each proposed and accepted.
      expect(Number(/Curation writes: (\d+) change-sets/.exec(report)?.[1] ?? 0)).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 420_000);
});
