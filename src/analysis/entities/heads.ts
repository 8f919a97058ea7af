/**
 * Head nouns that decide a name's type under our conventions, where CoNLL-trained weights often
 * disagree: facilities are places ("U.S. Embassy", "Tahrir Square"), and named events, laws and
 * agreements are OTHER ("Arab Spring", "Great Depression", "Affordable Care Act", "Paris Agreement").
 */
export const FACILITIES: ReadonlySet<string> = new Set([
  'embassy', 'consulate', 'airport', 'square', 'museum', 'zone', 'bridge', 'street', 'avenue', 'palace',
  'stadium', 'mosque', 'cathedral', 'shrine', 'prison', 'park', 'base',
]);

export const EVENTS: ReadonlySet<string> = new Set([
  'war', 'revolution', 'spring', 'depression', 'crisis', 'uprising', 'intifada', 'massacre', 'olympics', 'games',
  'cup', 'championship', 'championships', 'festival', 'act', 'treaty', 'accord', 'accords', 'agreement', 'protocol',
  'prize', 'award',
]);
