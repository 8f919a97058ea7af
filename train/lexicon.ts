import nlp from 'compromise';
import type { GazetteerLists } from '../src/analysis/entities/gazetteer';

/**
 * Gazetteers from compromise's own MIT lexicon (names, places, organizations, demonyms, job titles),
 * plus short lists of our own for what that lexicon lacks: religious and political groups, demonyms
 * that are nouns ("Kurds", "Serbs"), and the words that make up titles.
 */
const OWN_GROUPS = `muslim muslims christian christians jew jews jewish shiite shiites shia shi'ite sunni sunnis catholic catholics
protestant protestants orthodox hindu hindus buddhist buddhists sikh sikhs islamist islamists islamic
republican republicans democrat democrats communist communists socialist socialists
kurd kurds kurdish arab arabs serb serbs croat croats turk turks brit brits scot scots pole poles dane danes
swede swedes finn finns thai czech czechs slovak british english irish scottish welsh dutch french
yazidi yazidis druze alawite alawites baathist baathists zionist zionists maoist maoists marxist marxists
western westerners`;

/** Words that begin a title ("Prime Minister", "Secretary of State"), stripped from person spans. */
const OWN_TITLE_WORDS = `mr mrs ms miss dr prof sir dame lord lady president vice prime minister deputy foreign defense defence
interior finance state of general secretary senator sen rep representative governor gov mayor chancellor king queen
prince princess sheikh shaikh ayatollah imam pope cardinal archbishop bishop rev reverend father chief justice judge
commander lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm gen brigadier marshal premier
ambassador envoy spokesman spokeswoman chairman chairwoman speaker leader cleric former acting supreme grand crown
emir sultan president-elect secretary-general attorney the`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export const TITLE_WORDS: ReadonlySet<string> = new Set(words(OWN_TITLE_WORDS));

export function buildLexicon(): GazetteerLists {
  const lex = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const lists: GazetteerLists = {
    first: [],
    last: [],
    person: [],
    country: [],
    city: [],
    place: [],
    org: [],
    demonym: [],
    group: [],
    title: [],
    newsPerson: [],
    newsOrg: [],
    newsPlace: [],
    newsGroup: [],
    newsOther: [],
  };
  for (const [word, tagOrTags] of Object.entries(lex)) {
    const tags = new Set(Array.isArray(tagOrTags) ? tagOrTags : [tagOrTags]);
    const has = (t: string): boolean => tags.has(t);
    if (has('FirstName') || has('MaleName') || has('FemaleName')) lists.first.push(word);
    if (has('LastName')) lists.last.push(word);
    if (has('Person')) lists.person.push(word);
    if (has('Country')) lists.country.push(word);
    if (has('City')) lists.city.push(word);
    if (has('Place') || has('Region')) lists.place.push(word);
    if (has('Organization') || has('SportsTeam')) lists.org.push(word);
    if (has('Demonym')) lists.demonym.push(word);
    if ((has('Actor') && !has('Plural')) || has('Honorific')) lists.title.push(word.replace(/\.$/, ''));
  }
  lists.group.push(...words(OWN_GROUPS));
  lists.title.push(
    ...[...TITLE_WORDS].filter((w) => !['of', 'the', 'former', 'acting', 'state', 'foreign'].includes(w)),
  );
  for (const k of Object.keys(lists) as (keyof GazetteerLists)[]) lists[k] = [...new Set(lists[k])].sort();
  return lists;
}
