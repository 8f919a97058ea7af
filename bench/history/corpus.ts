import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real news texts from ../shared, read in place: PolNeAR's US political articles (train and dev) and the GMB's
 * Voice of America sentences, five consecutive sentences to a pseudo-article (the corpus keeps each story's
 * sentences together but not its boundaries).
 */
export interface CorpusText {
  id: string;
  site: string;
  title: string;
  text: string;
}

export const SHARED = join(import.meta.dirname, '../../../shared');
const POLNEAR = join(SHARED, 'data/attribution/polnear/data');
const GMB = join(SHARED, 'data/ner/gmb/gmb_ner.conll');
export const GMB_SENTENCES_PER_ARTICLE = 5;

export const corpusAvailable = () => existsSync(POLNEAR) && existsSync(GMB);

export function polnearTexts(): CorpusText[] {
  return ['train', 'dev'].flatMap((split) => {
    const dir = join(POLNEAR, split, 'text');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        return {
          id: `polnear-${file.replace(/\.txt$/, '')}`,
          // Files are named <outlet>_<date>_<slug>.txt.
          site: `${file.split('_')[0]}.example`,
          title: text.split('\n', 1)[0]!.trim(),
          text,
        };
      });
  });
}

/** Tokens back to text: no space before closing punctuation and clitics, none after opening brackets. */
function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const t of tokens) {
    const attach = /^([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(t) || (t === '"' && quoteOpen);
    const prev = out.at(-1);
    const afterOpen = prev === '(' || prev === '$' || (prev === '"' && quoteOpen && out.at(-2) === ' ');
    out += out && !attach && !afterOpen ? ` ${t}` : t;
    if (t === '"') quoteOpen = !quoteOpen;
  }
  return out;
}

export function gmbTexts(): CorpusText[] {
  const sentences: string[] = [];
  let tokens: string[] = [];
  for (const line of readFileSync(GMB, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (tokens.length) sentences.push(detokenize(tokens));
      tokens = [];
    } else tokens.push(line.split('\t', 1)[0]!);
  }
  if (tokens.length) sentences.push(detokenize(tokens));
  const out: CorpusText[] = [];
  for (let i = 0; i + GMB_SENTENCES_PER_ARTICLE <= sentences.length; i += GMB_SENTENCES_PER_ARTICLE) {
    const group = sentences.slice(i, i + GMB_SENTENCES_PER_ARTICLE);
    out.push({
      id: `gmb-${i / GMB_SENTENCES_PER_ARTICLE}`,
      site: 'voanews.example',
      title: group[0]!.split(/\s+/).slice(0, 12).join(' '),
      text: group.join(' '),
    });
  }
  return out;
}
