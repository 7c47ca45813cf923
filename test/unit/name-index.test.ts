import { describe, expect, it } from '@jest/globals';
import { fold, NameIndex, wordsOf, type NameRow } from '../../src/graph/name-index.js';
import { generateGraph } from '../../tools/synthetic.js';

/**
 * The name index's tiers (src/graph/name-index.ts) on a small made-up graph: a whole name first, then every term
 * a word, then starts of words, then fuzzy, then partial; acronyms matched as acronyms; ties in a documented order.
 */

const row = (
  id: string,
  name: string,
  acronym: string | null = null,
  otherNames: string[] = [],
): NameRow => ({
  id,
  type: id.startsWith('org:') ? 'ORGANISATION' : 'EVENT',
  name,
  acronym,
  otherNames,
});

const ROWS: NameRow[] = [
  row('org:icat', 'Inter-Agency Coordination Group against Trafficking in Persons', 'ICAT'),
  row('org:icat-secretariat', 'ICAT Secretariat'),
  row('event:icat-statement', 'Joint ICAT statement for the World Day against Trafficking in Persons'),
  row('org:osce', 'Organization for Security and Co-operation in Europe', 'OSCE'),
  row('event:once', 'Once upon a Forum'),
  row('org:interpol', 'International Criminal Police Organization', 'INTERPOL'),
  row('org:unodc', 'United Nations Office on Drugs and Crime', 'UNODC'),
  row('org:ohchr', 'Office of the United Nations High Commissioner for Human Rights', 'OHCHR'),
  row('org:ecole', 'École nationale de la magistrature', null, ['ENM school']),
  // Two bodies that share an acronym: the tie order is by folded name, then id.
  row('org:b-council', 'Beta Council', 'BC'),
  row('org:a-council', 'Alpha Council', 'BC'),
  row('org:councillors', 'Councillors Forum'),
];
const index = new NameIndex(ROWS);
const ids = (q: string, first = 10, types: string[] | null = null) =>
  index.rank(wordsOf(q), types, first).map((h) => h.id);

describe('folding', () => {
  it('folds case, accents and punctuation into words', () => {
    expect(fold('École')).toBe('ecole');
    expect(wordsOf('Inter-Agency  (ICAT)')).toEqual(['inter', 'agency', 'icat']);
  });
});

describe('tiers', () => {
  it('a whole acronym first, then names holding it as a word, shortest first', () => {
    expect(ids('ICAT')).toEqual(['org:icat', 'org:icat-secretariat', 'event:icat-statement']);
    const [top] = index.rank(['icat'], null, 1);
    expect(top).toEqual({ id: 'org:icat', score: 5, matched: 'ICAT' });
  });
  it('a whole name, with accents and case aside', () => {
    expect(ids('ecole nationale de la magistrature')[0]).toBe('org:ecole');
    expect(ids('ENM SCHOOL')[0]).toBe('org:ecole');
  });
  it('every term a word before starts of words, before fuzzy, before partial', () => {
    const hits = index.rank(wordsOf('united nations office'), null, 10);
    // Both hold all three words; UNODC's name leaves fewer words uncovered.
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['org:unodc', 'org:ohchr']);
    expect(Math.floor(hits[0]!.score)).toBe(4);
    const starts = index.rank(wordsOf('unit nat offi'), null, 10);
    expect(starts.map((h) => h.id).slice(0, 2)).toEqual(['org:unodc', 'org:ohchr']);
    expect(Math.floor(starts[0]!.score)).toBe(3);
    const fuzzy = index.rank(wordsOf('Crime Ofice'), null, 10);
    expect(fuzzy[0]).toMatchObject({ id: 'org:unodc' });
    expect(Math.floor(fuzzy[0]!.score)).toBe(2);
    // "crime" alone holds in UNODC only; "office" partly in OHCHR: partial, below 2.
    expect(fuzzy.slice(1).every((h) => h.score < 2)).toBe(true);
  });
  it('a term as a whole word before a term as the start of a word, whatever the name lengths', () => {
    expect(ids('council')).toEqual(['org:a-council', 'org:b-council', 'org:councillors']);
    expect(ids('councillors')[0]).toBe('org:councillors');
  });
  it('scores never rise down the list', () => {
    for (const q of ['ICAT', 'united nations office', 'trafficking persons', 'council', 'Crime Ofice']) {
      const scores = index.rank(wordsOf(q), null, 10).map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
  it('filters by type, and fills the page from the next tiers', () => {
    expect(ids('ICAT', 10, ['EVENT'])).toEqual(['event:icat-statement']);
    expect(ids('trafficking', 2)).toHaveLength(2);
  });
});

describe('acronyms are matched as acronyms', () => {
  it('one edit from a short acronym is not that body', () => {
    // "osce" is one edit from "once": the OSCE's acronym matches whole, and "Once" is not a fuzzy hit of it.
    expect(ids('OSCE')).toEqual(['org:osce']);
    expect(ids('OSCF')).toEqual([]);
  });
  it('a long acronym is spelled like a word, so a typo in it still finds it', () => {
    expect(ids('Interpoll')[0]).toBe('org:interpol');
  });
});

describe('ties', () => {
  it('two entities sharing an acronym: by folded name, then id, on every build', () => {
    expect(ids('BC')).toEqual(['org:a-council', 'org:b-council']);
    expect(new NameIndex([...ROWS].reverse()).rank(['bc'], null, 10).map((h) => h.id)).toEqual([
      'org:a-council',
      'org:b-council',
    ]);
  });
  it('a name match comes before an acronym or other-name match of the same text', () => {
    const both = new NameIndex([row('org:x', 'Something Else', 'SE'), row('event:se', 'SE')]);
    expect(both.rank(['se'], null, 10).map((h) => h.id)).toEqual(['event:se', 'org:x']);
  });
});

describe('stopping early is exact', () => {
  // A graph where common words are held by hundreds: the ranking stops scoring once the page is certain, by a
  // bound on each candidate's keys. A page of k must be the first k of the ranking that scores every candidate
  // (a page larger than the graph is never full, so it never stops early).
  // Large enough that common words fill stages past the size scored whole (SCORED_WHOLE).
  const g = generateGraph(12000, 0);
  const rows: NameRow[] = g.entities.map((e) => ({
    id: String(e.props.id),
    type: String(e.props.type),
    name: String(e.props.name),
    acronym: typeof e.props.acronym === 'string' ? e.props.acronym : null,
    otherNames: (e.props.otherNames as string[] | undefined) ?? [],
  }));
  const big = new NameIndex(rows);
  // An acronym shared by several (synthetic acronyms are three letters and a digit).
  const acronym = rows.find((r) => r.acronym)!.acronym!;
  const queries = [
    'trafficking', // tier 1: a word held by about a tenth of the graph
    'coordination trafficking persons',
    'traf', // tier 2: starts of words
    'traffiking', // tier 3: a near spelling
    'Crime Ofice', // tier 4: partial
    'women 12',
    'security council rights zzz',
    acronym,
  ];
  it.each(queries)('%s: every page size gives the head of the whole ranking', (q) => {
    expect(big.rank(wordsOf(q), null, rows.length + 1).length).toBeGreaterThan(0);
    for (const types of [null, ['PERSON'], ['ORGANISATION', 'EVENT']]) {
      const whole = big.rank(wordsOf(q), types, rows.length + 1);
      for (const k of [1, 3, 10, 25]) expect(big.rank(wordsOf(q), types, k)).toEqual(whole.slice(0, k));
    }
  });
});
