import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { brokenLinks, markdownFiles } from '../../tools/doc-links.js';

describe('relative links in README.md, CONTRIBUTING.md and docs/', () => {
  it('all resolve to a file or folder of the repository', () => {
    expect(markdownFiles(ROOT)).toEqual(
      expect.arrayContaining(['README.md', join('docs', 'ARCHITECTURE.md')]),
    );
    expect(brokenLinks(ROOT)).toEqual([]);
  });

  it('reports a link or image to a missing file, and not links outside the repository, anchors or code', () => {
    const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
    try {
      mkdirSync(join(root, 'docs', 'images'), { recursive: true });
      writeFileSync(join(root, 'docs', 'images', 'a.png'), '');
      writeFileSync(join(root, 'docs', 'B.md'), '# B\n');
      writeFileSync(
        join(root, 'README.md'),
        [
          '[ok](docs/B.md#b) ![ok](docs/images/a.png) [web](https://example.org/x.md) [top](#b)',
          '`[not a link](missing-in-code.md)`',
          '[gone](docs/MOVED.md)',
          '',
          '![gone too](docs/images/missing.png)',
        ].join('\n'),
      );
      writeFileSync(
        join(root, 'docs', 'C.md'),
        '[up](../README.md) [sibling](B.md) [wrong level](docs/B.md)\n',
      );
      expect(brokenLinks(root)).toEqual([
        { file: 'README.md', line: 3, target: 'docs/MOVED.md' },
        { file: 'README.md', line: 5, target: 'docs/images/missing.png' },
        { file: join('docs', 'C.md'), line: 1, target: 'docs/B.md' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
