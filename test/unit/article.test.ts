import { describe, expect, it } from '@jest/globals';
import { ENTITY_LABELS, withArticle } from '../../src/model/entities.js';

/** Messages that name a kind after an indefinite article (e.g. a merge of two kinds) read "an Organisation". */

const EXPECTED: Record<string, string> = {
  Organisation: 'an Organisation',
  Person: 'a Person',
  Event: 'an Event',
  Resolution: 'a Resolution',
  Brief: 'a Brief',
  Place: 'a Place',
  Topic: 'a Topic',
  Statement: 'a Statement',
  Quantity: 'a Quantity',
};

describe('withArticle', () => {
  it('gives every kind its article (a new kind is added to this table)', () => {
    expect(Object.fromEntries(ENTITY_LABELS.map((l) => [l, withArticle(l)]))).toEqual(EXPECTED);
  });

  it('goes by the first letter, in either case', () => {
    expect(withArticle('organisation')).toBe('an organisation');
    expect(withArticle('Undertaking')).toBe('an Undertaking');
    expect(withArticle('tie')).toBe('a tie');
  });
});
