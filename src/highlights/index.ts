export * from './types.ts';
export { describe, type Selectors } from './describe.ts';
export { anchor, type Anchor, type AnchorMethod, type AnchorOptions, type AnchorSelectors } from './anchor.ts';
export { normalizeUrl, isTrackingParam } from './canonicalUrl.ts';
export { newHighlightId, type RandomSource } from './id.ts';
export { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './format.ts';
export { toJson, toMarkdown, toExportDocument, type MarkdownOptions } from './export.ts';
export { parseImport, MAX_IMPORT_CHARS, MAX_IMPORT_HIGHLIGHTS, type ImportResult } from './import.ts';
export { validateHighlight, LIMITS, type Validation } from './validate.ts';
