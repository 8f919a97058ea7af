import { describe, expect, it } from 'vitest';
import { buildGazetteer, LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { TYPES } from '../../../src/analysis/entities/labels';
import { joinFacilities } from '../../../src/analysis/entities/facilities';
import { toMention } from '../../../src/analysis/entities/mentions';
import { splitSentences } from '../../../src/analysis/text/sentences';
import { tokenize } from '../../../src/analysis/text/tokens';
import { nerTokens } from '../../../src/analysis/entities/ner-tokens';
import type { EntityType } from '../../../src/analysis/types';

const lists = Object.fromEntries(LIST_CLASSES.map((c) => [c, [] as string[]])) as unknown as GazetteerLists;
lists.title = ['president', 'minister', 'prime'];
lists.city = ['toronto'];
lists.demonym = ['iranian', 'americans'];
lists.group = ['democrat'];
lists.org = ['al qaeda'];
lists.last = ['putin'];
const gazetteer = buildGazetteer(lists);

/** The mention the tagger's span over `surface` (whole tokens) becomes. */
function mentionOf(text: string, surface: string, type: EntityType): { text: string; type: EntityType } | null {
  const tokens = tokenize(text);
  const start = text.indexOf(surface);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === start + surface.length);
  const m = toMention(text, tokens, { start: first, end: last + 1, type: TYPES.indexOf(type) }, 0, gazetteer);
  return m && { text: m.text, type: m.type };
}

describe('mention conventions', () => {
  it('keeps titles and possessives out of person spans', () => {
    expect(
      mentionOf('Prime Minister Mustafa al-Kadhimi spoke.', 'Prime Minister Mustafa al-Kadhimi', 'PERSON'),
    ).toEqual({ text: 'Mustafa al-Kadhimi', type: 'PERSON' });
    expect(mentionOf("He read Pompeo's letter.", "Pompeo's", 'PERSON')).toEqual({ text: 'Pompeo', type: 'PERSON' });
  });

  it('drops social-media handles and navigation bars', () => {
    expect(mentionOf('Follow @NelsonSchwartz now', 'NelsonSchwartz', 'ORG')).toBeNull();
    expect(mentionOf('Reprints | Today Paper | Subscribe', 'Paper | Subscribe', 'OTHER')).toBeNull();
  });

  it('keeps a capitalised "The" in an organisation’s or a work’s name, never a lowercase "the"', () => {
    expect(mentionOf('He read The New York Times.', 'The New York Times', 'ORG')?.text).toBe('The New York Times');
    expect(mentionOf('He fought the Clean Power Plan.', 'the Clean Power Plan', 'OTHER')?.text).toBe(
      'Clean Power Plan',
    );
    expect(mentionOf('He met the Federal Reserve.', 'the Federal Reserve', 'ORG')?.text).toBe('Federal Reserve');
    expect(mentionOf('The Pentagon said no.', 'The Pentagon', 'PLACE')?.text).toBe('Pentagon');
  });

  it('leaves a question word or conjunction opening a headline out of the name', () => {
    expect(mentionOf('[Read: Why Tunisia suffers]', 'Why Tunisia', 'PLACE')).toEqual({
      text: 'Tunisia',
      type: 'PLACE',
    });
  });

  it('leaves a quantifier or demonstrative opening a sentence out of the name', () => {
    expect(mentionOf('Many Iranian-Americans voted.', 'Many Iranian-Americans', 'PERSON')).toEqual({
      text: 'Iranian-Americans',
      type: 'GROUP',
    });
    expect(mentionOf('Those CEOs resigned.', 'Those CEOs', 'PERSON')).toEqual({ text: 'CEOs', type: 'PERSON' });
  });

  it('keeps the name part of a hyphenated compound, typed as that name', () => {
    expect(mentionOf('Iranian-backed militias fired.', 'Iranian-backed', 'OTHER')).toEqual({
      text: 'Iranian',
      type: 'GROUP',
    });
    expect(mentionOf('A Toronto-based bank fell.', 'Toronto-based', 'OTHER')).toEqual({
      text: 'Toronto',
      type: 'PLACE',
    });
    expect(mentionOf('The pro-Western camp won.', 'pro-Western', 'GROUP')).toEqual({ text: 'Western', type: 'GROUP' });
    expect(mentionOf('A Putin-allied oligarch.', 'Putin-allied', 'OTHER')).toEqual({ text: 'Putin', type: 'PERSON' });
    expect(mentionOf('Moqtada al-Sadr spoke.', 'Moqtada al-Sadr', 'PERSON')).toEqual({
      text: 'Moqtada al-Sadr',
      type: 'PERSON',
    });
  });

  it('types the name part of a compound by a listed phrase too', () => {
    expect(mentionOf('An al-Qaeda-linked group.', 'al-Qaeda-linked', 'OTHER')).toEqual({
      text: 'al-Qaeda',
      type: 'ORG',
    });
  });

  it('counts a lone group word as a group', () => {
    expect(mentionOf('Iranian militias fired.', 'Iranian', 'ORG')).toEqual({ text: 'Iranian', type: 'GROUP' });
    expect(mentionOf('Many Iranian voters stayed home.', 'Iranian', 'PERSON')).toEqual({
      text: 'Iranian',
      type: 'GROUP',
    });
    expect(mentionOf('Toronto won.', 'Toronto', 'ORG')).toEqual({ text: 'Toronto', type: 'ORG' });
  });

  it('counts a hyphenated people by its last part as a group', () => {
    expect(mentionOf('Iranian-Americans voted.', 'Iranian-Americans', 'PERSON')).toEqual({
      text: 'Iranian-Americans',
      type: 'GROUP',
    });
  });

  it('counts the adjective of a group word as a group', () => {
    expect(mentionOf('A Democratic senator spoke.', 'Democratic', 'OTHER')).toEqual({
      text: 'Democratic',
      type: 'GROUP',
    });
  });

  it('counts named events and laws as OTHER', () => {
    expect(mentionOf('Since the Arab Spring, protests grew.', 'Arab Spring', 'PLACE')).toEqual({
      text: 'Arab Spring',
      type: 'OTHER',
    });
    expect(mentionOf('The Affordable Care Act passed.', 'Affordable Care Act', 'ORG')).toEqual({
      text: 'Affordable Care Act',
      type: 'OTHER',
    });
    expect(mentionOf('Spring came.', 'Spring', 'PLACE')).toEqual({ text: 'Spring', type: 'PLACE' });
  });

  it('counts facilities as places', () => {
    expect(mentionOf('Rockets hit the Baghdad Embassy again.', 'Baghdad Embassy', 'ORG')).toEqual({
      text: 'Baghdad Embassy',
      type: 'PLACE',
    });
    expect(mentionOf('The Baghdad Bank opened.', 'Baghdad Bank', 'ORG')).toEqual({ text: 'Baghdad Bank', type: 'ORG' });
  });
});

describe('facilities', () => {
  const PLACE = TYPES.indexOf('PLACE');
  it('joins a name and the facility word after it into one place', () => {
    const tokens = [
      'Rockets',
      'hit',
      'the',
      'U.S.',
      'Embassy',
      'and',
      'the',
      'Baghdad',
      'Embassy',
      'near',
      'Tahrir',
      'Square',
      '.',
    ];
    const spans = [
      { start: 3, end: 4, type: PLACE },
      { start: 4, end: 5, type: PLACE },
      { start: 7, end: 8, type: PLACE },
      { start: 10, end: 12, type: PLACE },
    ];
    expect(joinFacilities(tokens, spans)).toEqual([
      { start: 3, end: 5, type: PLACE },
      { start: 7, end: 9, type: PLACE },
      { start: 10, end: 12, type: PLACE },
    ]);
  });
});

describe('tagger tokens', () => {
  it('joins a word split by a soft hyphen and normalises curly quotes, keeping page offsets', () => {
    const text = 'Benjamin Netan\u00adyahu said \u201cno\u201d.';
    const tokens = nerTokens(splitSentences(text)[0]!);
    expect(tokens.map((t) => t.text)).toEqual(['Benjamin', 'Netanyahu', 'said', '"', 'no', '"', '.']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('Netan\u00adyahu');
  });

  it('leaves out an honorific before a name, as the Reuters training text does', () => {
    const tokens = nerTokens(splitSentences('Then Mr. Lankford and Ms. Smith left Mr. big.')[0]!);
    expect(tokens.map((t) => t.text)).toEqual(['Then', 'Lankford', 'and', 'Smith', 'left', 'Mr.', 'big', '.']);
  });

  it('splits contractions as CoNLL does, but not names with an apostrophe', () => {
    const text = "I\u2019m sure Bill O'Reilly didn't go.";
    const tokens = nerTokens(splitSentences(text)[0]!);
    expect(tokens.map((t) => t.text)).toEqual(['I', "'m", 'sure', 'Bill', "O'Reilly", 'did', "n't", 'go', '.']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('\u2019m');
    const quoted = nerTokens(splitSentences("the Republicans' plan, 'Be quick'")[0]!).map((t) => t.text);
    expect(quoted.slice(0, 6)).toEqual(['the', 'Republicans', "'", 'plan', ',', "'"]);
    expect(quoted[6]).toBe('Be');
  });

  it('leaves out a photo credit glued to the name, keeping page offsets', () => {
    const text = 'CreditCreditJeon Heon-Kyun/EPA';
    const tokens = nerTokens(splitSentences(text)[0]!);
    expect(tokens[0]!.text).toBe('Jeon');
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Jeon');
  });
});
