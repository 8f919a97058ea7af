import { describe, expect, it } from 'vitest';
import { ruleFlags } from '../helpers';

describe('rule hedges', () => {
  it('flags reportive adverbs and "is said to"', () => {
    expect(ruleFlags('The minister reportedly resigned on Monday.')).toEqual([['hedges', 'reportedly']]);
    expect(ruleFlags('The gang is said to control the port.')).toEqual([['hedges', 'is said to']]);
  });
  it('flags "so-called" only before a group', () => {
    expect(ruleFlags('The so-called experts were wrong.')).toEqual([['hedges', 'so-called']]);
    expect(ruleFlags('The so-called carried interest rule stays.')).toEqual([]);
  });
});
