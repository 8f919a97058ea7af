/** The knowledge client's contract: what the background asks for and what a card receives. */

export type KnowledgeEntityType = 'PERSON' | 'ORG' | 'PLACE' | 'GROUP' | 'OTHER';

/** What leaves the browser is derived from names only; never a page URL. */
export interface LookupQuery {
  /** The entity's fullest name in the article ("Fuad Hussein"). */
  name: string;
  /** Its other mentions ("Hussein", "Kadhimi"). */
  aliases: string[];
  type: KnowledgeEntityType;
  /** Roles the article gives it ("Iraqi Foreign Minister"). */
  roles: string[];
  /** Names of the article's other entities. */
  context: string[];
  /** ISO date (or date-time) of the article, if known. */
  published: string | null;
}

/** One key fact, already worded for display. */
export interface KnowledgeFact {
  kind: 'born' | 'died' | 'position' | 'country' | 'party' | 'instance';
  label: string;
  value: string;
  /** Dates at their own precision: "May 2020 – Oct 2022", "1946", "" when unknown. */
  when: string;
}

export interface KnowledgeThumbnail {
  url: string;
  width: number | null;
  height: number | null;
}

export interface KnowledgeSource {
  /** The Wikipedia article, or the Wikidata item when there is no article. */
  url: string;
  title: string;
  wikidataUrl: string;
  /** Wikipedia text is CC BY-SA 4.0; Wikidata data is CC0. */
  licence: 'CC BY-SA 4.0' | 'CC0';
  licenceUrl: string;
}

export interface LinkedEntity {
  qid: string;
  name: string;
  description: string;
  /** Plain text, at most ~500 characters, cut at a word. */
  extract: string;
  thumbnail: KnowledgeThumbnail | null;
  facts: KnowledgeFact[];
  /** "At the time of this article (Oct 2020): Prime Minister of Iraq, since May 2020. Left office Oct 2022." */
  thenAndNow: string | null;
  source: KnowledgeSource;
}

/** A possible match, for the "not sure — which one?" picker. */
export interface KnowledgeCandidate {
  qid: string;
  label: string;
  description: string;
  score: number;
}

export type OfflineReason = 'offline' | 'timeout' | 'rate-limited' | 'bad-response';

export type KnowledgeResult =
  | {
      status: 'linked';
      query: string;
      entity: LinkedEntity;
      /** 0..1; 1 when the reader chose it. */
      confidence: number;
      chosenByReader: boolean;
      /** Other plausible candidates, so the reader can correct a wrong link. */
      alternatives: KnowledgeCandidate[];
    }
  | { status: 'uncertain'; query: string; candidates: KnowledgeCandidate[] }
  | { status: 'none'; query: string }
  | { status: 'offline-error'; query: string; reason: OfflineReason };

/** A cached value; `fetchedAt` is ms since the epoch. */
export interface CacheEntry {
  key: string;
  value: unknown;
  fetchedAt: number;
}

/** The reader's pick of a Wikidata item for a name ("this Fuad Hussein"); `at` is ms since the epoch. */
export interface ReaderChoice {
  name: string;
  qid: string;
  at: number;
}

/** The reader's picks as a backup reads and restores them. */
export interface ReaderChoiceStore {
  allChoices(): Promise<ReaderChoice[]>;
  /** Keeps, for each name, the more recent pick; returns how many were added or replaced. */
  mergeChoices(choices: ReaderChoice[]): Promise<number>;
  /** Forgets the picks and every cached answer. */
  clear(): Promise<void>;
}

/** Storage for parsed API answers and the reader's choices. Values must be JSON-serialisable. */
export interface KnowledgeCache {
  getMany(keys: string[]): Promise<(CacheEntry | undefined)[]>;
  putMany(entries: CacheEntry[]): Promise<void>;
  getChoice(name: string): Promise<string | undefined>;
  putChoice(name: string, qid: string): Promise<void>;
  clear(): Promise<void>;
}
