export { extractEvents } from './extract';
export { findTimeExpressions, type TimeExpression, type TimeValue } from './time-expressions';
export { resolveTime } from './resolve';
export { parsePublished } from './publication-date';
export type { PartialDate } from './calendar';
export { tenseOf, type Tense } from './tense';
