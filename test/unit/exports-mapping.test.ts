import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mappingTables } from '../../src/export/mapping.js';
import { ROOT } from '../../src/paths.js';

/** docs/reference/EXPORTS.md's mapping tables are the writers' own (src/export/mapping.ts), not a copy that drifts. */
describe('the exports mapping tables', () => {
  it('docs/reference/EXPORTS.md holds the tables the code writes (else: npm run docs:exports, and commit)', () => {
    const page = readFileSync(join(ROOT, 'docs', 'reference', 'EXPORTS.md'), 'utf8');
    expect(page).toContain(mappingTables());
  });
  it('name every kind and relation type, with the schemata the writers choose', () => {
    const tables = mappingTables();
    expect(tables).toContain(
      '| `ORGANISATION` | Organization | `icat:Organisation`, `org:Organization`, `schema:Organization` |',
    );
    expect(tables).toMatch(
      /^\| `MEMBER_OF` \| Membership \(role `member`\) \| Documentation \(role `member of`\) \| UnknownLink \(role `member of`\) \| `icat:memberOf` \| `org:Membership`, `org:memberOf` \|$/m,
    );
    expect(tables.match(/^\| `[A-Z_]+` \|/gm)).toHaveLength(9 + 34);
  });
});
