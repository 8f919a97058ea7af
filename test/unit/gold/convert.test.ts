import { describe, expect, it } from 'vitest';
import { textSha256 } from '../../../eval/gold/article-text';
import { checkAnnotation } from '../../../eval/gold/check-annotation';
import { convertDraft } from '../../../eval/gold/convert';
import { checkDraft } from '../../../eval/gold/draft';
import { exampleDraft, TEXT } from './example';

const expected = (text: string) => ({
  id: 'example',
  pass: 'A',
  text_sha256: textSha256(text),
  text_length: [...text].length,
});

describe('convertDraft', () => {
  it('turns the guide example into code-point offsets, with no text in the result', () => {
    const { annotation, problems, listing } = convertDraft(exampleDraft(), TEXT, expected(TEXT));
    expect(problems).toEqual([]);
    const a = annotation!;
    const span = (x: { start: number; end: number }) => TEXT.slice(x.start, x.end);
    expect(a.mentions.map(span)).toEqual([
      'WASHINGTON',
      'Maria Lopez',
      'Democrat',
      'Federal Reserve',
      'Lopez',
      'Reuters',
      'Fed',
    ]);
    expect(a.vague_spans).toEqual([
      { start: TEXT.indexOf('Officials said'), end: TEXT.indexOf('Officials said') + 14, category: 'ANON_SOURCE' },
      { start: TEXT.indexOf('reportedly'), end: TEXT.indexOf('reportedly') + 10, category: 'HEDGE_REPORT' },
    ]);
    expect(a.events[0]).toMatchObject({ date: '2015-03', entities: expect.arrayContaining(['Reuters']) });
    expect(JSON.stringify(a)).not.toContain('Officials');
    expect(listing.find((l) => l.startsWith('vague_spans'))).toContain('[Officials said]');
    expect(checkAnnotation(a, expected(TEXT), [...TEXT])).toEqual([]);
  });

  it('counts offsets in code points when the text has characters outside the BMP', () => {
    const text = `🙂 ${TEXT}`;
    const { annotation } = convertDraft(exampleDraft(), text, expected(text));
    expect(annotation!.mentions[0]).toEqual({ start: 2, end: 12, type: 'PLACE', entity: 'Washington, D.C.' });
  });

  it('writes nothing when a span cannot be placed or the text is not the draft’s', () => {
    const draft = exampleDraft();
    draft.mentions.push({ text: 'Obama', occurrence: 1, type: 'PERSON', entity: 'Barack Obama' });
    draft.text_sha256 = '0'.repeat(64);
    const r = convertDraft(draft, TEXT, expected(TEXT));
    expect(r.annotation).toBeNull();
    expect(r.problems).toHaveLength(2);
  });

  it('refuses overlapping mentions and event entities that are not mentioned', () => {
    const draft = exampleDraft();
    draft.mentions.push({ text: 'Sen. Maria', occurrence: 1, type: 'PERSON', entity: 'local:x' });
    draft.events[0]!.entities.push('Barack Obama');
    const r = convertDraft(draft, TEXT, expected(TEXT));
    const sen = TEXT.indexOf('Sen. Maria');
    const event = TEXT.indexOf('Lopez told');
    expect(r.problems).toEqual([
      `mentions ${sen}–${sen + 10} and ${sen + 5}–${sen + 16} overlap`,
      `event ${event}–${event + 54}: entity "Barack Obama" has no mention in the article`,
    ]);
  });
});

describe('checkDraft', () => {
  it('accepts the guide example and names every bad field', () => {
    expect(checkDraft(exampleDraft(), 'example').problems).toEqual([]);
    const bad = {
      id: 'other',
      mentions: [{ text: 'Lopez', ocurrence: 1, type: 'PER', entity: 'Maria_Lopez' }],
      vague_spans: [{ text: 'said', occurrence: 1, category: 'OUTLET_RELAY' }],
      soft_spans: [],
      events: [{ text: 'cut', occurrence: 1, date: '2015-02-30', entities: [] }],
    };
    expect(checkDraft(bad, 'example').problems).toEqual([
      '"id" is "other", not "example"',
      'mentions «Lopez»: unknown field "ocurrence"',
      'mentions «Lopez»: "type" must be one of PERSON ORG PLACE GROUP OTHER',
      'mentions «Lopez»: "entity" must be a Wikipedia title (spaces, not _) or local:…',
      'vague_spans «said»: "category" must be one of ANON_SOURCE VAGUE_GROUP AGENTLESS HEDGE_REPORT SECONDHAND VAGUE_EVIDENCE',
      '"named_not_vague" is missing (write [] when there is none)',
      'events «cut»: "date" must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });
});

describe('checkAnnotation', () => {
  it('refuses any field that could carry text, offsets out of range and a wrong sha256', () => {
    const { annotation } = convertDraft(exampleDraft(), TEXT, expected(TEXT));
    const withText = {
      ...annotation!,
      text_sha256: 'f'.repeat(64),
      mentions: [
        { ...annotation!.mentions[0]!, text: 'WASHINGTON' },
        { ...annotation!.mentions[1]!, end: 9999 },
      ],
    };
    expect(checkAnnotation(withText, expected(TEXT), [...TEXT])).toEqual([
      `"text_sha256" is "${'f'.repeat(64)}", expected "${textSha256(TEXT)}"`,
      'mentions[0]: field "text" is not allowed',
      `mentions[1]: offsets 18–9999 outside 0–${[...TEXT].length}`,
    ]);
  });
});
