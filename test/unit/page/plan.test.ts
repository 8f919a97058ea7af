import { describe, expect, it } from 'vitest';
import type { Attribution, Entity } from '../../../src/analysis/types';
import type { SavedHighlight } from '../../../src/highlights/types';
import { marksFor, paintsTheSame, savedMarks } from '../../../src/page/marks/plan';
import { defaultSettings, mergeSettings } from '../../../src/settings/settings';

const TEXT = 'Fuad Hussein met officials in Baghdad. Hussein said the talks went well, officials said.';
const at = (needle: string, from = 0) => {
  const start = TEXT.indexOf(needle, from);
  return { start, end: start + needle.length, text: needle };
};
const entities: Entity[] = [
  {
    key: 'person:hussein/fuad',
    name: 'Fuad Hussein',
    type: 'PERSON',
    roles: [],
    mentions: [at('Fuad Hussein'), at('Hussein', 20)],
  },
  { key: 'place:baghdad', name: 'Baghdad', type: 'PLACE', roles: [], mentions: [at('Baghdad')] },
];
const attributions: Attribution[] = [
  { ...at('officials said'), category: 'ANON_SOURCE', explanation: 'Unnamed.', question: 'Who?' },
];

describe('which marks to paint', () => {
  it('every mention of each entity the settings allow, the first one reachable with Tab, and the attributions', () => {
    const marks = marksFor({ entities, attributions }, defaultSettings());
    expect(marks.map((m) => [m.kind, TEXT.slice(m.start, m.end), m.focusable])).toEqual([
      ['entity', 'Fuad Hussein', true],
      ['entity', 'Hussein', false],
      ['entity', 'Baghdad', true],
      ['attribution', 'officials said', true],
    ]);
    expect(marks[0]).toMatchObject({ key: 'person:hussein/fuad', type: 'PERSON', label: 'Fuad Hussein: background' });
    expect(marks[3]).toMatchObject({ category: 'ANON_SOURCE', label: 'Vague attribution: officials said' });
  });

  it('leaves out the entity types and attribution categories the reader turned off', () => {
    const settings = mergeSettings(defaultSettings(), {
      entityTypes: { PLACE: false },
      attributionCategories: { ANON_SOURCE: false },
    });
    expect(marksFor({ entities, attributions }, settings).map((m) => TEXT.slice(m.start, m.end))).toEqual([
      'Fuad Hussein',
      'Hussein',
    ]);
  });

  it('repaints only for settings that change what is marked', () => {
    const base = defaultSettings();
    expect(paintsTheSame(base, mergeSettings(base, { lookups: false, onboarded: true }))).toBe(true);
    expect(paintsTheSame(base, mergeSettings(base, { entityTypes: { GROUP: false } }))).toBe(false);
  });

  it('re-anchors saved highlights on the text as it is now; those that no longer fit are orphans', () => {
    const saved = (id: string, exact: string, start: number): SavedHighlight => ({
      id,
      url: 'https://news.example/a',
      title: 't',
      site: 's',
      note: '',
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      createdAt: 1,
      updatedAt: 1,
    });
    // The text moved by 4 characters since "the talks went well" was saved; the other quote is gone.
    const { marks, orphans } = savedMarks(TEXT, [
      saved('h1', 'the talks went well', TEXT.indexOf('the talks') - 4),
      saved('h2', 'a sentence the page no longer has', 0),
    ]);
    expect(marks.map((m) => [m.kind === 'saved' && m.id, TEXT.slice(m.start, m.end)])).toEqual([
      ['h1', 'the talks went well'],
    ]);
    expect(orphans).toEqual(['h2']);
  });
});
