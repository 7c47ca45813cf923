import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WarmupSample } from '../../src/graph/warmup.js';
import { OperationFileError, readOperations } from '../../src/http/operations.js';
import { hotOperation, HotOperationError, hotOperations } from '../../src/http/warmup.js';

/** The shipped operations' files (src/http/operations.ts) and how the warm-up binds a hot one's variables. */

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'icat-kg-operations-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const sample: WarmupSample = {
  organisation: 'org:icat',
  farEntity: 'person:kupchyna',
  searchText: 'ICAT',
  year: 2019,
  starts: [
    { organisation: 'org:icat', far: ['person:kupchyna'] },
    { organisation: 'org:council-of-europe', far: ['org:osce'] },
  ],
  searchTexts: ['ICAT', 'Inter Agency Coordination'],
};

const hot = (text: string) => {
  const op = readOperations('', folder({ 'a/op.graphql': text }))[0]!;
  return hotOperation(op);
};

describe('operations/', () => {
  it('holds one named operation per file, with its annotations, and fragments lent by other files', () => {
    const dir = folder({
      'x/one.graphql': '# A comment.\n# @hot {"depth": 1}\n# @compiled {"what": "w"}\nquery One { ...F }\n',
      'x/fragments.graphql':
        'fragment F on Query { ...G }\nfragment G on Query { relationTypeCounts { type } }\n',
      'generated/skipped.graphql': 'query Skipped { x }\n',
    });
    const ops = readOperations('', dir);
    expect(ops.map((o) => [o.file, o.name])).toEqual([['x/one.graphql', 'One']]);
    expect(ops[0]!.annotations).toEqual([
      { tag: 'hot', value: '{"depth": 1}' },
      { tag: 'compiled', value: '{"what": "w"}' },
    ]);
    expect(ops[0]!.text).toBe(
      '# A comment.\n# @hot {"depth": 1}\n# @compiled {"what": "w"}\nquery One { ...F }\n',
    );
    expect(ops[0]!.document).toContain('fragment F on Query');
    expect(ops[0]!.document).toContain('fragment G on Query');
  });

  it.each([
    ['two operations', 'query A { a }\nquery B { b }\n', /one named operation per file/],
    ['an anonymous one', '{ a }\n', /one named operation per file/],
    ['a fragment no file defines', 'query A { ...Nowhere }\n', /spreads \.\.\.Nowhere, which no file/],
    ['text that does not parse', 'query A {\n', /does not parse/],
  ])('refuses %s, naming the file', (_what, text, reason) => {
    const dir = folder({ 'bad/op.graphql': text });
    expect(() => readOperations('', dir)).toThrow(OperationFileError);
    expect(() => readOperations('', dir)).toThrow(reason);
    expect(() => readOperations('', dir)).toThrow('operations/bad/op.graphql');
  });

  it('every hot document under operations/ binds its variables from a sample', () => {
    expect(hotOperations().length).toBeGreaterThanOrEqual(10);
    const names = hotOperations().map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    for (const op of hotOperations()) expect([op.name, op.variables(sample)]).not.toEqual([op.name, null]);
  });
});

describe('a hot document', () => {
  it('binds $id to an id of each id-length bucket, the `# @hot` values first', () => {
    const op = hot('# @hot {"depth": 2}\nquery N($id: ID!, $depth: Int!, $types: [RelationType!]) { a }\n');
    expect(op.variables(sample)).toEqual({ id: 'org:icat', depth: 2 });
    expect(op.variants!(sample)).toEqual([{ id: 'org:council-of-europe', depth: 2 }]);
  });

  it('binds $from/$to to path ends of each pair of buckets, $q to each search size and $year', () => {
    const path = hot('# @hot\nquery P($from: ID!, $to: ID!) { a }\n');
    expect(path.variables(sample)).toEqual({ from: 'org:icat', to: 'person:kupchyna' });
    const pairs = path.variants!(sample).map((v) => `${String(v.from)} ${String(v.to)}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['org:council-of-europe org:osce', 'org:icat org:osce', 'org:icat org:icat']),
    );
    const search = hot('# @hot\nquery S($q: String!, $year: Int) { a }\n');
    expect(search.variables(sample)).toEqual({ q: 'ICAT', year: 2019 });
    expect(search.variants!(sample).map((v) => v.q)).toEqual(['Inter Agency Coordination', 'ICA']);
    expect(search.variants!(sample).every((v) => v.year === 2019)).toBe(true);
  });

  it('is skipped when the graph has nothing to ask it about', () => {
    const empty: WarmupSample = { ...sample, organisation: null, farEntity: null, starts: [] };
    expect(hot('# @hot\nquery E($id: ID!) { a }\n').variables(empty)).toBeNull();
  });

  it.each([
    [
      'a required variable it cannot bind',
      '# @hot\nquery A($metric: CentralityMetric!) { a }\n',
      /no value for \$metric/,
    ],
    [
      '`# @hot` that is not JSON',
      '# @hot depth=1\nquery A($id: ID!) { a }\n',
      /is not a JSON object of variables/,
    ],
    [
      '`# @hot` naming a variable it lacks',
      '# @hot {"x": 1}\nquery A { a }\n',
      /gives \$x, which the operation does not declare/,
    ],
  ])('with %s is refused, naming the file and the fix', (_what, text, reason) => {
    expect(() => hot(text)).toThrow(HotOperationError);
    expect(() => hot(text)).toThrow(reason);
    expect(() => hot(text)).toThrow('operations/a/op.graphql');
  });
});
