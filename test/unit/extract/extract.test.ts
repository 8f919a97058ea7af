// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/analysis/extract/readable-article';
import { readMetadata } from '../../../src/analysis/extract/metadata';
import { piecesOf } from '../../../src/analysis/extract/text-map';

const para = (s: string) => `<p>${s}</p>`;
const BODY = [
  'BAGHDAD — Iraqi Foreign Minister <a href="/fh">Fuad Hussein</a> returned on Monday from a two-day visit to Tehran, where he met the main Iranian leaders and discussed economic ties between the two neighbours.',
  'The visit came a week after Washington warned Baghdad that it could close its embassy, a step that officials said would be widely read in the region as an escalation. The warning was first reported on a local news site.',
  'Prime Minister Mustafa al-Kadhimi, who took office in May, has promised to rein in the armed groups. Kadhimi was received at the White House in August by President Donald Trump, and he is expected to travel to Europe next month.',
  'Analysts in the capital say the government has little room to manoeuvre before the election. Some say the armed groups are stronger than ever, while others argue that the prime minister has quietly won allies in the security forces.',
]
  .map(para)
  .join('\n');

function page(extra = ''): Document {
  const html = `<!doctype html><html lang="en"><head><title>Minister back from Tehran | News</title>
  <link rel="canonical" href="https://news.example/world/minister-back">
  <meta property="article:published_time" content="2020-10-05T08:00:00Z">
  <meta property="og:site_name" content="Example News"></head>
  <body><header><nav><a href="/">Home</a> <a href="/world">World news about Fuad Hussein</a></nav></header>
  <article><h1>Minister back from Tehran</h1>${BODY}
  <form><input value="Fuad Hussein"><textarea>Kadhimi</textarea></form>${extra}</article>
  <footer>Copyright Example News</footer></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('article extraction', () => {
  it('finds the article text, metadata and canonical URL', () => {
    const a = extractArticle(page(), 'https://news.example/world/minister-back?utm_source=feed#top')!;
    expect(a.title).toBe('Minister back from Tehran');
    expect(a.url).toBe('https://news.example/world/minister-back');
    expect(a.published).toBe('2020-10-05T08:00:00.000Z');
    expect(a.site).toBe('Example News');
    expect(a.map.text).toContain('Iraqi Foreign Minister Fuad Hussein returned on Monday');
    expect(a.map.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    expect(a.map.text).not.toContain('Home');
    expect(a.map.text).not.toContain('Copyright');
  });

  it('ties every character of the text to a live text node of the page', () => {
    const doc = page();
    const a = extractArticle(doc, 'https://news.example/x')!;
    for (let i = 0; i < a.map.nodes.length; i++) {
      expect(a.map.nodes[i]!.ownerDocument).toBe(doc);
      expect(doc.contains(a.map.nodes[i]!)).toBe(true);
    }
    const start = a.map.text.indexOf('Fuad Hussein');
    const pieces = piecesOf(a.map, start, start + 'Fuad Hussein'.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('Fuad Hussein');
    expect(pieces[0]!.node.parentElement!.tagName).toBe('A');
  });

  it('never reads form fields, code or graphics', () => {
    const doc = page('<pre><code>const KadhimiCode = 1;</code></pre><svg><text>SvgName Salih</text></svg>');
    const a = extractArticle(doc, 'https://news.example/x')!;
    expect(a.map.text).not.toContain('KadhimiCode');
    expect(a.map.text).not.toContain('SvgName');
    for (const node of a.map.nodes) expect(node.parentElement!.closest('form, input, textarea, code, svg')).toBeNull();
  });

  it('collapses source whitespace but keeps offsets exact', () => {
    const doc = new DOMParser().parseFromString(
      `<html><body><article>${para('Gunmen   opened\n      fire on visitors at the museum on Wednesday, killing at least nineteen people and wounding dozens more in the capital city.')}${BODY}</article></body></html>`,
      'text/html',
    );
    const a = extractArticle(doc, 'https://news.example/x')!;
    expect(a.map.text.startsWith('Gunmen opened fire')).toBe(true);
    const s = a.map.text.indexOf('opened fire');
    const [piece] = piecesOf(a.map, s, s + 'opened fire'.length);
    expect(piece!.node.data.slice(piece!.start, piece!.end)).toBe('opened\n      fire');
  });
});

describe('metadata', () => {
  it('reads JSON-LD @graph dates and <time> when meta tags are missing', () => {
    const ld = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2019-03-02T10:00:00+01:00"}]}</script></head><body></body></html>`,
      'text/html',
    );
    expect(readMetadata(ld, 'https://a.example/').published).toBe('2019-03-02T09:00:00.000Z');
    const time = new DOMParser().parseFromString(
      `<html><body><article><time datetime="2018-07-01">July 1</time></article></body></html>`,
      'text/html',
    );
    expect(readMetadata(time, 'https://a.example/').published).toBe('2018-07-01');
    const broken = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">{not json</script><link rel="canonical" href="javascript:alert(1)"></head></html>`,
      'text/html',
    );
    const m = readMetadata(broken, 'https://www.a.example/p');
    expect(m.published).toBeNull();
    expect(m.canonicalUrl).toBeNull();
    expect(m.site).toBe('a.example');
  });
});
