import { describe, expect, it } from '@jest/globals';
import { answerDiff } from '../../tools/answers.js';

/** The benchmark's full-answer check (tools/answers.ts): icat-kg's data against the floor's JSON. */

const icat = {
  entity: {
    id: 'org:icat',
    members: [
      { id: 'org:a', name: 'A' },
      { id: 'org:b', name: 'B' },
    ],
    acronym: null,
  },
};

describe('full-answer check', () => {
  it('equal JSON values are equal whatever the order of keys', () => {
    const floor = {
      entity: {
        acronym: null,
        members: [
          { name: 'A', id: 'org:a' },
          { name: 'B', id: 'org:b' },
        ],
        id: 'org:icat',
      },
    };
    expect(answerDiff(icat, floor)).toBeNull();
  });

  it('a list in another order is a difference, shown as a diff', () => {
    const floor = { entity: { ...icat.entity, members: [...icat.entity.members].reverse() } };
    const diff = answerDiff(icat, floor);
    expect(diff).toMatch(/org:b/);
    expect(diff).toMatch(/^[+-] /m);
  });

  it('a missing key, a null for a value, or a number for a string is a difference', () => {
    expect(answerDiff(icat, { entity: { id: 'org:icat', members: icat.entity.members } })).not.toBeNull();
    expect(answerDiff(icat, { entity: { ...icat.entity, acronym: 'ICAT' } })).not.toBeNull();
    expect(answerDiff({ year: 2019 }, { year: '2019' })).not.toBeNull();
  });

  it('a long diff is cut to the size asked for', () => {
    const big = { nodes: Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}` })) };
    const diff = answerDiff(big, { nodes: [...big.nodes].reverse() }, 500);
    expect(diff!.length).toBeLessThan(600);
    expect(diff).toMatch(/more characters/);
  });
});
