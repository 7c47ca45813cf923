import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId, loadTrustedDocuments, TrustedDocumentsError } from '../../src/http/trusted-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'icat-kg-trusted-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const failure = (path: string) => {
  try {
    loadTrustedDocuments(path);
  } catch (err) {
    return err;
  }
  return null;
};

describe('a trusted-documents manifest', () => {
  const doc = 'query Q { entity(id: "org:icat") { name } }';

  it('loads, and knows a registered document by id and by its text in any formatting', () => {
    const id = documentId(doc);
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    const trusted = loadTrustedDocuments(file('ok.json', JSON.stringify({ [id]: doc })));
    expect(trusted.size).toBe(1);
    expect(trusted.byId(id)).toBe(doc);
    expect(trusted.idOfText('query Q {\n  entity(id: "org:icat") {\n    name\n  }\n}', 2000)).toBe(id);
    expect(trusted.idOfText('query Q { entity(id: "org:unodc") { name } }', 2000)).toBeUndefined();
    expect(trusted.idOfText('query {', 2000)).toBeUndefined();
  });

  it.each([
    ['missing', join(dir, 'nope.json'), /cannot be read \(ENOENT\)/],
    ['not JSON', file('bad.json', '{'), /is not JSON/],
    [
      'wrong keys',
      file('keys.json', JSON.stringify({ abc: doc })),
      /the id "abc" is not "sha256:" and 64 hex digits/,
    ],
    ['empty', file('empty.json', '{}'), /registers no document/],
    [
      'a hash that is not the document’s',
      file('hash.json', JSON.stringify({ [`sha256:${'0'.repeat(64)}`]: doc })),
      /hashes to sha256:/,
    ],
  ])('refuses a manifest that is %s, naming the variable and the way to build one', (_what, path, reason) => {
    const err = failure(path);
    expect(err).toBeInstanceOf(TrustedDocumentsError);
    const message = (err as Error).message;
    expect(message).toContain(`TRUSTED_DOCUMENTS=${path}: `);
    expect(message).toMatch(reason);
    expect(message).toContain('npm run documents:manifest');
  });
});
