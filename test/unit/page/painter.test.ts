// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/analysis/extract/readable-article';
import { MarkPainter } from '../../../src/page/marks/painter';
import { MarkRegistry } from '../../../src/page/marks/registry';

const ARTICLE = `<html><body><article>
<p>US Secretary of State <b>Mike</b> Pompeo warned Iraqi President Barham Salih that Washington could close its embassy in Baghdad, officials said on Sunday after a week of attacks.</p>
<p>Pompeo repeated the warning to Prime Minister Mustafa al-Kadhimi over the weekend, according to people familiar with the calls, and the embassy began preparing for a withdrawal.</p>
<p>Shiite leader Moqtada al-Sadr called on armed groups to avoid an escalation that would bring war back to the country, in a statement that many in Baghdad read as a warning.</p>
</article></body></html>`;

function setup() {
  document.documentElement.innerHTML = ARTICLE.replace(/^<html>|<\/html>$/g, '');
  const article = extractArticle(document, 'https://news.example/a')!;
  const registry = new MarkRegistry();
  return { article, registry, painter: new MarkPainter(document, registry) };
}

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, quiet: true, label: needle };
};

const textNodes = () => {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
};

describe('painting marks', () => {
  it('wraps ranges, even across elements, without changing the text of the page', async () => {
    const { article, painter } = setup();
    const before = document.body.textContent;
    const t = article.map.text;
    await painter.paint(
      article.map,
      [
        { ...at(t, 'Mike Pompeo'), kind: 'entity', key: 'person:mike-pompeo', type: 'PERSON', quiet: false },
        { ...at(t, 'Barham Salih'), kind: 'entity', key: 'person:barham-salih', type: 'PERSON' },
        { ...at(t, 'officials said'), kind: 'attribution', category: 'ANON_SOURCE' },
        // A saved highlight overlapping an entity and an attribution: both stay, nested.
        { ...at(t, 'Salih that Washington'), kind: 'saved', id: 'h1' },
      ],
      'light',
    );
    expect(document.body.textContent).toBe(before);
    const pompeo = [...document.querySelectorAll('[data-bs-key="person:mike-pompeo"]')];
    expect(pompeo.map((m) => m.textContent).join('')).toBe('Mike Pompeo');
    // One control per mark: its first piece is the Tab stop and the button; "Pompeo" is plain text in it.
    expect(pompeo.map((m) => [m.getAttribute('tabindex'), m.getAttribute('role')])).toEqual([
      ['0', 'button'],
      [null, null],
    ]);
    expect(pompeo[0]!.getAttribute('aria-haspopup')).toBe('dialog');
    expect(pompeo[0]!.getAttribute('aria-label')).toBe('Mike Pompeo');
    // A quiet mention is plain text for the keyboard and screen readers.
    const salih = document.querySelector('[data-bs-key="person:barham-salih"]')!;
    expect([salih.className, salih.getAttribute('tabindex'), salih.getAttribute('role')]).toEqual([
      'bs-mark bs-entity bs-person bs-quiet',
      null,
      null,
    ]);
    expect(document.querySelector('[data-bs-category="ANON_SOURCE"]')!.textContent).toBe('officials said');
    expect([...document.querySelectorAll('[data-bs-kind="saved"]')].map((m) => m.textContent).join('')).toBe(
      'Salih that Washington',
    );
    expect(document.querySelector('[data-bs-type="PERSON"].bs-person')).not.toBeNull();
  });

  it('registers every mark: the registry, not the DOM, says what a mark is', async () => {
    const { article, painter, registry } = setup();
    const t = article.map.text;
    await painter.paint(
      article.map,
      [
        { ...at(t, 'Barham Salih'), kind: 'entity', key: 'person:barham-salih', type: 'PERSON' },
        { ...at(t, 'Salih that Washington'), kind: 'saved', id: 'h1' },
      ],
      'light',
    );
    const salih = document.querySelector('[data-bs-key="person:barham-salih"]')!;
    // The innermost mark holding the pointer's target wins: "Salih" is in the saved highlight too.
    expect(registry.markAt(salih.firstChild)!.spec).toMatchObject({ kind: 'entity', key: 'person:barham-salih' });
    expect(registry.markAt(salih.querySelector('[data-bs-kind="saved"]'))!.spec).toMatchObject({ kind: 'saved' });
    // A page element dressed up as a mark is not one.
    const fake = Object.assign(document.createElement('span'), { className: 'bs-mark' });
    fake.dataset.bsKind = 'entity';
    document.querySelector('p')!.append(fake);
    expect(registry.markAt(fake)).toBeNull();
    expect(registry.all('entity').map((m) => m.element.textContent)).toEqual(['Barham Salih']);
  });

  it('clears marks of one kind, or all, leaving the text as it was', async () => {
    const { article, painter, registry } = setup();
    const before = document.body.textContent;
    const t = article.map.text;
    await painter.paint(
      article.map,
      [
        { ...at(t, 'Pompeo', 60), kind: 'entity', key: 'person:mike-pompeo', type: 'PERSON' },
        { ...at(t, 'repeated the warning'), kind: 'saved', id: 'h2' },
      ],
      'light',
    );
    painter.clear('saved');
    expect(document.querySelectorAll('[data-bs-kind="saved"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-bs-kind="entity"]')).toHaveLength(1);
    expect(registry.all()).toHaveLength(1);
    // The map followed the splits: painting again after clearing still lands on the right words.
    await painter.paint(
      article.map,
      [{ ...at(t, 'Moqtada al-Sadr'), kind: 'entity', key: 'person:moqtada-al-sadr', type: 'PERSON' }],
      'light',
    );
    expect(document.querySelector('[data-bs-key="person:moqtada-al-sadr"]')!.textContent).toBe('Moqtada al-Sadr');
    painter.clear();
    expect(document.querySelectorAll('.bs-mark')).toHaveLength(0);
    expect(registry.all()).toHaveLength(0);
    expect(document.body.textContent).toBe(before);
  });

  it('gives every shown mark one Tab stop, never inside another: a mark opening with a name gets it after the name', async () => {
    const { article, painter, registry } = setup();
    const t = article.map.text;
    await painter.paint(
      article.map,
      [
        { ...at(t, 'Washington'), kind: 'entity', key: 'place:washington', type: 'PLACE', quiet: false },
        { ...at(t, 'Washington could close'), kind: 'attribution', category: 'ANON_SOURCE', quiet: false },
      ],
      'light',
    );
    const controls = [...document.querySelectorAll('[role="button"]')];
    expect(controls.map((c) => [c.getAttribute('data-bs-kind'), c.textContent, c.getAttribute('tabindex')])).toEqual([
      ['entity', 'Washington', '0'],
      ['attribution', ' could close', '0'],
    ]);
    expect(controls.every((c) => !c.parentElement!.closest('[role="button"]'))).toBe(true);
    // Features looking the attribution up find its control first.
    const attribution = registry.find((m) => m.kind === 'attribution')!;
    expect(attribution.element).toBe(controls[1]);
  });

  it('restores the page: its text nodes are whole again, as before any mark', async () => {
    const { article, painter } = setup();
    const before = textNodes().map((n) => [n, n.data] as const);
    const t = article.map.text;
    await painter.paint(
      article.map,
      [
        { ...at(t, 'Barham Salih'), kind: 'entity', key: 'person:barham-salih', type: 'PERSON' },
        { ...at(t, 'Salih that Washington'), kind: 'saved', id: 'h1' },
        { ...at(t, 'Baghdad', 200), kind: 'entity', key: 'place:baghdad', type: 'PLACE' },
      ],
      'light',
    );
    expect(textNodes().length).toBeGreaterThan(before.length);
    painter.restore();
    expect(textNodes().map((n) => [n, n.data] as const)).toEqual(before);
  });

  it('knows its own nodes, so the mutation observer can ignore them', async () => {
    const { article, painter } = setup();
    await painter.paint(
      article.map,
      [{ ...at(article.map.text, 'Baghdad'), kind: 'entity', key: 'place:baghdad', type: 'PLACE' }],
      'light',
    );
    const mark = document.querySelector('.bs-mark')!;
    expect(painter.isOurs(mark)).toBe(true);
    expect(painter.isOurs(document.querySelector('p')!)).toBe(false);
  });
});
