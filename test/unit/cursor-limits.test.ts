import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { luceneQuery, searchTerms } from '../../src/graph/search.js';
import { relationTypeOfId } from '../../src/model/ids.js';
import { checkFirst, checkRange, checkText } from '../../src/resolvers/arguments.js';
import { decodeCursor, encodeCursor } from '../../src/resolvers/paging.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? [err.extensions.code, err.message] : ['other', String(err)];
  }
  return ['none', ''];
};

describe('cursors', () => {
  it('round-trip and are tagged with what they page', () => {
    const c = encodeCursor('Organisation:NAME_ASC', ['unodc', 'org:unodc']);
    expect(decodeCursor('after', 'Organisation:NAME_ASC', c, 2)).toEqual(['unodc', 'org:unodc']);
    expect(code(() => decodeCursor('after', 'Organisation:NAME_DESC', c, 2))[0]).toBe('BAD_USER_INPUT');
  });

  it.each(['', 'not base64!', 'e30', Buffer.from('[1,2,3]').toString('base64url'), 'x'.repeat(600)])(
    'reject malformed cursor %j with BAD_USER_INPUT naming the argument',
    (bad) => {
      const [c, message] = code(() => decodeCursor('after', 't', bad, 2));
      expect(c).toBe('BAD_USER_INPUT');
      expect(message).toMatch(/"after"/);
    },
  );
});

describe('argument limits', () => {
  it('name the argument and the limit', () => {
    expect(code(() => checkFirst('first', 101, 20, 100))).toEqual([
      'BAD_USER_INPUT',
      'Invalid argument "first": must be at most 100; got 101',
    ]);
    expect(code(() => checkFirst('first', -1, 20, 100))[1]).toMatch(/from 0 to 100/);
    expect(code(() => checkRange('maxHops', 9, 4, 1, 6))[1]).toMatch(
      /"maxHops": must be an integer from 1 to 6; got 9/,
    );
    expect(code(() => checkText('query', '   ', 200))[1]).toMatch(/"query": must not be empty/);
    expect(checkFirst('first', undefined, 20, 100)).toBe(20);
  });
});

describe('search query building', () => {
  it('keeps only letter/digit terms, so no Lucene syntax from input survives', () => {
    expect(searchTerms('UN Women" OR *:* ~ AND (x')).toEqual(['un', 'women', 'or', 'and', 'x']);
    expect(luceneQuery(searchTerms('Untied Nations'))).toBe(
      '(untied^4 OR untied*^2 OR untied~1) OR (nations^4 OR nations*^2 OR nations~2)',
    );
  });
});

describe('relation ids', () => {
  it('name their allow-listed type; anything else (also a prefixed id) names none', () => {
    expect(relationTypeOfId('rel:member_of:0123abcd')).toBe('MEMBER_OF');
    expect(relationTypeOfId('rel:co_chaired:0123abcd')).toBe('CO_CHAIRED');
    expect(relationTypeOfId('idem:rel:co_chaired:0123abcd')).toBeNull();
    expect(relationTypeOfId('rel:evidenced_by:0123abcd')).toBeNull();
    expect(relationTypeOfId('rel:member_of}]->() DETACH DELETE n //:x')).toBeNull();
    expect(relationTypeOfId('org:icat')).toBeNull();
  });
});
