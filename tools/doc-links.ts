import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * Every relative link and image of the project's Markdown (README.md, CONTRIBUTING.md, docs/**) must name a file or
 * folder that exists. Links with a scheme (https:, mailto:) and same-page anchors are not checked; a link's
 * `#fragment` is dropped before the file is looked up. Parsed by markdown-it, so a path inside code is not a link.
 *
 *   npm run docs:links   (also a unit test: test/unit/doc-links.test.ts)
 */

export interface BrokenLink {
  /** The Markdown file, relative to the root. */
  file: string;
  line: number;
  target: string;
}

const md = new MarkdownIt({ html: true });

/** The Markdown files checked under `root`: README.md, CONTRIBUTING.md and every .md under docs/. */
export function markdownFiles(root: string): string[] {
  const out = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(root, f)));
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.md')) out.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return out;
}

function targets(tokens: Token[], found: Array<{ target: string; line: number }>, line = 0): void {
  let at = line;
  for (const t of tokens) {
    if (t.map) at = t.map[0] + 1;
    if (t.type === 'link_open') found.push({ target: t.attrGet('href') ?? '', line: at });
    if (t.type === 'image') found.push({ target: t.attrGet('src') ?? '', line: at });
    if (t.children) targets(t.children, found, at);
    // Inline children carry no line map: a line break inside the paragraph moves to the next line.
    if (t.type === 'softbreak' || t.type === 'hardbreak') at += 1;
  }
}

function isChecked(target: string): boolean {
  return (
    target !== '' &&
    !target.startsWith('#') &&
    !/^[a-z][a-z0-9+.-]*:/i.test(target) &&
    !target.startsWith('//')
  );
}

/** The relative links of `file` (relative to `root`) whose target does not exist. */
export function brokenLinksIn(root: string, file: string): BrokenLink[] {
  const found: Array<{ target: string; line: number }> = [];
  targets(md.parse(readFileSync(join(root, file), 'utf8'), {}), found);
  return found
    .filter((l) => isChecked(l.target))
    .filter((l) => {
      const path = decodeURI(l.target.replace(/[#?].*$/, ''));
      return !existsSync(resolve(root, dirname(file), path));
    })
    .map((l) => ({ file, line: l.line, target: l.target }));
}

export function brokenLinks(root: string): BrokenLink[] {
  return markdownFiles(root).flatMap((f) => brokenLinksIn(root, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const broken = brokenLinks(root);
  for (const b of broken) console.error(`${b.file}:${b.line}: no such file: ${b.target}`);
  const files = markdownFiles(root).length;
  if (broken.length > 0) {
    console.error(
      `${broken.length} broken relative link(s) in ${files} Markdown files under ${relative(process.cwd(), root) || '.'}`,
    );
    process.exit(1);
  }
  process.stdout.write(`Every relative link resolves (${files} Markdown files).\n`);
}
