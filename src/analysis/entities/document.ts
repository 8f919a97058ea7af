import type { TokenSpan } from './labels';
import type { TaggerModel } from './model';
import { tagSentences } from './tagger';
import { harmonize } from './consistency';
import { tagCompounds } from './compounds';
import { typeByCues } from './cues';
import { joinOrgNames } from './org-names';
import { ALL_RULES, type RuleSet } from './rules';
import { isTitleCase, runningCase } from './title-case';

/** Tags every sentence of one document (two stages), then applies the document-level rules in `rules`. */
export function tagDocument(
  model: TaggerModel,
  given: readonly (readonly string[])[],
  rules: RuleSet = ALL_RULES,
): TokenSpan[][] {
  const sentences = rules.has('title-case') ? given.map((tokens) => runningCase(tokens, model.ctx.lowerWords)) : given;
  let spans = tagSentences(model, sentences);
  if (rules.has('consistency')) spans = harmonize(sentences, spans, model.ctx.lowerWords, given.map(isTitleCase));
  if (rules.has('org-names')) spans = spans.map((ss, si) => joinOrgNames(sentences[si]!, ss));
  if (rules.has('compounds')) spans = spans.map((ss, si) => tagCompounds(sentences[si]!, ss, model.ctx.gazetteer));
  return rules.has('cues') ? typeByCues(sentences, spans, model.ctx.gazetteer) : spans;
}
