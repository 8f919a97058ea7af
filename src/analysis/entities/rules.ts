/**
 * The post-tagging rules, by name, so that `npm run eval -- ner-rules` can measure each one by switching
 * it off (the ablation table in README.md). The recognizer runs them all unless told otherwise.
 *  - title-case: title-case headlines read with their common words lowered (title-case.ts)
 *  - consistency: sentence-opening common words dropped, coordinations and headline runs of names split, PERSON votes, missed repeats (consistency.ts)
 *  - org-names: "Committee for a Responsible Federal Budget" joined (org-names.ts)
 *  - compounds: untagged "London-based" compounds whose name part the lexicon knows (compounds.ts)
 *  - cues: typing by cue words around a name and by its head noun (cues.ts, heads.ts)
 *  - facilities: "[U.S.] Embassy" joined into one place (facilities.ts)
 *  - head-types: facility heads make places, event heads OTHER, lone group words GROUP (mentions.ts)
 *  - party-labels: "(D-N.C.)" after a name, the party a group and the state a place (party-labels.ts)
 *  - slashes: names joined by a slash are cut apart, "Getty/Instagram" (slashes.ts)
 */
export const RULES = [
  'title-case',
  'consistency',
  'org-names',
  'compounds',
  'cues',
  'facilities',
  'head-types',
  'party-labels',
  'slashes',
] as const;
export type Rule = (typeof RULES)[number];
export type RuleSet = ReadonlySet<Rule>;
export const ALL_RULES: RuleSet = new Set(RULES);
