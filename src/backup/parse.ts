import { ATTRIBUTION_CATEGORIES, ENTITY_TYPES } from '../analysis/types';
import { EXPORT_FORMAT } from '../highlights/format';
import { parseImport } from '../highlights/import';
import { validateHighlight } from '../highlights/validate';
import { LIMITS } from '../limits';
import { arr, httpUrl, int, InvalidMessage, nullable, obj, oneOf, str, type Validator } from '../messages/validate';
import { defaultSettings, mergeSettings, type Settings } from '../settings/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/** The file's size bounds every list; this only stops a list from being absurd on its own. */
const MAX_ROWS = 5_000_000;
const timestamp = int(0, LIMITS.timestamp);
const offset = int(0, LIMITS.offset);
const count = int(0, LIMITS.offset);
// Keys, names, roles and event sentences come out of an article's text: never longer than it.
const fromText = str(LIMITS.articleText);
const entityKey = fromText;
const words = fromText;
const date = str(LIMITS.date);

const fail = (path: string, what: string): never => {
  throw new InvalidMessage(`${path}: ${what}`);
};

const article = obj({
  url: httpUrl(LIMITS.url),
  title: str(LIMITS.title),
  site: str(LIMITS.site),
  published: nullable(date),
  firstReadAt: timestamp,
  lastReadAt: timestamp,
  wordCount: count,
  entityKeys: arr(entityKey, MAX_ROWS),
  attributions: arr(
    obj({ start: offset, end: offset, text: fromText, category: oneOf(ATTRIBUTION_CATEGORIES) }),
    MAX_ROWS,
  ),
  mentions: arr(
    obj({ entityKey, count, texts: arr(words, MAX_ROWS), firstStart: offset, readAt: timestamp }),
    MAX_ROWS,
  ),
  roles: arr(obj({ entityKey, role: words, date }), MAX_ROWS),
  events: arr(
    obj({ date, text: fromText, start: offset, end: offset, entityKeys: arr(entityKey, MAX_ROWS) }),
    MAX_ROWS,
  ),
});

const entity = obj({
  key: entityKey,
  name: words,
  type: oneOf(ENTITY_TYPES),
  aliases: arr(words, MAX_ROWS),
  firstSeen: timestamp,
  lastSeen: timestamp,
});

const highlight: Validator<Backup['highlights'][number]> = (v, path = '') => {
  const checked = validateHighlight(v);
  return checked.ok ? checked.highlight : fail(path, checked.error);
};

/** Settings are merged into the defaults field by field, as every settings change is. */
const settings: Validator<Settings> = (v, path = '') =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? mergeSettings(defaultSettings(), v)
    : fail(path, 'expected an object');

const QID = /^Q[1-9]\d{0,11}$/;
const choice = obj({
  name: words,
  qid: (v, path = '') => (typeof v === 'string' && QID.test(v) ? v : fail(path, 'expected a Wikidata id (Q…)')),
  at: timestamp,
});

const backup = obj({
  format: oneOf([BACKUP_FORMAT] as const),
  version: (v, path = '') => (v === BACKUP_VERSION ? BACKUP_VERSION : fail(path, `expected ${BACKUP_VERSION}`)),
  exportedAt: date,
  articles: arr(article, MAX_ROWS),
  entities: arr(entity, MAX_ROWS),
  highlights: arr(highlight, MAX_ROWS),
  settings: nullable(settings),
  choices: arr(choice, MAX_ROWS),
});

/** The first repeated identifier in a list, as a path into the file. */
function firstRepeat<T>(list: T[], id: (item: T) => string, name: string): string | null {
  const seen = new Set<string>();
  for (const [i, item] of list.entries()) {
    if (seen.has(id(item))) return `${name}[${i}] repeats an earlier one`;
    seen.add(id(item));
  }
  return null;
}

const refused = (why: string): ParsedBackup => ({ ok: false, error: `${why} Nothing was imported.` });

/**
 * Reads a backup file (or a highlights export from before backups) as untrusted text. All or nothing: a file
 * with any malformed part is refused whole, with a message saying where, so an import never half-happens.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > LIMITS.backupBytes) {
    return refused(`The file is larger than ${LIMITS.backupBytes / 1024 / 1024} MB, the most a backup can be.`);
  }
  let document: unknown;
  try {
    // Editors on Windows like to start saved files with a byte-order mark, which JSON.parse rejects.
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refused('The file is not valid JSON: it may have been cut short, or it is not a Backstory backup.');
  }
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return refused('The file is not a Backstory backup.');
  }
  const fields = document as Record<string, unknown>;
  const format = Object.hasOwn(fields, 'format') ? fields.format : undefined;
  const version = Object.hasOwn(fields, 'version') ? fields.version : undefined;
  if (format === EXPORT_FORMAT) return highlightsOnly(text);
  if (format !== BACKUP_FORMAT) return refused('The file is not a Backstory backup.');
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return refused(
      `The backup was written by a newer version of Backstory (backup version ${version}); update Backstory to import it.`,
    );
  }
  if (version !== BACKUP_VERSION) return refused('The backup has an unknown version.');
  let parsed: Backup;
  try {
    parsed = backup(document) as Backup;
  } catch (e) {
    if (e instanceof InvalidMessage) return refused(`The backup is damaged at ${e.message}.`);
    throw e;
  }
  const repeat =
    firstRepeat(parsed.articles, (a) => a.url, 'articles') ??
    firstRepeat(parsed.entities, (e) => e.key, 'entities') ??
    firstRepeat(parsed.highlights, (h) => h.id, 'highlights') ??
    firstRepeat(parsed.choices, (c) => c.name, 'choices');
  if (repeat) return refused(`The backup is damaged: ${repeat}.`);
  return { ok: true, backup: parsed };
}

/** A highlights export (format "backstory-highlights") restores highlights and leaves everything else alone. */
function highlightsOnly(text: string): ParsedBackup {
  const read = parseImport(text);
  if (read.rejected > 0 || read.errors.length > 0) return refused(read.errors.slice(0, 3).join(' '));
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '',
      articles: [],
      entities: [],
      highlights: read.highlights,
      settings: null,
      choices: [],
    },
  };
}
