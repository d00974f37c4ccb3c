// The post-build rewrite that makes one build work at any base path and from file://: every
// site-absolute URL becomes relative to its page, directory links name index.html, and nothing
// else in the page changes — not text that merely looks like an attribute.
import { describe, expect, it } from 'vitest';
import { relativeUrl, relativizeHtml } from '../../src/lib/relative-urls';

describe('relativeUrl', () => {
  it.each([
    ['/regulations/x/', 'index.html', '/', 'regulations/x/index.html'],
    ['/', 'regulations/x/index.html', '/', '../../index.html'],
    ['/_astro/a.css', 'regulations/x/index.html', '/', '../../_astro/a.css'],
    ['/regulations/x/#art-3', 'regulations/x/index.html', '/', 'index.html#art-3'],
    ['/regulations/y/?q=1#a', 'regulations/x/index.html', '/', '../y/index.html?q=1#a'],
    ['/zgzsk/guides/', 'regulations/x/index.html', '/zgzsk/', '../../guides/index.html'],
    ['/zgzsk/', '404.html', '/zgzsk/', 'index.html'],
  ])('%s from %s (base %s) → %s', (url, page, base, expected) => {
    expect(relativeUrl(url, page, base)).toBe(expected);
  });
  it('leaves other origins, other bases, fragments and relative URLs alone', () => {
    for (const url of ['https://x.cn/', '//cdn.x/a.js', '#art-3', 'x/index.html', '/other/']) expect(relativeUrl(url, 'a/index.html', '/zgzsk/')).toBeNull();
  });
  it('keeps the root a directory for data-root', () => {
    expect(relativeUrl('/', 'regulations/x/index.html', '/', true)).toBe('../../');
    expect(relativeUrl('/', 'index.html', '/', true)).toBe('./');
  });
});

describe('relativizeHtml', () => {
  it('rewrites URL attributes only, keeping every other byte', () => {
    const html = '<!DOCTYPE html><html data-root="/"><head><link rel="stylesheet" href="/_astro/a.css"><script src="/_zgzsk/s.js" data-src="/_zgzsk/t.js" defer></script></head>'
      + '<body><a href="/guides/?a=1&amp;b=2">指南</a><form action="/search/"></form><p>写作 href="/guides/" 的一段文字 &amp; 符号</p><a href="#x">本页</a></body></html>';
    expect(relativizeHtml(html, 'regulations/x/index.html', '/')).toBe(
      '<!DOCTYPE html><html data-root="../../"><head><link rel="stylesheet" href="../../_astro/a.css"><script src="../../_zgzsk/s.js" data-src="../../_zgzsk/t.js" defer></script></head>'
        + '<body><a href="../../guides/index.html?a=1&amp;b=2">指南</a><form action="../../search/index.html"></form><p>写作 href="/guides/" 的一段文字 &amp; 符号</p><a href="#x">本页</a></body></html>',
    );
  });
});
