import { analyzeText } from '../../src/analysis/analyze';
import type { EntityRecognizer } from '../../src/analysis/entities';
import type { DatedEvent } from '../../src/analysis/types';
import { codePointToUtf16, utf16ToCodePoint } from '../lib/code-points';
import { matchEvents, type EventMatch, type GoldEventSpan } from '../lib/event-match';
import { score as scoreVague, type Score as VagueScore } from '../vague/score';
import type { GoldArticle } from './articles';
import { scoreEntities, type EntityScore } from './entity-score';

export interface SetScore {
  articles: number;
  /** Each article's text, for error listings. */
  texts: Map<string, string>;
  entities: EntityScore | null;
  vague: (VagueScore & { gold: number }) | null;
  events: {
    gold: number;
    predicted: number;
    matched: number;
    wrongDate: number;
    errors: { id: string; match: EventMatch<GoldEventSpan> }[];
  } | null;
}

/**
 * The product on a gold set through analyzeText — the CLI's and the extension's path — with the article's
 * publication date, as `npm run analyze -- FILE --published DATE` does. Vague attributions are scored as
 * ../shared/docs/vague-attributions.md says (eval/vague/score.ts; OUTLET_RELAY is a badge, not a flag) and
 * events as eval/sections/events.ts does (eval/lib/event-match.ts).
 */
export function evaluate(articles: readonly GoldArticle[], recognizer: EntityRecognizer): SetScore {
  const analysed = articles.map((g) => ({ g, analysis: analyzeText(g.text, { published: g.published }, recognizer) }));
  const withMentions = analysed.filter(({ g }) => g.mentions);
  const withVague = analysed.filter(({ g }) => g.attributions);
  const withEvents = analysed.filter(({ g }) => g.events);

  const entities = withMentions.length
    ? scoreEntities(
        withMentions.map(({ g, analysis }) => {
          const point = utf16ToCodePoint(g.text);
          return {
            id: g.id,
            gold: g.mentions!,
            predicted: analysis.entities.flatMap((e) =>
              e.mentions.map((m) => ({ start: point[m.start]!, end: point[m.end]!, type: e.type, entity: e.key })),
            ),
          };
        }),
      )
    : null;

  const vague = withVague.length
    ? {
        gold: withVague.reduce((n, { g }) => n + g.attributions!.vague.length, 0),
        ...scoreVague(
          withVague.map(({ g }) => {
            const unit = codePointToUtf16(g.text);
            const conv = (s: { start: number; end: number }) => ({
              start: unit[s.start]!,
              end: unit[s.end]!,
              text: g.text.slice(unit[s.start], unit[s.end]),
            });
            return {
              id: g.id,
              text: g.text,
              vague: g.attributions!.vague.map(conv),
              soft: g.attributions!.soft.map(conv),
              named: g.attributions!.named.map(conv),
            };
          }),
          new Map(
            withVague.map(({ g, analysis }) => [
              g.id,
              analysis.attributions.filter((a) => a.category !== 'OUTLET_RELAY'),
            ]),
          ),
        ),
      }
    : null;

  let events: SetScore['events'] = null;
  if (withEvents.length) {
    events = { gold: 0, predicted: 0, matched: 0, wrongDate: 0, errors: [] };
    for (const { g, analysis } of withEvents) {
      const unit = codePointToUtf16(g.text);
      const gold = g.events!.map((e) => ({ ...e, start: unit[e.start]!, end: unit[e.end]! }));
      const match = matchEvents(gold, analysis.events as DatedEvent[]);
      events.gold += gold.length;
      events.predicted += analysis.events.length;
      events.matched += match.matched.length;
      events.wrongDate += match.missed.filter((m) => m.near).length;
      events.errors.push({ id: g.id, match });
    }
  }
  return { articles: articles.length, texts: new Map(articles.map((g) => [g.id, g.text])), entities, vague, events };
}
