import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withMappingTables } from '../src/export/mapping.js';
import { ROOT } from '../src/paths.js';

/** `npm run docs:exports`: rewrites the mapping tables of docs/reference/EXPORTS.md from the export writers. */
const PAGE = join(ROOT, 'docs', 'reference', 'EXPORTS.md');
const before = readFileSync(PAGE, 'utf8');
const after = withMappingTables(before);
writeFileSync(PAGE, after);
process.stdout.write(`${after === before ? 'unchanged' : 'rewrote'} ${PAGE}\n`);
