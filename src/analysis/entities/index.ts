import { splitSentences, type Sentence } from '../text/sentences';
import type { Entity } from '../types';
import { tagDocument } from './document';
import { joinFacilities } from './facilities';
import { entityKey } from './keys';
import { toMention, type PlacedMention } from './mentions';
import { TYPES } from './labels';
import { loadModel } from './model';
import { nerTokens } from './ner-tokens';
import { withPartyLabels } from './party-labels';
import { resolveMentions } from './resolve';
import { ALL_RULES, type RuleSet } from './rules';
import { splitAtSlashes } from './slashes';
import { findRoles, OTHER_NAME, PERSON_NAME } from './roles';

/** The weights file under the extension root's /model/ (assets/public/model/ in the repository). */
export const MODEL_FILE = 'entities.bin';

export interface EntityRecognizer {
  /**
   * Resolved entities of the text, offsets in UTF-16 code units; synchronous and side-effect free.
   * `sentences` (splitSentences(text)) saves splitting again when the caller has them.
   */
  recognize(text: string, sentences?: Sentence[]): Entity[];
}

/**
 * Parses the weights once (entities.bin, see train/README.md); the recognizer is then reusable. `rules`
 * (rules.ts) are for the ablation eval: the product runs them all.
 * recognize: sentences → the tagger's tokens → BILOU tags per sentence, made consistent across the
 * document and typed by the cue words around names (cues.ts) → names joined by a slash cut apart → facilities joined → mentions under our
 * span conventions → party-and-state labels → roles → resolution → stable keys.
 */
export function createEntityRecognizer(model: Uint8Array, rules: RuleSet = ALL_RULES): EntityRecognizer {
  const m = loadModel(model);
  const gazetteer = m.ctx.gazetteer;
  return {
    recognize(text: string, given?: Sentence[]): Entity[] {
      const sentences = (given ?? splitSentences(text)).map(nerTokens);
      const words = sentences.map((s) => s.map((t) => t.text));
      const tagged = tagDocument(m, words, rules).map((ss, si) =>
        rules.has('slashes') ? splitAtSlashes(words[si]!, ss) : ss,
      );
      const spans = rules.has('facilities') ? tagged.map((ss, si) => joinFacilities(words[si]!, ss)) : tagged;
      const named: PlacedMention[] = [];
      spans.forEach((ss, si) => {
        for (const span of ss) {
          const mention = toMention(text, sentences[si]!, span, si, gazetteer, rules.has('head-types'));
          if (mention) named.push(mention);
        }
      });
      const mentions = rules.has('party-labels') ? withPartyLabels(text, sentences, named) : named;
      const roleOf = new Map<PlacedMention, string[]>();
      // Per sentence, which tokens names cover (roles take in places and groups, never other people).
      const covered = spans.map((ss, si) => {
        const mask = new Uint8Array(sentences[si]!.length);
        for (const s of ss) mask.fill(TYPES[s.type] === 'PERSON' ? PERSON_NAME : OTHER_NAME, s.start, s.end);
        return mask;
      });
      for (const mention of mentions) {
        if (mention.type !== 'PERSON') continue;
        const tokens = sentences[mention.sentence]!;
        roleOf.set(
          mention,
          findRoles(text, tokens, mention.first, mention.last, covered[mention.sentence]!, gazetteer),
        );
      }
      return resolveMentions(mentions).map((c) => ({
        key: entityKey(c.type, c.name),
        name: c.name,
        type: c.type,
        roles: [...new Set(c.mentions.flatMap((x) => roleOf.get(x as PlacedMention) ?? []))],
        mentions: c.mentions.map((x) => ({ start: x.start, end: x.end, text: x.text })),
      }));
    },
  };
}
