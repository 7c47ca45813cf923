// Builds the browser pages into web/dist: the IDE script (GraphiQL itself is served from its npm UMD build)
// and the network page (sigma + graphology bundled). The cookbook (operations/cookbook) is compiled into both; the
// pages' own documents come from operations/generated (typed by codegen's client preset).
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(WEB, '..');
const DIST = join(WEB, 'dist');
const COOKBOOK = join(ROOT, 'operations', 'cookbook');

/** Each cookbook file: `# Question: …` on its first line, then one named operation. */
export async function readCookbook() {
  const files = (await readdir(COOKBOOK)).filter((f) => f.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(COOKBOOK, file), 'utf8');
      const question = /^#\s*Question:\s*(.+)$/m.exec(query)?.[1]?.trim();
      const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(query)?.[1];
      if (!question || !name) throw new Error(`${file}: needs a "# Question:" line and a named operation`);
      const title = file
        .replace(/^\d+-/, '')
        .replace(/\.graphql$/, '')
        .replace(/-/g, ' ');
      const pretty = (title[0].toUpperCase() + title.slice(1)).replace(/\bicat\b/gi, 'ICAT');
      return { file, name, title: pretty, question, query };
    }),
  );
}

export async function buildWeb({ quiet = false } = {}) {
  const started = performance.now();
  const cookbook = await readCookbook();
  const neighbourhood = cookbook.find((e) => e.name === 'Neighbourhood');
  if (!neighbourhood)
    throw new Error('the cookbook needs the Neighbourhood operation (the network page links to it)');
  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(WEB, 'ide', 'ide.ts')],
      outfile: join(DIST, 'ide.js'),
      define: { __COOKBOOK__: JSON.stringify(cookbook) },
    }),
    build({
      ...common,
      entryPoints: [join(WEB, 'network', 'main.ts')],
      outfile: join(DIST, 'network.js'),
      define: { __NEIGHBOURHOOD_QUERY__: JSON.stringify(neighbourhood.query) },
    }),
    copyFile(join(WEB, 'ide', 'ide.html'), join(DIST, 'ide.html')),
    copyFile(join(WEB, 'ide', 'ide.css'), join(DIST, 'ide.css')),
    copyFile(join(WEB, 'network', 'network.html'), join(DIST, 'network.html')),
    copyFile(join(WEB, 'network', 'network.css'), join(DIST, 'network.css')),
    build({ ...common, entryPoints: [join(WEB, 'source', 'source.ts')], outfile: join(DIST, 'source.js') }),
    copyFile(join(WEB, 'source', 'source.html'), join(DIST, 'source.html')),
    copyFile(join(WEB, 'source', 'source.css'), join(DIST, 'source.css')),
    build({ ...common, entryPoints: [join(WEB, 'curate', 'curate.ts')], outfile: join(DIST, 'curate.js') }),
    copyFile(join(WEB, 'curate', 'curate.html'), join(DIST, 'curate.html')),
    copyFile(join(WEB, 'curate', 'curate.css'), join(DIST, 'curate.css')),
  ]);
  if (!quiet) {
    const sizes = await Promise.all(
      ['ide.js', 'network.js'].map(
        async (f) => `${f} ${((await stat(join(DIST, f))).size / 1024).toFixed(0)} KiB`,
      ),
    );
    process.stdout.write(
      `web/dist built in ${Math.round(performance.now() - started)} ms: ${sizes.join(', ')}, ${cookbook.length} cookbook operations\n`,
    );
  }
  return { cookbook };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb();
}
