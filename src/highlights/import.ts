import { LIMITS } from '../limits.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format.ts';
import type { SavedHighlight } from './types.ts';
import { validateHighlight } from './validate.ts';
/** Enough to show the reader what is wrong without building a huge list. */
const MAX_ERRORS = 50;

export interface ImportResult {
  highlights: SavedHighlight[];
  /** Entries that were present but invalid (or beyond the count cap, or duplicate ids). */
  rejected: number;
  errors: string[];
}

/** Why a file of `chars` characters cannot be imported, or null: the options page asks before sending it. */
export function importSizeError(chars: number): string | null {
  return chars > LIMITS.importChars ? `The file is larger than ${LIMITS.importChars / 1024 / 1024} MB.` : null;
}

function failure(error: string): ImportResult {
  return { highlights: [], rejected: 0, errors: [error] };
}

/**
 * Reads a file written by `toJson`. The text is untrusted: every highlight is validated on its own,
 * invalid ones are counted and described, valid ones kept. Never throws.
 */
export function parseImport(jsonText: unknown): ImportResult {
  if (typeof jsonText !== 'string') return failure('The file is not text.');
  const tooLarge = importSizeError(jsonText.length);
  if (tooLarge) return failure(tooLarge);
  let document: unknown;
  try {
    // Editors on Windows like to start saved files with a byte-order mark, which JSON.parse rejects.
    document = JSON.parse(jsonText.startsWith('\ufeff') ? jsonText.slice(1) : jsonText);
  } catch {
    return failure('The file is not valid JSON.');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return failure('The file is not a Backstory highlights export.');
  }
  const fields = document as { [key: string]: unknown };
  const own = (key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined);
  if (own('format') !== EXPORT_FORMAT) return failure('The file is not a Backstory highlights export.');
  const version = own('version');
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return failure(`The file was written by a newer version of Backstory (format version ${version}).`);
  }
  if (version !== EXPORT_VERSION) return failure('The file has an unknown format version.');
  const entries = own('highlights');
  if (!Array.isArray(entries)) return failure('The file has no list of highlights.');

  const result: ImportResult = { highlights: [], rejected: 0, errors: [] };
  const reject = (message: string): void => {
    result.rejected += 1;
    if (result.errors.length < MAX_ERRORS) result.errors.push(message);
  };
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const label = `Highlight ${index + 1}`;
    if (index >= LIMITS.importHighlights) {
      reject(`${label}: more than ${LIMITS.importHighlights} highlights in one file.`);
      return;
    }
    const checked = validateHighlight(entry);
    if (!checked.ok) {
      reject(`${label}: ${checked.error}.`);
    } else if (seen.has(checked.highlight.id)) {
      reject(`${label}: the id appears earlier in the file.`);
    } else {
      seen.add(checked.highlight.id);
      result.highlights.push(checked.highlight);
    }
  });
  if (result.rejected > result.errors.length) {
    result.errors.push(`…and ${result.rejected - result.errors.length} more.`);
  }
  return result;
}
