import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule hedges', () => {
  it('flags reportive adverbs and "is said to"', () => {
    expect(ruleFlags('The minister reportedly resigned on Monday.')).toEqual([['hedges', 'reportedly']]);
    expect(ruleFlags('The gang is said to control the port.')).toEqual([['hedges', 'is said to']]);
  });
  it('flags "so-called", as the news gold does, before a group or a term', () => {
    expect(ruleFlags('The so-called experts were wrong.')).toEqual([['hedges', 'so-called']]);
    expect(ruleFlags('The so-called carried interest rule stays.')).toEqual([['hedges', 'so-called']]);
  });
  it('flags attributive hedges, not the verb', () => {
    expect(ruleFlags('The alleged fraud cost the city millions.')).toEqual([['hedges', 'alleged']]);
    expect(ruleFlags('Hosts with a perceived bias were bypassed.')).toEqual([['hedges', 'perceived']]);
    expect(ruleFlags('Karl Weiss alleged fraud in the vote.', [['PERSON', 'Karl Weiss']])).toEqual([]);
  });
});
