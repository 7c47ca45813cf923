import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { quoteAt, reanchor } from '../../src/ingest/anchors.js';
import { loadRawSections, reportPath } from '../../src/ingest/report.js';
import {
  decodeText,
  reportSectionMarkers,
  sourceIdOf,
  splitSourceText,
} from '../../src/ingest/source-text.js';
import { normalise } from '../../src/model/sources.js';

/** A new source's text cut into sections (addSource), and passages placed again in a new edition. */

const ok = (text: string, markers?: Array<{ name: string; marker: string }>) => {
  const r = splitSourceText(text, markers);
  if (!('ok' in r)) throw new Error(JSON.stringify(r.problems));
  return r.ok;
};
const problems = (text: string, markers?: Array<{ name: string; marker: string }>) => {
  const r = splitSourceText(text, markers);
  return 'problems' in r ? r.problems : [];
};

describe('cutting a text into sections', () => {
  it('by Markdown headings (the text before the first is OPENING), else one section TEXT', () => {
    const md = ok('Title page\n# One\nFirst  part,\nwrapped.\n## Two ##\nSecond.');
    expect(md.sectionNames).toEqual(['OPENING', 'One', 'Two']);
    expect(md.sectionTexts).toEqual(['Title page', 'First part, wrapped.', 'Second.']);
    expect(ok('No headings at all.').sectionNames).toEqual(['TEXT']);
    expect(ok('x').sha256).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });

  it('by markers in order, the first section from the start; the report by its own markers as the seed cuts it', () => {
    const t = ok('PREFACE text CHAPTER ONE one CHAPTER TWO two', [
      { name: 'P', marker: 'PREFACE' },
      { name: 'C1', marker: 'CHAPTER ONE' },
      { name: 'C2', marker: 'CHAPTER TWO' },
    ]);
    expect(t.sectionTexts).toEqual(['PREFACE text', 'CHAPTER ONE one', 'CHAPTER TWO two']);
    const report = ok(readFileSync(reportPath(), 'utf8'), reportSectionMarkers());
    expect(report.sectionTexts).toEqual([...loadRawSections().values()].map(normalise));
  });

  it('refuses empty and binary texts, unknown or out-of-order markers and twice-used names, saying which', () => {
    expect(problems(' \n\t')).toEqual([
      { field: 'text', message: expect.stringMatching(/empty/) as unknown },
    ]);
    expect(problems('GIF89a\u0001\u0000')[0]!.message).toMatch(
      /looks binary \(control character U\+0001 at offset 6\)/,
    );
    // U+FFFD is a text's (the report's bullets are): normalising makes it a space.
    expect(problems('a \uFFFD bullet')).toEqual([]);
    expect(
      problems('A b', [
        { name: 'A', marker: 'A' },
        { name: 'Z', marker: 'ZZ' },
      ])[0]!.message,
    ).toMatch(/unknown section marker "ZZ" \(section "Z"\): the text does not hold it$/);
    expect(
      problems('B then A', [
        { name: 'A', marker: 'A' },
        { name: 'B', marker: 'B' },
      ])[0]!.message,
    ).toMatch(/in the order the sections stand/);
    expect(problems('# Notes\na\n# Notes\nb')[0]).toEqual({
      field: 'sections',
      message: expect.stringMatching(/"Notes" stands twice/) as unknown,
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x00]))).toEqual({
      problem: expect.stringMatching(/not UTF-8 text/) as unknown,
    });
    expect(decodeText(new TextEncoder().encode('plain'))).toEqual({ text: 'plain' });
  });

  it('makes an id of the title', () => {
    expect(sourceIdOf('ICAT 2020 Chairs’ Report: São Paulo')).toBe(
      'source:icat-2020-chairs-report-sao-paulo',
    );
  });
});

describe('re-anchoring a passage in a new edition', () => {
  const old = 'Alpha met Beta. The Group met in Vienna. Gamma met Beta.';
  const at = (exact: string, text = old) => {
    const start = text.indexOf(exact);
    return { section: 'S', start, ...quoteAt(text, start, start + exact.length) };
  };

  it('stays where it stood, else moves to the exact quote whose context agrees best', () => {
    expect(reanchor(at('The Group met in Vienna.'), new Map([['S', old]]))).toMatchObject({
      state: 'EXACT',
      start: 16,
    });
    const passage = at('met Beta', old.replace('Alpha met Beta', 'Alpha met Beta')); // the first of two
    const second = { ...at('Gamma met Beta.'), exact: 'met Beta', prefix: 'Vienna. Gamma ', suffix: '.' };
    const moved = `New opening. ${old}`;
    expect(reanchor(passage, new Map([['S', moved]]))).toMatchObject({ state: 'MOVED', start: 19 });
    expect(reanchor(second, new Map([['S', moved]]))).toMatchObject({
      state: 'MOVED',
      start: moved.lastIndexOf('met Beta'),
    });
  });

  it('finds it in another section, else approximately, else calls it an orphan', () => {
    expect(
      reanchor(
        at('The Group met in Vienna.'),
        new Map([
          ['S', 'gone'],
          ['T', 'The Group met in Vienna.'],
        ]),
      ),
    ).toMatchObject({ state: 'MOVED', section: 'T', start: 0 });
    const approx = reanchor(
      at('The Group met in Vienna.'),
      new Map([['S', 'Alpha met Beta. The Group met at Vienna. Gamma.']]),
    );
    expect(approx).toMatchObject({ state: 'APPROXIMATE', exact: 'The Group met at Vienna.' });
    expect(
      reanchor(at('The Group met in Vienna.'), new Map([['S', 'Nothing of the kind is said here at all.']])),
    ).toEqual({ state: 'ORPHANED' });
    // Never placed before (seeded without the text): found by its quote.
    expect(
      reanchor(
        { section: 'S', start: null, exact: 'Gamma met Beta.', prefix: '', suffix: '' },
        new Map([['S', old]]),
      ),
    ).toMatchObject({ state: 'MOVED', start: 41 });
  });
});
