import type { ReadArticle } from '../analysis/extract/read-article';
import { LIMITS } from '../limits';
import type { RequestsOf } from './route';
import { httpUrl, obj, str } from './validate';

/** Background → Chrome's offscreen document, which has the DOMParser a service worker lacks. */
export const offscreenRequests = {
  'offscreen/read': obj({ html: str(LIMITS.pageHtml), url: httpUrl() }),
};

export type OffscreenRequests = RequestsOf<typeof offscreenRequests>;

export interface OffscreenResponses {
  'offscreen/read': ReadArticle | null;
}
