import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizeUrl, pageKey } from '../../../src/highlights/index.ts';

describe('normalizeUrl', () => {
  it('drops tracking parameters and the fragment', () => {
    expect(
      normalizeUrl(
        'https://www.harbour-times.example/news/2026/11/flood-barrier?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc#comments',
      ),
    ).toBe('https://www.harbour-times.example/news/2026/11/flood-barrier');
    expect(normalizeUrl('https://news.example/a?gclid=1&mc_cid=2&mc_eid=3&_ga=4&CMP=share_btn_tw&at_medium=RSS')).toBe(
      'https://news.example/a',
    );
  });

  it('keeps parameters that identify the page, in a stable order', () => {
    expect(normalizeUrl('https://news.example/article.php?page=2&id=1234&utm_campaign=x')).toBe(
      'https://news.example/article.php?id=1234&page=2',
    );
    expect(normalizeUrl('https://news.example/story?id=1234&page=2')).toBe(
      normalizeUrl('https://news.example/story?page=2&id=1234'),
    );
    // Repeated parameters keep their relative order; bare keys stay bare.
    expect(normalizeUrl('https://news.example/s?tag=b&tag=a&amp')).toBe('https://news.example/s?amp&tag=b&tag=a');
  });

  it('lowercases the host, drops default ports, credentials and a trailing dot', () => {
    expect(normalizeUrl('HTTPS://user:secret@News.Example.:443/Politics/Story')).toBe(
      'https://news.example/Politics/Story',
    );
    expect(normalizeUrl('http://news.example:80/a')).toBe('http://news.example/a');
    expect(normalizeUrl('http://news.example:8080/a')).toBe('http://news.example:8080/a');
  });

  it('treats a trailing slash as the same page, except for the root', () => {
    expect(normalizeUrl('https://news.example/world/flood-barrier/')).toBe('https://news.example/world/flood-barrier');
    expect(normalizeUrl('https://news.example/world/flood-barrier//')).toBe('https://news.example/world/flood-barrier');
    expect(normalizeUrl('https://news.example')).toBe('https://news.example/');
    expect(normalizeUrl('https://news.example/?utm_source=x')).toBe('https://news.example/');
  });

  it('keeps single-page-app routes in the fragment', () => {
    expect(normalizeUrl('https://app.example/#!/story/42')).toBe('https://app.example/#!/story/42');
    expect(normalizeUrl('https://app.example/#/story/42')).toBe('https://app.example/#/story/42');
    expect(normalizeUrl('https://app.example/story#section-2')).toBe('https://app.example/story');
  });

  it('uppercases percent-escapes so equivalent spellings agree', () => {
    expect(normalizeUrl('https://news.example/caf%c3%a9')).toBe(normalizeUrl('https://news.example/caf%C3%A9'));
    expect(normalizeUrl('https://news.example/café')).toBe('https://news.example/caf%C3%A9');
  });

  it('is idempotent', () => {
    for (const url of [
      'https://News.example/a/b/?z=1&a=2&utm_source=x#top',
      'http://news.example/s?q=flood+barrier&x',
      'https://app.example/#!/story/42',
    ]) {
      const once = normalizeUrl(url)!;
      expect(normalizeUrl(once)).toBe(once);
    }
  });

  it('returns null for anything but an http(s) URL', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'ftp://x.example/',
      'not a url',
      '',
      'about:blank',
    ]) {
      expect(normalizeUrl(url)).toBeNull();
    }
  });
});

describe('isTrackingParam', () => {
  it('matches known trackers case-insensitively and leaves content parameters alone', () => {
    expect(isTrackingParam('utm_content')).toBe(true);
    expect(isTrackingParam('UTM_Source')).toBe(true);
    expect(isTrackingParam('fbclid')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
    expect(isTrackingParam('page')).toBe(false);
    expect(isTrackingParam('q')).toBe(false);
  });
});

describe('pageKey', () => {
  const article = 'https://www.harbour-times.example/news/flood-barrier-vote?utm_source=twitter';

  it('prefers the canonical link, then og:url, then the address', () => {
    expect(pageKey(article, 'https://www.harbour-times.example/news/flood-barrier-vote/', 'https://og.example/x')).toBe(
      'https://www.harbour-times.example/news/flood-barrier-vote',
    );
    expect(pageKey(article, null, 'https://www.harbour-times.example/og-url')).toBe(
      'https://www.harbour-times.example/og-url',
    );
    expect(pageKey(article)).toBe('https://www.harbour-times.example/news/flood-barrier-vote');
  });

  it("ignores a canonical on another site, keeps one on the same site's other hosts", () => {
    const own = 'https://www.harbour-times.example/news/flood-barrier-vote';
    expect(pageKey(article, 'https://www.other-paper.example/news/flood-barrier-vote')).toBe(own);
    expect(pageKey(article, null, 'https://www.other-paper.example/og-url')).toBe(own);
    expect(pageKey(article, 'https://amp.harbour-times.example/news/flood-barrier-vote')).toBe(
      'https://amp.harbour-times.example/news/flood-barrier-vote',
    );
    // Two pages of one hosting service are two sites (the Public Suffix List's private part).
    expect(pageKey('https://mallory.github.io/post', 'https://alice.github.io/diary')).toBe(
      'https://mallory.github.io/post',
    );
    expect(pageKey('http://localhost:8080/a', 'http://127.0.0.1:8080/a')).toBe('http://localhost:8080/a');
  });

  it('resolves a relative canonical against the page', () => {
    expect(pageKey(article, '/news/flood-barrier-vote')).toBe(
      'https://www.harbour-times.example/news/flood-barrier-vote',
    );
  });

  it('ignores canonicals that are not http(s), unparsable, or point an article at the home page', () => {
    expect(pageKey(article, 'javascript:alert(1)')).toBe('https://www.harbour-times.example/news/flood-barrier-vote');
    expect(pageKey(article, 'http://[bad')).toBe('https://www.harbour-times.example/news/flood-barrier-vote');
    expect(pageKey(article, 'https://www.harbour-times.example/')).toBe(
      'https://www.harbour-times.example/news/flood-barrier-vote',
    );
    expect(pageKey('https://www.harbour-times.example/?utm_source=x', 'https://www.harbour-times.example/')).toBe(
      'https://www.harbour-times.example/',
    );
  });

  it('returns null for pages that are not on the web', () => {
    expect(pageKey('about:blank')).toBeNull();
    expect(pageKey('file:///home/me/article.html')).toBeNull();
  });
});
