import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  GAZ_CLASSES,
  LIST_CLASSES,
  type GazetteerLists,
} from '../../../src/analysis/entities/gazetteer';
import {
  buildKnowledgeTable,
  decodeKnowledge,
  encodeKnowledge,
  KNOWLEDGE_CLASSES,
  lookupKnowledge,
} from '../../../src/analysis/entities/knowledge';

const cls = (c: (typeof KNOWLEDGE_CLASSES)[number]): number => 1 << KNOWLEDGE_CLASSES.indexOf(c);
const table = buildKnowledgeTable(
  new Map([
    ['severn trent', cls('wnOrg')],
    ['thames', cls('wnPlace') | cls('countryName')],
    ['navajo', cls('wnKind')],
  ]),
);

describe('knowledge table', () => {
  it('finds names by their hash, with their classes, and nothing else', () => {
    expect(lookupKnowledge(table, 'thames')).toBe(cls('wnPlace') | cls('countryName'));
    expect(lookupKnowledge(table, 'severn trent')).toBe(cls('wnOrg'));
    expect(lookupKnowledge(table, 'trent')).toBe(0);
    expect(lookupKnowledge(table, 'pompeo')).toBe(0);
  });

  it('round-trips through its compact encoding', () => {
    const back = decodeKnowledge(encodeKnowledge(table), table.hashes.length, table.maxWords);
    expect(Array.from(back.hashes)).toEqual(Array.from(table.hashes));
    expect(Array.from(back.masks)).toEqual(Array.from(table.masks));
    const bytes = encodeKnowledge(table);
    expect(() => decodeKnowledge(bytes.subarray(0, bytes.length - 1), table.hashes.length, 2)).toThrow();
  });

  it('adds its classes to the gazetteer after the listed ones, phrases included', () => {
    const lists = Object.fromEntries(LIST_CLASSES.map((c) => [c, []])) as unknown as GazetteerLists;
    const gazetteer = buildGazetteer(lists, table);
    expect(gazetteer.word('navajo')).toBe(1 << GAZ_CLASSES.indexOf('wnKind'));
    expect(gazetteer.startsPhrase('severn')).toBe(true);
    expect(gazetteer.phrase('severn trent')).toBe(1 << GAZ_CLASSES.indexOf('wnOrg'));
    expect(gazetteer.word('severn')).toBe(0);
  });
});
