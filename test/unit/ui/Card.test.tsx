// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeResult } from '../../../src/knowledge/types';
import type { EntityHistory } from '../../../src/messages/views';
import { Card, type CardActions } from '../../../src/ui/card/Card';
import type { CardModel, EntityCardModel } from '../../../src/ui/card/model';
import { AXE_TIMEOUT, axeViolations } from './axe';

const history: EntityHistory = {
  key: 'person:hussein/fuad',
  aliases: ['Hussein'],
  roles: [
    { role: 'Foreign Minister', first: '2020-10-05', last: '2021-02-01', articles: 2 },
    { role: 'Finance Minister', first: '2019-01-10', last: '2019-03-01', articles: 1 },
  ],
  earlier: [
    {
      url: 'https://news.example/2019/budget',
      title: 'Iraq passes its budget',
      site: 'News',
      published: '2019-03-01',
      readAt: 1,
      names: ['Fuad Hussein'],
    },
  ],
};

const linked: KnowledgeResult = {
  status: 'linked',
  query: 'Fuad Hussein',
  confidence: 0.9,
  chosenByReader: false,
  alternatives: [{ qid: 'Q2', label: 'Fuad Hussein (footballer)', description: 'Iraqi footballer', score: 0.2 }],
  entity: {
    qid: 'Q1',
    name: 'Fuad Hussein',
    description: 'Iraqi Kurdish politician',
    extract: 'Fuad Hussein is an Iraqi Kurdish politician.',
    thumbnail: null,
    facts: [{ kind: 'position', label: 'Position', value: 'Minister of Foreign Affairs of Iraq', when: 'Jun 2020 –' }],
    thenAndNow: 'At the time of this article (Oct 2020): Minister of Foreign Affairs of Iraq, since Jun 2020.',
    source: {
      url: 'https://en.wikipedia.org/wiki/Fuad_Hussein',
      title: 'Fuad Hussein',
      wikidataUrl: 'https://www.wikidata.org/wiki/Q1',
      licence: 'CC BY-SA 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    },
  },
};

const entity: EntityCardModel = {
  kind: 'entity',
  key: 'person:hussein/fuad',
  name: 'Fuad Hussein',
  type: 'PERSON',
  roles: ['Foreign Minister'],
  names: ['Fuad Hussein', 'Hussein'],
  mentionCount: 3,
  published: '2020-10-05',
  history,
  knowledge: linked,
};

function actions(): CardActions {
  return {
    onNextMention: vi.fn(),
    onChooseCandidate: vi.fn(),
    onSaveMark: vi.fn(),
    onDisableSite: vi.fn(),
    onDeleteHighlight: vi.fn(),
  };
}

let root: HTMLElement;
function show(model: CardModel, a = actions(), { showKey = false, dark = false } = {}) {
  // The overlay's card container: a dialog named by the card's title, in the page's tone.
  root = document.createElement('div');
  root.className = dark ? 'bs-card bs-dark' : 'bs-card';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', 'bs-card-title');
  document.body.append(root);
  render(<Card model={model} actions={a} showKey={showKey} />, root);
  return a;
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the card', { timeout: AXE_TIMEOUT }, () => {
  it("an entity: what this article says, the reader's earlier roles and articles, Wikipedia's background", async () => {
    const a = show(entity);
    expect(root.querySelector('#bs-card-title')!.textContent).toBe('Fuad Hussein');
    const text = root.textContent!;
    expect(text).toContain('Person');
    expect(text).toContain('Mentioned 3 times, also as Hussein.');
    expect(text).toContain('Iraqi Kurdish politician');
    expect(text).toContain('Roles in earlier articles');
    // The role this article gives is not repeated among the earlier ones.
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toContain(
      'Finance Minister (10 Jan 2019 – 1 Mar 2019)',
    );
    expect(text).not.toContain('Foreign Minister (');
    const earlier = root.querySelector<HTMLAnchorElement>('a[href="https://news.example/2019/budget"]')!;
    expect(earlier.textContent).toBe('Iraq passes its budget');
    expect(earlier.rel).toBe('noopener noreferrer');
    button('Next mention').click();
    expect(a.onNextMention).toHaveBeenCalledWith('person:hussein/fuad');
    button('Turn off on this site').click();
    expect(a.onDisableSite).toHaveBeenCalled();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('while it loads, and with look-ups off: the article and history only, no background section', async () => {
    show({ ...entity, knowledge: 'loading', history: 'loading', mentionCount: 1, names: ['Fuad Hussein'] });
    expect(root.textContent).toContain('Looking up background…');
    expect(root.textContent).toContain('Mentioned 1 time.');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Save as highlight',
      'Turn off on this site',
    ]);
    expect(await axeViolations(root)).toEqual([]);
    render(null, root);
    show({ ...entity, knowledge: 'off', history: { ...history, roles: [], earlier: [] } });
    expect(root.textContent).not.toContain('Iraqi Kurdish politician');
    expect(root.textContent).toContain('Not in anything you read before.');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a vague attribution: what is vague and the question to ask', async () => {
    show({
      kind: 'attribution',
      category: 'ANON_SOURCE',
      text: 'officials said',
      explanation: 'The source is not named.',
      question: 'Which officials, and why are they not named?',
    });
    expect(root.querySelector('#bs-card-title')!.textContent).toBe('Anonymous source');
    expect(root.textContent).toContain('“officials said”');
    expect(root.querySelector('.bs-question')!.textContent).toBe('Ask: Which officials, and why are they not named?');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('a saved highlight: the quote, the note, and deleting it', async () => {
    const a = show({ kind: 'saved', id: 'h1', quote: 'in January', note: 'why January?' });
    expect(root.textContent).toContain('“in January”');
    expect(root.textContent).toContain('Note: why January?');
    button('Delete highlight').click();
    expect(a.onDeleteHighlight).toHaveBeenCalledWith('h1');
    expect(await axeViolations(root)).toEqual([]);
  });

  it("puts what the article and the reader's history say first, and Wikipedia's state last", async () => {
    show({ ...entity, knowledge: { status: 'offline-error', reason: 'offline', query: 'Fuad Hussein' } });
    const text = root.textContent!;
    const order = [
      'In this article',
      'Earlier in your reading',
      'Iraq passes its budget',
      'Wikipedia could not be reached',
    ];
    expect(order.map((t) => text.indexOf(t))).toEqual(order.map((t) => text.indexOf(t)).sort((a, b) => a - b));
    expect(order.every((t) => text.includes(t))).toBe(true);
    expect(await axeViolations(root)).toEqual([]);
  });

  it('says what the marks mean and the shortcuts: open on the first card, folded later', async () => {
    const a = show(entity, actions(), { showKey: true });
    const key = root.querySelector('details.bs-key') as HTMLDetailsElement;
    expect(key.open).toBe(true);
    expect(key.querySelector('summary')!.textContent).toBe('Key and shortcuts');
    expect(key.textContent).toContain('a vague attribution');
    expect(key.textContent).toContain('your highlight');
    expect([...key.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(
      expect.arrayContaining(['Tab', 'Enter', 'Esc', 'Alt', 'Shift', 'H', 'B']),
    );
    expect(await axeViolations(root)).toEqual([]);
    button('Save as highlight').click();
    expect(a.onSaveMark).toHaveBeenCalled();
    render(null, root);
    show(entity);
    expect((root.querySelector('details.bs-key') as HTMLDetailsElement).open).toBe(false);
  });

  it('has no accessibility violations in the dark tone either, with every part shown', async () => {
    show(entity, actions(), { showKey: true, dark: true });
    expect(await axeViolations(root)).toEqual([]);
    render(null, root);
    show({ kind: 'saved', id: 'h1', quote: 'in January', note: '' }, actions(), { dark: true });
    // A saved highlight is saved already: no "Save as highlight".
    expect(button('Save as highlight')).toBeUndefined();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('renders every string as text, never as markup', () => {
    show({ ...entity, name: '<img src=x onerror=alert(1)>', roles: ['<b>boss</b>'], knowledge: 'off' });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('#bs-card-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
