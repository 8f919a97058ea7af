import { describe, expect, it } from 'vitest';
import { f1, scoreEntities, type ScoredMention } from '../../../eval/news/entity-score';

const m = (start: number, end: number, type: ScoredMention['type'], entity: string): ScoredMention => ({
  start,
  end,
  type,
  entity,
});

describe('scoreEntities (score_entities.py definitions)', () => {
  const gold = [
    m(0, 5, 'PERSON', 'Ann'),
    m(10, 13, 'PERSON', 'Ann'),
    m(20, 25, 'ORG', 'Acme'),
    m(30, 35, 'ORG', 'Acme'),
    m(40, 45, 'GROUP', 'Danes'),
  ];
  const predicted = [
    m(0, 5, 'PERSON', 'k1'),
    m(0, 5, 'PERSON', 'k1'),
    m(10, 13, 'PERSON', 'k1'),
    m(20, 25, 'PLACE', 'k2'),
    m(30, 35, 'ORG', 'k3'),
    m(50, 55, 'OTHER', 'k4'),
  ];
  const s = scoreEntities([{ id: 'x', gold, predicted }]);

  it('scores typed and untyped exact spans, duplicates counted once', () => {
    expect(s.typed.ALL).toEqual({ tp: 3, pred: 5, gold: 5 });
    expect(s.typed.CORE).toEqual({ tp: 3, pred: 4, gold: 4 });
    expect(s.typed.PLACE).toEqual({ tp: 0, pred: 1, gold: 0 });
    expect(s.untyped).toEqual({ tp: 4, pred: 5, gold: 5 });
    expect(f1(s.typed.ALL).f).toBeCloseTo(0.6);
  });

  it('counts an entity resolved when all its mentions are found under one key of its own', () => {
    // Ann: both mentions under k1; Acme: split between k2 and k3; Danes has one mention (not counted).
    expect(s.strict).toEqual([1, 2]);
  });

  it('lists misses and false predictions per article', () => {
    expect(s.errors[0]!.missed.map((x) => x.start)).toEqual([20, 40]);
    expect(s.errors[0]!.falsePredictions.map((x) => x.start)).toEqual([20, 50]);
  });
});
