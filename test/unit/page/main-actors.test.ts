import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/analysis/types';
import { mainActors } from '../../../src/page/marks/main-actors';

const TEXT = [
  'Mustafa al-Kadhimi met Mike Pompeo in Washington.',
  'Kadhimi asked for support. Officials from Tehran watched.',
  'Later, Pompeo spoke. Pompeo said Baghdad would decide. Exxon and Tehran were named once more, Exxon again.',
].join('\n\n');

function entity(key: string, type: Entity['type'], name: string, ...words: string[]): Entity {
  const mentions = [];
  let from = 0;
  for (const w of words) {
    const start = TEXT.indexOf(w, from);
    mentions.push({ start, end: start + w.length, text: w });
    from = start + w.length;
  }
  return { key, name, type, roles: [], mentions };
}

const kadhimi = entity('kadhimi', 'PERSON', 'Mustafa al-Kadhimi', 'Mustafa al-Kadhimi', 'Kadhimi');
const pompeo = entity('pompeo', 'PERSON', 'Mike Pompeo', 'Mike Pompeo', 'Pompeo', 'Pompeo');
const washington = entity('washington', 'PLACE', 'Washington', 'Washington');
const tehran = entity('tehran', 'PLACE', 'Tehran', 'Tehran', 'Tehran');
const baghdad = entity('baghdad', 'PLACE', 'Baghdad', 'Baghdad');
const exxon = entity('exxon', 'ORG', 'Exxon', 'Exxon', 'Exxon');
const all = [kadhimi, pompeo, washington, tehran, baghdad, exxon];

describe('main actors (focus mode)', () => {
  it('the most mentioned, weighted for the headline and the lead; a name met once outside the headline never', () => {
    const main = mainActors(all, { text: TEXT, title: 'Pompeo meets Iraqi leader' }, 3);
    // Pompeo: 3 mentions + headline (surname) + lead; Kadhimi and Tehran: 2 + lead; Exxon: 2, outside the lead.
    expect([...main]).toEqual(['pompeo', 'kadhimi', 'tehran']);
    expect(mainActors(all, { text: TEXT, title: '' }, 10).has('washington')).toBe(false);
  });

  it('a name in the headline is a main actor even when met once; the headline matches whole words only', () => {
    expect(mainActors(all, { text: TEXT, title: 'Baghdad decides' }, 10).has('baghdad')).toBe(true);
    expect(mainActors(all, { text: TEXT, title: 'Baghdadi decides' }, 10).has('baghdad')).toBe(false);
  });

  it('keeps at most the limit, ties going to the name met first', () => {
    expect([...mainActors(all, { text: TEXT, title: '' }, 2)]).toEqual(['pompeo', 'kadhimi']);
  });
});
