import { describe, expect, it } from 'vitest';
import { sameSite, siteOf } from '../../../src/highlights/site.ts';

describe('siteOf / sameSite', () => {
  it('is the registrable domain, with the private suffixes of the Public Suffix List', () => {
    expect(siteOf('https://www.nytimes.com/2020/a.html')).toBe('nytimes.com');
    expect(siteOf('https://news.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(siteOf('https://alice.github.io/')).toBe('alice.github.io');
    expect(sameSite('https://amp.theguardian.com/a', 'https://www.theguardian.com/b')).toBe(true);
    expect(sameSite('https://alice.github.io/', 'https://mallory.github.io/')).toBe(false);
  });

  it('is the host name where there is no registrable domain, and nothing for other schemes', () => {
    expect(siteOf('http://127.0.0.1:4000/a')).toBe('127.0.0.1');
    expect(sameSite('http://127.0.0.1:4000/a', 'http://127.0.0.1:5000/b')).toBe(true);
    expect(sameSite('http://localhost:4000/a', 'http://127.0.0.1:4000/a')).toBe(false);
    expect(siteOf('file:///home/me/page.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
    expect(sameSite('file:///a', 'file:///a')).toBe(false);
  });
});
