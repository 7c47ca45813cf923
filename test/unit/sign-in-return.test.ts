import { describe, expect, it } from '@jest/globals';
import { safeReturnPath } from '../../web/curate/sign-in.js';

// Where /curate sends the browser after a sign-in started on /source: a stored value, so checked as hostile.
describe('safeReturnPath', () => {
  const origin = 'http://127.0.0.1:4000';
  it('keeps a /source address on this origin, with its query and fragment', () => {
    expect(safeReturnPath('/source', origin)).toBe('/source');
    expect(safeReturnPath('/source?id=source:icat-chairs-report-2019', origin)).toBe(
      '/source?id=source:icat-chairs-report-2019',
    );
    expect(safeReturnPath('/source/?id=x#passage:1', origin)).toBe('/source/?id=x#passage:1');
  });
  it.each([
    ['another site', 'https://evil.example/source'],
    ['a protocol-relative address', '//evil.example/source'],
    ['a backslash the browser reads as a slash', '/\\evil.example/source'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['another page of this site', '/graphql'],
    ['a path that only starts like /source', '/sourcerer'],
    ['a path climbing out', '/source/../graphql'],
    ['white space', '/source\n'],
    ['no string', 42],
    ['nothing', null],
  ])('refuses %s', (_what, value) => {
    expect(safeReturnPath(value, origin)).toBeNull();
  });
});
