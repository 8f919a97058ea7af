import { describe, expect, it } from 'vitest';
import { CATEGORY_TEXTS } from '../../../src/analysis/attributions';
import { ATTRIBUTION_CATEGORIES } from '../../../src/analysis/types';
import { detect, flags } from './helpers';

describe('ANON_SOURCE', () => {
  it('flags officials identified only by role', () => {
    expect(flags('Two guards were hurt in the blast, officials said.')).toEqual([['ANON_SOURCE', 'officials said']]);
    expect(flags('A party official said that about 40 percent of the members were women.')).toEqual([
      ['ANON_SOURCE', 'A party official said'],
    ]);
  });
  it('flags a source phrase with its post-modifier and verb', () => {
    expect(
      flags('Turkish and Greek diplomats interviewed by the newspaper confirm that the border will reopen.'),
    ).toEqual([['ANON_SOURCE', 'Turkish and Greek diplomats interviewed by the newspaper confirm']]);
  });
  it('flags an inverted source after a quotation', () => {
    expect(flags('“We are not ready,” said a senior official familiar with the talks.')).toEqual([
      ['ANON_SOURCE', 'said a senior official familiar with the talks'],
    ]);
  });
  it('flags people with access', () => {
    expect(flags('The merger will be announced on Friday, according to people familiar with the matter.')).toEqual([
      ['ANON_SOURCE', 'according to people familiar with the matter'],
    ]);
  });
  it('flags stated anonymity, and the person noun it qualifies', () => {
    expect(flags('A guard, who spoke on condition of anonymity, described the cells.')).toEqual([
      ['ANON_SOURCE', 'A guard'],
      ['ANON_SOURCE', 'on condition of anonymity'],
    ]);
    expect(flags('The cells, a guard who spoke on condition of anonymity recalled, were cold.')).toEqual([
      ['ANON_SOURCE', 'on condition of anonymity'],
    ]);
  });
  it('flags witnesses and those present', () => {
    expect(flags('Eyewitnesses told the channel that the rockets hit a house.')).toEqual([
      ['ANON_SOURCE', 'Eyewitnesses told'],
    ]);
    expect(flags('According to those present, the minister left early.')).toEqual([
      ['ANON_SOURCE', 'According to those present'],
    ]);
  });
  it('leaves roles that are not informants alone', () => {
    expect(flags('A major source of the gases blamed for warming is coal.')).toEqual([]);
    expect(flags('The manager and his aides called police.')).toEqual([]);
  });
  it('flags officials credited with an attitude', () => {
    expect(flags('Health officials are deeply worried about the winter.')).toEqual([
      ['ANON_SOURCE', 'Health officials are deeply worried'],
    ]);
  });
});

describe('VAGUE_GROUP', () => {
  it('flags quantified and bare groups with their verb', () => {
    expect(flags('Many economists say the plan will fail.')).toEqual([['VAGUE_GROUP', 'Many economists say']]);
    expect(flags('A number of analysts believe the rally is over.')).toEqual([
      ['VAGUE_GROUP', 'A number of analysts believe'],
    ]);
    expect(flags('Critics argue that the fee is a tax.')).toEqual([['VAGUE_GROUP', 'Critics argue']]);
    expect(flags('Some say the harbour is too small.')).toEqual([['VAGUE_GROUP', 'Some say']]);
    expect(flags('Many in the capital believe the talks failed.')).toEqual([
      ['VAGUE_GROUP', 'Many in the capital believe'],
    ]);
    expect(flags('Some have called the deal a betrayal.')).toEqual([['VAGUE_GROUP', 'Some have called']]);
    expect(flags('Some have called for calm.')).toEqual([]);
    expect(flags('Protesters charged through the village.')).toEqual([]);
    expect(flags('Critics charged that the vote was rigged.')).toEqual([['VAGUE_GROUP', 'Critics charged']]);
    expect(flags('Chileans assumed control of the port.')).toEqual([]);
  });
  it('flags an inverted group', () => {
    expect(flags('The rate cut, say economists, came too late.')).toEqual([['VAGUE_GROUP', 'say economists']]);
  });
  it('flags "there are those who" and "led many to"', () => {
    expect(flags('There are also those who see the offer as a trap.')).toEqual([
      ['VAGUE_GROUP', 'There are also those who see'],
    ]);
    expect(flags('The silence has led many to assume the talks failed.')).toEqual([
      ['VAGUE_GROUP', 'has led many to assume'],
    ]);
  });
  it('flags a belief held by an unnamed nationality', () => {
    expect(flags('The council fell over what many Chileans saw as a betrayal.')).toEqual([
      ['VAGUE_GROUP', 'many Chileans saw'],
    ]);
  });
  it('leaves poll shares, objects and named collectives alone', () => {
    expect(flags('Only 52 percent of voters agreed with the decision.')).toEqual([]);
    expect(flags('In the survey, 1,409 teachers said they backed the plan.')).toEqual([]);
    expect(flags('Many voters would hope for a quick end.')).toEqual([]);
    expect(flags('Supporters of the mayor say by 55%-41% that the plan is good.')).toEqual([]);
    expect(flags('The lawyer defended people accused of fraud.')).toEqual([]);
    expect(flags('Three people described as informers were killed.')).toEqual([]);
    expect(flags('The mayor will help convince supporters of the senator to back the plan.')).toEqual([]);
    expect(flags('Republicans say the bill is too costly.')).toEqual([]);
  });
});

describe('AGENTLESS', () => {
  it('flags passives of expecting, believing and judging without an agent', () => {
    expect(flags('The bridge is expected to open in May.')).toEqual([['AGENTLESS', 'is expected to']]);
    expect(flags('It is widely believed that the mayor will run again.')).toEqual([
      ['AGENTLESS', 'is widely believed that'],
    ]);
    expect(flags('The town has long been hailed as a model of recovery.')).toEqual([
      ['AGENTLESS', 'has long been hailed as'],
    ]);
    expect(flags('The decision was widely criticized.')).toEqual([['AGENTLESS', 'was widely criticized']]);
    expect(flags('The decision was criticized on Monday.')).toEqual([]);
  });
  it('flags the reduced relative "seen as"', () => {
    expect(flags('The deal threatened a port seen as the key to the region.')).toEqual([['AGENTLESS', 'seen as']]);
  });
  it('leaves idioms and aims alone', () => {
    expect(flags('Prices rose faster than expected.')).toEqual([]);
    expect(flags('She wants to be seen as a reformer.')).toEqual([]);
    expect(flags('The judge ordered that they be considered a flight risk.')).toEqual([]);
  });
});

describe('HEDGE_REPORT', () => {
  it('flags reportive adverbs and "is said to"', () => {
    expect(flags('The minister reportedly resigned on Monday.')).toEqual([['HEDGE_REPORT', 'reportedly']]);
    expect(flags('The gang is said to control the port.')).toEqual([['HEDGE_REPORT', 'is said to']]);
    expect(flags('Some advisers are said to favour a delay.')).toEqual([['HEDGE_REPORT', 'are said to']]);
  });
});

describe('SECONDHAND', () => {
  it('flags unnamed media', () => {
    expect(flags('About 40 people were hurt, according to local news reports.')).toEqual([
      ['SECONDHAND', 'according to local news reports'],
    ]);
    expect(flags('Media reports say the plant has closed.')).toEqual([['SECONDHAND', 'Media reports say']]);
    expect(flags('Unconfirmed reports suggest the mayor has fled.')).toEqual([
      ['SECONDHAND', 'Unconfirmed reports suggest'],
    ]);
    expect(flags('The plan was first reported on a local news site.')).toEqual([
      ['SECONDHAND', 'was first reported on a local news site'],
    ]);
  });
});

describe('VAGUE_EVIDENCE', () => {
  it('flags unidentified studies, data and intelligence', () => {
    expect(flags('Studies show that the drug works.')).toEqual([['VAGUE_EVIDENCE', 'Studies show']]);
    expect(flags('Research has shown the opposite.')).toEqual([['VAGUE_EVIDENCE', 'Research has shown']]);
    expect(flags('Intelligence reports suggest the convoy turned back.')).toEqual([
      ['VAGUE_EVIDENCE', 'Intelligence reports suggest'],
    ]);
    expect(flags('Documents seen by the newspaper show the firm knew.')).toEqual([
      ['VAGUE_EVIDENCE', 'Documents seen by the newspaper show'],
    ]);
  });
  it('leaves identified studies alone', () => {
    expect(flags('A study by Harvard University found the opposite.')).toEqual([]);
    expect(flags('The report concluded that the program failed.')).toEqual([]);
  });
});

describe('OUTLET_RELAY', () => {
  it('marks relays through named outlets', () => {
    expect(flags('According to Bloomberg, the deal is off.')).toEqual([['OUTLET_RELAY', 'According to Bloomberg']]);
    expect(flags('Later, Reuters writes that the deal is off.')).toEqual([['OUTLET_RELAY', 'Reuters writes']]);
    expect(flags('The plan was first reported by the Washington Post.')).toEqual([
      ['OUTLET_RELAY', 'reported by the Washington Post'],
    ]);
  });
  it('is informational in the category texts', () => {
    expect(CATEGORY_TEXTS.OUTLET_RELAY.informational).toBe(true);
  });
});

describe('category texts', () => {
  it('give every category a label, a one-line explanation and a question', () => {
    for (const c of ATTRIBUTION_CATEGORIES) {
      const t = CATEGORY_TEXTS[c];
      expect(t.label.length).toBeGreaterThan(0);
      expect(t.explanation).not.toContain('\n');
      expect(t.question.endsWith('?')).toBe(true);
    }
  });
  it('are carried by each flag', () => {
    const [a] = detect('Officials said the road is closed.');
    expect(a).toMatchObject({
      category: 'ANON_SOURCE',
      ...{ explanation: CATEGORY_TEXTS.ANON_SOURCE.explanation, question: CATEGORY_TEXTS.ANON_SOURCE.question },
    });
  });
});
