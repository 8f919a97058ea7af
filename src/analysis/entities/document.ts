import type { TokenSpan } from './labels';
import type { TaggerModel } from './model';
import { tagSentence } from './tagger';
import { harmonize } from './consistency';
import { tagCompounds } from './compounds';
import { typeByCues } from './cues';
import { joinOrgNames } from './org-names';
import { runningCase } from './title-case';

/** Tags every sentence of one document, then makes the tags agree across the document. */
export function tagDocument(model: TaggerModel, given: readonly (readonly string[])[]): TokenSpan[][] {
  const sentences = given.map((tokens) => runningCase(tokens, model.ctx.lowerWords));
  const spans = sentences.map((tokens) => tagSentence(model, tokens));
  const joined = harmonize(sentences, spans, model.ctx.lowerWords).map((ss, si) =>
    tagCompounds(sentences[si]!, joinOrgNames(sentences[si]!, ss), model.ctx.gazetteer),
  );
  return typeByCues(sentences, joined, model.ctx.gazetteer);
}
