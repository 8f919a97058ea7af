// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeResult, LinkedEntity } from '../../../src/knowledge/types';
import { KNOWLEDGE_CSS, KnowledgeSection } from '../../../src/ui/knowledge';

const entity: LinkedEntity = {
  qid: 'Q90000006',
  name: 'Mustafa Al-Kadhimi',
  description: 'Prime Minister of Iraq from 2020 to 2022',
  extract: 'Mustafa Al-Kadhimi is an Iraqi politician.',
  thumbnail: {
    url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/c/c3/K.jpg/320px-K.jpg',
    width: 320,
    height: 400,
  },
  facts: [
    { kind: 'born', label: 'Born', value: '', when: '1967' },
    { kind: 'position', label: 'Position', value: 'Prime Minister of Iraq', when: 'May 2020 – Oct 2022' },
  ],
  thenAndNow: 'At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022.',
  source: {
    url: 'https://en.wikipedia.org/wiki/Mustafa_Al-Kadhimi',
    title: 'Mustafa Al-Kadhimi',
    wikidataUrl: 'https://www.wikidata.org/wiki/Q90000006',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
};

let root: HTMLElement;
function show(result: KnowledgeResult, onChoose = vi.fn(), published: string | null = '2020-10-09') {
  root = document.createElement('div');
  document.body.append(root);
  render(<KnowledgeSection result={result} published={published} onChoose={onChoose} />, root);
  return onChoose;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('KnowledgeSection', () => {
  it('shows a linked entity: name, description, thumbnail without referrer, then-and-now, extract, facts, source and licence', () => {
    show({ status: 'linked', query: 'Kadhimi', entity, confidence: 0.9, chosenByReader: false, alternatives: [] });
    expect(root.querySelector('.bs-k-name')?.textContent).toBe('Mustafa Al-Kadhimi');
    expect(root.querySelector('.bs-k-desc')?.textContent).toBe('Prime Minister of Iraq from 2020 to 2022');
    const img = root.querySelector('img.bs-k-thumb');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img?.getAttribute('src')).toBe(entity.thumbnail!.url);
    expect(img?.getAttribute('alt')).toBe('');
    expect(root.querySelector('.bs-k-then')?.textContent).toBe(entity.thenAndNow);
    expect(root.querySelector('.bs-k-extract')?.textContent).toBe(entity.extract);
    expect([...root.querySelectorAll('.bs-k-facts dt')].map((e) => e.textContent)).toEqual(['Born', 'Position']);
    expect([...root.querySelectorAll('.bs-k-facts dd')].map((e) => e.textContent)).toEqual([
      '1967',
      'Prime Minister of Iraq (May 2020 – Oct 2022)',
    ]);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.bs-k-source a')];
    expect(links.map((a) => a.textContent)).toEqual(['Wikipedia: Mustafa Al-Kadhimi', 'CC BY-SA 4.0']);
    expect(links.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).toBe(true);
    expect(root.querySelector('.bs-k-alts')).toBeNull();
  });

  it('renders hostile strings as text and drops unsafe links and images', () => {
    const hostile: LinkedEntity = {
      ...entity,
      name: '<img src=x onerror=alert(1)>',
      description: '<script>alert(2)</script>',
      extract: '<b>bold</b>',
      thumbnail: { url: 'https://tracker.example/pixel.gif', width: 1, height: 1 },
      source: { ...entity.source, url: 'javascript:alert(3)' },
    };
    show({ status: 'linked', query: 'x', entity: hostile, confidence: 0.9, chosenByReader: false, alternatives: [] });
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.bs-k-name')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('.bs-k-source')?.textContent).toContain('Wikipedia: Mustafa Al-Kadhimi');
  });

  it('offers the candidates when unsure, and reports the pick', () => {
    const onChoose = show({
      status: 'uncertain',
      query: 'Hussein',
      candidates: [
        { qid: 'Q1316', label: 'Saddam Hussein', description: 'President of Iraq from 1979 to 2003', score: 4.7 },
        { qid: 'Q90000003', label: 'Hussein of Jordan', description: 'King of Jordan from 1952 to 1999', score: 2.6 },
      ],
    });
    expect(root.querySelector('.bs-k-note')?.textContent).toBe(
      'Not sure which “Hussein” this article (Oct 2020) means — which one?',
    );
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button.bs-k-pick')];
    expect(buttons.map((b) => b.querySelector('.bs-k-pick-label')?.textContent)).toEqual([
      'Saddam Hussein',
      'Hussein of Jordan',
    ]);
    buttons[1]!.click();
    expect(onChoose).toHaveBeenCalledWith('Q90000003');
  });

  it('lets the reader correct a confident link, unless they chose it', () => {
    const alternatives = [{ qid: 'Q90000002', label: 'Fuad Hussein', description: 'Egyptian footballer', score: 4.6 }];
    const onChoose = show({
      status: 'linked',
      query: 'Fuad Hussein',
      entity,
      confidence: 0.9,
      chosenByReader: false,
      alternatives,
    });
    expect(root.querySelector('.bs-k-alts summary')?.textContent).toBe('Not the right one?');
    root.querySelector<HTMLButtonElement>('.bs-k-alts button')!.click();
    expect(onChoose).toHaveBeenCalledWith('Q90000002');
    render(null, root);
    show({ status: 'linked', query: 'Fuad Hussein', entity, confidence: 1, chosenByReader: true, alternatives });
    expect(root.querySelector('.bs-k-alts')).toBeNull();
  });

  it('says when nothing was found, and when Wikipedia could not be reached', () => {
    show({ status: 'none', query: 'Zzyzx' });
    expect(root.textContent).toContain('No Wikipedia entry found for “Zzyzx”.');
    render(null, root);
    show({ status: 'offline-error', query: 'Kadhimi', reason: 'offline' }, vi.fn(), null);
    expect(root.querySelector('.bs-k-note')?.textContent).toMatch(/could not be reached/);
  });

  it('shows a Wikidata-only card with its own licence and no extract', () => {
    show({
      status: 'linked',
      query: 'x',
      entity: {
        ...entity,
        extract: '',
        thumbnail: null,
        source: { ...entity.source, licence: 'CC0', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      },
      confidence: 0.9,
      chosenByReader: false,
      alternatives: [],
    });
    expect(root.querySelector('.bs-k-extract')).toBeNull();
    expect(root.querySelector('.bs-k-source')?.textContent).toBe('Wikidata: Mustafa Al-Kadhimi · CC0');
  });

  it('exports its styles, all under the bs-k- prefix', () => {
    const selectors = KNOWLEDGE_CSS.match(/^\s*\.[^{]+\{/gm) ?? [];
    expect(selectors.length).toBeGreaterThan(5);
    expect(selectors.every((s) => s.split(',').every((part) => part.trim().startsWith('.bs-k')))).toBe(true);
  });
});
