import { describe, expect, it } from 'vitest';
import { detect, flags } from './helpers';

describe('named sources are never flagged', () => {
  it('with a long apposition before the name', () => {
    const text = 'A spokesperson for the Foreign Ministry, Maria Lopez, said the talks would resume.';
    expect(
      flags(text, [
        ['PERSON', 'Maria Lopez'],
        ['ORG', 'Foreign Ministry'],
      ]),
    ).toEqual([]);
    expect(flags(text)).toEqual([]);
  });
  it('with a long description after the name', () => {
    const text =
      '“The deal is fragile,” said Tomas Berg, executive director of the Nordic Policy Institute and a former envoy.';
    expect(
      flags(text, [
        ['PERSON', 'Tomas Berg'],
        ['ORG', 'Nordic Policy Institute'],
      ]),
    ).toEqual([]);
  });
  it('with a role right before the name', () => {
    expect(flags('Ministry spokesman Karl Weiss said the border stays shut.', [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
  it('when pronouns and "Mr. X" follow a named source', () => {
    const text = 'Karl Weiss met reporters on Monday. He said the border stays shut. “It is final,” said Mr. Weiss.';
    expect(flags(text, [['PERSON', 'Karl Weiss', 'Weiss']])).toEqual([]);
  });
  it('when a name follows in the next sentence (cataphora)', () => {
    const text =
      'Anyone can crash the server, according to a programmer who released the code. “I waited a year,” Oslo-based developer Ina Dahl wrote in a post.';
    expect(flags(text, [['PERSON', 'Ina Dahl']])).toEqual([]);
  });
  it('when a person is named in apposition after an unnamed role', () => {
    expect(
      flags('Ina Dahl, a staffer at the ministry who told colleagues to stay quiet, left in May.', [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
    expect(
      flags('He fired Ola Berg, a banker and former ministry official who has suggested the aides were paid.'),
    ).toEqual([]);
  });
  it('when an unnamed spokesperson speaks for a named institution (a soft case)', () => {
    expect(flags('Norway’s foreign ministry spokesman said the talks were over.')).toEqual([]);
  });
  it('when the recogniser is not there and a name looks like an adjective', () => {
    expect(flags('“We will appeal,” said spokesman Eric Holder.')).toEqual([]);
  });
  it('when named examples follow the group', () => {
    expect(
      flags('The soil is the problem, say experts like Ina Dahl, a geophysicist.', [['PERSON', 'Ina Dahl']]),
    ).toEqual([]);
  });
  it('when a definite role points back to a named person', () => {
    const text = 'Karl Weiss was asked about the dinner. His office said the former envoy could not recall it.';
    expect(flags(text, [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
  it('in headline style, where the article names the source below', () => {
    expect(
      flags('Lawmaker urges sanctions on Russia\nRep. Ina Dahl said on Monday that sanctions must follow.'),
    ).toEqual([]);
  });
  it('when the source is a named institution or country', () => {
    expect(flags('The Russian space agency said the craft was lost.', [['ORG', 'Russian space agency']])).toEqual([]);
    expect(flags('South Africa said the vote was fair.', [['PLACE', 'South Africa']])).toEqual([]);
    expect(flags('Police said two men were arrested.')).toEqual([]);
  });
  it('when a passive has a named agent', () => {
    expect(flags('The loss was described as heartbreaking by the conservation department.')).toEqual([]);
    expect(flags('The plan is seen by the Treasury as too costly.', [['ORG', 'Treasury']])).toEqual([]);
  });
  it('but a passive with a vague agent is a vague group', () => {
    expect(flags('The plan is seen by many as too costly.')).toEqual([['VAGUE_GROUP', 'is seen by many']]);
  });
});

describe('quotations', () => {
  it('do not flag cues inside a named speaker’s quote', () => {
    const text =
      '“Many experts say the deal is dead, and it is widely believed that prices will rise,” said Maria Lopez.';
    expect(flags(text, [['PERSON', 'Maria Lopez']])).toEqual([]);
  });
  it('do not flag cues inside a quote that runs over sentences before its speaker', () => {
    const text = 'Lopez was blunt. “Critics argue that we failed. They are wrong,” she said.';
    expect(flags(text, [['PERSON', 'Lopez']])).toEqual([]);
  });
  it('recognise single quotes without mistaking apostrophes for them', () => {
    expect(flags('‘Many experts say the deal is dead,’ she said.')).toEqual([]);
    expect(flags('The voters’ anger grew, officials said.')).toEqual([['ANON_SOURCE', 'officials said']]);
    expect(
      flags('“He told me ‘critics argue’ and laughed. Many experts say it is over,” said Ina Dahl.', [
        ['PERSON', 'Ina Dahl'],
      ]),
    ).toEqual([]);
  });
  it('take a straight quote after a word, with none open, for a closer whose opener was lost', () => {
    const text =
      'He reviewed her systems" in an hour. The "medical records" were thin. The letter was widely ridiculed.';
    expect(flags(text)).toEqual([['AGENTLESS', 'was widely ridiculed']]);
  });
  it('still flag cues inside an outlet’s own narrative', () => {
    const text = 'Reuters writes that any withdrawal would be “widely interpreted as an escalation” in the region.';
    expect(flags(text, [['ORG', 'Reuters']]).map(([c]) => c)).toEqual(['OUTLET_RELAY', 'AGENTLESS']);
  });
  it('do not let an agentless passive inside a named statement count', () => {
    expect(flags('Avon police said the tablets were believed to contain a banned drug.', [['ORG', 'Avon']])).toEqual(
      [],
    );
    expect(flags('Prime Minister Karim al-Hadi said the militias were believed to be responsible.')).toEqual([]);
  });
});

describe('robustness', () => {
  it('ignores entity mentions that do not look like names', () => {
    const text = 'Two guards were hurt in the blast, officials said.';
    const bogus: ['PERSON', string][] = [['PERSON', text.slice(0, text.length - 1)]];
    expect(flags(text, bogus)).toEqual([['ANON_SOURCE', 'officials said']]);
  });
  it('ignores common words and nationalities that the recogniser typed as people', () => {
    const text = 'Officials are worried. Some members of Congress want a vote. Chileans worry about prices.';
    const noisy: ['PERSON', ...string[]][] = [
      ['PERSON', 'Officials'],
      ['PERSON', 'Some'],
      ['PERSON', 'of'],
      ['PERSON', 'Chileans'],
    ];
    expect(flags(text, noisy).map(([c]) => c)).toEqual(['ANON_SOURCE', 'VAGUE_GROUP', 'VAGUE_GROUP']);
  });
  it('returns UTF-16 offsets that slice back to the flagged text', () => {
    const text = '🚀 Launch news 🚀. The rocket is expected to fly, officials said.';
    for (const a of detect(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(detect(text)).toHaveLength(2);
  });
  it('handles empty text and text without sentences', () => {
    expect(detect('')).toEqual([]);
    expect(detect('   \n\n ')).toEqual([]);
  });
});
