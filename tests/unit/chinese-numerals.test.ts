import { describe, expect, it } from 'vitest';
import {
  numberedLabel,
  parseChineseNumeral,
  toChineseNumeral,
} from '../../src/lib/chinese-numerals';

const PAIRS: Array<[string, number]> = [
  ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十六', 26],
  ['九十九', 99], ['一百', 100], ['一百零一', 101], ['一百一十', 110], ['一百一十一', 111],
  ['一百九十九', 199], ['二百', 200], ['二百零五', 205], ['九百九十九', 999], ['一千', 1000],
  ['一千零一', 1001], ['一千零一十', 1010], ['一千一百', 1100], ['一千零一十一', 1011], ['九千九百九十九', 9999],
];

describe('toChineseNumeral', () => {
  it.each(PAIRS)('writes %s for %i', (text, n) => {
    expect(toChineseNumeral(n)).toBe(text);
  });
  it('rejects numbers it cannot write', () => {
    for (const bad of [0, -1, 1.5, 10000, Number.NaN]) {
      expect(() => toChineseNumeral(bad)).toThrow(RangeError);
    }
  });
});

describe('parseChineseNumeral', () => {
  it.each(PAIRS)('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });
  it('round-trips every number from 1 to 9999', () => {
    for (let n = 1; n <= 9999; n++) {
      expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
    }
  });
  it('accepts the variants regulations and people write', () => {
    expect(parseChineseNumeral('一十二')).toBe(12);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseChineseNumeral('一千零十')).toBe(1010);
    expect(parseChineseNumeral('26')).toBe(26);
  });
  it.each(['', '零', '零一', '一零', '十十', '百', '一二', '一百一', '一百零十', '十零一', '一百零', 'abc', '二十a', '0', '-3'])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );
});

describe('numbered labels', () => {
  it('writes labels', () => {
    expect(numberedLabel(26, '条')).toBe('第二十六条');
    expect(numberedLabel(101, '条')).toBe('第一百零一条');
    expect(numberedLabel(3, '章')).toBe('第三章');
  });
  it('writes numbers past 9999 in digits (they only appear in messages about bad input)', () => {
    expect(numberedLabel(10000, '条')).toBe('第10000条');
  });
});
