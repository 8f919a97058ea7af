import { detectAttributions } from '../../../src/analysis/attributions';
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
