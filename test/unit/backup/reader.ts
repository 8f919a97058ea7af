import { analyzeText } from '../../../src/analysis/analyze';
import { loadEntityRecognizerFromDisk } from '../../../src/analysis/entities/load-from-disk';
import { SAMPLE } from '../../../src/cli/sample/article';
import { FOLLOW_UP } from '../../../src/cli/sample/follow-up';
import type { SavedHighlight } from '../../../src/highlights/types';
import type { ReaderChoiceStore } from '../../../src/knowledge/types';
import { saveHighlight } from '../../../src/store/highlights-repo';
import { recordArticle } from '../../../src/store/record-article';
import { resolveKeysAgainstHistory } from '../../../src/store/resolve-keys';
import type { BackstoryDb } from '../../../src/store/schema';
import { updateSettings } from '../../../src/store/settings-repo';

const recognizer = loadEntityRecognizerFromDisk();
export const DAY = 86_400_000;
export const T0 = Date.UTC(2021, 6, 1);

export const highlightOf = (id: string, url: string, updatedAt: number, note = ''): SavedHighlight => ({
  id,
  url,
  title: 'Iraq presses Turkey',
  site: 'Meridian Wire',
  quote: { type: 'TextQuoteSelector', exact: 'Tigris River', prefix: 'dams on the ', suffix: ', warning' },
  position: { type: 'TextPositionSelector', start: 120, end: 132 },
  note,
  createdAt: T0,
  updatedAt,
});

/** Reads `sample` as the background does: analysed, keys joined to the history, recorded. */
export async function read(db: BackstoryDb, sample: typeof SAMPLE, at: number, title = sample.title): Promise<void> {
  const meta = { title, url: sample.url, published: sample.published, site: sample.site };
  const analysis = await resolveKeysAgainstHistory(db, analyzeText(sample.text, meta, recognizer));
  await recordArticle(db, analysis, { site: sample.site }, at);
}

/** A reader's database with something in every table and a Wikidata choice. */
export async function fillReader(db: BackstoryDb, choices: ReaderChoiceStore): Promise<void> {
  await read(db, SAMPLE, T0);
  await read(db, FOLLOW_UP, T0 + DAY);
  await saveHighlight(db, highlightOf('h1', SAMPLE.url, T0 + 5, 'Who are the officials?'));
  await saveHighlight(db, highlightOf('h2', FOLLOW_UP.url, T0 + DAY));
  await updateSettings(db, { lookups: false, disabledSites: ['sports.example.com'], onboarded: true });
  await choices.mergeChoices([{ name: 'Fuad Hussein', qid: 'Q5508166', at: T0 + 7 }]);
}

export { SAMPLE, FOLLOW_UP };
