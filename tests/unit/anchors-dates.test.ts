import { describe, expect, it } from 'vitest';
import { articleId, chapterId, parseAnchorId, sectionId } from '../../src/lib/anchors';
import { formatChineseDate, isPartialDate } from '../../src/lib/dates';
import { entryPath, normalizeBase, termPath } from '../../src/lib/routes';

describe('anchor ids', () => {
  it('are ASCII and derived from the number', () => {
    expect(articleId(26)).toBe('art-26');
    expect(chapterId(3)).toBe('ch-3');
    expect(sectionId(3, 2)).toBe('ch-3-sec-2');
  });
  it('read back only well-formed ids', () => {
    expect(parseAnchorId('art-101')).toEqual({ kind: 'art', n: 101 });
    expect(parseAnchorId('ch-12')).toEqual({ kind: 'ch', n: 12 });
    for (const bad of ['art-0', 'art-01', 'art-', 'sec-2', 'art-2x', '第二条']) expect(parseAnchorId(bad)).toBeNull();
  });
});

describe('partial dates', () => {
  it.each(['2019', '2019-03', '2019-03-17', '2024-02-29'])('accepts %s', (d) => expect(isPartialDate(d)).toBe(true));
  it.each(['2019-13-01', '2019-02-30', '2023-02-29', '2019-3-17', '19-03-17', '2019/03/17', '2019-00', '', 'abc'])(
    'rejects %j',
    (d) => expect(isPartialDate(d)).toBe(false),
  );
  it('formats in Chinese at the precision given', () => {
    expect(formatChineseDate('2019-03-17')).toBe('2019年3月17日');
    expect(formatChineseDate('2014-01')).toBe('2014年1月');
    expect(formatChineseDate('1995')).toBe('1995年');
    expect(() => formatChineseDate('March 2019')).toThrow();
  });
});

describe('routes', () => {
  it('respect a deployment base path', () => {
    expect(normalizeBase('/zgzsk')).toBe('/zgzsk/');
    expect(normalizeBase('')).toBe('/');
    expect(entryPath('/zgzsk/', 'regulations', 'xuanba-renyong')).toBe('/zgzsk/regulations/xuanba-renyong/');
    expect(termPath('/', 'fan-ti-si-bi')).toBe('/glossary/#term-fan-ti-si-bi');
  });
});
