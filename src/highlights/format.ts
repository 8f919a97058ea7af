import type { SavedHighlight } from './types.ts';

/** Identifies our export files; bumped `version` means readers must check what changed. */
export const EXPORT_FORMAT = 'backstory-highlights';
export const EXPORT_VERSION = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, for people reading the file; highlights keep millisecond timestamps. */
  exportedAt: string;
  highlights: SavedHighlight[];
}
