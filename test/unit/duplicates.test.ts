import { describe, expect, it } from '@jest/globals';
import { candidatePairs, MIN_SCORE } from '../../src/graph/duplicates.js';

/**
 * The duplicate candidates' scoring (src/graph/duplicates.ts) on a small made-up graph: the same name in other
 * case and accents, an acronym spelled out, a near-miss spelling, across datasets; never two kinds, never acronyms
 * one letter apart, never names that differ only in their numbers.
 */

let n = 0;
const row = (
  type: string,
  name: string,
  acronym: string | null = null,
  otherNames: string[] = [],
  dataset = 'icat-2019',
) => ({ id: `${type.toLowerCase()}:e${++n}`, type, dataset, name, acronym, otherNames });

const unodc = row('ORGANISATION', 'United Nations Office on Drugs and Crime', 'UNODC');
const unodcAcronymOnly = row('ORGANISATION', 'UNODC', null, [], 'icat-2020');
const unodcSpelled = row('ORGANISATION', 'United Nations Office on Drugs & Crime', null, [], 'icat-2020');
const unodcSpelledOut = row(
  'ORGANISATION',
  'United Nations Office on Drugs and Crime',
  null,
  [],
  'icat-2021',
);
const osce = row('ORGANISATION', 'Organization for Security and Co-operation in Europe', 'OSCE');
const oecd = row('ORGANISATION', 'Organisation for Economic Co-operation and Development', 'OECD');
const unitar = row('ORGANISATION', 'United Nations Institute for Training and Research', 'UNITAR');
const unitad = row(
  'ORGANISATION',
  'United Nations Investigative Team to Promote Accountability for Crimes Committed by Da’esh',
  'UNITAD',
);
const chatzis = row('PERSON', 'Ilias Chatzis');
const chatzisTypo = row('PERSON', 'Ilias Chatzi');
const chatzisOrg = row('ORGANISATION', 'Ilias Chatzis');
const res2331 = row('RESOLUTION', 'Security Council resolution 2331 (2016)');
const res2388 = row('RESOLUTION', 'Security Council resolution 2388 (2017)');
const vienna = row('PLACE', 'Vienna', null, ['Wien']);
const wien = row('PLACE', 'Wien');

const rows = [
  unodc,
  unodcAcronymOnly,
  unodcSpelled,
  unodcSpelledOut,
  osce,
  oecd,
  unitar,
  unitad,
  chatzis,
  chatzisTypo,
  chatzisOrg,
  res2331,
  res2388,
  vienna,
  wien,
];
const pairs = candidatePairs(rows);
const pairOf = (x: { id: string }, y: { id: string }) =>
  pairs.find((p) => (p.a === x.id && p.b === y.id) || (p.a === y.id && p.b === x.id));

describe('duplicate candidates', () => {
  it('pairs the same body named three ways, across datasets, best first', () => {
    expect(pairOf(unodc, unodcAcronymOnly)).toMatchObject({ reason: 'ACRONYM', crossDataset: true });
    expect(pairOf(unodc, unodcAcronymOnly)!.score).toBeGreaterThanOrEqual(0.9);
    expect(pairOf(unodc, unodcSpelled)).toMatchObject({ reason: 'SIMILAR_NAME', crossDataset: true });
    // A bare acronym and a name without one that spells it out.
    expect(pairOf(unodcAcronymOnly, unodcSpelledOut)).toMatchObject({ score: 0.9, reason: 'ACRONYM' });
    expect(pairOf(vienna, wien)).toMatchObject({ score: 1, reason: 'SAME_NAME', matched: ['Wien', 'Wien'] });
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const p of pairs) expect(p.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it('pairs a misspelt person, never a person with an organisation of the same name', () => {
    expect(pairOf(chatzis, chatzisTypo)?.reason).toBe('SIMILAR_NAME');
    expect(pairOf(chatzis, chatzisOrg)).toBeUndefined();
    expect(pairOf(chatzisTypo, chatzisOrg)).toBeUndefined();
  });

  it('keeps apart acronyms one letter apart and names that differ only in their numbers', () => {
    expect(pairOf(osce, oecd)).toBeUndefined();
    expect(pairOf(unitar, unitad)).toBeUndefined();
    expect(pairOf(res2331, res2388)).toBeUndefined();
  });

  it('lists each pair once, its ids in order', () => {
    const keys = pairs.map((p) => `${p.a}|${p.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of pairs) expect(p.a < p.b).toBe(true);
  });
});
