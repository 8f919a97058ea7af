import { describe, expect, it } from 'vitest';
import { buildGazetteer, LIST_CLASSES, type GazetteerLists } from '../../../src/analysis/entities/gazetteer';
import { findRoles, OTHER_NAME, PERSON_NAME } from '../../../src/analysis/entities/roles';
import { tokenize } from '../../../src/analysis/text/tokens';

const lists = Object.fromEntries(
  LIST_CLASSES.map((c) => [c, c === 'title' ? ['secretary', 'minister', 'leader'] : []]),
) as GazetteerLists;
const gazetteer = buildGazetteer(lists);

/** Roles of `name` in `text`; `entities` are the other tagged places, groups and organizations, `people` other people. */
function rolesOf(text: string, name: string, entities: string[] = [], people: string[] = []): string[] {
  const tokens = tokenize(text);
  const start = text.indexOf(name);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.end === start + name.length);
  const covered = new Uint8Array(tokens.length);
  const mark = (names: string[], value: number): void => {
    for (const e of names) {
      const s = text.indexOf(e);
      tokens.forEach((t, i) => {
        if (t.start >= s && t.end <= s + e.length) covered[i] = value;
      });
    }
  };
  mark(entities, OTHER_NAME);
  mark(people, PERSON_NAME);
  mark([name], PERSON_NAME);
  return findRoles(text, tokens, first, last, covered, gazetteer);
}

describe('roles', () => {
  it('takes the title run before a name, with its place or group', () => {
    expect(rolesOf('On Monday, US Secretary of State Mike Pompeo called.', 'Mike Pompeo', ['US'])).toEqual([
      'US Secretary of State',
    ]);
    expect(rolesOf('Iraqi Foreign Minister Fuad Hussein replied.', 'Fuad Hussein', ['Iraqi'])).toEqual([
      'Iraqi Foreign Minister',
    ]);
    expect(rolesOf('Thousands followed Shiite leader Moqtada al-Sadr.', 'Moqtada al-Sadr', ['Shiite'])).toEqual([
      'Shiite leader',
    ]);
  });

  it("takes lowercase title words and a country's possessive, but never another person", () => {
    expect(rolesOf("Iraq's foreign minister Fuad Hussein replied.", 'Fuad Hussein', ['Iraq'])).toEqual([
      "Iraq's foreign minister",
    ]);
    expect(
      rolesOf('President Joe Biden and Majority Leader Chuck Schumer met.', 'Chuck Schumer', [], ['Joe Biden']),
    ).toEqual(['Majority Leader']);
  });

  it('takes an apposition after the name', () => {
    expect(rolesOf('Fuad Hussein, the Iraqi foreign minister, replied.', 'Fuad Hussein', ['Iraqi'])).toEqual([
      'Iraqi foreign minister',
    ]);
  });

  it('takes an apposition before the name', () => {
    expect(rolesOf('He met the minister of Iraq, Fuad Hussein, today.', 'Fuad Hussein', ['Iraq'])).toEqual([
      'minister of Iraq',
    ]);
    expect(rolesOf("He met Iraq's foreign minister, Fuad Hussein, today.", 'Fuad Hussein', ['Iraq'])).toEqual([
      "Iraq's foreign minister",
    ]);
    expect(rolesOf('They flew to Baghdad, Basra, Fuad Hussein said.', 'Fuad Hussein', ['Baghdad', 'Basra'])).toEqual(
      [],
    );
  });

  it('gives no role when the words around the name are not a title', () => {
    expect(rolesOf('Yesterday Mike Pompeo called.', 'Mike Pompeo')).toEqual([]);
    expect(rolesOf('He met Mike Pompeo, who called.', 'Mike Pompeo')).toEqual([]);
    expect(rolesOf('Kadhimi and Mike Pompeo met.', 'Mike Pompeo', ['Kadhimi'])).toEqual([]);
  });
});
