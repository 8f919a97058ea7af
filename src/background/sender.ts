import { sameSite } from '../highlights/site';

/** Who sent a content script's message, as the browser says (never as the message says). */
export interface ContentSender {
  tabId: number;
  incognito: boolean;
  /** The address of the page the content script runs in (`sender.url`; the top frame's only). */
  url: string;
}

/** A content script asked about or acted on a page of another site: refused, and the sender gets an error. */
export class ForeignRequest extends Error {
  constructor(what: string) {
    super(`${what}: not the sender's own site`);
  }
}

/** `url` when it is of the sender's own site (its canonical address may differ from its own); else refused. */
export function ownPage(url: string, sender: ContentSender, what: string): string {
  if (!sameSite(url, sender.url)) throw new ForeignRequest(what);
  return url;
}

/** The host (with port) of the sender's page: the unit sites are turned off by. */
export const senderHost = (sender: ContentSender): string => new URL(sender.url).host;
