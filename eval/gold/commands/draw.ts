import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../../src/cli/read-page';
import { readInput } from '../../../src/cli/read-input';
import { wordCount } from '../../vague/score';
import { analysedText, codePointLength, textSha256 } from '../article-text';
import { MANIFEST_PATH, SHARED, type Manifest, type ManifestArticle, type Split } from '../manifest';
import { seededRandom } from '../seeded-random';
import { selectArticles, type Candidate, type SelectionRules } from '../select';
import { splitBySource } from '../split';

/** Fixed before the draw was first run; changing it re-draws the set, which is frozen. */
const SEED = 8;
const POLNEAR = 'data/attribution/polnear/data';

/** The English news pages of ../shared with no gold yet; a page from a PolNeAR publisher joins its source. */
const PAGES: { page: string; source: string; published?: string; publishedFrom?: string }[] = [
  { page: 'breitbart', source: 'breitbart' },
  { page: 'nytimes-2', source: 'nyt' },
  {
    page: 'herald-sun-1',
    source: 'herald-sun',
    published: '2015-03-13',
    publishedFrom: 'the page’s datestamp “March 13, 2015” (Readability finds no date)',
  },
  { page: 'medicalnewstoday', source: 'medicalnewstoday' },
  { page: 'msn', source: 'msn' },
];
const EXCLUDED = [
  {
    path: 'pages/engadget/source.html',
    why: 'a product review (Xbox One X), not a news article; 1,854 words. Replaced by one more PolNeAR article',
  },
];

/**
 * dev2, drawn once the set was annotated: more dev articles from dev's PolNeAR publishers, by its own seed so
 * the first draw is reproduced untouched, and held out from training.
 */
const DEV2_SEED = 9;
const DEV2_PER_SOURCE = 4;

/**
 * train, drawn after dev2: news labels in our conventions for the weights to learn from, from PolNeAR's train
 * compartment of dev's publishers only, so no test source is learnt from. Drawn in batches, each by its own seed
 * from what the earlier batches left, so an added batch leaves the earlier ones untouched.
 */
const TRAIN_BATCHES = [
  { seed: 10, perSource: 8 },
  { seed: 11, perSource: 16 },
];

const RULES: SelectionRules = {
  total: 44 - PAGES.length,
  minWords: 250,
  maxWords: 1200,
  minPerSource: 5,
  maxPerSource: 6,
  minOffCampaign: 2,
  maxCampaignMentions: 2,
};

interface PolnearCandidate extends Candidate {
  path: string;
  date: string;
}

/** PolNeAR articles of one compartment described by metadata.tsv, with their word counts. */
function polnearCandidates(compartment: 'dev' | 'train'): PolnearCandidate[] {
  const [header, ...rows] = readFileSync(join(SHARED, POLNEAR, 'metadata.tsv'), 'utf8')
    .trimEnd()
    .split('\n');
  const col = header!.split('\t');
  const at = (row: string[], name: string): string => row[col.indexOf(name)] ?? '';
  return rows
    .map((line) => line.split('\t'))
    .filter((row) => at(row, 'compartment') === compartment)
    .map((row) => {
      const name = at(row, 'filename');
      const path = `${POLNEAR}/${compartment}/text/${name}.txt`;
      const campaign = Number(at(row, 'trump_count')) + Number(at(row, 'clinton_count'));
      if (!Number.isFinite(campaign)) throw new Error(`${name}: unreadable trump/clinton counts`);
      return {
        id: `polnear-${name}`,
        source: at(row, 'publisher'),
        path,
        date: at(row, 'publication_date'),
        words: wordCount(readInput(join(SHARED, path))),
        campaignMentions: campaign,
        wire: !['', 'None', 'NA'].includes(at(row, 'wire')),
      };
    });
}

function describe(
  base: Omit<ManifestArticle, 'split' | 'words' | 'text_length' | 'text_sha256'>,
): Omit<ManifestArticle, 'split'> {
  const text = analysedText(base);
  return { ...base, words: wordCount(text), text_length: codePointLength(text), text_sha256: textSha256(text) };
}

function describePolnear(c: PolnearCandidate, corpus: 'polnear-dev' | 'polnear-train'): Omit<ManifestArticle, 'split'> {
  return describe({
    id: c.id,
    corpus,
    source: c.source,
    path: c.path,
    publication_date: c.date,
    publication_date_from: 'PolNeAR metadata.tsv',
  });
}

export function drawManifest(): Manifest {
  const random = seededRandom(SEED);
  const candidates = polnearCandidates('dev');
  const { selected, notes } = selectArticles(candidates, RULES, random);
  const articles = [
    ...selected.map((c) => describePolnear(c, 'polnear-dev')),
    ...PAGES.map((p) => {
      const path = `pages/${p.page}/source.html`;
      const found = readPage(readInput(join(SHARED, path)), 'https://localhost/')?.meta.published?.slice(0, 10);
      const date = p.published ?? found;
      if (!date) throw new Error(`${path}: no publication date`);
      return describe({
        id: p.page,
        corpus: 'pages',
        source: p.source,
        path,
        publication_date: date,
        publication_date_from: p.publishedFrom ?? 'the page’s metadata, as the CLI extracts it',
      });
    }),
  ];
  const sides = splitBySource(
    articles.map((a) => ({ source: a.source, words: a.words, page: a.corpus === 'pages' })),
    random,
  );
  const devSources = new Set(articles.filter((a) => sides.get(a.source) === 'dev').map((a) => a.source));
  const dev2 = drawDev2(candidates, new Set(selected.map((c) => c.id)), devSources);
  const train = drawTrain(devSources);
  const withSplit: ManifestArticle[] = [
    ...articles.map((a) => ({ ...a, split: sides.get(a.source)! })),
    ...dev2.articles,
    ...train.articles,
  ];
  const side = (split: Split) => {
    const inside = withSplit.filter((a) => a.split === split);
    return {
      sources: [...new Set(inside.map((a) => a.source))].sort(),
      articles: inside.length,
      words: inside.reduce((n, a) => n + a.words, 0),
    };
  };
  return {
    about:
      'The news gold set: which articles, from where, in which split. Test is frozen: its errors are never printed or read.',
    command: 'npm run gold -- draw',
    seed: SEED,
    rules: [
      `${RULES.total} PolNeAR dev articles drawn with seed ${SEED} from metadata and word counts only (eval/gold/select.ts)`,
      `${RULES.minWords}–${RULES.maxWords} words; ${RULES.minPerSource}–${RULES.maxPerSource} per publisher`,
      `per publisher at least ${RULES.minOffCampaign} articles with ≤ ${RULES.maxCampaignMentions} Trump + Clinton mentions (metadata counts) and a wire story, where it has them`,
      ...notes,
      `plus ${PAGES.length} pages of ../shared/pages with no gold; a page from a PolNeAR publisher belongs to that source`,
      'split by source: closest to half the articles, then half the pages, then half the words (eval/gold/split.ts)',
      `dev2, drawn after the set was annotated with seed ${DEV2_SEED}: ${DEV2_PER_SOURCE} more PolNeAR dev articles per dev publisher, same length and off-campaign rules; held out from training`,
      ...dev2.notes,
      ...TRAIN_BATCHES.map(
        (b, i) =>
          `train batch ${i + 1}, drawn after ${i ? 'the batch before' : 'dev2'} with seed ${b.seed}: ${b.perSource} more PolNeAR train articles per dev publisher, same length and off-campaign rules; the weights learn from it`,
      ),
      ...train.notes,
    ],
    excluded: EXCLUDED,
    splits: { dev: side('dev'), dev2: side('dev2'), test: side('test'), train: side('train') },
    articles: withSplit.sort((a, b) => a.split.localeCompare(b.split) || a.id.localeCompare(b.id)),
  };
}

/** dev2: DEV2_PER_SOURCE more articles from each dev PolNeAR publisher, none the first draw took. */
function drawDev2(
  candidates: readonly PolnearCandidate[],
  taken: ReadonlySet<string>,
  devSources: ReadonlySet<string>,
): { articles: ManifestArticle[]; notes: string[] } {
  const pool = candidates.filter((c) => devSources.has(c.source) && !taken.has(c.id));
  const perSource = new Set(pool.map((c) => c.source)).size;
  const { selected, notes } = selectArticles(
    pool,
    { ...RULES, total: DEV2_PER_SOURCE * perSource, minPerSource: DEV2_PER_SOURCE, maxPerSource: DEV2_PER_SOURCE },
    seededRandom(DEV2_SEED),
  );
  const articles = selected.map((c) => ({ ...describePolnear(c, 'polnear-dev'), split: 'dev2' as const }));
  return { articles, notes: notes.map((n) => `dev2: ${n}`) };
}

/** train: each batch draws its articles per dev publisher from the PolNeAR train articles no batch took. */
function drawTrain(devSources: ReadonlySet<string>): { articles: ManifestArticle[]; notes: string[] } {
  let pool = polnearCandidates('train').filter((c) => devSources.has(c.source));
  const publishers = new Set(pool.map((c) => c.source)).size;
  const articles: ManifestArticle[] = [];
  const notes: string[] = [];
  for (const [i, batch] of TRAIN_BATCHES.entries()) {
    const drawn = selectArticles(
      pool,
      {
        ...RULES,
        total: batch.perSource * publishers,
        minPerSource: batch.perSource,
        maxPerSource: batch.perSource,
      },
      seededRandom(batch.seed),
    );
    const taken = new Set(drawn.selected.map((c) => c.id));
    pool = pool.filter((c) => !taken.has(c.id));
    articles.push(...drawn.selected.map((c) => ({ ...describePolnear(c, 'polnear-train'), split: 'train' as const })));
    notes.push(...drawn.notes.map((n) => `train batch ${i + 1}: ${n}`));
  }
  return { articles, notes };
}

/** `npm run gold -- draw`: writes the manifest once; afterwards checks that the draw still reproduces it. */
export function drawCommand(): number {
  const drawn = JSON.stringify(drawManifest(), null, 2) + '\n';
  if (!existsSync(MANIFEST_PATH)) {
    writeFileSync(MANIFEST_PATH, drawn);
    console.log(`wrote ${MANIFEST_PATH}`);
    return 0;
  }
  if (JSON.stringify(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'))) === JSON.stringify(JSON.parse(drawn))) {
    console.log('manifest.json is exactly what the draw gives');
    return 0;
  }
  console.error('manifest.json differs from the draw (a text in ../shared changed, or the draw did): not rewritten');
  return 1;
}
