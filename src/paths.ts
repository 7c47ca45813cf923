import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tsx, jest) or from dist/src/ (npm start). */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, here.split('/').includes('dist') ? '../..' : '..');
export const SEED_DIR = resolve(ROOT, 'seed');
export const SCHEMA_DIR = resolve(ROOT, 'schema');
