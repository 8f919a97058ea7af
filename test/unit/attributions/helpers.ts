import { detectAttributions } from '../../../src/analysis/attributions';
import {
  CUE_BEGIN,
  CUE_INSIDE,
  O,
  SOURCE_BEGIN,
  SOURCE_INSIDE,
} from '../../../src/analysis/attributions/learned/labels';
import type { AttributionTagger } from '../../../src/analysis/attributions/learned/tagger';
import { splitSentences } from '../../../src/analysis/text/sentences';
import type { Attribution, Entity, EntityType } from '../../../src/analysis/types';

/** Hand-built entities: every occurrence of each surface form in the text becomes a mention. */
export function entities(text: string, spec: [EntityType, ...string[]][]): Entity[] {
  return spec.map(([type, ...forms]) => ({
    key: forms[0]!,
    name: forms[0]!,
    type,
    roles: [],
    mentions: forms.flatMap((form) => {
      const found = [];
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1))
        found.push({ start: i, end: i + form.length, text: form });
      return found;
    }),
  }));
}

export function detect(text: string, spec: [EntityType, ...string[]][] = []): Attribution[] {
  return detectAttributions(text, splitSentences(text), entities(text, spec));
}

/** The flags as [category, text] pairs, easy to compare. */
export function flags(text: string, spec: [EntityType, ...string[]][] = []): [string, string][] {
  return detect(text, spec).map((a) => [a.category, a.text]);
}

/** The flags as [rule id, text] pairs: which rule made what. */
export function ruleFlags(text: string, spec: [EntityType, ...string[]][] = []): [string, string][] {
  return detect(text, spec).map((a) => [a.rule, a.text]);
}

/**
 * A stand-in for the learned tagger that marks the given phrases (every occurrence) as a vague source or
 * an agentless cue, so the learned rules and their gate are tested apart from the weights.
 */
export function taggerMarking(marks: ['source' | 'cue', string][]): AttributionTagger {
  return {
    tag(view) {
      const labels = new Uint8Array(view.tokens.length).fill(O);
      for (const [kind, phrase] of marks) {
        for (let at = view.text.indexOf(phrase); at >= 0; at = view.text.indexOf(phrase, at + 1)) {
          let first = true;
          view.tokens.forEach((t, i) => {
            if (t.start < at || t.end > at + phrase.length) return;
            labels[i] = kind === 'source' ? (first ? SOURCE_BEGIN : SOURCE_INSIDE) : first ? CUE_BEGIN : CUE_INSIDE;
            first = false;
          });
        }
      }
      return labels;
    },
  };
}

/** The flags as [rule id, category, text], with a tagger. */
export function learnedFlags(
  text: string,
  tagger: AttributionTagger,
  spec: [EntityType, ...string[]][] = [],
): [string, string, string][] {
  return detectAttributions(text, splitSentences(text), entities(text, spec), tagger).map((a) => [
    a.rule,
    a.category,
    a.text,
  ]);
}
