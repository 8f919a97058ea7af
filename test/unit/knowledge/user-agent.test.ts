import { describe, expect, it } from 'vitest';
import { PROJECT_CONTACT, wikimediaUserAgent } from '../../../src/knowledge/user-agent';

describe('wikimediaUserAgent', () => {
  it("names the client, its version and the project's contact, as Wikimedia's policy asks", () => {
    const ua = wikimediaUserAgent('0.1.0');
    expect(ua).toMatch(/^Backstory\/0\.1\.0 \(/);
    expect(ua).toContain(PROJECT_CONTACT);
    const contact = /\(([^;)]+);/.exec(ua)?.[1] ?? '';
    expect(contact).toMatch(/^(https?:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/);
  });

  it('takes a URL or an e-mail address as the contact, and nothing else', () => {
    expect(wikimediaUserAgent('1.2.3', 'https://example.org/backstory')).toBe(
      'Backstory/1.2.3 (https://example.org/backstory; browser extension, news context cards)',
    );
    expect(wikimediaUserAgent('1.2.3', 'team@example.org')).toContain('(team@example.org;');
    expect(() => wikimediaUserAgent('1.2.3', 'news context cards')).toThrow(/URL or an e-mail/);
    expect(() => wikimediaUserAgent('1.2.3', 'javascript:alert(1)')).toThrow(/URL or an e-mail/);
  });
});
