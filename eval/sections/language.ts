/**
 * The English check against two maintained detectors, eld and franc-min, as baselines: on the Universal
 * Declaration of Human Rights in every translation of the `udhr` package (short paragraphs and a long
 * text per language), on English news from ../shared's gold sets (short paragraphs and whole articles;
 * seed-000 is dense with Arabic names), on CoNLL-2003's documents (results tables, market data and prose,
 * as the text path of `npm run eval -- ner` reads them), and on ../shared/pages as the extension reads them, where
 * Backstory also has the page's declared language. The goal: no non-English text called English, and
 * English still English. franc's trigrams were made from these UDHR texts, so its UDHR rows flatter it.
 * Runnable alone: `npx tsx eval/sections/language.ts`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eld } from 'eld/large';
import { franc } from 'franc-min';
import { detectLanguage } from '../../src/analysis/language';
import {
  asLong,
  conllDocuments,
  ENGLISH_BASED,
  englishArticles,
  pages,
  SHORT,
  shortParagraphs,
  spread,
  udhrDeclarations,
  type Sample,
} from '../lib/language-samples';

/** Short paragraphs per language other than English: enough to see, few enough to run in seconds. */
const SHORT_PER_LANGUAGE = 5;
/** Pages of ../shared/pages that are not in English (French, Portuguese, German, Lorem ipsum). */
const NON_ENGLISH_PAGES = new Set(['folha', 'heise', 'lemonde-1', 'rtl-1']);

interface Detector {
  name: string;
  isEnglish(sample: Sample): boolean;
}

const DETECTORS: Detector[] = [
  { name: 'backstory', isEnglish: (s) => detectLanguage(s.text, s.declared) === 'en' },
  { name: 'eld', isEnglish: (s) => eld.detect(s.text).language === 'en' },
  { name: 'franc-min', isEnglish: (s) => franc(s.text) === 'eng' },
];

interface Row {
  label: string;
  samples: Sample[];
  /** Whether the samples are English (the goal is "all called English") or not ("none"). */
  english: boolean;
}

export default async function main(): Promise<void> {
  const declarations = udhrDeclarations();
  const english = declarations.find((d) => d.code === 'eng');
  const others = declarations.filter((d) => d.code !== 'eng' && !ENGLISH_BASED.has(d.code));
  const based = declarations.filter((d) => ENGLISH_BASED.has(d.code));
  const latin = others.filter((d) => /^[\p{Script=Latin}\P{L}]*$/u.test(d.long.text));
  const news = englishArticles();
  const names = news.filter((a) => a.source === 'seed-000');
  const read = pages();
  const foreignPages = read.filter((p) => NON_ENGLISH_PAGES.has(p.source));
  const englishPages = read.filter((p) => !NON_ENGLISH_PAGES.has(p.source));
  const withoutDeclared = (s: Sample): Sample => ({ ...s, declared: null });

  console.log(
    `## English or not: ${others.length} UDHR languages besides English (${latin.length} in Latin script), ` +
      `short = paragraphs of ${SHORT.min}-${SHORT.max} words, long = up to 300 words`,
  );
  const rows: Row[] = [
    {
      label: 'UDHR, not English, short',
      samples: others.flatMap((d) => spread(d.short, SHORT_PER_LANGUAGE)),
      english: false,
    },
    { label: 'UDHR, not English, long', samples: others.map((d) => d.long), english: false },
    {
      label: '  of them Latin script, short',
      samples: latin.flatMap((d) => spread(d.short, SHORT_PER_LANGUAGE)),
      english: false,
    },
    { label: 'pages, not English, short', samples: foreignPages.flatMap((s) => shortParagraphs(s)), english: false },
    {
      label: 'pages, not English, whole',
      samples: foreignPages.map(withoutDeclared),
      english: false,
    },
    { label: 'pages, not English, + lang', samples: foreignPages, english: false },
    { label: 'UDHR English, short', samples: english?.short ?? [], english: true },
    { label: 'UDHR English, long', samples: english ? [english.long] : [], english: true },
    { label: 'news, English, short', samples: news.flatMap((s) => shortParagraphs(s)), english: true },
    { label: 'news, English, long', samples: news.map(asLong), english: true },
    { label: 'CoNLL eng.testa documents', samples: conllDocuments('eng.testa'), english: true },
    { label: 'CoNLL eng.train documents', samples: conllDocuments('eng.train'), english: true },
    {
      label: '  seed-000 (names), paragraphs',
      samples: names.flatMap((a) => shortParagraphs(a, Infinity)),
      english: true,
    },
    { label: 'pages, English, short', samples: englishPages.flatMap((s) => shortParagraphs(s)), english: true },
    { label: 'pages, English, whole', samples: englishPages.map(withoutDeclared), english: true },
    { label: 'pages, English, + lang', samples: englishPages, english: true },
  ];
  console.log(
    `${'called English'.padEnd(30)} ${'goal'.padStart(5)} ${'n'.padStart(5)} ` +
      DETECTORS.map((d) => d.name.padStart(11)).join(''),
  );
  const misses = new Map<string, string[]>();
  for (const row of rows) {
    if (row.samples.length === 0) continue;
    const cells = DETECTORS.map((d) => {
      const wrong = row.samples.filter((s) => d.isEnglish(s) !== row.english);
      if (d.name === 'backstory' && !row.label.startsWith('  '))
        misses.set(
          row.label,
          wrong.map((s) => `${s.source} (${s.name}): ${s.text.slice(0, 70).replace(/\s+/g, ' ')}…`),
        );
      const called = row.english ? row.samples.length - wrong.length : wrong.length;
      return `${called}`.padStart(11);
    });
    console.log(
      `${row.label.padEnd(30)} ${(row.english ? 'all' : 'none').padStart(5)} ${`${row.samples.length}`.padStart(5)} ${cells.join('')}`,
    );
  }
  const creoles = based.flatMap((d) => [...spread(d.short, SHORT_PER_LANGUAGE), d.long]);
  console.log(
    `English-based creoles and Scots (${based.map((d) => d.code).join(', ')}; no goal), ${creoles.length} texts: ` +
      DETECTORS.map((d) => `${d.name} ${creoles.filter((s) => d.isEnglish(s)).length}`).join(', '),
  );
  for (const [label, list] of misses) {
    if (list.length === 0) continue;
    console.log(`backstory wrong on "${label.trim()}": ${list.length}`);
    for (const line of list.slice(0, 12)) console.log(`  ${line}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
