import type { PageStatus } from '../../messages/views';
import { languageName } from '../shared/labels';

export interface StatusNote {
  reason: PageStatus['state'] | 'no-page' | 'nothing-found';
  text: string;
  /** Asking the tab again may help (its page may have been reloaded since). */
  retry: boolean;
}

/** Why the popup has nothing to show for a tab, in words: never a silent empty popup. */
export function statusNote(
  tab: { host: string | null; status: PageStatus | null } | null,
  enabled: boolean,
): StatusNote {
  if (!tab?.host)
    return {
      reason: 'no-page',
      text: 'Backstory cannot read this tab. It works on news articles on web pages: if this is one, reload it.',
      retry: !!tab,
    };
  if (!enabled)
    return {
      reason: 'off',
      text: `Backstory is off for ${tab.host}. Turn it on above to see who is who in its articles.`,
      retry: false,
    };
  const status = tab.status ?? { state: 'marked' };
  switch (status.state) {
    case 'reading':
      return { reason: 'reading', text: 'Reading this page…', retry: false };
    case 'unsupported-language': {
      const name = languageName(status.language);
      return {
        reason: 'unsupported-language',
        text: `${name ? `This page is in ${name}.` : 'This page is not in English.'} Backstory reads English articles only, so it left this page as it is.`,
        retry: false,
      };
    }
    case 'not-an-article':
      return {
        reason: 'not-an-article',
        text: 'This page does not look like a news article, so Backstory left it as it is.',
        retry: false,
      };
    case 'too-long':
      return { reason: 'too-long', text: 'This page is too long for Backstory to read.', retry: false };
    case 'failed':
      return { reason: 'failed', text: 'Backstory could not read this page. Reloading it may help.', retry: false };
    case 'off':
    case 'marked':
      return {
        reason: 'nothing-found',
        text: 'Nothing found on this page yet. Open a news article: Backstory marks the people, organizations and places in it, flags vague attributions, and remembers what you read for next time.',
        retry: false,
      };
  }
}
