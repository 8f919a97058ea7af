import { describe, expect, it } from 'vitest';
import type { Attribution, Entity } from '../../../src/analysis/types';
import type { SavedHighlight } from '../../../src/highlights/types';
import { marksFor, paintsTheSame, savedMarks } from '../../../src/page/marks/plan';
import type { MarkSpec } from '../../../src/page/marks/spec';
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
  const source = { entities, attributions, text: TEXT, title: 'Talks in Baghdad' };
  const shown = (marks: MarkSpec[]) => marks.filter((m) => !m.quiet).map((m) => TEXT.slice(m.start, m.end));

  it('calm (the default): each name where it first appears; later mentions quiet; every vague attribution', () => {
    const marks = marksFor(source, defaultSettings());
    expect(marks.map((m) => [m.kind, TEXT.slice(m.start, m.end), m.quiet])).toEqual([
      ['entity', 'Fuad Hussein', false],
      ['entity', 'Hussein', true],
      ['entity', 'Baghdad', false],
      ['attribution', 'officials said', false],
    ]);
    expect(marks[0]).toMatchObject({ key: 'person:hussein/fuad', type: 'PERSON', label: 'Fuad Hussein: background' });
    // A mention worded otherwise is announced as the page shows it, then by its full name.
    expect(marks[1]!.label).toBe('Hussein (Fuad Hussein): background');
    expect(marks[3]).toMatchObject({ category: 'ANON_SOURCE', label: 'Vague attribution: officials said' });
  });

  it('every mention, as before calm reading, when the reader asks for it', () => {
    const every = marksFor(source, mergeSettings(defaultSettings(), { marking: 'every' }));
    expect(shown(every)).toEqual(['Fuad Hussein', 'Hussein', 'Baghdad', 'officials said']);
  });

  it("focus: only the main actors' first mentions, and still every vague attribution", () => {
    const focus = mergeSettings(defaultSettings(), { marking: 'focus' });
    // Fuad Hussein is mentioned twice; Baghdad once but it is in the headline.
    expect(shown(marksFor(source, focus))).toEqual(['Fuad Hussein', 'Baghdad', 'officials said']);
    // Out of the headline and met once, Baghdad is no main actor: painted (a hover opens its card) but quiet.
    const marks = marksFor({ ...source, title: 'Talks' }, focus);
    expect(shown(marks)).toEqual(['Fuad Hussein', 'officials said']);
    expect(marks.find((m) => m.kind === 'entity' && m.key === 'place:baghdad')?.quiet).toBe(true);
  });

  it('groups (mostly demonyms) are off by default; types and categories the reader turned off are left out', () => {
    const iranian: Entity = { key: 'group:iranian', name: 'Iranian', type: 'GROUP', roles: [], mentions: [at('met')] };
    expect(marksFor({ ...source, entities: [...entities, iranian] }, defaultSettings())).toHaveLength(4);
    const settings = mergeSettings(defaultSettings(), {
      entityTypes: { PLACE: false },
      attributionCategories: { ANON_SOURCE: false },
    });
    expect(marksFor(source, settings).map((m) => TEXT.slice(m.start, m.end))).toEqual(['Fuad Hussein', 'Hussein']);
  });

  it('repaints only for settings that change what is marked', () => {
    const base = defaultSettings();
    expect(paintsTheSame(base, mergeSettings(base, { lookups: false, onboarded: true, shortcutsShown: true }))).toBe(
      true,
    );
    expect(paintsTheSame(base, mergeSettings(base, { entityTypes: { GROUP: true } }))).toBe(false);
    expect(paintsTheSame(base, mergeSettings(base, { marking: 'focus' }))).toBe(false);
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
