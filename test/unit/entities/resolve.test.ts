import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../src/analysis/entities/keys';
import { resolveMentions } from '../../../src/analysis/entities/resolve';
import type { EntityType, TypedSpan } from '../../../src/analysis/types';

/** Mentions of the given surfaces, in order, as the tagger would emit them for `text`. */
function mentionsIn(text: string, surfaces: [string, EntityType][]): TypedSpan[] {
  let from = 0;
  return surfaces.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type };
  });
}

describe('within-document resolution', () => {
  it('joins a surname to the full name, and keeps two people with one surname apart', () => {
    const text = 'Mike Pompeo flew in. Jane Smith met him. Pompeo spoke; Tom Smith listened, and Smith left.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Mike Pompeo', 'PERSON'],
        ['Jane Smith', 'PERSON'],
        ['Pompeo', 'PERSON'],
        ['Tom Smith', 'PERSON'],
        ['Smith', 'PERSON'],
      ]),
    );
    expect(clusters.map((c) => [c.name, c.mentions.map((m) => m.text)])).toEqual([
      ['Mike Pompeo', ['Mike Pompeo', 'Pompeo']],
      ['Jane Smith', ['Jane Smith']],
      ['Tom Smith', ['Tom Smith', 'Smith']],
    ]);
  });

  it('joins transliteration variants of one Arabic name', () => {
    const text = 'Mustafa al-Kadhimi arrived. Al-Khadimi said Khadimi and Kadhimi are one man.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Mustafa al-Kadhimi', 'PERSON'],
        ['Al-Khadimi', 'PERSON'],
        ['Khadimi', 'PERSON'],
        ['Kadhimi', 'PERSON'],
      ]),
    );
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.name).toBe('Mustafa al-Kadhimi');
  });

  it('joins an acronym to its expansion, and a full name tagged with two types', () => {
    const text = 'The United Nations met. The UN said so. Qassem Soleimani died; Qasem Suleimani was buried.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['United Nations', 'ORG'],
        ['UN', 'ORG'],
        ['Qassem Soleimani', 'PERSON'],
        ['Qasem Suleimani', 'ORG'],
      ]),
    );
    expect(clusters.map((c) => [c.type, c.mentions.length])).toEqual([
      ['ORG', 2],
      ['PERSON', 2],
    ]);
  });
});

describe('names, their members and their adjective', () => {
  it('joins an acronym to its capitalised words or to what follows "of"', () => {
    const text =
      'The Alliance to Reclaim Our Schools (AROS) met the Department of Veterans Affairs. AROS said the VA agreed.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Alliance to Reclaim Our Schools', 'ORG'],
        ['AROS', 'ORG'],
        ['Department of Veterans Affairs', 'ORG'],
        ['AROS', 'ORG'],
        ['VA', 'ORG'],
      ]),
    );
    expect(clusters.map((c) => c.mentions.length)).toEqual([3, 2]);
  });

  it('joins "Democrats", "Democrat" and "Democratic" whatever their types, and keeps "Iraqi" from "Iraq"', () => {
    const text = 'Democrats met. A Democratic senator, a Democrat, spoke. Iraqi troops left Iraq.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Democrats', 'GROUP'],
        ['Democratic', 'OTHER'],
        ['Democrat', 'GROUP'],
        ['Iraqi', 'GROUP'],
        ['Iraq', 'PLACE'],
      ]),
    );
    expect(clusters.map((c) => [c.type, c.mentions.length])).toEqual([
      ['GROUP', 3],
      ['GROUP', 1],
      ['PLACE', 1],
    ]);
  });

  it('lets the noun, not the adjective, type the entity, and names it by the noun', () => {
    const text = 'Jim Clyburn (D-S.C.) and other Democratic leaders spoke.';
    const [party] = resolveMentions(
      mentionsIn(text, [
        ['D', 'GROUP'],
        ['Democratic', 'OTHER'],
      ]),
    );
    expect([party!.type, party!.name, party!.mentions.length]).toEqual(['GROUP', 'Democratic', 2]);
  });
});

describe('ordinals', () => {
  it('joins an ordinal written as a word and in digits, across types', () => {
    const text = 'He took the Fifth Amendment. The 5th Amendment and the 15th Amendment differ.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Fifth Amendment', 'ORG'],
        ['5th Amendment', 'OTHER'],
        ['15th Amendment', 'OTHER'],
      ]),
    );
    expect(clusters.map((c) => c.mentions.length)).toEqual([2, 1]);
  });
});

describe('aliases', () => {
  it('joins the names of the alias list across types, and nothing else', () => {
    const text = 'Republicans in America and the GOP in the United States; Britain, the UK and Americans.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Republicans', 'GROUP'],
        ['America', 'PLACE'],
        ['GOP', 'ORG'],
        ['United States', 'PLACE'],
        ['Britain', 'PLACE'],
        ['UK', 'ORG'],
        ['Americans', 'GROUP'],
      ]),
    );
    expect(clusters.map((c) => c.mentions.map((m) => m.text))).toEqual([
      ['Republicans', 'GOP'],
      ['America', 'United States'],
      ['Britain', 'UK'],
      ['Americans'],
    ]);
  });
});

describe('first words', () => {
  it("joins a first name or a two-word organisation's first word when one name alone fits", () => {
    const text =
      'Hillary Clinton met Matt Lauer of Fox News. Hillary smiled at Matt; Fox aired it. Jane Smith and Jane Doe left; Jane waved.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Hillary Clinton', 'PERSON'],
        ['Matt Lauer', 'PERSON'],
        ['Fox News', 'ORG'],
        ['Hillary', 'PERSON'],
        ['Matt', 'GROUP'],
        ['Fox', 'PERSON'],
        ['Jane Smith', 'PERSON'],
        ['Jane Doe', 'PERSON'],
        ['Jane', 'PERSON'],
      ]),
    );
    expect(clusters.map((c) => [c.type, c.mentions.map((m) => m.text)])).toEqual([
      ['PERSON', ['Hillary Clinton', 'Hillary']],
      ['PERSON', ['Matt Lauer', 'Matt']],
      ['ORG', ['Fox News', 'Fox']],
      ['PERSON', ['Jane Smith']],
      ['PERSON', ['Jane Doe']],
      ['PERSON', ['Jane']],
    ]);
  });

  it("keeps a place, a group, an acronym or a longer organisation's first word apart", () => {
    const text =
      'The Washington Post wrote from Washington. NBC Nightly News and NBC agreed; the Senate Intelligence Committee and the Senate met.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Washington Post', 'ORG'],
        ['Washington', 'PLACE'],
        ['NBC Nightly News', 'ORG'],
        ['NBC', 'ORG'],
        ['Senate Intelligence Committee', 'ORG'],
        ['Senate', 'ORG'],
      ]),
    );
    expect(clusters).toHaveLength(6);
  });
});

describe('stable keys', () => {
  it('is the same for spelling variants and puts the surname first', () => {
    expect(entityKey('PERSON', 'Mustafa al-Kadhimi')).toBe(entityKey('PERSON', 'Mustafa Khadimi'));
    expect(entityKey('PERSON', 'Mike Pompeo')).toBe('person:pompeo/mike');
    expect(entityKey('PERSON', 'Mike Pompeo').startsWith(entityKey('PERSON', 'Pompeo'))).toBe(true);
    expect(entityKey('GROUP', 'Iraqis')).toBe(entityKey('GROUP', 'Iraqi'));
    expect(entityKey('ORG', 'U.N.')).toBe(entityKey('ORG', 'UN'));
    expect(entityKey('PLACE', 'Iraq')).not.toBe(entityKey('GROUP', 'Iraqi'));
  });
});

describe('organisation short forms', () => {
  it('joins clipped, reordered and shortened names of one organisation', () => {
    const text =
      'The Federal Reserve met; the Fed waited. The Department of Defense, or Defense Department, and the Urban-Brookings Tax Policy Center, or Tax Policy Center, disagreed. The Center left. The Congressional Budget Office wrote to Congress.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Federal Reserve', 'ORG'],
        ['Fed', 'ORG'],
        ['Department of Defense', 'ORG'],
        ['Defense Department', 'ORG'],
        ['Urban-Brookings Tax Policy Center', 'ORG'],
        ['Tax Policy Center', 'ORG'],
        ['Center', 'ORG'],
        ['Congressional Budget Office', 'ORG'],
        ['Congress', 'ORG'],
      ]),
    );
    expect(clusters.map((c) => c.mentions.map((m) => m.text))).toEqual([
      ['Federal Reserve', 'Fed'],
      ['Department of Defense', 'Defense Department'],
      ['Urban-Brookings Tax Policy Center', 'Tax Policy Center'],
      ['Center'],
      ['Congressional Budget Office'],
      ['Congress'],
    ]);
  });
});

describe('resolution guards', () => {
  it('keeps "[Turkish] Foreign Ministry" apart from the "Iraqi Foreign Ministry"', () => {
    const text = 'A spokeswoman for the Iraqi Foreign Ministry spoke. Later the Turkish Foreign Ministry said no.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Iraqi Foreign Ministry', 'ORG'],
        ['Turkish', 'GROUP'],
        ['Foreign Ministry', 'ORG'],
      ]),
    );
    expect(clusters.map((c) => [c.name, c.mentions.length])).toEqual([
      ['Iraqi Foreign Ministry', 1],
      ['Turkish', 1],
      ['Foreign Ministry', 1],
    ]);
  });

  it('still joins a bare short form with no other group word before it', () => {
    const text = 'The Iraqi Foreign Ministry protested. The Foreign Ministry then called in the ambassador.';
    const clusters = resolveMentions(
      mentionsIn(text, [
        ['Iraqi Foreign Ministry', 'ORG'],
        ['Foreign Ministry', 'ORG'],
      ]),
    );
    expect(clusters).toHaveLength(1);
  });

  it('names a place the way the running text writes it, not as its dateline', () => {
    const text = 'BAGHDAD (Wire) - Officials met in Baghdad on Monday.';
    const [baghdad] = resolveMentions(
      mentionsIn(text, [
        ['BAGHDAD', 'PLACE'],
        ['Baghdad', 'PLACE'],
      ]),
    );
    expect(baghdad!.name).toBe('Baghdad');
    expect(baghdad!.mentions).toHaveLength(2);
  });
});
