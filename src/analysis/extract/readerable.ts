/**
 * Readability's cheap "is this an article?" check, imported on its own so the content script does not
 * carry Readability itself (that runs in the extension, see background/read-page.ts).
 */
// @ts-expect-error: the package types only its index, which would pull in all of Readability.
import isProbablyReaderableImpl from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Signature } from '@mozilla/readability';

export const isProbablyReaderable: typeof Signature = isProbablyReaderableImpl;
